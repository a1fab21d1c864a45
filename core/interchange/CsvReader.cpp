#include "core/interchange/CsvReader.h"

#include <QCoreApplication>

#include "core/interchange/TextDecoder.h"

namespace clientele::interchange {

namespace {

struct RawRecord
{
    int line = 0;
    QStringList fields;
    bool fieldTooLong = false;
    bool tooManyColumns = false;
};

// Splits decoded text into records, one call per record, tracking physical line numbers.
class RecordScanner final
{
public:
    enum class Step
    {
        Record,
        End,
        UnterminatedQuote,
    };

    RecordScanner(const QString& text, qsizetype start, int firstLine, QChar delimiter, const CsvReaderOptions& options)
        : m_text(text)
        , m_options(options)
        , m_delimiter(delimiter)
        , m_pos(start)
        , m_line(firstLine)
    {
    }

    int quoteLine() const { return m_quoteLine; }

    Step next(RawRecord& record)
    {
        if (m_pos >= m_text.size()) {
            return Step::End;
        }
        record = RawRecord {};
        record.line = m_line;
        QString field;
        bool inQuotes = false;
        bool fieldStart = true;
        const qsizetype size = m_text.size();

        const auto append = [&](QChar c) {
            if (field.size() >= m_options.maxFieldLength) {
                record.fieldTooLong = true;
                return;
            }
            field.append(c);
        };
        const auto endField = [&]() {
            if (record.fields.size() >= m_options.maxColumns) {
                record.tooManyColumns = true;
            } else {
                record.fields.append(field);
            }
            field.clear();
            fieldStart = true;
        };
        // Consumes one line break at m_pos (CRLF counts as one) and counts the line.
        const auto consumeBreak = [&]() {
            if (m_text.at(m_pos) == u'\r' && m_pos + 1 < size && m_text.at(m_pos + 1) == u'\n') {
                ++m_pos;
            }
            ++m_pos;
            ++m_line;
        };

        while (m_pos < size) {
            const QChar c = m_text.at(m_pos);
            if (inQuotes) {
                if (c == u'"') {
                    if (m_pos + 1 < size && m_text.at(m_pos + 1) == u'"') {
                        append(c);
                        m_pos += 2;
                    } else {
                        inQuotes = false;
                        ++m_pos;
                    }
                } else if (c == u'\r' || c == u'\n') {
                    append(QChar(u'\n')); // one line-break convention inside values
                    consumeBreak();
                } else {
                    append(c);
                    ++m_pos;
                }
                continue;
            }
            if (c == m_delimiter) {
                endField();
                ++m_pos;
            } else if (c == u'\r' || c == u'\n') {
                consumeBreak();
                endField();
                return Step::Record;
            } else if (c == u'"' && fieldStart) {
                // Spaces before an opening quote (a, "b, c") are common in hand-written files.
                field.clear();
                inQuotes = true;
                fieldStart = false;
                m_quoteLine = m_line;
                ++m_pos;
            } else {
                // A quote inside an unquoted value, or text after a closing quote, is kept as text
                // (as spreadsheets do) rather than failing the row.
                append(c);
                if (c != u' ') {
                    fieldStart = false;
                }
                ++m_pos;
            }
        }
        if (inQuotes) {
            return Step::UnterminatedQuote;
        }
        endField();
        return Step::Record;
    }

private:
    const QString& m_text;
    const CsvReaderOptions& m_options;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_quoteLine = 0;
};

bool isBlank(const RawRecord& record)
{
    for (const QString& field : record.fields) {
        if (!field.trimmed().isEmpty()) {
            return false;
        }
    }
    return !record.fieldTooLong;
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t') {
        return QCoreApplication::translate("CsvReader", "tab");
    }
    return QString(delimiter);
}

} // namespace

Result<CsvTable> CsvReader::parse(const QByteArray& data)
{
    return parse(data, CsvReaderOptions {});
}

