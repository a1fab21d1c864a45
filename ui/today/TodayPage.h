#pragma once

#include <QWidget>
#include <functional>

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
    // What the practitioner says to a change made in a connected calendar.
    enum class ChangeAnswer
    {
        Later,
        Accept, // the booking follows the calendar
        Keep, // the booking stays; the event is written back
    };
    using ChangeQuestion = std::function<ChangeAnswer(const CalendarChange&)>;

    explicit TodayPage(PracticeContext& context, QWidget* parent = nullptr);

    // Tests answer for the user; by default a question box asks.
    void setChangeQuestion(ChangeQuestion question) { m_askAboutChange = std::move(question); }

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
    ChangeAnswer askAboutChange(const CalendarChange& change);

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
    QList<CalendarChange> m_changes;
    ChangeQuestion m_askAboutChange;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace clientele::ui
