#include <array>

#include <QTest>

#include "core/domain/Booking.h"
#include "core/domain/BookingStateMachine.h"

using namespace clientele;
using namespace clientele::domain;

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

const QUuid kBookingId = QUuid::fromString(QLatin1String("018f0000-0000-7000-8000-000000000001"));
const QUuid kClientId = QUuid::fromString(QLatin1String("018f0000-0000-7000-8000-000000000002"));
const QUuid kServiceId = QUuid::fromString(QLatin1String("018f0000-0000-7000-8000-000000000003"));

// The session used throughout: 10:00-11:00 UTC on 10 June 2024.
Schedule session()
{
    return Schedule::create(utc("2024-06-10T10:00:00Z"), utc("2024-06-10T11:00:00Z"), QStringLiteral("Europe/Berlin"))
        .value();
}

// Every gate satisfied: contract and deposit required and done, and the session over.
BookingTransitionContext satisfied()
{
    BookingTransitionContext context;
    context.contractRequired = true;
    context.contractSigned = true;
    context.depositRequired = true;
    context.depositPaid = true;
    context.now = utc("2024-06-10T12:00:00Z");
    context.sessionStart = utc("2024-06-10T10:00:00Z");
    context.sessionEnd = utc("2024-06-10T11:00:00Z");
    return context;
}

BookingStatus statusFromLetter(QChar letter)
{
    switch (letter.toLatin1()) {
    case 'I':
        return BookingStatus::Inquiry;
    case 'P':
        return BookingStatus::Pending;
    case 'S':
        return BookingStatus::AwaitingSignature;
    case 'A':
        return BookingStatus::AwaitingPayment;
    case 'C':
        return BookingStatus::Confirmed;
    case 'D':
        return BookingStatus::Completed;
    case 'X':
        return BookingStatus::Canceled;
    default:
        return BookingStatus::NoShow;
    }
}

struct PairRow
{
    char from;
    std::array<const char*, 8> outcomes; // in the order of kLetters
};

constexpr std::array<char, 8> kLetters {'I', 'P', 'S', 'A', 'C', 'D', 'X', 'N'};

// Letters: I Inquiry, P Pending, S AwaitingSignature, A AwaitingPayment, C Confirmed, D Completed (done),
// X Canceled, N NoShow. "ok" means allowed; anything else is a phrase the refusal must contain.
constexpr std::array kPairs {
    PairRow {'I', {"already", "ok", "inquiry", "inquiry", "inquiry", "before it is confirmed", "ok", "no-show"}},
    PairRow {'P', {"back", "already", "ok", "ok", "ok", "before it is confirmed", "ok", "no-show"}},
    PairRow {'S', {"back", "back", "already", "ok", "ok", "before it is confirmed", "ok", "no-show"}},
    PairRow {'A', {"back", "back", "back", "already", "ok", "before it is confirmed", "ok", "no-show"}},
    PairRow {'C', {"back", "back", "back", "back", "already", "ok", "ok", "ok"}},
    PairRow {'D', {"final", "final", "final", "final", "final", "already", "final", "final"}},
    PairRow {'X', {"reopened", "ok", "reopened", "reopened", "reopened", "reopened", "already", "reopened"}},
    PairRow {'N', {"corrected", "corrected", "corrected", "corrected", "corrected", "ok", "corrected", "already"}},
};

} // namespace

