#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include "core/domain/Schedule.h"
#include "core/ports/Clock.h"
#include "core/store/CalendarRows.h"
#include "core/store/Summaries.h"
#include "ui/calendar/CalendarExportDialog.h"
#include "ui/calendar/CalendarItem.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/calendar/CalendarView.h"

using namespace clientele;
using namespace clientele::ui;
using domain::BookingStatus;

namespace {

const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    QDateTime nowUtc() const override { return m_now; }

private:
    QDateTime m_now;
};

QDateTime berlin(QDate date, QTime time)
{
    return QDateTime(date, time, kBerlin).toUTC();
}

QDateTime utc(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone::utc());
}

CalendarItem makeItem(
    const QString& title, const QDateTime& start, int minutes, BookingStatus status = BookingStatus::Confirmed)
{
    CalendarItem item;
    item.id = QUuid::createUuid();
    item.title = title;
    item.subtitle = QStringLiteral("Portrait session");
    item.start = start;
    item.end = start.addSecs(qint64 {minutes} * 60);
    item.status = status;
    item.movable = !domain::isFinalBookingStatus(status);
    return item;
}

BookingSummary makeBooking(const QString& name, const QDateTime& start, int minutes, int before = 0, int after = 0,
    BookingStatus status = BookingStatus::Confirmed)
{
    BookingSummary booking;
    booking.id = QUuid::createUuid();
    booking.clientName = name;
    booking.serviceName = QStringLiteral("Session");
    booking.schedule =
        domain::Schedule::create(start, start.addSecs(qint64 {minutes} * 60), QStringLiteral("Europe/Berlin")).value();
    booking.status = status;
    booking.bufferBeforeMinutes = before;
    booking.bufferAfterMinutes = after;
    return booking;
}

