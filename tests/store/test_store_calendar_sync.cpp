// Two-way sync with a connected calendar, on a real encrypted practice and the in-memory calendar
// fake: outside events block time, bookings become events, outside moves and cancellations wait for
// the practitioner, and writes cut short by the network are finished once.
#include <QStandardPaths>
#include <QTest>
#include <functional>

#include "core/fakes/FakeCalendarProvider.h"
#include "core/oauth/ReadyFuture.h"
#include "core/store/BookingRepository.h"
#include "core/store/CalendarRows.h"
#include "core/store/CalendarSync.h"
#include "tests/store/PracticeFixtures.h"

using namespace clientele;
using namespace clientele::test;

namespace {

const QString kCalendar = QStringLiteral("primary");

template<typename T>
T settle(QFuture<T> future)
{
    const bool finished = QTest::qWaitFor([&future] { return future.isFinished(); }, 60000);
    Q_ASSERT(finished && future.resultCount() == 1);
    return future.result();
}

Error offline()
{
    return {Error::Code::Network, QStringLiteral("No network (test)."), QStringLiteral("test: offline"), true};
}

// The fake behind a seam that can fail a write, lose a create's answer, or let "someone else" edit the
// calendar just before an update is sent.
class FlakyCalendar final : public CalendarProvider
{
public:
    explicit FlakyCalendar(FakeCalendarProvider& fake)
        : m_fake(fake)
    {
    }

    int failCreateNumber = 0; // the n-th create from now fails as offline (1 = the next one)
    bool loseNextCreateAnswer = false; // the next create is made, but its answer is lost
    std::function<void()> beforeNextUpdate;

