#pragma once

#include <QWidget>

#include "core/store/Summaries.h"

class QLabel;
class QListWidget;
class QVBoxLayout;

namespace clientele::ui {

class PracticeContext;

// Today: the sessions coming up and what needs the practitioner — unsigned contracts, unpaid and
// overdue invoices, messages that failed, calendar conflicts. Each entry opens what it is about.
class TodayPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayPage)

public:
    explicit TodayPage(PracticeContext& context, QWidget* parent = nullptr);

    void refresh();
    // Whether the first agenda has arrived (start-up measurement waits for it).
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void bookingActivated(const QUuid& id);
    void invoiceActivated(const QUuid& id);
    void clientActivated(const QUuid& id);
    void calendarChangeResolved(const QUuid& proposalId, bool accept);
    void loaded();

private:
    struct Card
    {
        QWidget* frame = nullptr;
        QLabel* title = nullptr;
        QListWidget* list = nullptr;
        int maxRows = 0; // 0: all; else this many, then "and N more"
        QString emptyText; // shown when there is nothing; empty: the card hides instead
    };
    // One line of a card and what activating it opens.
    struct Row
    {
        QString text;
        int kind = 0;
        QUuid id;
    };
    Card addCard(QVBoxLayout* column, const QString& objectName, int maxRows, const QString& emptyText = {});
    void show(const TodayAgenda& agenda);
    void fill(Card& card, const QString& title, const QList<Row>& rows);
    void resolveCalendarChange(const QUuid& proposalId);
    // The question box, open while the rest of the app goes on (a lock may take the page away).
    void askAboutChange(const CalendarChange& change);

    PracticeContext& m_context;
    QLabel* m_greeting = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QWidget* m_allClear = nullptr;
    Card m_upcoming;
    Card m_overdue;
    Card m_unpaid;
    Card m_contracts;
    Card m_messages;
    Card m_conflicts;
    Card m_calendarChanges;
    Card m_replies;
    Card m_disputes;
    Card m_subscriptions;
    QList<CalendarChange> m_changes;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace clientele::ui
