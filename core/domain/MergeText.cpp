#include "core/domain/MergeText.h"

#include <utility>

#include <QCoreApplication>

namespace clientele::domain::MergeText {

namespace {

// A field name as it appears in an error; long garbage is cut so the message stays readable.
constexpr qsizetype kMaxShownFieldLength = 40;

Error templateError(const char* key, QString message)
{
    return Error(Error::Code::InvalidInput, std::move(message), QString::fromLatin1(key));
}

int lineAt(const QString& body, qsizetype position)
{
    return static_cast<int>(QStringView(body).left(position).count(u'\n')) + 1;
}

bool isWord(QStringView word)
{
    if (word.isEmpty() || !(word.front() >= u'a' && word.front() <= u'z')) {
        return false;
    }
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_')) {
            return false;
        }
    }
    return true;
}

// "client.first_name": two or more lowercase words joined by dots.
bool isFieldName(const QString& name)
{
    const QList<QStringView> words = QStringView(name).split(u'.');
    if (words.size() < 2) {
        return false;
    }
    for (const QStringView word : words) {
        if (!isWord(word)) {
            return false;
        }
    }
    return true;
}

Result<QList<Segment>> parseBody(const QString& body)
{
    QList<Segment> segments;
    QString literal;
    qsizetype i = 0;
    while (i < body.size()) {
        const QStringView rest = QStringView(body).mid(i);
        if (rest.startsWith(u"\\{{")) {
            literal += QStringLiteral("{{");
            i += 3;
            continue;
        }
        if (!rest.startsWith(u"{{")) {
            literal += body.at(i);
            ++i;
            continue;
        }
        const qsizetype close = body.indexOf(QStringLiteral("}}"), i + 2);
        if (close < 0) {
            return templateError("template.unterminated",
                QCoreApplication::translate(
                    "MergeText", "Line %1: a merge field opened with {{ is never closed with }}.")
                    .arg(lineAt(body, i)));
        }
        const QString name = body.mid(i + 2, close - i - 2).trimmed();
        if (!isFieldName(name)) {
            return templateError("template.bad-field",
                QCoreApplication::translate("MergeText",
                    "Line %1: “%2” is not a merge field name. Names look like {{client.name}}; write \\{{ for literal "
                    "braces.")
                    .arg(lineAt(body, i))
                    .arg(name.left(kMaxShownFieldLength)));
        }
        if (!literal.isEmpty()) {
            segments.append(Segment {std::exchange(literal, QString()), false});
        }
        segments.append(Segment {name, true});
        i = close + 2;
    }
    if (!literal.isEmpty()) {
        segments.append(Segment {literal, false});
    }
    return segments;
}

} // namespace

Result<QList<Segment>> parse(const QString& body, const QStringList& knownFields)
{
    Result<QList<Segment>> segments = parseBody(body);
    if (!segments) {
        return segments;
    }
    for (const Segment& segment : segments.value()) {
        if (segment.isField && !knownFields.contains(segment.text)) {
            return templateError("template.unknown-field",
                QCoreApplication::translate("MergeText", "The merge field {{%1}} does not exist.").arg(segment.text));
        }
    }
    return segments;
}

Result<QStringList> fields(const QString& text, const QStringList& knownFields)
{
    Result<QList<Segment>> segments = parse(text, knownFields);
    if (!segments) {
        return segments.error();
    }
    QStringList names;
    for (const Segment& segment : segments.value()) {
        if (segment.isField && !names.contains(segment.text)) {
            names.append(segment.text);
        }
    }
    return names;
}

Result<QString> render(const QString& text, const QStringList& knownFields, const QHash<QString, QString>& values)
{
    Result<QList<Segment>> segments = parse(text, knownFields);
    if (!segments) {
        return segments.error();
    }
    QString out;
    out.reserve(text.size());
    for (const Segment& segment : segments.value()) {
        if (!segment.isField) {
            out += segment.text;
            continue;
        }
        const auto value = values.constFind(segment.text);
        if (value == values.constEnd()) {
            return templateError("template.missing-value",
                QCoreApplication::translate("MergeText", "There is no value for the merge field {{%1}}.")
                    .arg(segment.text));
        }
        out += *value;
    }
    return out;
}

} // namespace clientele::domain::MergeText
