#include "core/store/CalendarFeed.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include "core/feeds/CalendarFeedSeal.h"
#include "core/store/SettingRows.h"
#include "core/store/StoreSession.h"

namespace clientele {

namespace {

const QString kPublished = QStringLiteral("feed.published");
const QString kToken = QStringLiteral("feed.token");
const QString kLabel = QStringLiteral("feed.label");

QString labelKey(CalendarExport::ClientLabel label)
{
    switch (label) {
    case CalendarExport::ClientLabel::Name:
        return QStringLiteral("name");
    case CalendarExport::ClientLabel::Initials:
        return QStringLiteral("initials");
    case CalendarExport::ClientLabel::Code:
        return QStringLiteral("code");
    }
    return QStringLiteral("initials");
}

CalendarExport::ClientLabel labelFrom(const QString& key)
{
    if (key == u"name") {
        return CalendarExport::ClientLabel::Name;
    }
    if (key == u"code") {
        return CalendarExport::ClientLabel::Code;
    }
    return CalendarExport::ClientLabel::Initials;
}

// DTSTAMP says when the file was made, so it differs on every render; the rest says what is in it.
QByteArray digestOf(const QByteArray& calendar)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray& line : calendar.split('\n')) {
        if (!line.startsWith("DTSTAMP")) {
            hash.addData(line);
            hash.addData("\n");
        }
    }
    return hash.result();
}

} // namespace

Result<CalendarFeed::Settings> CalendarFeed::load(SqlCipherDatabase& db)
{
    Result<QHash<QString, QCborValue>> stored = SettingRows::read(db, QStringLiteral("feed."));
    if (!stored) {
        return stored.error();
    }
    Settings settings;
    settings.published = stored.value().value(kPublished).toBool(false);
    settings.token = stored.value().value(kToken).toByteArray();
    if (settings.token.size() != feeds::CalendarFeedSeal::kTokenBytes) {
        settings.token.clear();
    }
    settings.label = labelFrom(stored.value().value(kLabel).toString());
    return settings;
}

Result<CalendarFeed::Settings> CalendarFeed::save(WriteScope& scope, Settings settings)
{
    if (settings.published && settings.token.isEmpty()) {
        settings.token = feeds::CalendarFeedSeal::newToken();
    }
    for (const auto& [key, value] :
        {std::pair {kPublished, QCborValue(settings.published)}, std::pair {kToken, QCborValue(settings.token)},
            std::pair {kLabel, QCborValue(labelKey(settings.label))}}) {
        if (Result<void> written = SettingRows::write(scope, key, value); !written) {
            return written.error();
        }
    }
    return settings;
}

Result<CalendarFeed::Settings> CalendarFeed::resetToken(WriteScope& scope)
{
    Result<Settings> settings = load(scope.db());
    if (!settings) {
        return settings;
    }
    settings.value().token = feeds::CalendarFeedSeal::newToken();
    return save(scope, settings.value());
}

Result<std::optional<CalendarFeed::Body>> CalendarFeed::render(StoreSession& session, const QDateTime& now)
{
    Result<Settings> settings = load(session.db());
    if (!settings) {
        return settings.error();
    }
    if (settings.value().token.isEmpty()) {
        return std::optional<Body>();
    }
    if (!settings.value().published) {
        return std::optional(Body {feeds::CalendarFeedSeal::feedId(settings.value().token), false, {}, {}});
    }
    Result<domain::PracticeProfile> profile = SettingRows::loadProfile(session.db());
    if (!profile) {
        return profile.error();
    }
    const QTimeZone zone(profile.value().timeZoneId.toUtf8());
    CalendarExport::Options options;
    options.from = now.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date().addDays(-kDaysBefore);
    options.label = settings.value().label;
    options.includeCanceled = true;
    options.stamp = now;
    options.refreshMinutes = kRefreshMinutes;
    options.includePlaces = false;
    Result<QByteArray> calendar = CalendarExport::write(session, options);
    if (!calendar) {
        return calendar.error();
    }
    Result<QByteArray> sealed = feeds::CalendarFeedSeal::seal(settings.value().token, calendar.value());
    if (!sealed) {
        return sealed.error();
    }
    return std::optional(Body {feeds::CalendarFeedSeal::feedId(settings.value().token), true, std::move(sealed.value()),
        digestOf(calendar.value())});
}

} // namespace clientele
