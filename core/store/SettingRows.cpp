#include "core/store/SettingRows.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QSet>
#include <tuple>

#include "core/store/SqlCipherDatabase.h"
#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"
#include "core/sync/UuidV7.h"

namespace clientele::SettingRows {

namespace {

using domain::Availability;
using domain::PracticeProfile;

// Fixed for ever: changing it would fork every setting row between old and new devices.
const QUuid& settingNamespace()
{
    static const QUuid ns(QStringLiteral("{6f1c2a4e-8d3b-4f57-9a0e-2c5b7d9e1f30}"));
    return ns;
}

const QString kNotice = QStringLiteral("availability.notice_minutes");
const QString kHorizon = QStringLiteral("availability.horizon_days");
const QString kStep = QStringLiteral("availability.slot_step_minutes");
const QString kDocumentFont = QStringLiteral("profile.document_font");
const QString kPaperSize = QStringLiteral("profile.paper_size");

QCborArray addressValue(const domain::PostalAddress& address)
{
    return {address.streetLines.join(u'\n'), address.city, address.region, address.postalCode, address.countryCode};
}

domain::PostalAddress addressFrom(const QCborValue& value)
{
    const QCborArray parts = value.toArray();
    domain::PostalAddress address;
    const QString street = parts.at(0).toString();
    if (!street.isEmpty()) {
        address.streetLines = street.split(u'\n');
    }
    address.city = parts.at(1).toString();
    address.region = parts.at(2).toString();
    address.postalCode = parts.at(3).toString();
    address.countryCode = parts.at(4).toString();
    return address;
}

// Every profile field as (key, value).
QList<QPair<QString, QCborValue>> profileValues(const PracticeProfile& p)
{
    return {
        {QStringLiteral("profile.name"), p.name},
        {QStringLiteral("profile.currency"), p.currency.code()},
        {QStringLiteral("profile.time_zone"), p.timeZoneId},
        {QStringLiteral("profile.locale"), p.localeName},
        {QStringLiteral("profile.legal_name"), p.legalName},
        {QStringLiteral("profile.address"), addressValue(p.address)},
        {QStringLiteral("profile.email"), p.email},
        {QStringLiteral("profile.phone"), p.phone},
        {QStringLiteral("profile.website"), p.website},
        {QStringLiteral("profile.tax_id"), p.taxId},
        {QStringLiteral("profile.npi"), p.npi},
        {QStringLiteral("profile.logo_png"), p.logoPng},
        {QStringLiteral("profile.accent_color"), p.accentColor},
        {QStringLiteral("profile.invoice_terms"), p.invoiceTerms},
        {QStringLiteral("profile.invoice_footer"), p.invoiceFooter},
        {QStringLiteral("profile.invoice_number_pattern"), p.invoiceNumberPattern},
        {QStringLiteral("profile.payment_terms_days"), p.paymentTermsDays},
        {QStringLiteral("profile.idle_lock_minutes"), p.idleLockMinutes},
        {kDocumentFont, p.documentFont},
        {kPaperSize, domain::paperSizeName(p.paperSize)},
    };
}

void applyValue(PracticeProfile& p, const QString& key, const QCborValue& v)
{
    if (key == u"profile.name") {
        p.name = v.toString();
    } else if (key == u"profile.currency") {
        p.currency = domain::Currency::fromCode(v.toString()).valueOr(domain::Currency());
    } else if (key == u"profile.time_zone") {
        p.timeZoneId = v.toString();
    } else if (key == u"profile.locale") {
        p.localeName = v.toString();
    } else if (key == u"profile.legal_name") {
        p.legalName = v.toString();
    } else if (key == u"profile.address") {
        p.address = addressFrom(v);
    } else if (key == u"profile.email") {
        p.email = v.toString();
    } else if (key == u"profile.phone") {
        p.phone = v.toString();
    } else if (key == u"profile.website") {
        p.website = v.toString();
    } else if (key == u"profile.tax_id") {
        p.taxId = v.toString();
    } else if (key == u"profile.npi") {
        p.npi = v.toString();
    } else if (key == u"profile.logo_png") {
        p.logoPng = v.toByteArray();
    } else if (key == u"profile.accent_color") {
        p.accentColor = v.toString();
    } else if (key == u"profile.invoice_terms") {
        p.invoiceTerms = v.toString();
    } else if (key == u"profile.invoice_footer") {
        p.invoiceFooter = v.toString();
    } else if (key == u"profile.invoice_number_pattern") {
        p.invoiceNumberPattern = v.toString();
    } else if (key == u"profile.payment_terms_days") {
        p.paymentTermsDays = static_cast<int>(v.toInteger(p.paymentTermsDays));
    } else if (key == u"profile.idle_lock_minutes") {
        p.idleLockMinutes = static_cast<int>(v.toInteger(p.idleLockMinutes));
    } else if (key == kDocumentFont) {
        p.documentFont = v.toString(p.documentFont);
    } else if (key == kPaperSize) {
        p.paperSize = domain::paperSizeFromName(v.toString()).value_or(p.paperSize);
    }
}

// Stored settings whose key starts with prefix: key → value.
Result<QHash<QString, QCborValue>> readSettings(SqlCipherDatabase& db, const QString& prefix)
{
    Result<SqlStatement> rows =
        db.prepare(QStringLiteral("SELECT key, value FROM setting WHERE deleted = 0 AND key >= ?1 AND key < ?2"));
    if (!rows) {
        return rows.error();
    }
    rows.value().bind(1, prefix).bind(2, prefix + QChar(0xffff));
    QHash<QString, QCborValue> values;
    Result<bool> step = rows.value().step();
    while (step && step.value()) {
        values.insert(rows.value().text(0), QCborValue::fromCbor(rows.value().blob(1)));
        step = rows.value().step();
    }
    if (!step) {
        return step.error();
    }
    return values;
}

// Writes one setting: inserts its row the first time, else updates the value when it differs.
Result<void> writeSetting(WriteScope& scope, const QString& key, const QCborValue& value)
{
    const QUuid id = idOf(key);
    Result<SqlStatement*> existing = scope.db().cached("SELECT value, deleted FROM setting WHERE id = ?1");
    if (!existing) {
        return existing.error();
    }
    existing.value()->bindBlob(1, id.toRfc4122());
    Result<bool> found = existing.value()->step();
    if (!found) {
        existing.value()->reset();
        return found.error();
    }
    const QByteArray encoded = value.toCbor();
    if (!found.value()) {
        existing.value()->reset();
        return scope.changes().insert(
            QStringLiteral("setting"), id, QCborMap {{QStringLiteral("key"), key}, {QStringLiteral("value"), encoded}});
    }
    const QByteArray stored = existing.value()->blob(0);
    const bool deleted = existing.value()->int64(1) != 0;
    existing.value()->reset();
    if (deleted) {
        if (Result<void> done = scope.changes().undelete(QStringLiteral("setting"), id); !done) {
            return done;
        }
    }
    if (stored == encoded) {
        return {};
    }
    return scope.changes().update(QStringLiteral("setting"), id, QCborMap {{QStringLiteral("value"), encoded}});
}

int minuteOf(QTime time)
{
    return time.msecsSinceStartOfDay() / 60000;
}

QTime timeOf(qint64 minute)
{
    return QTime::fromMSecsSinceStartOfDay(static_cast<int>(minute) * 60000);
}

using RuleKey = std::tuple<int, int, int>; // weekday, start, end

} // namespace

QUuid idOf(const QString& key)
{
    return QUuid::createUuidV5(settingNamespace(), key);
}

Result<QHash<QString, QCborValue>> read(SqlCipherDatabase& db, const QString& prefix)
{
    return readSettings(db, prefix);
}

Result<void> write(WriteScope& scope, const QString& key, const QCborValue& value)
{
    return writeSetting(scope, key, value);
}

Result<PracticeProfile> loadProfile(SqlCipherDatabase& db)
{
    Result<QHash<QString, QCborValue>> values = readSettings(db, QStringLiteral("profile."));
    if (!values) {
        return values.error();
    }
    PracticeProfile profile;
    for (auto it = values->constBegin(); it != values->constEnd(); ++it) {
        applyValue(profile, it.key(), it.value());
    }
    // A profile saved before practices chose a paper size prints on what its country uses.
    if (!values->contains(kPaperSize) && !profile.localeName.isEmpty()) {
        profile.paperSize = domain::defaultPaperSize(profile.localeName);
    }
    return profile;
}

Result<void> saveProfile(WriteScope& scope, const PracticeProfile& profile)
{
    if (Result<void> valid = profile.validate(); !valid) {
        return valid;
    }
    PracticeProfile normalized = profile;
    normalized.name = profile.name.trimmed();
    normalized.email = profile.email.trimmed();
    normalized.address = profile.address.normalized();
    normalized.documentFont = profile.documentFont.trimmed();
    for (const auto& [key, value] : profileValues(normalized)) {
        if (Result<void> done = writeSetting(scope, key, value); !done) {
            return done;
        }
    }
    return {};
}

Result<Availability> loadAvailability(SqlCipherDatabase& db)
{
    Result<QHash<QString, QCborValue>> zone = readSettings(db, QStringLiteral("profile.time_zone"));
    if (!zone) {
        return zone.error();
    }
    QString zoneId = zone->value(QStringLiteral("profile.time_zone")).toString();
    Result<Availability> created = Availability::create(zoneId.isEmpty() ? QStringLiteral("UTC") : zoneId);
    if (!created) {
        created = Availability::create(QStringLiteral("UTC"));
        if (!created) {
            return created.error();
        }
    }
    Availability availability = std::move(created).value();
    Result<SqlStatement> rules =
        db.prepare(QStringLiteral("SELECT weekday, start_minute, end_minute FROM availability_rule WHERE deleted = 0 "
                                  "ORDER BY weekday, start_minute"));
    if (!rules) {
        return rules.error();
    }
    Result<bool> step = rules.value().step();
    while (step && step.value()) {
        const int day = static_cast<int>(rules.value().int64(0));
        if (day >= 1 && day <= 7) {
            // Two devices may have added overlapping hours; keep what fits rather than refuse to load.
            (void)availability.addWeeklyHours(
                static_cast<Qt::DayOfWeek>(day), timeOf(rules.value().int64(1)), timeOf(rules.value().int64(2)));
        }
        step = rules.value().step();
    }
    if (!step) {
        return step.error();
    }
    Result<SqlStatement> exceptions = db.prepare(
        QStringLiteral("SELECT date, closed, start_minute, end_minute FROM availability_exception WHERE deleted = 0 "
                       "ORDER BY date, start_minute"));
    if (!exceptions) {
        return exceptions.error();
    }
    QMap<QDate, QList<Availability::Hours>> byDate;
    step = exceptions.value().step();
    while (step && step.value()) {
        const SqlStatement& row = exceptions.value();
        const QDate date = QDate::fromString(row.text(0), Qt::ISODate);
        if (date.isValid()) {
            QList<Availability::Hours>& hours = byDate[date];
            if (row.int64(1) == 0) {
                hours.append(Availability::Hours {timeOf(row.int64(2)), timeOf(row.int64(3))});
            }
        }
        step = exceptions.value().step();
    }
    if (!step) {
        return step.error();
    }
    for (auto it = byDate.constBegin(); it != byDate.constEnd(); ++it) {
        if (it.value().isEmpty() || !availability.setHoursOn(it.key(), it.value())) {
            availability.closeOn(it.key());
        }
    }
    Result<QHash<QString, QCborValue>> settings = readSettings(db, QStringLiteral("availability."));
    if (!settings) {
        return settings.error();
    }
    if (settings->contains(kNotice)) {
        (void)availability.setMinimumNoticeMinutes(static_cast<int>(settings->value(kNotice).toInteger()));
    }
    if (settings->contains(kHorizon)) {
        (void)availability.setHorizonDays(static_cast<int>(settings->value(kHorizon).toInteger()));
    }
    if (settings->contains(kStep)) {
        (void)availability.setSlotStepMinutes(static_cast<int>(settings->value(kStep).toInteger()));
    }
    return availability;
}

Result<void> saveAvailability(WriteScope& scope, const Availability& availability, const std::function<QUuid()>& newId)
{
    SqlCipherDatabase& db = scope.db();
    // Weekly hours: keep rows that are still wanted, tombstone the rest, add the new ones.
    QHash<QUuid, RuleKey> storedRules;
    {
        Result<SqlStatement> rows = db.prepare(
            QStringLiteral("SELECT id, weekday, start_minute, end_minute FROM availability_rule WHERE deleted = 0"));
        if (!rows) {
            return rows.error();
        }
        Result<bool> step = rows.value().step();
        while (step && step.value()) {
            storedRules.insert(QUuid::fromRfc4122(rows.value().blob(0)),
                {static_cast<int>(rows.value().int64(1)), static_cast<int>(rows.value().int64(2)),
                    static_cast<int>(rows.value().int64(3))});
            step = rows.value().step();
        }
        if (!step) {
            return step.error();
        }
    }
    QList<RuleKey> wanted;
    for (int day = 1; day <= 7; ++day) {
        for (const Availability::Hours& hours : availability.weeklyHours(static_cast<Qt::DayOfWeek>(day))) {
            wanted.append({day, minuteOf(hours.start), minuteOf(hours.end)});
        }
    }
    for (auto it = storedRules.constBegin(); it != storedRules.constEnd(); ++it) {
        if (!wanted.removeOne(it.value())) {
            if (Result<void> done = scope.changes().remove(QStringLiteral("availability_rule"), it.key()); !done) {
                return done;
            }
        }
    }
    for (const RuleKey& rule : std::as_const(wanted)) {
        QCborMap fields {{QStringLiteral("weekday"), std::get<0>(rule)},
            {QStringLiteral("hours"), QCborArray {std::get<1>(rule), std::get<2>(rule)}}};
        if (Result<void> done = scope.changes().insert(QStringLiteral("availability_rule"), newId(), fields); !done) {
            return done;
        }
    }
    // Exceptions: one row per range of hours on a date, or one closed row.
    using ExceptionKey = std::tuple<QString, int, int, int>; // date, closed, start, end
    QHash<QUuid, ExceptionKey> storedExceptions;
    {
        Result<SqlStatement> rows = db.prepare(QStringLiteral(
            "SELECT id, date, closed, start_minute, end_minute FROM availability_exception WHERE deleted = 0"));
        if (!rows) {
            return rows.error();
        }
        Result<bool> step = rows.value().step();
        while (step && step.value()) {
            const SqlStatement& r = rows.value();
            const bool closed = r.int64(2) != 0;
            storedExceptions.insert(QUuid::fromRfc4122(r.blob(0)),
                {r.text(1), closed ? 1 : 0, closed ? 0 : static_cast<int>(r.int64(3)),
                    closed ? 0 : static_cast<int>(r.int64(4))});
            step = rows.value().step();
        }
        if (!step) {
            return step.error();
        }
    }
    QList<ExceptionKey> wantedExceptions;
    const auto& exceptions = availability.exceptions();
    for (auto it = exceptions.constBegin(); it != exceptions.constEnd(); ++it) {
        const QString date = it.key().toString(Qt::ISODate);
        if (it.value().isEmpty()) {
            wantedExceptions.append({date, 1, 0, 0});
        }
        for (const Availability::Hours& hours : it.value()) {
            wantedExceptions.append({date, 0, minuteOf(hours.start), minuteOf(hours.end)});
        }
    }
    for (auto it = storedExceptions.constBegin(); it != storedExceptions.constEnd(); ++it) {
        if (!wantedExceptions.removeOne(it.value())) {
            if (Result<void> done = scope.changes().remove(QStringLiteral("availability_exception"), it.key()); !done) {
                return done;
            }
        }
    }
    for (const ExceptionKey& exception : std::as_const(wantedExceptions)) {
        const bool closed = std::get<1>(exception) != 0;
        QCborMap fields {{QStringLiteral("date"), std::get<0>(exception)},
            {QStringLiteral("hours"),
                QCborArray {closed, closed ? QCborValue(QCborValue::Null) : QCborValue(std::get<2>(exception)),
                    closed ? QCborValue(QCborValue::Null) : QCborValue(std::get<3>(exception))}}};
        if (Result<void> done = scope.changes().insert(QStringLiteral("availability_exception"), newId(), fields);
            !done) {
            return done;
        }
    }
    if (Result<void> done = writeSetting(scope, kNotice, availability.minimumNoticeMinutes()); !done) {
        return done;
    }
    if (Result<void> done = writeSetting(scope, kHorizon, availability.horizonDays()); !done) {
        return done;
    }
    return writeSetting(scope, kStep, availability.slotStepMinutes());
}

} // namespace clientele::SettingRows
