#include "core/domain/InvoiceNumberFormat.h"

#include <QCoreApplication>

namespace clientele::domain {

namespace {

Error badPattern(const QString& detail)
{
    return Error(Error::Code::InvalidInput,
        QCoreApplication::translate("InvoiceNumberFormat",
            "The number format must contain one counter such as {####}, and may contain {YYYY}, {YY} and {MM}."),
        detail);
}

// Reads exactly `width` ASCII digits at position i; -1 when they are not there.
qint64 readDigits(const QString& text, qsizetype i, int width)
{
    if (i + width > text.size()) {
        return -1;
    }
    qint64 value = 0;
    for (qsizetype k = i; k < i + width; ++k) {
        const QChar c = text.at(k);
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

Result<InvoiceNumberFormat> InvoiceNumberFormat::fromPattern(const QString& pattern)
{
    InvoiceNumberFormat format;
    format.m_pattern = pattern;
    bool hasCounter = false;
    QString literal;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'}') {
            return badPattern(QStringLiteral("unmatched }"));
        }
        if (c != u'{') {
            literal.append(c);
            continue;
        }
        const qsizetype close = pattern.indexOf(u'}', i);
        if (close < 0) {
            return badPattern(QStringLiteral("unmatched {"));
        }
        if (!literal.isEmpty()) {
            format.m_tokens.append(Token {TokenKind::Literal, literal});
            literal.clear();
        }
        const QString name = pattern.mid(i + 1, close - i - 1);
        if (name == u"YYYY" || name == u"YY") {
            if (format.m_hasYear) {
                return badPattern(QStringLiteral("two year tokens"));
            }
            format.m_hasYear = true;
            format.m_tokens.append(Token {name.size() == 4 ? TokenKind::Year4 : TokenKind::Year2, {}});
        } else if (name == u"MM") {
            if (format.m_hasMonth) {
                return badPattern(QStringLiteral("two month tokens"));
            }
            format.m_hasMonth = true;
            format.m_tokens.append(Token {TokenKind::Month, {}});
        } else if (!name.isEmpty() && name.count(u'#') == name.size()) {
            if (hasCounter || name.size() > kMaxCounterWidth) {
                return badPattern(QStringLiteral("bad counter token"));
            }
            hasCounter = true;
            format.m_counterWidth = static_cast<int>(name.size());
            format.m_tokens.append(Token {TokenKind::Counter, {}});
        } else {
            return badPattern(QStringLiteral("unknown token"));
        }
        i = close;
    }
    if (!literal.isEmpty()) {
        format.m_tokens.append(Token {TokenKind::Literal, literal});
    }
    if (!hasCounter) {
        return badPattern(QStringLiteral("no counter"));
    }
    if (format.m_hasMonth && !format.m_hasYear) {
        // Months without a year repeat every year, and the counter could not restart safely.
        return badPattern(QStringLiteral("month without year"));
    }
    return format;
}

qint64 InvoiceNumberFormat::maxCounter() const
{
    qint64 max = 1;
    for (int i = 0; i < m_counterWidth; ++i) {
        max *= 10;
    }
    return max - 1;
}

Result<QString> InvoiceNumberFormat::format(qint64 counter, QDate issueDate) const
{
    if (counter < 1 || counter > maxCounter()) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("InvoiceNumberFormat",
                "The invoice series has run out of numbers; widen the counter in the number format."),
            QStringLiteral("counter %1 outside 1..%2").arg(counter).arg(maxCounter()));
    }
    if (m_hasYear && (!issueDate.isValid() || issueDate.year() < 1000 || issueDate.year() > 9999)) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("InvoiceNumberFormat", "The invoice needs an issue date to be numbered."),
            QStringLiteral("invalid issue date"));
    }
    QString result;
    for (const Token& token : m_tokens) {
        switch (token.kind) {
        case TokenKind::Literal:
            result += token.text;
            break;
        case TokenKind::Year4:
            result += QString::number(issueDate.year());
            break;
        case TokenKind::Year2:
            result += QString::number(issueDate.year() % 100).rightJustified(2, u'0');
            break;
        case TokenKind::Month:
            result += QString::number(issueDate.month()).rightJustified(2, u'0');
            break;
        case TokenKind::Counter:
            result += QString::number(counter).rightJustified(m_counterWidth, u'0');
            break;
        }
    }
    return result;
}

Result<InvoiceNumberFormat::Parsed> InvoiceNumberFormat::parse(const QString& number) const
{
    const Error mismatch(Error::Code::InvalidInput,
        QCoreApplication::translate("InvoiceNumberFormat", "“%1” is not a number of this invoice series.")
            .arg(number.left(40)),
        QStringLiteral("number does not match pattern"));
    Parsed parsed;
    qsizetype i = 0;
    for (const Token& token : m_tokens) {
        switch (token.kind) {
        case TokenKind::Literal:
            if (!QStringView(number).mid(i).startsWith(token.text)) {
                return mismatch;
            }
            i += token.text.size();
            break;
        case TokenKind::Year4:
        case TokenKind::Year2: {
            const int width = token.kind == TokenKind::Year4 ? 4 : 2;
            const qint64 year = readDigits(number, i, width);
            if (year < 0) {
                return mismatch;
            }
            parsed.year = static_cast<int>(width == 2 ? 2000 + year : year);
            i += width;
            break;
        }
        case TokenKind::Month: {
            const qint64 month = readDigits(number, i, 2);
            if (month < 1 || month > 12) {
                return mismatch;
            }
            parsed.month = static_cast<int>(month);
            i += 2;
            break;
        }
        case TokenKind::Counter: {
            const qint64 counter = readDigits(number, i, m_counterWidth);
            if (counter < 1) {
                return mismatch;
            }
            parsed.counter = counter;
            i += m_counterWidth;
            break;
        }
        }
    }
    if (i != number.size()) {
        return mismatch;
    }
    return parsed;
}

Result<qint64> InvoiceNumberFormat::nextCounter(const QString& lastNumber, QDate issueDate) const
{
    if (m_hasYear && !issueDate.isValid()) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("InvoiceNumberFormat", "The invoice needs an issue date to be numbered."),
            QStringLiteral("invalid issue date"));
    }
    if (lastNumber.isEmpty()) {
        return qint64(1);
    }
    Result<Parsed> last = parse(lastNumber);
    if (!last) {
        return last.error();
    }
    if (m_hasYear) {
        // Compare periods as yyyymm (month 0 when the pattern has none).
        const int lastPeriod = last->year * 100 + last->month;
        const int newPeriod = issueDate.year() * 100 + (m_hasMonth ? issueDate.month() : 0);
        if (newPeriod < lastPeriod) {
            return Error(Error::Code::Conflict,
                QCoreApplication::translate("InvoiceNumberFormat",
                    "The issue date lies before the period of the last invoice %1; numbers would no longer be in "
                    "order.")
                    .arg(lastNumber),
                QStringLiteral("issue date before last period"));
        }
        if (newPeriod > lastPeriod) {
            return qint64(1);
        }
    }
    if (last->counter >= maxCounter()) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("InvoiceNumberFormat",
                "The invoice series has run out of numbers; widen the counter in the number format."),
            QStringLiteral("counter exhausted"));
    }
    return last->counter + 1;
}

Result<QString> InvoiceNumberFormat::nextNumber(const QString& lastNumber, QDate issueDate) const
{
    Result<qint64> counter = nextCounter(lastNumber, issueDate);
    if (!counter) {
        return counter.error();
    }
    return format(counter.value(), issueDate);
}

} // namespace clientele::domain