class TestDomainBooking final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every (from, to) pair with every context gate satisfied: this is the shape of the table.
    void everyStatusPair_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("expected");
        for (const PairRow& row : kPairs) {
            for (std::size_t i = 0; i < kLetters.size(); ++i) {
                const BookingStatus from = statusFromLetter(QLatin1Char(row.from));
                const BookingStatus to = statusFromLetter(QLatin1Char(kLetters.at(i)));
                const QString expected = QString::fromLatin1(row.outcomes.at(i));
                QTest::addRow("%s to %s is %s", qPrintable(bookingStatusKey(from)), qPrintable(bookingStatusKey(to)),
                    expected == QLatin1String("ok") ? "allowed" : "refused")
                    << static_cast<int>(from) << static_cast<int>(to) << expected;
            }
        }
    }
    void everyStatusPair()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, expected);
        const Result<void> result =
            BookingStateMachine::check(static_cast<BookingStatus>(from), static_cast<BookingStatus>(to), satisfied());
        if (expected == QLatin1String("ok")) {
            QVERIFY2(result.hasValue(), result ? "" : qPrintable(result.error().userMessage()));
            QVERIFY(BookingStateMachine::successors(static_cast<BookingStatus>(from))
                        .contains(static_cast<BookingStatus>(to)));
        } else {
            QVERIFY(!result.hasValue());
            QCOMPARE(result.error().code(), Error::Code::Conflict);
            QVERIFY2(result.error().userMessage().contains(expected, Qt::CaseInsensitive),
                qPrintable(result.error().userMessage()));
            QVERIFY(!BookingStateMachine::successors(static_cast<BookingStatus>(from))
                         .contains(static_cast<BookingStatus>(to)));
        }
    }

    // The gates that depend on the service, the contract, the deposit and the time.
    void contextGates_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("contractRequired");
        QTest::addColumn<bool>("contractSigned");
        QTest::addColumn<bool>("depositRequired");
        QTest::addColumn<bool>("depositPaid");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("expected");

        const int pending = static_cast<int>(BookingStatus::Pending);
        const int signature = static_cast<int>(BookingStatus::AwaitingSignature);
        const int payment = static_cast<int>(BookingStatus::AwaitingPayment);
        const int confirmed = static_cast<int>(BookingStatus::Confirmed);
        const int completed = static_cast<int>(BookingStatus::Completed);
        const int noShow = static_cast<int>(BookingStatus::NoShow);
        const QDateTime before = utc("2024-06-10T09:00:00Z");
        const QDateTime during = utc("2024-06-10T10:30:00Z");
        const QDateTime atEnd = utc("2024-06-10T11:00:00Z");

        QTest::newRow("pending is confirmed at once when the service needs no contract and no deposit")
            << pending << confirmed << false << false << false << false << before << "ok";
        QTest::newRow("pending can't be confirmed while the required contract is unsigned")
            << pending << confirmed << true << false << false << false << before << "contract signed first";
        QTest::newRow("pending can't be confirmed while the required deposit is unpaid")
            << pending << confirmed << false << false << true << false << before << "deposit paid first";
        QTest::newRow("pending waits for a signature when the service needs a contract")
            << pending << signature << true << false << false << false << before << "ok";
        QTest::newRow("pending doesn't wait for a signature when the service needs no contract")
            << pending << signature << false << false << false << false << before << "doesn't require a contract";
        QTest::newRow("pending skips the signature and waits for the deposit when there is no contract")
            << pending << payment << false << false << true << false << before << "ok";
        QTest::newRow("pending can't skip an unsigned required contract to wait for payment")
            << pending << payment << true << false << true << false << before << "contract signed first";
        QTest::newRow("a signed contract moves on to waiting for the deposit")
            << signature << payment << true << true << true << false << before << "ok";
        QTest::newRow("a signed contract can't wait for payment when there is no deposit")
            << signature << payment << true << true << false << false << before << "doesn't require a deposit";
        QTest::newRow("a signed contract confirms the booking when there is no deposit")
            << signature << confirmed << true << true << false << false << before << "ok";
        QTest::newRow("awaiting payment can't be confirmed before the deposit is paid")
            << payment << confirmed << true << true << true << false << before << "deposit paid first";
        QTest::newRow("a paid deposit confirms the booking")
            << payment << confirmed << true << true << true << true << before << "ok";
        QTest::newRow("a confirmed session can't be completed before it has ended")
            << confirmed << completed << false << false << false << false << during << "before the session has ended";
        QTest::newRow("a confirmed session can be completed the moment it ends")
            << confirmed << completed << false << false << false << false << atEnd << "ok";
        QTest::newRow("a confirmed session can't be completed when the time is unknown")
            << confirmed << completed << false << false << false << false << QDateTime() << "ended";
        QTest::newRow("a no-show can't be recorded before the session has started")
            << confirmed << noShow << false << false << false << false << before << "before the session has started";
        QTest::newRow("a no-show can be recorded once the session has started")
            << confirmed << noShow << false << false << false << false << during << "ok";
        QTest::newRow("a no-show corrected to completed still waits for the end")
            << noShow << completed << false << false << false << false << during << "ended";
    }
    void contextGates()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, contractRequired);
        QFETCH(bool, contractSigned);
        QFETCH(bool, depositRequired);
        QFETCH(bool, depositPaid);
        QFETCH(QDateTime, now);
        QFETCH(QString, expected);
        BookingTransitionContext context = satisfied();
        context.contractRequired = contractRequired;
        context.contractSigned = contractSigned;
        context.depositRequired = depositRequired;
        context.depositPaid = depositPaid;
        context.now = now;
        const Result<void> result =
            BookingStateMachine::check(static_cast<BookingStatus>(from), static_cast<BookingStatus>(to), context);
        if (expected == QLatin1String("ok")) {
            QVERIFY2(result.hasValue(), result ? "" : qPrintable(result.error().userMessage()));
        } else {
            QVERIFY(!result.hasValue());
            QVERIFY2(result.error().userMessage().contains(expected, Qt::CaseInsensitive),
                qPrintable(result.error().userMessage()));
        }
    }

    void confirmingNeedsASessionTime()
    {
        BookingTransitionContext context = satisfied();
        context.sessionStart = {};
        context.sessionEnd = {};
        const Result<void> result =
            BookingStateMachine::check(BookingStatus::Pending, BookingStatus::Confirmed, context);
        QVERIFY(!result.hasValue());
        QVERIFY(result.error().userMessage().contains(QStringLiteral("session time")));
    }

    void statusKeysRoundTrip()
    {
        for (const BookingStatus status : allBookingStatuses()) {
            QCOMPARE(bookingStatusFromKey(bookingStatusKey(status)), std::optional<BookingStatus>(status));
            QVERIFY(!bookingStatusName(status).isEmpty());
        }
        QCOMPARE(bookingStatusKey(BookingStatus::AwaitingSignature), QStringLiteral("awaiting_signature"));
        QVERIFY(!bookingStatusFromKey(u"confirmd").has_value());
        QCOMPARE(allBookingStatuses().size(), 8);
    }

    void createNeedsIdsAndATimeWhenPending()
    {
        QVERIFY(Booking::create(kBookingId, kClientId, kServiceId, Schedule()).hasValue());
        QVERIFY(!Booking::create(QUuid(), kClientId, kServiceId, session()).hasValue());
        QVERIFY(!Booking::create(kBookingId, QUuid(), kServiceId, session()).hasValue());
        QVERIFY(!Booking::create(kBookingId, kClientId, QUuid(), session()).hasValue());
        QVERIFY(!Booking::create(kBookingId, kClientId, kServiceId, Schedule(), BookingStatus::Pending).hasValue());
        QVERIFY(!Booking::create(kBookingId, kClientId, kServiceId, session(), BookingStatus::Confirmed).hasValue());
        const Result<Booking> booking =
            Booking::create(kBookingId, kClientId, kServiceId, session(), BookingStatus::Pending);
        QVERIFY(booking.hasValue());
        QCOMPARE(booking->status(), BookingStatus::Pending);
        QCOMPARE(booking->id(), kBookingId);
    }

    void theWeddingPhotographerPath()
    {
        Booking booking = Booking::create(kBookingId, kClientId, kServiceId, session()).value();
        BookingTransitionContext context;
        context.contractRequired = true;
        context.depositRequired = true;
        context.now = utc("2024-05-01T09:00:00Z");

        QVERIFY(booking.transitionTo(BookingStatus::Pending, context).hasValue());
        QVERIFY(!booking.transitionTo(BookingStatus::Confirmed, context).hasValue());
        QVERIFY(booking.transitionTo(BookingStatus::AwaitingSignature, context).hasValue());
        context.contractSigned = true;
        QVERIFY(booking.transitionTo(BookingStatus::AwaitingPayment, context).hasValue());
        const Result<void> early = booking.transitionTo(BookingStatus::Confirmed, context);
        QVERIFY(!early.hasValue());
        QVERIFY(early.error().userMessage().contains(QStringLiteral("deposit")));
        QCOMPARE(booking.status(), BookingStatus::AwaitingPayment);
        context.depositPaid = true;
        context.now = utc("2024-05-02T09:00:00Z");
        QVERIFY(booking.transitionTo(BookingStatus::Confirmed, context, QStringLiteral("Stripe payment")).hasValue());
        context.now = utc("2024-06-10T11:30:00Z");
        QVERIFY(booking.transitionTo(BookingStatus::Completed, context).hasValue());

        QCOMPARE(booking.status(), BookingStatus::Completed);
        const QList<StatusChange>& history = booking.statusHistory();
        QCOMPARE(history.size(), 5);
        QCOMPARE(history.at(0).from, BookingStatus::Inquiry);
        QCOMPARE(history.at(3).to, BookingStatus::Confirmed);
        QCOMPARE(history.at(3).reason, QStringLiteral("Stripe payment"));
        QCOMPARE(history.at(3).at, utc("2024-05-02T09:00:00Z"));
        QCOMPARE(history.at(4).to, BookingStatus::Completed);
    }

    void transitionUsesTheBookingsOwnTimes()
    {
        Booking booking = Booking::restore(kBookingId, kClientId, kServiceId, session(), BookingStatus::Confirmed);
        BookingTransitionContext context;
        context.now = utc("2024-06-10T10:30:00Z");
        // A caller's stale session end must not let a running session be completed.
        context.sessionEnd = utc("2024-06-10T10:00:00Z");
        const Result<void> result = booking.transitionTo(BookingStatus::Completed, context);
        QVERIFY(!result.hasValue());
        QCOMPARE(booking.status(), BookingStatus::Confirmed);
        QVERIFY(booking.statusHistory().isEmpty());
    }

    void cancelKeepsTheReasonAndReopenClearsIt()
    {
        Booking booking = Booking::restore(kBookingId, kClientId, kServiceId, session(), BookingStatus::Confirmed);
        BookingTransitionContext context;
        context.now = utc("2024-06-01T08:00:00Z");
        QVERIFY(booking.transitionTo(BookingStatus::Canceled, context, QStringLiteral("Client is ill")).hasValue());
        QCOMPARE(booking.cancellationReason(), QStringLiteral("Client is ill"));
        QVERIFY(!booking.reschedule(session().movedTo(utc("2024-06-12T10:00:00Z")), context.now, {}).hasValue());

        QVERIFY(booking.transitionTo(BookingStatus::Pending, context, QStringLiteral("Feeling better")).hasValue());
        QVERIFY(booking.cancellationReason().isEmpty());
        QCOMPARE(booking.statusHistory().at(0).reason, QStringLiteral("Client is ill"));
        QCOMPARE(booking.status(), BookingStatus::Pending);
    }

    void rescheduleKeepsHistory()
    {
        Booking booking = Booking::restore(kBookingId, kClientId, kServiceId, session(), BookingStatus::Confirmed);
        const Schedule first = session();
        const Schedule second = first.movedTo(utc("2024-06-11T10:00:00Z"));
        const Schedule third = first.movedTo(utc("2024-06-12T14:00:00Z"));

        QVERIFY(booking.reschedule(second, utc("2024-06-01T08:00:00Z"), QStringLiteral("Holiday"), ChangedBy::Client)
                    .hasValue());
        QVERIFY(booking.reschedule(third, utc("2024-06-02T08:00:00Z"), QStringLiteral("Room taken")).hasValue());

        QCOMPARE(booking.schedule(), third);
        QCOMPARE(booking.status(), BookingStatus::Confirmed);
        const QList<RescheduleEntry>& history = booking.rescheduleHistory();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0),
            (RescheduleEntry {
                first, second, utc("2024-06-01T08:00:00Z"), QStringLiteral("Holiday"), ChangedBy::Client}));
        QCOMPARE(history.at(1).from, second);
        QCOMPARE(history.at(1).to, third);
        QCOMPARE(history.at(1).by, ChangedBy::Practitioner);

        const Result<void> same = booking.reschedule(third, utc("2024-06-03T08:00:00Z"), {});
        QVERIFY(!same.hasValue());
        QCOMPARE(booking.rescheduleHistory().size(), 2);
    }

    void rescheduleIsRefusedOnceFinal_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("allowed");
        for (const BookingStatus status : allBookingStatuses()) {
            QTest::addRow("a booking that is %s", qPrintable(bookingStatusKey(status)))
                << static_cast<int>(status) << !isFinalBookingStatus(status);
        }
    }
    void rescheduleIsRefusedOnceFinal()
    {
        QFETCH(int, status);
        QFETCH(bool, allowed);
        Booking booking =
            Booking::restore(kBookingId, kClientId, kServiceId, session(), static_cast<BookingStatus>(status));
        const Result<void> result =
            booking.reschedule(session().movedTo(utc("2024-06-11T10:00:00Z")), utc("2024-06-01T08:00:00Z"), {});
        QCOMPARE(result.hasValue(), allowed);
        QCOMPARE(booking.rescheduleHistory().size(), allowed ? 1 : 0);
        if (!allowed) {
            QVERIFY(result.error().userMessage().contains(QStringLiteral("can't be rescheduled")));
            QCOMPARE(booking.schedule(), session());
        }
    }

    void finalStatusesAreTheThreeEndings()
    {
        QVERIFY(isFinalBookingStatus(BookingStatus::Completed));
        QVERIFY(isFinalBookingStatus(BookingStatus::Canceled));
        QVERIFY(isFinalBookingStatus(BookingStatus::NoShow));
        QVERIFY(!isFinalBookingStatus(BookingStatus::Confirmed));
    }

    void keepsPlainFieldsAndSeries()
    {
        Booking booking = Booking::create(kBookingId, kClientId, kServiceId, session()).value();
        booking.setPhone(QStringLiteral("+4915112345678"));
        booking.setVideoLink(QStringLiteral("https://zoom.us/j/1"));
        booking.setLocation(QStringLiteral("Studio 2"));
        booking.setNotes(QStringLiteral("Bring the long lens"));
        const QUuid series = QUuid::fromString(QLatin1String("018f0000-0000-7000-8000-0000000000aa"));
        booking.setSeries(series, Recurrence::parse(QStringLiteral("FREQ=WEEKLY;COUNT=10")).value());
        QCOMPARE(booking.phone(), QStringLiteral("+4915112345678"));
        QCOMPARE(booking.videoLink(), QStringLiteral("https://zoom.us/j/1"));
        QCOMPARE(booking.location(), QStringLiteral("Studio 2"));
        QCOMPARE(booking.notes(), QStringLiteral("Bring the long lens"));
        QCOMPARE(booking.seriesId(), series);
        QVERIFY(booking.recurrence().has_value());
        QCOMPARE(booking.recurrence()->count(), std::optional<int>(10));
    }
};

QTEST_GUILESS_MAIN(TestDomainBooking)
#include "test_domain_booking.moc"
