// Lays out and paints the calendar with 2,000 bookings in a month, as a week and as a month, and
// prints median and p95 (DESIGN.md §6: at most 16 ms to open either). Not a test: timings are never
// asserted. With a directory argument it also saves screenshots of a realistic practice there.
//
//   bench_ui_calendar [screenshot-dir]

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QRandomGenerator>
#include <QStyleFactory>
#include <QTimeZone>
#include <cmath>

#include "core/ports/Clock.h"
#include "ui/Theme.h"
#include "ui/calendar/CalendarItem.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/calendar/CalendarView.h"

using namespace clientele;
using namespace clientele::ui;
using domain::BookingStatus;

namespace {

constexpr int kRepetitions = 50;
constexpr int kItemCount = 2000;
const QSize kSize(1280, 800);

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

const QStringList& clientNames()
{
    static const QStringList names {QStringLiteral("Anna Berg"), QStringLiteral("Jonas Weber"),
        QStringLiteral("Mia Schneider"), QStringLiteral("Lukas Fischer"), QStringLiteral("Sofia Romano"),
        QStringLiteral("Noah Keller"), QStringLiteral("Emma Dubois"), QStringLiteral("Leon Hoffmann"),
        QStringLiteral("Hannah Schulz"), QStringLiteral("Elias Wagner"), QStringLiteral("Lea Zimmermann"),
        QStringLiteral("Ben Krüger"), QStringLiteral("Clara Novak"), QStringLiteral("Paul Richter"),
        QStringLiteral("Marie-Louise Vandenberghe"), QStringLiteral("Felix Braun")};
    return names;
}

const QStringList& serviceNames()
{
    static const QStringList names {QStringLiteral("Portrait session"), QStringLiteral("Therapy session (50 min)"),
        QStringLiteral("Coaching call"), QStringLiteral("Intake consultation"), QStringLiteral("Family shoot"),
        QStringLiteral("Follow-up")};
    return names;
}

CalendarItem makeItem(const QString& title, const QString& subtitle, const QDateTime& start, int minutes,
    BookingStatus status = BookingStatus::Confirmed, int before = 0, int after = 0, bool recurring = false)
{
    CalendarItem item;
    item.id = QUuid::createUuid();
    item.title = title;
    item.subtitle = subtitle;
    item.start = start.toUTC();
    item.end = item.start.addSecs(qint64 {minutes} * 60);
    item.status = status;
    item.bufferBeforeMinutes = before;
    item.bufferAfterMinutes = after;
    item.recurring = recurring;
    item.movable = !domain::isFinalBookingStatus(status);
    return item;
}

// 2,000 bookings spread over November 2026, daytime, of every status.
QList<CalendarItem> manyItems(const QTimeZone& zone)
{
    QRandomGenerator random(42);
    const std::array<BookingStatus, 8> statuses {BookingStatus::Confirmed, BookingStatus::Confirmed,
        BookingStatus::Confirmed, BookingStatus::Pending, BookingStatus::AwaitingPayment, BookingStatus::Completed,
        BookingStatus::Canceled, BookingStatus::Inquiry};
    const std::array<int, 5> lengths {30, 45, 60, 90, 120};
    QList<CalendarItem> items;
    items.reserve(kItemCount);
    for (int i = 0; i < kItemCount; ++i) {
        const QDate date(2026, 11, 1 + int(random.bounded(30)));
        const QTime time(7 + int(random.bounded(12)), 15 * int(random.bounded(4)));
        items << makeItem(clientNames().at(int(random.bounded(clientNames().size()))),
            serviceNames().at(int(random.bounded(serviceNames().size()))), QDateTime(date, time, zone),
            lengths[random.bounded(int(lengths.size()))], statuses[random.bounded(int(statuses.size()))],
            random.bounded(4) == 0 ? 15 : 0, random.bounded(3) == 0 ? 15 : 0, random.bounded(5) == 0);
    }
    markConflicts(items);
    return items;
}

// A believable week of a small practice around Wednesday 25 November 2026, and the month around it.
QList<CalendarItem> practiceItems(const QTimeZone& zone)
{
    QList<CalendarItem> items;
    QRandomGenerator random(7);
    const QDate monday(2026, 11, 2);
    for (int day = 0; day < 33; ++day) {
        const QDate date = monday.addDays(day);
        if (date.dayOfWeek() == Qt::Sunday || (date.dayOfWeek() == Qt::Saturday && day % 2 == 0)) {
            continue;
        }
        const int count = date.dayOfWeek() == Qt::Saturday ? 2 : 3 + int(random.bounded(3));
        int minute = 9 * 60 + 15 * int(random.bounded(3));
        for (int k = 0; k < count; ++k) {
            const int length = k % 2 == 0 ? 60 : 50;
            const BookingStatus status = date < QDate(2026, 11, 25) ? BookingStatus::Completed
                : random.bounded(4) == 0                            ? BookingStatus::AwaitingPayment
                : random.bounded(5) == 0                            ? BookingStatus::Pending
                                                                    : BookingStatus::Confirmed;
            items << makeItem(clientNames().at(int(random.bounded(clientNames().size()))),
                serviceNames().at(int(random.bounded(serviceNames().size()))),
                QDateTime(date, QTime(minute / 60, minute % 60), zone), length, status, k == 0 ? 15 : 0, 10,
                (day + k) % 5 == 0);
            minute += length + 30 + 30 * int(random.bounded(3));
        }
    }
    // The things a calendar must make visible in the week on screen.
    const QDate wednesday(2026, 11, 25);
    const QDate thursday(2026, 11, 26);
    items << makeItem(QStringLiteral("Mia Schneider"), QStringLiteral("Family shoot"),
        QDateTime(thursday, QTime(10, 30), zone), 90, BookingStatus::Confirmed, 15, 15);
    items << makeItem(QStringLiteral("Jonas Weber"), QStringLiteral("Coaching call"),
        QDateTime(thursday, QTime(11, 0), zone), 60, BookingStatus::Pending);
    items << makeItem(QStringLiteral("Sofia Romano"), QStringLiteral("Intake consultation"),
        QDateTime(wednesday, QTime(16, 0), zone), 45, BookingStatus::Canceled);
    items << makeItem(QStringLiteral("Elias Wagner"), QStringLiteral("Therapy session (50 min)"),
        QDateTime(QDate(2026, 11, 27), QTime(8, 0), zone), 50, BookingStatus::AwaitingSignature, 0, 0, true);
    items << makeItem(QStringLiteral("Clara Novak"), QStringLiteral("Wedding (whole day)"),
        QDateTime(QDate(2026, 11, 28), QTime(11, 0), zone), 7 * 60, BookingStatus::Confirmed, 60, 60);
    for (int k = 0; k < 7; ++k) {
        items << makeItem(clientNames().at(k), QStringLiteral("Mini session"),
            QDateTime(QDate(2026, 11, 14), QTime(10 + k / 2, (k % 2) * 30), zone), 25, BookingStatus::Confirmed);
    }
    markConflicts(items);
    return items;
}

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples[std::min(samples.size() - 1, static_cast<size_t>(std::lround(q * double(samples.size() - 1))))];
    };
    return {at(0.5), at(0.95)};
}

