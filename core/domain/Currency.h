#pragma once

#include <QString>
#include <QStringList>

#include "core/Result.h"

namespace clientele::domain {

// An ISO 4217 currency with its minor-unit exponent (2 for EUR: 1 EUR = 100 cents; 0 for JPY; 3 for
// KWD). The exponent comes from a built-in table, never from the user, so an amount stored as minor
// units always means the same sum of money on every device.
class Currency final
{
public:
    // No currency: only as a placeholder before a real one is set; Money refuses to mix it with others.
    Currency() = default;

    // Accepts exactly three upper-case letters of a currency in the table ("EUR"); anything else
    // (lower case, blanks, unknown codes) is refused so that stored codes stay canonical. Adapters
    // whose vendor spells codes in lower case (Stripe) upper-case them before calling this.
    static Result<Currency> fromCode(const QString& code);

    // Every code the table knows, sorted, for pickers.
    static QStringList knownCodes();

    bool isValid() const { return !m_code.isEmpty(); }
    const QString& code() const { return m_code; }
    // Digits after the decimal point.
    int exponent() const { return m_exponent; }
    // 10^exponent: minor units in one major unit.
    qint64 minorPerMajor() const;

    friend bool operator==(const Currency& a, const Currency& b) { return a.m_code == b.m_code; }
    friend bool operator!=(const Currency& a, const Currency& b) { return !(a == b); }

private:
    Currency(QString code, int exponent);

    QString m_code;
    int m_exponent = 0;
};

} // namespace clientele::domain
