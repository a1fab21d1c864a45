#pragma once

#include <QDialog>
#include <QList>

#include "core/store/CalendarSyncScheduler.h"

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace clientele::ui {

// Which calendars of a connected account Clientele uses: those whose events block time, the one
// bookings go into (at most one, and only one it may write to), and how clients appear in it
// (full name, initials or a code, for practitioners whose calendar others can see). Opens while
// the provider is asked for the list; Save is offered once it has come.
class AccountCalendarsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountCalendarsDialog)

public:
    enum Column
    {
        NameColumn,
        BlocksColumn,
        ReceivesColumn,
        LabelColumn,
    };

    // title: e.g. "Google — ann@example.com".
    explicit AccountCalendarsDialog(const QString& title, QWidget* parent = nullptr);
    ~AccountCalendarsDialog() override;

    void setCalendars(const QList<CalendarChoice>& calendars);
    // The list could not be had (offline, signed out): says so; only Close is offered.
    void showError(const QString& message);

    // The choices as they stand in the table, one per calendar (chosen: it blocks or receives).
    QList<CalendarChoice> choices() const;
    // Those that differ from what setCalendars() brought.
    QList<CalendarChoice> changedChoices() const;

    QTableWidget* table() const { return m_table; }

private:
    void receivingChanged(int row);

    QList<CalendarChoice> m_original;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_filling = false;
};

} // namespace clientele::ui
