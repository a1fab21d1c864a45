#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

namespace clientele::interchange {

struct CsvWriterOptions final
{
    QChar delimiter = u',';
    // Excel opens a UTF-8 CSV as a legacy code page unless the file starts with a byte order mark.
    bool byteOrderMark = false;
    // OWASP "CSV injection": a spreadsheet runs a cell that starts with = + - @ (or TAB/CR, which
    // some strip first) as a formula, so a client could plant "=HYPERLINK(...)" in their name.
    // On by default, such cells are written with a leading single quote, which spreadsheets show as
    // text. The cost: "+1 555…" is written as "'+1 555…"; ContactCsvImport removes that quote again.
    bool protectFormulas = true;
};

// Writes RFC 4180 CSV: values quoted when they contain the delimiter, a quote or a line break,
// quotes doubled, records ended with CRLF, UTF-8.
class CsvWriter final
{
public:
    explicit CsvWriter(CsvWriterOptions options = {});

    void writeRow(const QStringList& fields);
    // The file so far: BOM (if chosen) and all rows, UTF-8.
    QByteArray data() const;

    static QString formatField(const QString& value, const CsvWriterOptions& options);

private:
    CsvWriterOptions m_options;
    QString m_text;
};

} // namespace clientele::interchange
