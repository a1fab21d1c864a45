#pragma once

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>
#include <memory>

#include "core/Result.h"
#include "core/store/CalendarSyncRows.h"

namespace clientele {

class CalendarProvider;
class Store;

// Two-way sync of one connected account's calendars with the practice (issue 7):
// - pull: every calendar that blocks time or receives bookings is read with its stored sync state;
//   outside events become busy blocks of that calendar, and an outside move or cancellation of a
//   booking's event becomes a pending proposal (never applied to the booking by itself);
// - push: the receiving calendar gets an event per live booking of the window, updated with
//   If-Match; a 412 reads the event again and turns an outside move into a proposal instead.
// State, not a queue, says what to send: a booking without a link is created, one whose written
// fields differ is updated, so a round cut short by the network is finished by the next one, each
// write once. Throttling (429/403 with Retry-After) is waited out by the adapter's transport; what
// still fails ends the round with its (retryable) error.
// Provider calls continue on this object's thread; store work runs on the storage thread.
class CalendarSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarSync)

public:
    struct Outcome
    {
        CalendarSyncRows::PullOutcome pulled;
        int created = 0;
        int updated = 0;
        int deleted = 0;
        int conflicts = 0; // writes refused with 412, turned into a pull of the event
        int duplicatesRemoved = 0; // second events of a booking, written by two devices at once
        int meetingLinks = 0; // bookings that got the video link the calendar made when writing
        // The round changed bookings (video links), which the views must show.
        bool changedBookings() const { return meetingLinks + pulled.meetingLinks > 0; }
    };

    static constexpr int kDaysBefore = 90;
    static constexpr int kDaysAfter = 550;

    // kind: "google" or "microsoft"; account: the connected account's email.
    CalendarSync(Store& store, CalendarProvider& provider, QString kind, QString account, QObject* parent = nullptr);
    ~CalendarSync() override;

    // Connects one of the account's calendars (or changes the choice for it).
    QFuture<Result<QUuid>> chooseCalendar(const RemoteCalendar& calendar, const CalendarSyncRows::Choice& choice);
    QFuture<Result<QList<CalendarSyncRows::Calendar>>> calendars();

    // One round, pull then push, over [now - kDaysBefore, now + kDaysAfter). While a round runs,
    // asking again returns that round, so two rounds never write the same events at once.
    QFuture<Result<Outcome>> run(const QDateTime& nowUtc);

    // Proposals are the practice's, whichever account saw them: no connection is needed to decide.
    static QFuture<Result<QList<CalendarSyncRows::Proposal>>> proposals(Store& store);
    // The booking follows the calendar (through the booking write path: history, change capture).
    static QFuture<Result<void>> accept(Store& store, const QUuid& proposalId, const QDateTime& nowUtc);
    // The booking stays; the next round writes it back to the calendar.
    static QFuture<Result<void>> dismiss(Store& store, const QUuid& proposalId, const QDateTime& nowUtc);

private:
    struct Round;

    void pullNext(const std::shared_ptr<Round>& round);
    void removeDuplicates(const std::shared_ptr<Round>& round);
    void planPush(const std::shared_ptr<Round>& round);
    void pushNext(const std::shared_ptr<Round>& round);
    void pushed(const std::shared_ptr<Round>& round, const Result<RemoteEvent>& written);
    void conflicted(const std::shared_ptr<Round>& round, const Result<RemoteEvent>& current);
    static void finish(const std::shared_ptr<Round>& round, const Result<void>& result);

    Store& m_store;
    CalendarProvider& m_provider;
    QString m_kind;
    QString m_account;
    QFuture<Result<Outcome>> m_round;
};

} // namespace clientele