// A drag with the left button held, as a user does it: press, a few moves, release.
void drag(QWidget* target, QPoint from, QPoint to)
{
    const auto send = [target](QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons) {
        QMouseEvent event(type, QPointF(pos), QPointF(target->mapToGlobal(pos)), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(target, &event);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 4; ++step) {
        send(QEvent::MouseMove, from + (to - from) * step / 4, Qt::NoButton, Qt::LeftButton);
    }
    send(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

// Scrolls a day or week view so that `at` is in the middle of the viewport.
void scrollTo(CalendarView& view, const QDateTime& at)
{
    QScrollBar* bar = view.verticalScrollBar();
    bar->setValue(bar->value() + view.pointAt(at).y() - view.viewport()->height() / 2);
}

// A week view in Berlin, English (UK) so weeks start on Monday, with a fixed "now".
struct Fixture
{
    explicit Fixture(CalendarView::Mode mode, QDate date, QSize size = QSize(1000, 800))
        : clock(berlin(QDate(2026, 3, 25), QTime(10, 30)))
    {
        view.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        view.setTimeZone(kBerlin);
        view.setClock(&clock);
        view.setMode(mode);
        view.setDate(date);
        view.resize(size);
        view.show();
    }

    FixedClock clock;
    CalendarView view;
};

} // namespace

class TestUiCalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ClienteleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("ClienteleCalendarTest"));
        QSettings().clear();
        QVERIFY(kBerlin.isValid());
    }

    void helperMarksConflictsIncludingBuffers()
    {
        const QDate day(2026, 11, 24);
        QList<BookingSummary> bookings;
        bookings << makeBooking(QStringLiteral("A"), berlin(day, QTime(10, 0)), 60, 0, 15); // after-buffer to 11:15
        bookings << makeBooking(QStringLiteral("B"), berlin(day, QTime(11, 10)), 50); // starts in A's buffer
        bookings << makeBooking(QStringLiteral("C"), berlin(day, QTime(13, 0)), 60);
        bookings << makeBooking(QStringLiteral("D"), berlin(day, QTime(13, 30)), 30, 0, 0, BookingStatus::Canceled);
        bookings << makeBooking(QStringLiteral("E"), berlin(day, QTime(14, 0)), 60); // back to back with C
        bookings << makeBooking(QStringLiteral("F"), berlin(day, QTime(16, 0)), 60, 0, 0, BookingStatus::NoShow);
        bookings << makeBooking(QStringLiteral("G"), berlin(day, QTime(16, 30)), 30, 0, 0, BookingStatus::Completed);
        BookingSummary inquiry;
        inquiry.id = QUuid::createUuid();
        inquiry.clientName = QStringLiteral("No time yet");
        bookings << inquiry;
        bookings[2].seriesId = QUuid::createUuid();

        const QList<CalendarItem> items = calendarItemsFromBookings(bookings);
        QCOMPARE(items.size(), 7); // the inquiry without a time is left out
        QStringList conflicting;
        for (const CalendarItem& item : items) {
            if (item.conflict) {
                conflicting << item.title;
            }
        }
        QCOMPARE(conflicting, (QStringList {QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(items.at(0).bufferAfterMinutes, 15);
        QCOMPARE(items.at(2).recurring, true);
        QCOMPARE(items.at(0).recurring, false);
        QCOMPARE(items.at(6).movable, false); // completed
        QCOMPARE(items.at(3).movable, false); // canceled
        QCOMPARE(items.at(0).movable, true);
        QCOMPARE(items.at(1).title, QStringLiteral("B"));
        QCOMPARE(items.at(1).subtitle, QStringLiteral("Session"));
    }

    void helperConflictsWithBufferBefore()
    {
        const QDate day(2026, 11, 24);
        QList<BookingSummary> bookings;
        bookings << makeBooking(QStringLiteral("A"), berlin(day, QTime(9, 0)), 60);
        bookings << makeBooking(QStringLiteral("B"), berlin(day, QTime(10, 0)), 60, 30, 0); // needs 09:30 free
        bookings << makeBooking(QStringLiteral("C"), berlin(day, QTime(12, 0)), 60, 30, 0);
        const QList<CalendarItem> items = calendarItemsFromBookings(bookings);
        QVERIFY(items.at(0).conflict);
        QVERIFY(items.at(1).conflict);
        QVERIFY(!items.at(2).conflict);
    }

    void overlappingItemsAreSideBySide()
    {
        Fixture f(CalendarView::Mode::Week, QDate(2026, 3, 24));
        const QDate day(2026, 3, 24);
        const CalendarItem a = makeItem(QStringLiteral("Anna"), berlin(day, QTime(10, 0)), 60);
        const CalendarItem b = makeItem(QStringLiteral("Ben"), berlin(day, QTime(10, 30)), 60);
        const CalendarItem c = makeItem(QStringLiteral("Cleo"), berlin(day, QTime(13, 0)), 60);
        const CalendarItem d =
            makeItem(QStringLiteral("Dora"), berlin(day, QTime(11, 0)), 60); // after Anna, beside Ben
        f.view.setItems({a, b, c, d});
        f.view.verticalScrollBar()->setValue(f.view.verticalScrollBar()->maximum() / 3);

        const QRect ra = f.view.itemRect(a.id);
        const QRect rb = f.view.itemRect(b.id);
        const QRect rc = f.view.itemRect(c.id);
        const QRect rd = f.view.itemRect(d.id);
        QVERIFY(!ra.isEmpty() && !rb.isEmpty() && !rc.isEmpty() && !rd.isEmpty());
        QVERIFY2(ra.right() < rb.left(), "Anna and Ben overlap, so they share the column side by side");
        QCOMPARE(ra.width(), rb.width());
        QCOMPARE(rd.left(), ra.left()); // Dora reuses Anna's column once Anna has ended
        QVERIFY(rc.width() > ra.width() * 3 / 2); // Cleo overlaps nobody and has the whole day
        QVERIFY(ra.top() < rb.top());
        QVERIFY(rc.top() > rb.bottom());

        QCOMPARE(f.view.itemAt(ra.center()), a.id);
        QCOMPARE(f.view.itemAt(rb.center()), b.id);
        QCOMPARE(f.view.itemAt(rc.center()), c.id);
        QCOMPARE(f.view.itemAt(rd.center()), d.id);
        QVERIFY(f.view.itemAt(QPoint(rc.center().x(), rc.bottom() + 40)).isNull());
        QVERIFY(f.view.itemAt(QPoint(2, rc.center().y())).isNull()); // the time gutter
        // The day column is right: Tuesday is the second column of a Monday week.
        QCOMPARE(f.view.firstVisibleDate(), QDate(2026, 3, 23));
        const QPoint tuesday = f.view.pointAt(berlin(day, QTime(10, 15)));
        QVERIFY(tuesday.x() > ra.left() && tuesday.x() < rb.right());
    }

    void rangeCoversWholeLocalDaysAcrossDst()
    {
        Fixture f(CalendarView::Mode::Week, QDate(2026, 3, 26));
        QCOMPARE(f.view.rangeStartUtc(), utc(QDate(2026, 3, 22), QTime(23, 0))); // Monday 00:00 CET
        QCOMPARE(f.view.rangeEndUtc(), utc(QDate(2026, 3, 29), QTime(22, 0))); // Monday 00:00 CEST
        f.view.setMode(CalendarView::Mode::Day);
        QCOMPARE(f.view.rangeStartUtc(), utc(QDate(2026, 3, 25), QTime(23, 0)));
        f.view.setDate(QDate(2026, 10, 25)); // 25 hours
        QCOMPARE(f.view.rangeStartUtc().secsTo(f.view.rangeEndUtc()), qint64 {25} * 3600);
    }

    void dragToCreateSnapsInDisplayZone_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("from");
        QTest::addColumn<QTime>("to");
        QTest::addColumn<QDateTime>("expectedStart");
        QTest::addColumn<QDateTime>("expectedEnd");

        QTest::newRow("a winter Monday before the change, in CET")
            << QDate(2026, 3, 23) << QTime(9, 7) << QTime(10, 52) << utc(QDate(2026, 3, 23), QTime(8, 0))
            << utc(QDate(2026, 3, 23), QTime(10, 0));
        QTest::newRow("dragging upwards gives the same range")
            << QDate(2026, 3, 23) << QTime(10, 52) << QTime(9, 7) << utc(QDate(2026, 3, 23), QTime(8, 0))
            << utc(QDate(2026, 3, 23), QTime(10, 0));
        QTest::newRow("the spring-forward Sunday, after the change, in CEST")
            << QDate(2026, 3, 29) << QTime(10, 5) << QTime(11, 20) << utc(QDate(2026, 3, 29), QTime(8, 0))
            << utc(QDate(2026, 3, 29), QTime(9, 30));
        QTest::newRow("the spring-forward Sunday, just before the gap")
            << QDate(2026, 3, 29) << QTime(0, 35) << QTime(1, 40) << utc(QDate(2026, 3, 28), QTime(23, 30))
            << utc(QDate(2026, 3, 29), QTime(0, 45));
        QTest::newRow("the fall-back Sunday, after the change, in CET")
            << QDate(2026, 10, 25) << QTime(14, 1) << QTime(14, 44) << utc(QDate(2026, 10, 25), QTime(13, 0))
            << utc(QDate(2026, 10, 25), QTime(13, 45));
        QTest::newRow("the Saturday before fall-back, still CEST")
            << QDate(2026, 10, 24) << QTime(9, 0) << QTime(9, 50) << utc(QDate(2026, 10, 24), QTime(7, 0))
            << utc(QDate(2026, 10, 24), QTime(8, 0));
    }
    void dragToCreateSnapsInDisplayZone()
    {
        QFETCH(QDate, date);
        QFETCH(QTime, from);
        QFETCH(QTime, to);
        QFETCH(QDateTime, expectedStart);
        QFETCH(QDateTime, expectedEnd);

        Fixture f(CalendarView::Mode::Week, date);
        QSignalSpy spy(&f.view, &CalendarView::createRequested);
        scrollTo(f.view, berlin(date, from));
        drag(f.view.viewport(), f.view.pointAt(berlin(date, from)), f.view.pointAt(berlin(date, to)));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toDateTime(), expectedStart);
        QCOMPARE(spy.at(0).at(1).toDateTime(), expectedEnd);
        QCOMPARE(spy.at(0).at(0).toDateTime().timeSpec(), Qt::UTC);
    }

    void clickWithoutDragDoesNotCreate()
    {
        Fixture f(CalendarView::Mode::Week, QDate(2026, 3, 24));
        QSignalSpy spy(&f.view, &CalendarView::createRequested);
        const QPoint at = f.view.pointAt(berlin(QDate(2026, 3, 24), QTime(10, 0)));
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(f.view.date(), QDate(2026, 3, 24));
    }

    void moveEmitsNewTimes_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("dragTo"); // where the point grabbed (the item's start) ends up
        QTest::addColumn<QDateTime>("expectedStart");

        const QDate tuesday(2026, 3, 24);
        QTest::newRow("later the same day, snapped to a quarter hour")
            << berlin(tuesday, QTime(10, 0)) << berlin(tuesday, QTime(11, 37)) << berlin(tuesday, QTime(11, 30));
        QTest::newRow("to the next day at the same time")
            << berlin(tuesday, QTime(10, 0)) << berlin(tuesday.addDays(1), QTime(10, 0))
            << berlin(tuesday.addDays(1), QTime(10, 0));
        QTest::newRow("across the spring-forward night keeps the wall-clock time") << berlin(QDate(2026, 3, 28),
            QTime(10, 0)) << berlin(QDate(2026, 3, 29), QTime(10, 0)) << utc(QDate(2026, 3, 29), QTime(8, 0));
    }
    void moveEmitsNewTimes()
    {
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, dragTo);
        QFETCH(QDateTime, expectedStart);

        Fixture f(CalendarView::Mode::Week, start.toTimeZone(kBerlin).date());
        const CalendarItem item = makeItem(QStringLiteral("Anna"), start, 60);
        f.view.setItems({item});
        const QRect before = f.view.itemRect(item.id);
        QSignalSpy spy(&f.view, &CalendarView::changeRequested);
        // Grab the item a little below its top, so the offset within it is kept.
        const QPoint grabOffset(0, 6);
        drag(f.view.viewport(), f.view.pointAt(start) + grabOffset, f.view.pointAt(dragTo) + grabOffset);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toUuid(), item.id);
        QCOMPARE(spy.at(0).at(1).toDateTime(), expectedStart);
        QCOMPARE(spy.at(0).at(2).toDateTime(), expectedStart.addSecs(3600)); // the same length
        // The view still shows the old time until the app calls setItems.
        QCOMPARE(f.view.itemRect(item.id), before);
        QCOMPARE(f.view.selectedItem(), item.id);
    }

    void resizeEmitsNewEnd()
    {
        const QDate day(2026, 3, 24);
        Fixture f(CalendarView::Mode::Week, day);
        const CalendarItem item = makeItem(QStringLiteral("Anna"), berlin(day, QTime(10, 0)), 60);
        f.view.setItems({item});
        const QRect rect = f.view.itemRect(item.id);
        QSignalSpy spy(&f.view, &CalendarView::changeRequested);
        const QPoint grip(rect.center().x(), rect.bottom() - 1);
        drag(f.view.viewport(), grip, QPoint(grip.x(), f.view.pointAt(berlin(day, QTime(12, 20))).y()));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toDateTime(), item.start); // the start stays
        QCOMPARE(spy.at(0).at(2).toDateTime(), berlin(day, QTime(12, 15)));

        // Never shorter than a quarter of an hour.
        spy.clear();
        drag(f.view.viewport(), grip, QPoint(grip.x(), f.view.pointAt(berlin(day, QTime(9, 0))).y()));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(2).toDateTime(), berlin(day, QTime(10, 15)));
    }

    void finishedBookingsDoNotMove()
    {
        const QDate day(2026, 3, 24);
        Fixture f(CalendarView::Mode::Week, day);
        const CalendarItem item =
            makeItem(QStringLiteral("Done"), berlin(day, QTime(10, 0)), 60, BookingStatus::Completed);
        f.view.setItems({item});
        QSignalSpy changes(&f.view, &CalendarView::changeRequested);
        QSignalSpy creates(&f.view, &CalendarView::createRequested);
        const QPoint from = f.view.itemRect(item.id).center();
        drag(f.view.viewport(), from, from + QPoint(0, 120));
        QCOMPARE(changes.count(), 0);
        QCOMPARE(creates.count(), 0);
        QCOMPARE(f.view.selectedItem(), item.id);
    }

    void doubleClickActivates()
    {
        const QDate day(2026, 3, 24);
        Fixture f(CalendarView::Mode::Week, day);
        const CalendarItem item = makeItem(QStringLiteral("Anna"), berlin(day, QTime(10, 0)), 60);
        f.view.setItems({item});
        QSignalSpy spy(&f.view, &CalendarView::itemActivated);
        QTest::mouseDClick(f.view.viewport(), Qt::LeftButton, Qt::NoModifier, f.view.itemRect(item.id).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toUuid(), item.id);
    }

    // Time blocked by another calendar: a booking over busy time conflicts, over free time it does
    // not; outside items never conflict themselves, even with each other.
    void outsideBusyTimeMakesBookingsConflict()
    {
        const QDate day(2026, 11, 24);
        QList<BookingSummary> bookings;
        bookings << makeBooking(QStringLiteral("A"), berlin(day, QTime(10, 0)), 60, 0, 15); // buffer to 11:15
        bookings << makeBooking(QStringLiteral("B"), berlin(day, QTime(14, 0)), 60);
        bookings << makeBooking(QStringLiteral("C"), berlin(day, QTime(17, 0)), 60);
        const auto block = [](const char* title, const QDateTime& start, int minutes, bool busy) {
            CalendarRows::Block b;
            b.id = QUuid::createUuid();
            b.title = QLatin1String(title);
            b.sourceName = QStringLiteral("Family");
            b.startUtc = start;
            b.endUtc = start.addSecs(qint64 {minutes} * 60);
            b.busy = busy;
            return b;
        };
        const QList<CalendarRows::Block> blocks {block("Dentist", berlin(day, QTime(11, 0)), 30, true),
            block("Dentist again", berlin(day, QTime(11, 0)), 30, true),
            block("Maybe lunch", berlin(day, QTime(14, 0)), 60, false), block("", berlin(day, QTime(19, 0)), 60, true)};
        const QList<CalendarItem> items = calendarItems(bookings, blocks);
        QCOMPARE(items.size(), 7);
        QVERIFY(items.at(0).conflict); // A's buffer runs into the dentist
        QVERIFY(!items.at(1).conflict); // lunch is marked free
        QVERIFY(!items.at(2).conflict);
        for (qsizetype i = 3; i < items.size(); ++i) {
            QVERIFY(items.at(i).outside);
            QVERIFY(!items.at(i).conflict);
            QVERIFY(!items.at(i).movable);
            QCOMPARE(items.at(i).subtitle, QStringLiteral("Family"));
        }
        QVERIFY(!items.at(5).blocksTime);
        QCOMPARE(items.at(6).title, QStringLiteral("Busy")); // an event without a title
    }

    void outsideTimeIsNeitherOpenedNorMoved()
    {
        const QDate day(2026, 3, 24);
        Fixture f(CalendarView::Mode::Week, day);
        CalendarItem outside = makeItem(QStringLiteral("Dentist"), berlin(day, QTime(10, 0)), 60);
        outside.outside = true;
        outside.movable = false;
        outside.subtitle = QStringLiteral("Family");
        f.view.setItems({outside});
        QSignalSpy activated(&f.view, &CalendarView::itemActivated);
        QSignalSpy changes(&f.view, &CalendarView::changeRequested);
        const QPoint at = f.view.itemRect(outside.id).center();
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(f.view.selectedItem(), outside.id); // selectable, to read it
        QTest::mouseDClick(f.view.viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(activated.count(), 0);
        QTest::keyClick(&f.view, Qt::Key_Return);
        QCOMPARE(activated.count(), 0);
        drag(f.view.viewport(), at, at + QPoint(0, 120));
        QCOMPARE(changes.count(), 0);
        QVERIFY(f.view.accessibleDescription().contains(QStringLiteral("Busy in another calendar")));
        // Looked at by people: the week with a booking beside busy time of another calendar.
        CalendarItem booking = makeItem(QStringLiteral("Anna Berg"), berlin(day, QTime(10, 30)), 60);
        booking.conflict = true;
        CalendarItem free = makeItem(QStringLiteral("Maybe lunch"), berlin(day, QTime(12, 30)), 60);
        free.outside = true;
        free.blocksTime = false;
        free.subtitle = QStringLiteral("Family");
        f.view.setItems({outside, booking, free});
        f.view.setSelectedItem({});
        scrollTo(f.view, berlin(day, QTime(11, 0)));
        if (const QByteArray dir = qgetenv("CLIENTELE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            f.view.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/calendar-outside-time.png"));
        }
    }

    void exportDialogOffersPrivacyAndRange()
    {
        CalendarExportDialog dialog(QDate(2026, 3, 1));
        dialog.show();
        QCOMPARE(dialog.options().label, CalendarExport::ClientLabel::Name);
        QVERIFY(!dialog.options().from.isValid());
        auto* names = dialog.findChild<QComboBox*>(QStringLiteral("calendarExportNames"));
        auto* range = dialog.findChild<QComboBox*>(QStringLiteral("calendarExportRange"));
        auto* from = dialog.findChild<QWidget*>(QStringLiteral("calendarExportFrom"));
        QVERIFY(names && range && from);
        QVERIFY(!from->isEnabled());
        names->setCurrentIndex(1);
        range->setCurrentIndex(1);
        QVERIFY(from->isEnabled());
        dialog.findChild<QCheckBox*>(QStringLiteral("calendarExportCanceled"))->setChecked(true);
        const CalendarExport::Options options = dialog.options();
        QCOMPARE(options.label, CalendarExport::ClientLabel::Initials);
        QCOMPARE(options.from, QDate(2026, 3, 1));
        QVERIFY(options.includeCanceled);
        if (const QByteArray dir = qgetenv("CLIENTELE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/calendar-export-dialog.png"));
        }
    }

    void monthShowsMoreWhenADayIsFull()
    {
        const QDate busy(2026, 11, 18);
        const QDate quiet(2026, 11, 19);
        Fixture f(CalendarView::Mode::Month, busy, QSize(1000, 700));
        QList<CalendarItem> items;
        for (int i = 0; i < 10; ++i) {
            items << makeItem(QStringLiteral("Client %1").arg(i), berlin(busy, QTime(8 + i, 0)), 45);
        }
        items << makeItem(QStringLiteral("Alone"), berlin(quiet, QTime(9, 0)), 60);
        f.view.setItems(items);

        QCOMPARE(f.view.firstVisibleDate(), QDate(2026, 10, 26)); // the Monday before 1 November
        QCOMPARE(f.view.lastVisibleDate(), QDate(2026, 12, 6));
        const int hidden = f.view.hiddenItemCount(busy);
        QVERIFY2(hidden > 0 && hidden < 10, qPrintable(QString::number(hidden)));
        int shown = 0;
        for (const CalendarItem& item : items.mid(0, 10)) {
            shown += f.view.itemRect(item.id).isEmpty() ? 0 : 1;
        }
        QCOMPARE(shown + hidden, 10);
        QVERIFY(!f.view.itemRect(items.at(0).id).isEmpty()); // the earliest come first
        QCOMPARE(f.view.hiddenItemCount(quiet), 0);
        QVERIFY(f.view.moreRect(quiet).isEmpty());
        QCOMPARE(f.view.itemAt(f.view.itemRect(items.last().id).center()), items.last().id);

        // "+N more" opens the day.
        const QRect more = f.view.moreRect(busy);
        QVERIFY(!more.isEmpty());
        QSignalSpy range(&f.view, &CalendarView::rangeChanged);
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, Qt::NoModifier, more.center());
        QCOMPARE(f.view.mode(), CalendarView::Mode::Day);
        QCOMPARE(f.view.date(), busy);
        QCOMPARE(range.count(), 1);
    }

    void monthDragMovesByDays()
    {
        const QDate day(2026, 11, 18);
        Fixture f(CalendarView::Mode::Month, day);
        const CalendarItem item = makeItem(QStringLiteral("Anna"), berlin(day, QTime(9, 30)), 60);
        f.view.setItems({item});
        QSignalSpy spy(&f.view, &CalendarView::changeRequested);
        drag(
            f.view.viewport(), f.view.itemRect(item.id).center(), f.view.pointAt(berlin(day.addDays(8), QTime(12, 0))));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toDateTime(), berlin(day.addDays(8), QTime(9, 30)));
    }

    void keyboardMovesSelection()
    {
        const QDate monday(2026, 3, 23);
        Fixture f(CalendarView::Mode::Week, monday);
        const CalendarItem a = makeItem(QStringLiteral("Anna"), berlin(monday, QTime(9, 0)), 60);
        const CalendarItem b = makeItem(QStringLiteral("Ben"), berlin(monday, QTime(11, 0)), 60);
        const CalendarItem c = makeItem(QStringLiteral("Cleo"), berlin(monday.addDays(1), QTime(11, 30)), 60);
        const CalendarItem d = makeItem(QStringLiteral("Dora"), berlin(monday.addDays(1), QTime(8, 0)), 60);
        f.view.setItems({a, b, c, d});
        f.view.setFocus();
        QSignalSpy activated(&f.view, &CalendarView::itemActivated);

        QTest::keyClick(&f.view, Qt::Key_Down);
        QCOMPARE(f.view.selectedItem(), a.id);
        QVERIFY(f.view.accessibleDescription().contains(QStringLiteral("Anna")));
        QTest::keyClick(&f.view, Qt::Key_Down);
        QCOMPARE(f.view.selectedItem(), b.id);
        QTest::keyClick(&f.view, Qt::Key_Down); // stays on the last
        QCOMPARE(f.view.selectedItem(), b.id);
        QTest::keyClick(&f.view, Qt::Key_Right); // Tuesday, the item nearest 11:00
        QCOMPARE(f.view.date(), monday.addDays(1));
        QCOMPARE(f.view.selectedItem(), c.id);
        QVERIFY(f.view.accessibleDescription().contains(QStringLiteral("Cleo")));
        QTest::keyClick(&f.view, Qt::Key_Up);
        QCOMPARE(f.view.selectedItem(), d.id);
        QTest::keyClick(&f.view, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toUuid(), d.id);
        QTest::keyClick(&f.view, Qt::Key_Right); // Wednesday has nothing
        QVERIFY(f.view.selectedItem().isNull());
        QVERIFY(f.view.accessibleDescription().contains(QStringLiteral("0 booking")));

        QSignalSpy range(&f.view, &CalendarView::rangeChanged);
        QTest::keyClick(&f.view, Qt::Key_PageDown);
        QCOMPARE(f.view.firstVisibleDate(), QDate(2026, 3, 30));
        QCOMPARE(range.count(), 1);
        QTest::keyClick(&f.view, Qt::Key_PageUp);
        QTest::keyClick(&f.view, Qt::Key_PageUp);
        QCOMPARE(f.view.firstVisibleDate(), QDate(2026, 3, 16));
        QTest::keyClick(&f.view, Qt::Key_T);
        QCOMPARE(f.view.date(), QDate(2026, 3, 25)); // the fixed clock's today
        QCOMPARE(f.view.firstVisibleDate(), monday);
        QCOMPARE(range.count(), 4);
        QVERIFY(f.view.accessibleName().contains(QStringLiteral("23 – 29 March 2026")));

        // Leaving the week with the arrows moves to the next one.
        f.view.setDate(QDate(2026, 3, 29));
        QTest::keyClick(&f.view, Qt::Key_Right);
        QCOMPARE(f.view.firstVisibleDate(), QDate(2026, 3, 30));
    }

    void keyboardInMonthMovesDays()
    {
        Fixture f(CalendarView::Mode::Month, QDate(2026, 11, 18));
        f.view.setFocus();
        QTest::keyClick(&f.view, Qt::Key_Down);
        QCOMPARE(f.view.date(), QDate(2026, 11, 25));
        QTest::keyClick(&f.view, Qt::Key_Left);
        QCOMPARE(f.view.date(), QDate(2026, 11, 24));
        QTest::keyClick(&f.view, Qt::Key_Return); // opens the day
        QCOMPARE(f.view.mode(), CalendarView::Mode::Day);
        QCOMPARE(f.view.date(), QDate(2026, 11, 24));
    }

    void periodTitles()
    {
        Fixture f(CalendarView::Mode::Week, QDate(2026, 11, 25));
        QCOMPARE(f.view.periodTitle(), QStringLiteral("23 – 29 November 2026"));
        f.view.setDate(QDate(2026, 12, 1));
        QCOMPARE(f.view.periodTitle(), QStringLiteral("30 November – 6 December 2026"));
        f.view.setDate(QDate(2026, 12, 31));
        QCOMPARE(f.view.periodTitle(), QStringLiteral("28 December 2026 – 3 January 2027"));
        f.view.setMode(CalendarView::Mode::Month);
        QCOMPARE(f.view.periodTitle(), QStringLiteral("December 2026"));
        f.view.setMode(CalendarView::Mode::Day);
        QCOMPARE(f.view.periodTitle(), QStringLiteral("Thursday 31 December 2026"));
    }

    void scrollsToWorkingHoursOnShow()
    {
        Fixture f(CalendarView::Mode::Week, QDate(2026, 3, 24));
        QVERIFY(f.view.verticalScrollBar()->value() > 0);
        const QPoint nine = f.view.pointAt(berlin(QDate(2026, 3, 24), QTime(9, 0)));
        QVERIFY(nine.y() > 0 && nine.y() < f.view.viewport()->height() / 3);
    }

    void pageToolbarAsksForRanges()
    {
        QSettings().remove(QStringLiteral("calendar/mode"));
        CalendarPage page;
        page.view()->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        FixedClock clock(berlin(QDate(2026, 11, 25), QTime(10, 0)));
        page.view()->setClock(&clock);
        page.setTimeZone(kBerlin);
        page.view()->setDate(QDate(2026, 11, 25));
        page.resize(1100, 700);
        page.show();
        QCOMPARE(page.mode(), CalendarView::Mode::Week);
        QCOMPARE(page.title(), QStringLiteral("23 – 29 November 2026"));

        QSignalSpy ranges(&page, &CalendarPage::rangeNeeded);
        auto* next = page.findChild<QAbstractButton*>(QStringLiteral("calendarNextButton"));
        auto* previous = page.findChild<QAbstractButton*>(QStringLiteral("calendarPreviousButton"));
        auto* today = page.findChild<QAbstractButton*>(QStringLiteral("calendarTodayButton"));
        auto* dayButton = page.findChild<QAbstractButton*>(QStringLiteral("calendarDayButton"));
        auto* weekButton = page.findChild<QAbstractButton*>(QStringLiteral("calendarWeekButton"));
        auto* monthButton = page.findChild<QAbstractButton*>(QStringLiteral("calendarMonthButton"));
        auto* newBooking = page.findChild<QAbstractButton*>(QStringLiteral("calendarNewBookingButton"));
        QVERIFY(next && previous && today && dayButton && weekButton && monthButton && newBooking);
        QVERIFY(page.findChild<CalendarView*>(QStringLiteral("calendarView")));
        QVERIFY(weekButton->isChecked());

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(ranges.count(), 1);
        QCOMPARE(ranges.at(0).at(0).toDateTime(), berlin(QDate(2026, 11, 30), QTime(0, 0)));
        QCOMPARE(ranges.at(0).at(1).toDateTime(), berlin(QDate(2026, 12, 7), QTime(0, 0)));
        QCOMPARE(page.title(), QStringLiteral("30 November – 6 December 2026"));

        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(ranges.count(), 2);
        QCOMPARE(ranges.at(1).at(0).toDateTime(), berlin(QDate(2026, 11, 23), QTime(0, 0)));

        QTest::mouseClick(monthButton, Qt::LeftButton);
        QCOMPARE(ranges.count(), 3);
        QCOMPARE(ranges.at(2).at(0).toDateTime(), berlin(QDate(2026, 10, 26), QTime(0, 0)));
        QCOMPARE(ranges.at(2).at(1).toDateTime(), berlin(QDate(2026, 12, 7), QTime(0, 0)));
        QVERIFY(monthButton->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("calendar/mode")).toString(), QStringLiteral("month"));
        QCOMPARE(page.title(), QStringLiteral("November 2026"));

        QTest::mouseClick(dayButton, Qt::LeftButton);
        QCOMPARE(ranges.count(), 4);
        QCOMPARE(ranges.at(3).at(0).toDateTime(), berlin(QDate(2026, 11, 25), QTime(0, 0)));
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(today, Qt::LeftButton);
        QCOMPARE(ranges.count(), 6);
        QCOMPARE(ranges.last().at(0).toDateTime(), berlin(QDate(2026, 11, 25), QTime(0, 0)));
        QTest::mouseClick(weekButton, Qt::LeftButton);
        QCOMPARE(ranges.count(), 7);

        QSignalSpy newBookings(&page, &CalendarPage::newBookingRequested);
        QTest::mouseClick(newBooking, Qt::LeftButton);
        QCOMPARE(newBookings.count(), 1);

        // The mode is remembered.
        QTest::mouseClick(monthButton, Qt::LeftButton);
        CalendarPage again;
        QCOMPARE(again.mode(), CalendarView::Mode::Month);
    }

    void pageShowsEmptyHintAndZone()
    {
        QSettings().setValue(QStringLiteral("calendar/mode"), QStringLiteral("week"));
        CalendarPage page;
        page.view()->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        FixedClock clock(berlin(QDate(2026, 11, 25), QTime(10, 0)));
        page.view()->setClock(&clock);
        page.view()->setDate(QDate(2026, 11, 25));
        page.resize(1100, 700);
        page.show();
        auto* hint = page.findChild<QLabel*>(QStringLiteral("calendarEmptyHintLabel"));
        auto* zone = page.findChild<QLabel*>(QStringLiteral("calendarTimeZoneLabel"));
        QVERIFY(hint && zone);

        // The zone shows only when it is not this computer's.
        const QByteArray other = QTimeZone::systemTimeZoneId() == "Pacific/Auckland"
            ? QByteArrayLiteral("Europe/Berlin")
            : QByteArrayLiteral("Pacific/Auckland");
        page.setTimeZone(QTimeZone(other));
        QVERIFY(zone->isVisible());
        QVERIFY(zone->accessibleName().contains(QString::fromUtf8(other)));
        page.setTimeZone(QTimeZone::systemTimeZone());
        QVERIFY(!zone->isVisible());

        QVERIFY(!hint->isVisible()); // nothing loaded yet: no claim that the week is empty
        page.setItems({});
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("No bookings this week")));
        page.setItems({makeItem(QStringLiteral("Anna"), page.view()->rangeStartUtc().addSecs(qint64 {10} * 3600), 60)});
        QVERIFY(!hint->isVisible());
        // Items of another week don't count.
        page.setItems({makeItem(QStringLiteral("Anna"), page.view()->rangeEndUtc().addSecs(qint64 {10} * 3600), 60)});
        QVERIFY(hint->isVisible());
        page.view()->nextPeriod();
        QVERIFY(!hint->isVisible()); // asked for the new week, waiting for it
    }
};

QTEST_MAIN(TestUiCalendar)
#include "test_ui_calendar.moc"
