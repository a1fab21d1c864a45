#include "core/store/CalendarExport.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include "core/domain/WallClock.h"
#include "core/interchange/IcsWriter.h"
#include "core/ports/Clock.h"
#include "core/store/PracticeQueries.h"
#include "core/store/SettingRows.h"
#include "core/store/SqlStatement.h"
#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"

namespace clientele {

namespace {

// Each booking's revisions so far: its moves and status changes, which only ever grow. That is its
// events' SEQUENCE (RFC 5545 §3.8.7.4), so a calendar that imported an older copy takes the newer.
Result<QHash<QUuid, int>> revisionsOfBookings(SqlCipherDatabase& db)
{
    QHash<QUuid, int> revisions;
    Result<void> read = StoredValues::forEachRow(db,
        "SELECT booking_id, count(*) FROM (SELECT booking_id FROM booking_reschedule WHERE deleted = 0 "
        "UNION ALL SELECT booking_id FROM booking_status_change WHERE deleted = 0) GROUP BY booking_id",
        QUuid(), [&revisions](SqlStatement& row) -> Result<void> {
            revisions.insert(QUuid::fromRfc4122(row.blob(0)), static_cast<int>(row.int64(1)));
            return {};
        });
    if (!read) {
        return read.error();
    }
    return revisions;
}

using interchange::IcsEvent;

QString initialsOf(const QString& name)
{
    QString initials;
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const auto letter = std::find_if(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); });
        if (letter != word.cend() && initials.size() < 6) {
            initials += letter->toUpper() + QStringLiteral(".");
        }
    }
    return initials.isEmpty() ? QStringLiteral("?") : initials;
}

IcsEvent::Status statusOf(domain::BookingStatus status)
{
    switch (status) {
    case domain::BookingStatus::Canceled:
        return IcsEvent::Status::Cancelled;
    case domain::BookingStatus::Confirmed:
    case domain::BookingStatus::Completed:
    case domain::BookingStatus::NoShow:
        return IcsEvent::Status::Confirmed;
    default:
        return IcsEvent::Status::Tentative; // asked for, awaiting signature or payment
    }
}

} // namespace

QString CalendarExport::clientLabel(const BookingSummary& booking, ClientLabel label)
{
    switch (label) {
    case ClientLabel::Initials:
        return initialsOf(booking.clientName);
    case ClientLabel::Code: {
        const QByteArray digest =
            QCryptographicHash::hash(booking.clientId.toRfc4122(), QCryptographicHash::Sha256).left(3);
        return u"C-" + QString::fromLatin1(digest.toHex().toUpper());
    }
    case ClientLabel::Name:
        break;
    }
    return booking.clientName;
}

std::optional<IcsEvent> CalendarExport::eventFor(const BookingSummary& booking, ClientLabel label)
{
    if (booking.schedule.isNull()) {
        return std::nullopt;
    }
    IcsEvent event;
    event.uid = booking.id.toString(QUuid::WithoutBraces) + QStringLiteral("@clientele");
    event.startUtc = booking.schedule.start();
    event.endUtc = booking.schedule.end();
    event.timeZoneId = booking.schedule.timeZoneId();
    event.status = statusOf(booking.status);
    event.busy = booking.status != domain::BookingStatus::Canceled;
    const QString who = clientLabel(booking, label);
    event.summary = booking.serviceName.isEmpty()
        ? who
        : QCoreApplication::translate("CalendarExport", "%1 — %2").arg(booking.serviceName, who);
    event.location = booking.location.isEmpty() ? booking.videoLink : booking.location;
    event.url = booking.videoLink;
    if (!booking.videoLink.isEmpty()) {
        event.description = QCoreApplication::translate("CalendarExport", "Join: %1").arg(booking.videoLink);
    }
    return event;
}

Result<QByteArray> CalendarExport::write(StoreSession& session, const Options& options)
{
    Result<domain::PracticeProfile> profile = SettingRows::loadProfile(session.db());
    if (!profile) {
        return profile.error();
    }
    const QTimeZone zone(profile.value().timeZoneId.toUtf8());
    PracticeQueries::BookingFilter filter;
    if (options.from.isValid()) {
        filter.from =
            domain::WallClock::toUtcShifting(options.from, QTime(0, 0), zone.isValid() ? zone : QTimeZone::utc());
    }
    if (options.to.isValid()) {
        filter.to = domain::WallClock::toUtcShifting(
            options.to.addDays(1), QTime(0, 0), zone.isValid() ? zone : QTimeZone::utc());
    }
    Result<QList<BookingSummary>> bookings = PracticeQueries::bookings(session, filter);
    if (!bookings) {
        return bookings.error();
    }
    Result<QHash<QUuid, int>> revisions = revisionsOfBookings(session.db());
    if (!revisions) {
        return revisions.error();
    }
    QList<IcsEvent> events;
    events.reserve(bookings.value().size());
    for (const BookingSummary& booking : std::as_const(bookings.value())) {
        if (booking.status == domain::BookingStatus::Canceled && !options.includeCanceled) {
            continue;
        }
        if (std::optional<IcsEvent> event = eventFor(booking, options.label)) {
            event->sequence = revisions.value().value(booking.id);
            if (!options.includePlaces) {
                event->location.clear();
                event->url.clear();
                event->description.clear();
            }
            events.append(std::move(*event));
        }
    }
    interchange::IcsWriter::Calendar calendar;
    calendar.name = profile.value().name.isEmpty() ? QStringLiteral("Clientele") : profile.value().name;
    calendar.timeZoneId = profile.value().timeZoneId;
    calendar.stamp = options.stamp.isValid() ? options.stamp : session.clock().nowUtc();
    calendar.refreshMinutes = options.refreshMinutes;
    return interchange::IcsWriter::write(events, calendar);
}

} // namespace clientele
