#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

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

// A parameter value as written: in double quotes when it contains ":", ";" or ",". Double quotes
// and control characters cannot appear in a parameter value at all and are dropped.
QString parameterValue(const QString& value);

} // namespace clientele::interchange::contentline
