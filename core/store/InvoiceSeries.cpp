#include "core/store/InvoiceSeries.h"

#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"

namespace clientele::InvoiceSeries {

namespace {

const QString kDefaultSeries = QStringLiteral("INV");
const QString kStripeCharges = QStringLiteral("S");

// Bijective base 26 over A–Z: 0 → "A", 25 → "Z", 26 → "AA".
QString lettersOf(int n)
{
    QString letters;
    for (int rest = n + 1; rest > 0; rest = (rest - 1) / 26) {
        letters.prepend(QChar(u'A' + (rest - 1) % 26));
    }
    return letters;
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

// The letter this computer keeps; nullopt before it connected to a relay.
Result<std::optional<QString>> storedLetter(SqlCipherDatabase& db)
{
    Result<SqlStatement> row = db.prepare(QStringLiteral("SELECT v FROM sync_state WHERE k = 'invoice_series'"));
    if (!row) {
        return row.error();
    }
    Result<bool> found = row.value().step();
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return std::optional<QString>();
    }
    return std::optional<QString>(QString::fromUtf8(row.value().blob(0)));
}

} // namespace

QString letterFor(int ordinal)
{
    if (ordinal <= 0) {
        return {};
    }
    // "A" reads as the plain series and "S" is Stripe's: places 1, 2, … take the letters after A, S passed over.
    int n = 0;
    for (int place = 0; place < ordinal; ++place) {
        do {
            ++n;
        } while (lettersOf(n) == kStripeCharges);
    }
    return lettersOf(n);
}

Result<Series> ofThisComputer(SqlCipherDatabase& db, const QString& pattern)
{
    Result<std::optional<QString>> letter = storedLetter(db);
    if (!letter) {
        return letter.error();
    }
    return seriesWithLetter(letter->value_or(QString()), pattern);
}

Series forStripeCharges(const QString& pattern)
{
    return seriesWithLetter(kStripeCharges, pattern);
}

Result<void> adopt(SqlCipherDatabase& db, int ordinal)
{
    if (ordinal < 0) {
        return {};
    }
    // The vault's maker takes the plain series even when it held a letter in a vault before: the
    // places after it are the letters from B on, and it continues the plain numbers it has.
    Result<SqlStatement> write =
        db.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (k, v) VALUES ('invoice_series', ?1)"));
    if (!write) {
        return write.error();
    }
    write.value().bindBlob(1, letterFor(ordinal).toUtf8());
    return write.value().run();
}

} // namespace clientele::InvoiceSeries
