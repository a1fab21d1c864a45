#include "ui/Section.h"

#include <QCoreApplication>

namespace clientele::ui {

QList<SectionInfo> allSections()
{
    const auto icon = [](const char* name) -> QString { return u":/icons/sections/" + QLatin1String(name) + u".svg"; };
    return {
        {Section::Today, QStringLiteral("today"), QCoreApplication::translate("Section", "Today"),
            QCoreApplication::translate("Section", "Your day at a glance"),
            QCoreApplication::translate("Section",
                "Upcoming sessions and everything that needs you today will be listed here: unsigned contracts, "
                "unpaid and overdue invoices, messages that could not be sent and calendar conflicts."),
            icon("today")},
        {Section::Calendar, QStringLiteral("calendar"), QCoreApplication::translate("Section", "Calendar"),
            QCoreApplication::translate("Section", "Your calendar"),
            QCoreApplication::translate("Section",
                "Day, week and month views of all your bookings will appear here, with your working hours and the busy "
                "times of connected Google and Outlook calendars."),
            icon("calendar")},
        {Section::Clients, QStringLiteral("clients"), QCoreApplication::translate("Section", "Clients"),
            QCoreApplication::translate("Section", "No clients yet"),
            QCoreApplication::translate("Section",
                "Everyone you work with will be kept here: contact details, notes, tags, pipeline stage, history and "
                "lifetime value, encrypted on this computer."),
            icon("clients")},
        {Section::Bookings, QStringLiteral("bookings"), QCoreApplication::translate("Section", "Bookings"),
            QCoreApplication::translate("Section", "No bookings yet"),
            QCoreApplication::translate("Section",
                "Sessions, shoots and consultations will appear here with their status, from the first inquiry to "
                "completed, and the contract or deposit each one is waiting for."),
            icon("bookings")},
        {Section::Invoices, QStringLiteral("invoices"), QCoreApplication::translate("Section", "Invoices"),
            QCoreApplication::translate("Section", "No invoices yet"),
            QCoreApplication::translate("Section",
                "Invoices, receipts and superbills will appear here with their payments, refunds and what is still "
                "owed."),
            icon("invoices")},
        {Section::Contracts, QStringLiteral("contracts"), QCoreApplication::translate("Section", "Contracts"),
            QCoreApplication::translate("Section", "No contracts yet"),
            QCoreApplication::translate("Section",
                "Your contract templates and every contract sent for signature will appear here, with who has signed "
                "and when."),
            icon("contracts")},
        {Section::Deliverables, QStringLiteral("deliverables"), QCoreApplication::translate("Section", "Deliverables"),
            QCoreApplication::translate("Section", "No deliverables yet"),
            QCoreApplication::translate("Section",
                "Photos, recordings and documents you deliver to clients will appear here, with upload progress and "
                "share links."),
            icon("deliverables")},
        {Section::Messages, QStringLiteral("messages"), QCoreApplication::translate("Section", "Messages"),
            QCoreApplication::translate("Section", "No messages yet"),
            QCoreApplication::translate("Section",
                "Every email and text message exchanged with your clients will appear here, with its delivery state."),
            icon("messages")},
        {Section::Outbox, QStringLiteral("outbox"), QCoreApplication::translate("Section", "Outbox"),
            QCoreApplication::translate("Section", "Nothing to send"),
            QCoreApplication::translate("Section",
                "Payment links, refunds and text messages will wait here until the relay has them, with how each "
                "one went."),
            icon("outbox")},
        {Section::Settings, QStringLiteral("settings"), QCoreApplication::translate("Section", "Settings"),
            QCoreApplication::translate("Section", "Settings"),
            QCoreApplication::translate("Section",
                "Your practice details, services and availability, branding, reminders and connected accounts will be "
                "set up here."),
            icon("settings")},
    };
}

bool sectionFromKey(const QString& key, Section& section)
{
    const QList<SectionInfo> sections = allSections();
    for (const SectionInfo& info : sections) {
        if (info.key.compare(key, Qt::CaseInsensitive) == 0) {
            section = info.section;
            return true;
        }
    }
    return false;
}

} // namespace clientele::ui