    QFuture<Result<QList<RemoteCalendar>>> calendars() override { return m_fake.calendars(); }
    QFuture<Result<EventChanges>> changes(const QString& calendarId, const QString& syncState,
        const QDateTime& windowStart, const QDateTime& windowEnd) override
    {
        return m_fake.changes(calendarId, syncState, windowStart, windowEnd);
    }
    QFuture<Result<RemoteEvent>> readEvent(const QString& calendarId, const QString& eventId) override
    {
        return m_fake.readEvent(calendarId, eventId);
    }
    QFuture<Result<RemoteEvent>> createEvent(const QString& calendarId, const EventDraft& draft) override
    {
        if (failCreateNumber > 0 && --failCreateNumber == 0) {
            return readyFuture(Result<RemoteEvent>(offline()));
        }
        if (loseNextCreateAnswer) {
            loseNextCreateAnswer = false;
            (void)m_fake.createEvent(calendarId, draft).result();
            return readyFuture(Result<RemoteEvent>(offline()));
        }
        return m_fake.createEvent(calendarId, draft);
    }
    QFuture<Result<RemoteEvent>> updateEvent(
        const QString& calendarId, const QString& eventId, const EventDraft& draft, const QString& ifMatchEtag) override
    {
        if (beforeNextUpdate) {
            std::exchange(beforeNextUpdate, nullptr)();
        }
        return m_fake.updateEvent(calendarId, eventId, draft, ifMatchEtag);
    }
    QFuture<Result<void>> deleteEvent(const QString& calendarId, const QString& eventId) override
    {
        return m_fake.deleteEvent(calendarId, eventId);
    }
    QFuture<Result<QList<BusyInterval>>> freeBusy(
        const QStringList& calendarIds, const QDateTime& from, const QDateTime& to) override
    {
        return m_fake.freeBusy(calendarIds, from, to);
    }

private:
    FakeCalendarProvider& m_fake;
};

QDateTime utc(const char* iso)
{
    QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

RemoteEvent outsideEvent(const char* title, const char* start, const char* end)
{
    RemoteEvent event;
    event.title = QLatin1String(title);
    event.startUtc = utc(start);
    event.endUtc = utc(end);
    event.timeZoneId = QStringLiteral("Europe/Berlin");
    return event;
}

// A practice in Berlin with one client, one service and a connected Google account whose primary
// calendar blocks time and receives bookings.
struct Connected
{
    TestPractice practice;
    FakeCalendarProvider fake;
    FlakyCalendar provider {fake};
    CalendarSync sync {*practice.store, provider, QStringLiteral("google"), QStringLiteral("ann@example.com")};
    domain::Client client =
        clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QDateTime(QDate(2026, 1, 5), QTime(9, 0)));
    domain::Service service = serviceWithDeposit(20000, 0);

    explicit Connected(CalendarExport::ClientLabel label = CalendarExport::ClientLabel::Name)
    {
        seed(practice, [this](WriteScope& scope) -> Result<void> {
            if (auto done = SettingRows::saveProfile(scope, lumenProfile()); !done) {
                return done;
            }
            if (auto done = ClientRows::insert(scope, client); !done) {
                return done;
            }
            return ServiceRows::insert(scope, service);
        });
        CalendarSyncRows::Choice choice;
        choice.blocks = true;
        choice.receives = true;
        choice.label = label;
        const Result<QUuid> chosen = settle(sync.chooseCalendar(fake.calendars().result().value().first(), choice));
        Q_ASSERT(chosen.hasValue());
    }

    QDateTime now() const { return practice.clock.nowUtc(); }

    Result<CalendarSync::Outcome> run() { return settle(sync.run(now())); }

    domain::Booking book(const QDateTime& startUtc)
    {
        domain::Booking booking = bookingAt(client, service, startUtc, domain::BookingStatus::Confirmed);
        seed(practice, [&booking](WriteScope& scope) { return BookingRows::insert(scope, booking); });
        return booking;
    }

    domain::Booking load(const QUuid& id)
    {
        return *practice.run([id](StoreSession& session) { return BookingRows::load(session.db(), id); }).value();
    }

    void move(const QUuid& id, const QDateTime& startUtc)
    {
        const domain::Booking before = load(id);
        domain::Booking after = before;
        const auto schedule =
            domain::Schedule::create(startUtc, startUtc.addSecs(3600), before.schedule().timeZoneId());
        QVERIFY(after.reschedule(schedule.value(), now(), QStringLiteral("test")).hasValue());
        seed(practice, [&](WriteScope& scope) { return BookingRows::update(scope, before, after); });
    }

    QList<CalendarRows::Block> blocks()
    {
        return practice
            .run([](StoreSession& session) {
                return CalendarRows::blocksBetween(
                    session.db(), utc("2020-01-01T00:00:00"), utc("2030-01-01T00:00:00"));
            })
            .value();
    }

    QList<CalendarSyncRows::Proposal> proposals() { return settle(CalendarSync::proposals(*practice.store)).value(); }

    QList<RemoteEvent> eventsOf(const QUuid& bookingId) const
    {
        QList<RemoteEvent> found;
        for (const RemoteEvent& event : fake.storedEvents(kCalendar)) {
            if (event.clienteleBookingId == bookingId.toString(QUuid::WithoutBraces)) {
                found.append(event);
            }
        }
        return found;
    }

    // Someone moves the booking's event in the provider's own app.
    void moveEventOutside(const QUuid& bookingId, const QDateTime& startUtc)
    {
        RemoteEvent event = eventsOf(bookingId).value(0);
        event.startUtc = startUtc;
        event.endUtc = startUtc.addSecs(3600);
        fake.putEventFromOutside(kCalendar, event);
    }
};

QString problemOf(const Result<void>& result)
{
    return result ? QString() : result.error().toString();
}

template<typename T>
QString problemOf(const Result<T>& result)
{
    return result ? QString() : result.error().toString();
}

// Evaluates `expression` once (it may be an action such as accepting a proposal).
#define VERIFY_OK(expression)                                                                                          \
    do {                                                                                                               \
        const QString problem = problemOf(expression);                                                                 \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                                              \
    } while (false)

} // namespace

class TestStoreCalendarSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theFirstSyncBlocksOutsideTimeButNotClienteleEvents()
    {
        Connected c;
        c.fake.putEventFromOutside(kCalendar, outsideEvent("Dentist", "2026-12-01T09:00:00", "2026-12-01T10:00:00"));
        RemoteEvent holiday;
        holiday.title = QStringLiteral("Holiday");
        holiday.allDay = true;
        holiday.startDate = QDate(2026, 12, 24);
        holiday.endDate = QDate(2026, 12, 25);
        c.fake.putEventFromOutside(kCalendar, holiday);
        c.fake.putEventFromOutside(kCalendar, outsideEvent("Long ago", "2025-01-01T09:00:00", "2025-01-01T10:00:00"));

        const Result<CalendarSync::Outcome> outcome = c.run();
        VERIFY_OK(outcome);
        QCOMPARE(outcome->pulled.blocksAdded, 2);
        const QList<CalendarRows::Block> blocks = c.blocks();
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks.at(0).title, QStringLiteral("Dentist"));
        QCOMPARE(blocks.at(0).startUtc, utc("2026-12-01T09:00:00"));
        QVERIFY(blocks.at(1).allDay);
        QCOMPARE(blocks.at(1).startUtc, utc("2026-12-23T23:00:00")); // midnight in Berlin

        // The pushed booking is Clientele's own event: it never blocks time as an outside event.
        c.book(utc("2026-12-02T09:00:00"));
        VERIFY_OK(c.run());
        QVERIFY(c.run().hasValue());
        QCOMPARE(c.blocks().size(), 2);
    }

    void incrementalChangesMoveAndRemoveBlocksAndAFullResyncReplacesThem()
    {
        Connected c;
        const QString dentist = c.fake.putEventFromOutside(
            kCalendar, outsideEvent("Dentist", "2026-12-01T09:00:00", "2026-12-01T10:00:00"));
        const QString gym =
            c.fake.putEventFromOutside(kCalendar, outsideEvent("Gym", "2026-12-03T17:00:00", "2026-12-03T18:00:00"));
        VERIFY_OK(c.run());
        QCOMPARE(c.blocks().size(), 2);

        RemoteEvent moved = outsideEvent("Dentist", "2026-12-01T11:00:00", "2026-12-01T12:00:00");
        moved.id = dentist;
        c.fake.putEventFromOutside(kCalendar, moved);
        c.fake.removeEventFromOutside(kCalendar, gym);
        const Result<CalendarSync::Outcome> incremental = c.run();
        VERIFY_OK(incremental);
        QCOMPARE(incremental->pulled.blocksUpdated, 1);
        QCOMPARE(incremental->pulled.blocksRemoved, 1);
        QCOMPARE(c.blocks().size(), 1);
        QCOMPARE(c.blocks().at(0).startUtc, utc("2026-12-01T11:00:00"));

        // The provider dropped the sync state: the full listing replaces what is stored.
        c.fake.removeEventFromOutside(kCalendar, dentist);
        c.fake.putEventFromOutside(kCalendar, outsideEvent("Class", "2026-12-04T17:00:00", "2026-12-04T18:00:00"));
        c.fake.expireSyncStates();
        const Result<CalendarSync::Outcome> full = c.run();
        VERIFY_OK(full);
        QCOMPARE(c.blocks().size(), 1);
        QCOMPARE(c.blocks().at(0).title, QStringLiteral("Class"));
    }

    void aBookingIsCreatedMovedAndDeletedInTheCalendar()
    {
        Connected c;
        const domain::Booking booking = c.book(utc("2026-12-02T09:00:00"));
        const Result<CalendarSync::Outcome> created = c.run();
        VERIFY_OK(created);
        QCOMPARE(created->created, 1);
        QCOMPARE(c.eventsOf(booking.id()).size(), 1);
        const RemoteEvent event = c.eventsOf(booking.id()).first();
        QCOMPARE(event.title, QStringLiteral("Portrait session — Ada Lovelace"));
        QCOMPARE(event.startUtc, utc("2026-12-02T09:00:00"));
        QVERIFY(event.description.isEmpty());

        const Result<CalendarSync::Outcome> quiet = c.run();
        VERIFY_OK(quiet);
        QCOMPARE(quiet->created + quiet->updated + quiet->deleted, 0);
        QCOMPARE(quiet->pulled.proposals, 0);

        c.move(booking.id(), utc("2026-12-02T14:00:00"));
        const Result<CalendarSync::Outcome> moved = c.run();
        VERIFY_OK(moved);
        QCOMPARE(moved->updated, 1);
        QCOMPARE(c.eventsOf(booking.id()).size(), 1);
        QCOMPARE(c.eventsOf(booking.id()).first().id, event.id);
        QCOMPARE(c.eventsOf(booking.id()).first().startUtc, utc("2026-12-02T14:00:00"));
        QCOMPARE(c.run()->pulled.proposals, 0); // our own move coming back is not an outside move

        BookingRepository bookings(*c.practice.store);
        VERIFY_OK(settle(bookings.transition(booking.id(), domain::BookingStatus::Canceled, QString(), c.now())));
        const Result<CalendarSync::Outcome> canceled = c.run();
        VERIFY_OK(canceled);
        QCOMPARE(canceled->deleted, 1);
        QVERIFY(c.eventsOf(booking.id()).isEmpty());
        QVERIFY(c.proposals().isEmpty());
    }

    void theCalendarsLabelNamesTheClient_data()
    {
        QTest::addColumn<CalendarExport::ClientLabel>("label");
        QTest::addColumn<bool>("showsName");
        QTest::addRow("full name") << CalendarExport::ClientLabel::Name << true;
        QTest::addRow("initials for a therapist") << CalendarExport::ClientLabel::Initials << false;
        QTest::addRow("a code for a therapist") << CalendarExport::ClientLabel::Code << false;
    }
    void theCalendarsLabelNamesTheClient()
    {
        QFETCH(CalendarExport::ClientLabel, label);
        QFETCH(bool, showsName);
        Connected c(label);
        const domain::Booking booking = c.book(utc("2026-12-02T09:00:00"));
        VERIFY_OK(c.run());
        const QString title = c.eventsOf(booking.id()).value(0).title;
        BookingSummary summary;
        summary.clientId = c.client.id();
        summary.clientName = QStringLiteral("Ada Lovelace");
        QCOMPARE(title, QStringLiteral("Portrait session — ") + CalendarExport::clientLabel(summary, label));
        QCOMPARE(title.contains(QStringLiteral("Lovelace")), showsName);
    }

    void anOutsideMoveWaitsForThePractitionerAndAcceptingMovesTheBooking()
    {
        Connected c;
        const domain::Booking booking = c.book(utc("2026-12-02T09:00:00"));
        VERIFY_OK(c.run());
        c.moveEventOutside(booking.id(), utc("2026-12-02T15:00:00"));

        const Result<CalendarSync::Outcome> pulled = c.run();
        VERIFY_OK(pulled);
        QCOMPARE(pulled->pulled.proposals, 1);
        QCOMPARE(pulled->updated, 0); // the booking's time is not written over the outside move
        QCOMPARE(c.load(booking.id()).schedule().start(), utc("2026-12-02T09:00:00"));
        const QList<CalendarSyncRows::Proposal> proposals = c.proposals();
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(proposals.first().kind, CalendarSyncRows::Proposal::Kind::Moved);
        QCOMPARE(proposals.first().proposedStartUtc, utc("2026-12-02T15:00:00"));
        QCOMPARE(c.run()->pulled.proposals, 0); // seen again, still the one proposal
        QCOMPARE(c.proposals().size(), 1);

        VERIFY_OK(settle(CalendarSync::accept(*c.practice.store, proposals.first().id, c.now())));
        const domain::Booking moved = c.load(booking.id());
        QCOMPARE(moved.schedule().start(), utc("2026-12-02T15:00:00"));
        QCOMPARE(moved.rescheduleHistory().size(), 1);
        QVERIFY(c.proposals().isEmpty());
        QVERIFY(!settle(CalendarSync::accept(*c.practice.store, proposals.first().id, c.now())).hasValue());

        VERIFY_OK(c.run());
        QCOMPARE(c.eventsOf(booking.id()).size(), 1);
        QCOMPARE(c.eventsOf(booking.id()).first().startUtc, utc("2026-12-02T15:00:00"));
        QVERIFY(c.proposals().isEmpty());
    }

    void dismissingAnOutsideMoveWritesTheBookingBack()
    {
        Connected c;
        const domain::Booking booking = c.book(utc("2026-12-02T09:00:00"));
        VERIFY_OK(c.run());
        c.moveEventOutside(booking.id(), utc("2026-12-02T15:00:00"));
        VERIFY_OK(c.run());
        QCOMPARE(c.proposals().size(), 1);

        VERIFY_OK(settle(CalendarSync::dismiss(*c.practice.store, c.proposals().first().id, c.now())));
        const Result<CalendarSync::Outcome> rewritten = c.run();
        VERIFY_OK(rewritten);
        QCOMPARE(rewritten->updated, 1);
        QCOMPARE(rewritten->conflicts, 0);
        QCOMPARE(c.eventsOf(booking.id()).first().startUtc, utc("2026-12-02T09:00:00"));
        QCOMPARE(c.load(booking.id()).schedule().start(), utc("2026-12-02T09:00:00"));
        QVERIFY(c.proposals().isEmpty());
        QCOMPARE(c.run()->pulled.proposals, 0);
    }

    void anOutsideCancellationIsProposedAndAcceptingCancelsTheBooking()
    {
        Connected c;
        const domain::Booking booking = c.book(utc("2026-12-02T09:00:00"));
        VERIFY_OK(c.run());
        c.fake.removeEventFromOutside(kCalendar, c.eventsOf(booking.id()).first().id);

        const Result<CalendarSync::Outcome> pulled = c.run();
        VERIFY_OK(pulled);
        QCOMPARE(pulled->pulled.proposals, 1);
        QCOMPARE(pulled->created, 0); // not put back while the practitioner decides
        QCOMPARE(c.load(booking.id()).status(), domain::BookingStatus::Confirmed);
        const QList<CalendarSyncRows::Proposal> proposals = c.proposals();
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(proposals.first().kind, CalendarSyncRows::Proposal::Kind::Cancelled);

        VERIFY_OK(settle(CalendarSync::accept(*c.practice.store, proposals.first().id, c.now())));
        QCOMPARE(c.load(booking.id()).status(), domain::BookingStatus::Canceled);
        const Result<CalendarSync::Outcome> after = c.run();
        VERIFY_OK(after);
        QCOMPARE(after->created + after->deleted, 0);
        QVERIFY(c.eventsOf(booking.id()).isEmpty());
    }

    void dismissingAnOutsideCancellationPutsTheEventBack()
    {
        Connected c;
        const domain::Booking booking = c.book(utc("2026-12-02T09:00:00"));
        VERIFY_OK(c.run());
        c.fake.removeEventFromOutside(kCalendar, c.eventsOf(booking.id()).first().id);
        VERIFY_OK(c.run());
        VERIFY_OK(settle(CalendarSync::dismiss(*c.practice.store, c.proposals().first().id, c.now())));
        const Result<CalendarSync::Outcome> after = c.run();
        VERIFY_OK(after);
        QCOMPARE(after->created, 1);
        QCOMPARE(c.eventsOf(booking.id()).size(), 1);
        QCOMPARE(c.load(booking.id()).status(), domain::BookingStatus::Confirmed);
    }

    void writesCutShortByTheNetworkAreSentOnceWhenItReturns()
    {
        Connected c;
        const QList<domain::Booking> booked {
            c.book(utc("2026-12-02T09:00:00")), c.book(utc("2026-12-03T09:00:00")), c.book(utc("2026-12-04T09:00:00"))};
        c.provider.failCreateNumber = 2;
        const Result<CalendarSync::Outcome> cut = c.run();
        QVERIFY(!cut.hasValue());
        QVERIFY(cut.error().isRetryable());
        QCOMPARE(c.fake.storedEvents(kCalendar).size(), 1);

        const Result<CalendarSync::Outcome> recovered = c.run();
        VERIFY_OK(recovered);
        QCOMPARE(recovered->created, 2);
        for (const domain::Booking& booking : booked) {
            QCOMPARE(c.eventsOf(booking.id()).size(), 1);
        }
        const Result<CalendarSync::Outcome> again = c.run();
        VERIFY_OK(again);
        QCOMPARE(again->created + again->updated, 0);
        QCOMPARE(c.fake.storedEvents(kCalendar).size(), 3);
    }

    void aCreateWhoseAnswerWasLostIsAdoptedNotDuplicated()
    {
        Connected c;
        const domain::Booking booking = c.book(utc("2026-12-02T09:00:00"));
        c.provider.loseNextCreateAnswer = true;
        QVERIFY(!c.run().hasValue());
        QCOMPARE(c.eventsOf(booking.id()).size(), 1);

        const Result<CalendarSync::Outcome> next = c.run();
        VERIFY_OK(next);
        QCOMPARE(next->pulled.linked, 1);
        QCOMPARE(next->created, 0);
        QCOMPARE(next->updated, 0);
        QCOMPARE(c.eventsOf(booking.id()).size(), 1);
        QVERIFY(c.blocks().isEmpty());

        c.move(booking.id(), utc("2026-12-02T11:00:00"));
        VERIFY_OK(c.run());
        QCOMPARE(c.eventsOf(booking.id()).size(), 1);
        QCOMPARE(c.eventsOf(booking.id()).first().startUtc, utc("2026-12-02T11:00:00"));
    }

    void twoDevicesCreatingTheSameBookingsEventAtOnceKeepOne_data()
    {
        QTest::addColumn<bool>("otherDevicesIdIsSmaller");
        QTest::addRow("the other device's event has the smaller id") << true;
        QTest::addRow("this device's event has the smaller id") << false;
    }
    void twoDevicesCreatingTheSameBookingsEventAtOnceKeepOne()
    {
        QFETCH(bool, otherDevicesIdIsSmaller);
        Connected c;
        const domain::Booking booking = c.book(utc("2026-12-02T09:00:00"));
        VERIFY_OK(c.run());
        const RemoteEvent mine = c.eventsOf(booking.id()).first();
        // The other device, offline at the same time, wrote its own event for the booking.
        RemoteEvent theirs = mine;
        theirs.id = otherDevicesIdIsSmaller ? QStringLiteral("a-other-device") : QStringLiteral("z-other-device");
        c.fake.putEventFromOutside(kCalendar, theirs);
        QCOMPARE(c.eventsOf(booking.id()).size(), 2);

        const Result<CalendarSync::Outcome> outcome = c.run();
        VERIFY_OK(outcome);
        QCOMPARE(outcome->duplicatesRemoved, 1);
        QCOMPARE(outcome->pulled.proposals, 0);
        QCOMPARE(c.eventsOf(booking.id()).size(), 1);
        QCOMPARE(c.eventsOf(booking.id()).first().id, otherDevicesIdIsSmaller ? theirs.id : mine.id);

        // The kept event is the booking's from now on.
        c.move(booking.id(), utc("2026-12-02T11:00:00"));
        const Result<CalendarSync::Outcome> moved = c.run();
        VERIFY_OK(moved);
        QCOMPARE(moved->updated, 1);
        QCOMPARE(moved->pulled.proposals, 0);
        QCOMPARE(c.eventsOf(booking.id()).size(), 1);
        QCOMPARE(c.eventsOf(booking.id()).first().startUtc, utc("2026-12-02T11:00:00"));
        QVERIFY(c.proposals().isEmpty());
    }

    void aRefusedUpdateBecomesAProposalInsteadOfOverwriting()
    {
        Connected c;
        const domain::Booking booking = c.book(utc("2026-12-02T09:00:00"));
        VERIFY_OK(c.run());
        c.move(booking.id(), utc("2026-12-02T11:00:00"));
        // Between this round's pull and its push, someone moves the event: the If-Match update gets a 412.
        c.provider.beforeNextUpdate = [&c, &booking] { c.moveEventOutside(booking.id(), utc("2026-12-02T16:00:00")); };

        const Result<CalendarSync::Outcome> outcome = c.run();
        VERIFY_OK(outcome);
        QCOMPARE(outcome->conflicts, 1);
        QCOMPARE(outcome->updated, 0);
        QCOMPARE(outcome->pulled.proposals, 1);
        QCOMPARE(c.eventsOf(booking.id()).first().startUtc, utc("2026-12-02T16:00:00"));
        QCOMPARE(c.load(booking.id()).schedule().start(), utc("2026-12-02T11:00:00"));
        QCOMPARE(c.proposals().size(), 1);
        QCOMPARE(c.proposals().first().proposedStartUtc, utc("2026-12-02T16:00:00"));
    }

    void askingForASecondRoundWhileOneRunsJoinsIt()
    {
        Connected c;
        const domain::Booking booking = c.book(utc("2026-12-02T09:00:00"));
        QFuture<Result<CalendarSync::Outcome>> first = c.sync.run(c.now());
        QFuture<Result<CalendarSync::Outcome>> second = c.sync.run(c.now());
        const Result<CalendarSync::Outcome> one = settle(first);
        const Result<CalendarSync::Outcome> other = settle(second);
        VERIFY_OK(one);
        VERIFY_OK(other);
        QCOMPARE(one->created, 1);
        QCOMPARE(other->created, 1); // the same round's answer
        QCOMPARE(c.eventsOf(booking.id()).size(), 1);
    }

    void anOfflinePullChangesNothing()
    {
        Connected c;
        c.fake.putEventFromOutside(kCalendar, outsideEvent("Dentist", "2026-12-01T09:00:00", "2026-12-01T10:00:00"));
        c.fake.failNextCall(offline());
        const Result<CalendarSync::Outcome> failed = c.run();
        QVERIFY(!failed.hasValue());
        QVERIFY(failed.error().isRetryable());
        QVERIFY(c.blocks().isEmpty());
        VERIFY_OK(c.run());
        QCOMPARE(c.blocks().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreCalendarSync)
#include "test_store_calendar_sync.moc"