void bench(const char* name, CalendarView::Mode mode, const QList<CalendarItem>& items, const QTimeZone& zone)
{
    std::vector<double> total;
    std::vector<double> layout;
    int visible = 0;
    for (int i = 0; i < kRepetitions; ++i) {
        // A fresh view each time: "opening" the view, as when the user switches to it.
        CalendarView view;
        view.setTimeZone(zone);
        view.setMode(mode);
        view.setDate(QDate(2026, 11, 18));
        view.resize(kSize);
        view.show();
        QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
        QElapsedTimer timer;
        timer.start();
        view.setItems(items);
        visible = view.visibleItemCount();
        const qint64 laidOut = timer.nsecsElapsed();
        view.render(&image);
        const qint64 painted = timer.nsecsElapsed();
        layout.push_back(double(laidOut) / 1e6);
        total.push_back(double(painted) / 1e6);
    }
    const Stats t = stats(total);
    const Stats l = stats(layout);
    std::printf("%-6s %4d items visible: layout+paint median %6.2f ms, p95 %6.2f ms (layout alone median %5.2f ms, "
                "p95 %5.2f ms), %d runs\n",
        name, visible, t.median, t.p95, l.median, l.p95, kRepetitions);
}

void screenshot(const QString& path, CalendarView::Mode mode, const QList<CalendarItem>& items, const QTimeZone& zone,
    const FixedClock& clock, qreal scale)
{
    CalendarPage page;
    page.view()->setClock(&clock);
    page.setTimeZone(zone);
    page.setMode(mode);
    page.view()->setDate(QDate(2026, 11, 25));
    // 1280×800 device pixels; at 200 % that is 640×400 for the layout.
    page.resize(kSize / scale);
    page.show();
    page.setItems(items);
    QApplication::processEvents(); // let the layouts settle, as the event loop would before a paint
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    page.render(&image);
    if (!image.save(path)) {
        std::fprintf(stderr, "Could not save %s\n", qPrintable(path));
    } else {
        std::printf("Saved %s\n", qPrintable(QDir::toNativeSeparators(path)));
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(Theme::lightPalette());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));

    const QList<CalendarItem> items = manyItems(zone);
    bench("week", CalendarView::Mode::Week, items, zone);
    bench("month", CalendarView::Mode::Month, items, zone);
    bench("day", CalendarView::Mode::Day, items, zone);

    if (argc > 1) {
        const QDir dir(QString::fromLocal8Bit(argv[1]));
        QDir().mkpath(dir.absolutePath());
        const FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(14, 20), zone));
        const QList<CalendarItem> practice = practiceItems(zone);
        screenshot(
            dir.filePath(QStringLiteral("calendar-week.png")), CalendarView::Mode::Week, practice, zone, clock, 1);
        screenshot(
            dir.filePath(QStringLiteral("calendar-month.png")), CalendarView::Mode::Month, practice, zone, clock, 1);
        screenshot(dir.filePath(QStringLiteral("calendar-day.png")), CalendarView::Mode::Day, practice, zone, clock, 1);
        screenshot(
            dir.filePath(QStringLiteral("calendar-week-200.png")), CalendarView::Mode::Week, practice, zone, clock, 2);
        QApplication::setPalette(Theme::darkPalette());
        screenshot(
            dir.filePath(QStringLiteral("calendar-week-dark.png")), CalendarView::Mode::Week, practice, zone, clock, 1);
        screenshot(dir.filePath(QStringLiteral("calendar-month-dark.png")), CalendarView::Mode::Month, practice, zone,
            clock, 1);
        // Many bookings, as the benchmark paints them.
        QApplication::setPalette(Theme::lightPalette());
        screenshot(
            dir.filePath(QStringLiteral("calendar-month-2000.png")), CalendarView::Mode::Month, items, zone, clock, 1);
        screenshot(
            dir.filePath(QStringLiteral("calendar-week-2000.png")), CalendarView::Mode::Week, items, zone, clock, 1);
    }
    return 0;
}