Result<CsvTable> CsvReader::parse(const QByteArray& data, const CsvReaderOptions& options)
{
    if (data.size() > options.maxInputBytes) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "CsvReader", "The file is larger than %1 MB, the limit for one import. Split it into smaller files.")
                .arg(options.maxInputBytes / (qsizetype(1024) * 1024)),
            QStringLiteral("%1 bytes").arg(data.size()));
    }
    const Result<QString> decoded = TextDecoder::decode(data);
    if (!decoded) {
        return decoded.error();
    }
    const QString& text = decoded.value();

    // Excel understands a first line "sep=;" naming the delimiter; honour it and skip it.
    qsizetype start = 0;
    int firstLine = 1;
    QChar delimiter = options.delimiter;
    if (text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && text.size() > 4) {
        const qsizetype end = text.indexOf(u'\n');
        const QString hint = text.mid(4, end < 0 ? -1 : end - 4).trimmed();
        if (hint.size() == 1) {
            if (delimiter.isNull()) {
                delimiter = hint.at(0);
            }
            start = end < 0 ? text.size() : end + 1;
            firstLine = 2;
        }
    }
    if (delimiter.isNull()) {
        delimiter = detectDelimiter(QStringView(text).sliced(start));
    }

    CsvTable table;
    table.delimiter = delimiter;
    RecordScanner scanner(text, start, firstLine, delimiter, options);
    RawRecord record;
    bool haveHeader = false;
    while (true) {
        const RecordScanner::Step step = scanner.next(record);
        if (step == RecordScanner::Step::End) {
            break;
        }
        if (step == RecordScanner::Step::UnterminatedQuote) {
            return Error(Error::Code::InvalidInput,
                QCoreApplication::translate("CsvReader",
                    "The quoted value that starts on line %1 is never closed, so the rest of the file "
                    "cannot be read. Add the missing double quote (\") or export the file again.")
                    .arg(scanner.quoteLine()),
                QStringLiteral("unterminated quote"));
        }
        if (isBlank(record)) {
            continue;
        }
        if (!haveHeader) {
            if (record.fieldTooLong || record.tooManyColumns) {
                return Error(Error::Code::InvalidInput,
                    QCoreApplication::translate("CsvReader",
                        "The header on line %1 is too long (more than %2 columns or a name longer "
                        "than %3 characters). Check that this is a CSV file.")
                        .arg(record.line)
                        .arg(options.maxColumns)
                        .arg(options.maxFieldLength),
                    QStringLiteral("header too large"));
            }
            for (const QString& name : std::as_const(record.fields)) {
                table.header.append(name.trimmed());
            }
            table.headerLine = record.line;
            haveHeader = true;
            continue;
        }
        const qsizetype expected = table.header.size();
        if (record.fieldTooLong) {
            table.rowErrors.append({record.line,
                QCoreApplication::translate(
                    "CsvReader", "A value in this row is longer than %1 characters, so the row was skipped.")
                    .arg(options.maxFieldLength)});
        } else if (record.tooManyColumns || record.fields.size() > expected) {
            table.rowErrors.append({record.line,
                QCoreApplication::translate("CsvReader",
                    "This row has %1 values but the header has %2, so the row was skipped. A value "
                    "that contains \"%3\" probably needs double quotes around it.")
                    .arg(record.tooManyColumns ? QStringLiteral(">%1").arg(options.maxColumns)
                                               : QString::number(record.fields.size()))
                    .arg(expected)
                    .arg(delimiterName(delimiter))});
        } else if (record.fields.size() < expected) {
            table.rowErrors.append({record.line,
                QCoreApplication::translate("CsvReader",
                    "This row has %1 values but the header has %2, so the row was skipped. Check for "
                    "a missing delimiter or a line break in an unquoted value.")
                    .arg(record.fields.size())
                    .arg(expected)});
        } else {
            table.rows.append({record.line, std::move(record.fields)});
        }
    }
    if (!haveHeader) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("CsvReader", "The file is empty: it has no header line naming the columns."),
            QStringLiteral("no header"));
    }
    return table;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool inQuotes = false;
    bool seenContent = false;
    for (const QChar c : text) {
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (seenContent) {
                break; // leading empty lines are not the header
            }
        } else if (!inQuotes && c == u',') {
            ++commas;
        } else if (!inQuotes && c == u';') {
            ++semicolons;
        } else if (!inQuotes && c == u'\t') {
            ++tabs;
        }
        if (c != u'\n' && c != u'\r') {
            seenContent = true;
        }
    }
    if (semicolons > commas && semicolons >= tabs) {
        return u';';
    }
    if (tabs > commas && tabs > semicolons) {
        return u'\t';
    }
    return u',';
}

} // namespace clientele::interchange
