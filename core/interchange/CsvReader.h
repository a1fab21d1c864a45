#pragma once

#include <QByteArray>
#include <QChar>
#include <QStringView>

#include "core/Result.h"
#include "core/interchange/CsvTable.h"

namespace clientele::interchange {

struct CsvReaderOptions final
{
    QChar delimiter; // null: taken from an Excel "sep=" line, else detected from the header line
    qsizetype maxInputBytes = qsizetype(64) * 1024 * 1024;
    qsizetype maxFieldLength = qsizetype(1024) * 1024; // characters in one value
    qsizetype maxColumns = 1000;
};

// Reads CSV as spreadsheets and CRMs really write it: RFC 4180 quoting (delimiters, quotes and line
// breaks inside quoted values), CRLF, LF or CR line ends, UTF-8 with or without BOM or UTF-16 with
// BOM, and the delimiter , ; or TAB detected from the header line (European Excel writes ;).
// The first non-empty line is the header. Empty lines and rows of empty values are skipped.
//
// Errors that make the rest of the file unreadable (bad encoding, a quote that never closes, a bad
// header, a file over the size limit) fail the whole parse. A row with the wrong number of fields
// or an over-long value is reported in rowErrors with its line, and the other rows still parse.
class CsvReader final
{
public:
    static Result<CsvTable> parse(const QByteArray& data);
    static Result<CsvTable> parse(const QByteArray& data, const CsvReaderOptions& options);

    // The most frequent of , ; TAB outside quotes on the first line of text; comma if none occurs.
    static QChar detectDelimiter(QStringView text);
};

} // namespace clientele::interchange
