#include "core/interchange/ContentLine.h"

namespace clientele::interchange::contentline {

namespace {

bool isUtf8Continuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

QString escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u',' || c == u';') {
            out.append(u'\\');
            out.append(c);
        } else if (c == u'\r') {
            out.append(QLatin1String("\\n"));
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
        } else if (c == u'\n') {
            out.append(QLatin1String("\\n"));
        } else {
            out.append(c);
        }
    }
    return out;
}

QString unescapeText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 >= text.size()) {
            out.append(c);
            continue;
        }
        const QChar next = text.at(++i);
        if (next == u'n' || next == u'N') {
            out.append(u'\n');
        } else {
            out.append(next);
        }
    }
    return out;
}

QByteArray fold(const QByteArray& line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / kMaxLineOctets * 3 + 2);
    qsizetype pos = 0;
    bool first = true;
    while (true) {
        // Continuation lines start with a space, which counts towards their 75 octets.
        const qsizetype room = first ? kMaxLineOctets : kMaxLineOctets - 1;
        if (line.size() - pos <= room) {
            if (!first) {
                out.append(' ');
            }
            out.append(line.sliced(pos));
            out.append("\r\n");
            return out;
        }
        qsizetype end = pos + room;
        while (end > pos && isUtf8Continuation(line.at(end))) {
            --end; // never cut inside a multi-byte character
        }
        if (end == pos) {
            end = pos + room; // not UTF-8 at all: cut where the octets say
        }
        if (!first) {
            out.append(' ');
        }
        out.append(line.sliced(pos, end - pos));
        out.append("\r\n");
        pos = end;
        first = false;
    }
}

QStringList splitUnescaped(QStringView text, QChar separator, bool honourQuotes)
{
    QStringList parts;
    QString current;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size() && !honourQuotes) {
            current.append(c);
            current.append(text.at(++i));
        } else if (honourQuotes && c == u'"') {
            inQuotes = !inQuotes;
            current.append(c);
        } else if (c == separator && !inQuotes) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

qsizetype valueColon(QStringView line)
{
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (c == u':' && !inQuotes) {
            return i;
        }
    }
    return -1;
}

std::optional<ParsedLine> parseLine(QStringView line, const std::function<QString(const QString&)>& bareParameterName)
{
    const qsizetype colon = valueColon(line);
    if (colon <= 0) {
        return std::nullopt;
    }
    ParsedLine parsed;
    parsed.value = line.sliced(colon + 1).toString();
    const QStringList head = splitUnescaped(line.left(colon), u';', true);
    parsed.name = head.first().trimmed().toUpper();
    if (const qsizetype dot = parsed.name.lastIndexOf(u'.'); dot >= 0) {
        parsed.name = parsed.name.mid(dot + 1);
    }
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QString& parameter = head.at(i);
        const qsizetype equals = parameter.indexOf(u'=');
        QString name;
        QStringView values;
        if (equals < 0) {
            values = QStringView(parameter).trimmed();
            if (!bareParameterName || values.isEmpty()) {
                continue;
            }
            name = bareParameterName(values.toString());
        } else if (equals == 0) {
            continue; // "=value": nothing a reader can use
        } else {
            name = parameter.left(equals).trimmed().toUpper();
            values = QStringView(parameter).sliced(equals + 1);
        }
        QStringList& list = parsed.parameters[name];
        const QStringList parts = splitUnescaped(values, u',', true);
        for (const QString& part : parts) {
            QString item = part.trimmed();
            item.remove(u'"');
            list.append(item);
        }
    }
    return parsed;
}

QString parameterValue(const QString& value)
{
    QString clean;
    clean.reserve(value.size());
    for (const QChar c : value) {
        if (c != u'"' && c.unicode() >= 0x20 && c.unicode() != 0x7F) {
            clean.append(c);
        }
    }
    if (clean.contains(u':') || clean.contains(u';') || clean.contains(u',')) {
        return u'"' + clean + u'"';
    }
    return clean;
}

} // namespace clientele::interchange::contentline
