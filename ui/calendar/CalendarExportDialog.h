#pragma once

#include <QDialog>

#include "core/store/CalendarExport.h"

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace clientele::ui {

// What File → Export Calendar… writes: how events name clients (therapists often share a calendar
// with family or colleagues and want initials or a code), from which date, and whether canceled
// sessions go along (marked cancelled, so a calendar that had them drops them).
class CalendarExportDialog final : public QDialog
{
    Q_OBJECT

public:
    CalendarExportDialog(QDate today, QWidget* parent = nullptr);

    CalendarExport::Options options() const;

private:
    QComboBox* m_names = nullptr;
    QComboBox* m_range = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_canceled = nullptr;
};

} // namespace clientele::ui
