#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "core/Result.h"

namespace clientele::domain {

// How the numbers of one invoice series are written, e.g. "INV-{YYYY}-{####}" -> "INV-2025-0042".
//
// Tokens: {YYYY} four-digit year, {YY} two-digit year, {MM} two-digit month (only with a year),
// and exactly one counter {#...} whose width is the number of # signs. Everything else is literal.
// The counter is zero-padded to a fixed width and never allowed to outgrow it, so numbers of one
// series sort as text in the order they were issued. With a year (and month) token the counter
// restarts at 1 in each new period.
//
// The counter itself is allocated by the store inside the transaction that issues the invoice, so
// numbers stay gapless across devices (SYNC.md §3.10); this class only formats, parses and steps.
class InvoiceNumberFormat final
{
public:
    static constexpr int kMaxCounterWidth = 12;

    struct Parsed
    {
        qint64 counter = 0;
        int year = 0; // 0 when the pattern has no year
        int month = 0; // 0 when the pattern has no month
    };

    static Result<InvoiceNumberFormat> fromPattern(const QString& pattern);

    const QString& pattern() const { return m_pattern; }
    int counterWidth() const { return m_counterWidth; }
    // 9999 for {####}.
    qint64 maxCounter() const;
    // True when the counter restarts with each year (or month).
    bool restartsEachPeriod() const { return m_hasYear; }

    // The number with this counter for an invoice issued on the given date.
    Result<QString> format(qint64 counter, QDate issueDate) const;
    // Reads a number written in this format back.
    Result<Parsed> parse(const QString& number) const;

    // The counter that follows the last issued number of the series (empty: none yet) for an invoice
    // issued on the given date: last + 1, or 1 in a new period.
    Result<qint64> nextCounter(const QString& lastNumber, QDate issueDate) const;
    // nextCounter(), formatted.
    Result<QString> nextNumber(const QString& lastNumber, QDate issueDate) const;

private:
    enum class TokenKind
    {
        Literal,
        Year4,
        Year2,
        Month,
        Counter,
    };
    struct Token
    {
        TokenKind kind = TokenKind::Literal;
        QString text; // for literals
    };

    InvoiceNumberFormat() = default;

    QString m_pattern;
    QList<Token> m_tokens;
    int m_counterWidth = 0;
    bool m_hasYear = false;
    bool m_hasMonth = false;
};

} // namespace clientele::domain
