#include "core/store/InvoiceSeries.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QSet>

#include "core/store/SettingRows.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/StoreSession.h"

namespace clientele::InvoiceSeries {

namespace {

const QString kDefaultSeries = QStringLiteral("INV");
const QString kKeyPrefix = QStringLiteral("invoice.series.");
const QString kStripeCharges = QStringLiteral("S");

// This computer's device at the relay; empty when it is not connected to one.
Result<QString> thisDevice(SqlCipherDatabase& db)
{
    Result<SqlStatement> row = db.prepare(QStringLiteral("SELECT device_id FROM relay_link WHERE id = 1"));
    if (!row) {
        return row.error();
    }
    Result<bool> found = row.value().step();
    if (!found) {
        return found.error();
    }
    return found.value() ? row.value().text(0) : QString();
}

Series seriesWithLetter(const QString& letter, const QString& pattern)
{
    if (letter.isEmpty()) {
        return {kDefaultSeries, pattern};
    }
    // The pattern was checked when saved: it has exactly one counter, "{#…}".
    QString lettered = pattern;
    const qsizetype counter = lettered.indexOf(u"{#");
    lettered.insert(counter < 0 ? lettered.size() : counter, letter);
    return {kDefaultSeries + u'-' + letter, lettered};
}

} // namespace

QString letterFor(int n)
{
    // Bijective base 26 over A–Z, where the first ("A") is the plain series and never handed out.
    QString letters;
    for (int rest = n + 1; rest > 0; rest = (rest - 1) / 26) {
        letters.prepend(QChar(u'A' + (rest - 1) % 26));
    }
    return letters;
}

Series forStripeCharges(const QString& pattern)
{
    return seriesWithLetter(kStripeCharges, pattern);
}

Result<Series> ofThisComputer(SqlCipherDatabase& db, const QString& pattern)
{
    Result<QString> device = thisDevice(db);
    if (!device) {
        return device.error();
    }
    if (device->isEmpty()) {
        return seriesWithLetter({}, pattern);
    }
    Result<QHash<QString, QCborValue>> taken = SettingRows::read(db, kKeyPrefix);
    if (!taken) {
        return taken.error();
    }
    if (const auto own = taken->constFind(kKeyPrefix + device.value()); own != taken->cend()) {
        return seriesWithLetter(own->toString(), pattern);
    }
    if (taken->isEmpty()) {
        return seriesWithLetter({}, pattern); // the first computer, before it was in step after updating
    }
    return Error(Error::Code::Conflict,
        QCoreApplication::translate("InvoiceSeries",
            "This computer has not been in step with your other computers yet, so its invoice numbers could "
            "repeat theirs. Issue the invoice once Settings → Relay says \"In step\"."),
        QStringLiteral("invoice.series-pending"));
}

Result<bool> claim(WriteScope& scope)
{
    Result<QString> device = thisDevice(scope.db());
    if (!device) {
        return device.error();
    }
    if (device->isEmpty()) {
        return false;
    }
    Result<QHash<QString, QCborValue>> taken = SettingRows::read(scope.db(), kKeyPrefix);
    if (!taken) {
        return taken.error();
    }
    if (taken->contains(kKeyPrefix + device.value())) {
        return false;
    }
    QString letter;
    if (!taken->isEmpty()) {
        QSet<QString> used;
        for (const QCborValue& value : std::as_const(taken.value())) {
            used.insert(value.toString());
        }
        int n = 1;
        while (used.contains(letterFor(n)) || letterFor(n) == kStripeCharges) {
            ++n;
        }
        letter = letterFor(n);
    }
    if (Result<void> written = SettingRows::write(scope, kKeyPrefix + device.value(), letter); !written) {
        return written.error();
    }
    return true;
}

} // namespace clientele::InvoiceSeries
