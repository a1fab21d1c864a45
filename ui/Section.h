#pragma once

#include <QList>
#include <QString>

namespace clientele::ui {

// The product's sections, in sidebar order; Ctrl+1…9 follow this order.
enum class Section
{
    Today,
    Calendar,
    Clients,
    Bookings,
    Invoices,
    Contracts,
    Deliverables,
    Messages,
    Outbox,
    Settings,
};

struct SectionInfo
{
    Section section;
    QString key; // stable, untranslated: object names, settings, --section
    QString title; // translated sidebar label
    QString emptyTitle; // translated headline of the empty state
    QString emptyText; // translated sentence: what will appear here
    QString iconPath; // bundled SVG, tinted at run time
};

// All sections in order, with texts in the current language.
QList<SectionInfo> allSections();
// The section for a key such as "invoices", if there is one.
bool sectionFromKey(const QString& key, Section& section);

} // namespace clientele::ui
