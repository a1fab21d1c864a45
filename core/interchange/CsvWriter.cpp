#include "core/interchange/CsvWriter.h"

namespace clientele::interchange {

CsvWriter::CsvWriter(CsvWriterOptions options)
    : m_options(options)
{
}

void CsvWriter::writeRow(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            m_text.append(m_options.delimiter);
        }
        m_text.append(formatField(fields.at(i), m_options));
    }
    m_text.append(QLatin1String("\r\n"));
}

QByteArray CsvWriter::data() const
{
    QByteArray bytes;
    if (m_options.byteOrderMark) {
        bytes.append("\xEF\xBB\xBF");
    }
    bytes.append(m_text.toUtf8());
    return bytes;
}

QString CsvWriter::formatField(const QString& value, const CsvWriterOptions& options)
{
    QString text = value;
    if (options.protectFormulas && !text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r') {
            text.prepend(u'\'');
        }
    }
    const bool needsQuotes =
        text.contains(options.delimiter) || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!needsQuotes) {
        return text;
    }
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + text + u'"';
}

} // namespace clientele::interchange
