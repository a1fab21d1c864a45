#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <functional>
#include <optional>

namespace clientele::interchange::contentline {

// The content-line syntax that iCalendar (RFC 5545 §3.1) and vCard (RFC 6350 §3.2) share:
// NAME;PARAM=value,"quoted value":VALUE, folded at 75 octets, TEXT values escaped with backslashes.

inline constexpr qsizetype kMaxLineOctets = 75;

// Escapes a TEXT value: backslash, comma, semicolon; CR LF, CR and LF become \n.
QString escapeText(const QString& text);
// Undoes escapeText: \n and \N are line breaks, \\ \, \; their character; a lone or unknown escape
// keeps the character after the backslash (lenient, as files in the wild use \: and \").
QString unescapeText(QStringView text);

// Folds one unfolded content line (UTF-8, without line end) into CRLF-terminated lines of at most
// 75 octets each, continuation lines starting with a space, never cutting a UTF-8 sequence.
QByteArray fold(const QByteArray& line);

// Splits at separators that are not escaped with a backslash (values) or, with honourQuotes, not
// inside double quotes (the parameter part of a line, where backslashes have no meaning).
QStringList splitUnescaped(QStringView text, QChar separator, bool honourQuotes = false);

// The colon that ends the name and parameters: the first one outside a quoted parameter value;
// -1 when there is none.
qsizetype valueColon(QStringView line);

// One content line split up: the name without a group prefix (Apple's "item1.TEL" is TEL), upper
// case; parameter names upper case, each value unquoted and trimmed; the value as written, escapes
// intact, because how to read it depends on its type.
struct ParsedLine
{
    QString name;
    QHash<QString, QStringList> parameters;
    QString value;
};

// nullopt when the line has no colon before its value. A parameter without "=" (vCard 2.1's
// "TEL;HOME;VOICE:") is filed under the name bareParameterName gives its value, or dropped without one.
std::optional<ParsedLine> parseLine(
    QStringView line, const std::function<QString(const QString&)>& bareParameterName = {});

// A parameter value as written: in double quotes when it contains ":", ";" or ",". Double quotes
// and control characters cannot appear in a parameter value at all and are dropped.
QString parameterValue(const QString& value);

} // namespace clientele::interchange::contentline
