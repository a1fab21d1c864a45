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

} // namespace

Series lettered(const QString& letter, const QString& pattern)
{
    if (letter.isEmpty()) {
        return {kDefaultSeries, pattern};
    }
    // The pattern was checked when saved: it has exactly one counter, "{#…}".
    QString withLetter = pattern;
    const qsizetype counter = withLetter.indexOf(u"{#");
    withLetter.insert(counter < 0 ? withLetter.size() : counter, letter);
    return {kDefaultSeries + u'-' + letter, withLetter};
}

Result<QString> letterOfThisComputer(SqlCipherDatabase& db)
{
    // None kept (never connected, or the place unknown): the plain series.
    Result<SqlStatement> row = db.prepare(QStringLiteral("SELECT v FROM sync_state WHERE k = 'invoice_series'"));
    if (!row) {
        return row.error();
    }
    Result<bool> found = row.value().step();
    if (!found) {
        return found.error();
    }
    return found.value() ? QString::fromUtf8(row.value().blob(0)) : QString();
}

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
    Result<QString> letter = letterOfThisComputer(db);
    if (!letter) {
        return letter.error();
    }
    return lettered(letter.value(), pattern);
}

Series forStripeCharges(const QString& pattern)
{
    return lettered(kStripeCharges, pattern);
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
