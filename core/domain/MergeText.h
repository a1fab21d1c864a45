#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/Result.h"

namespace clientele::domain {

// Text with merge fields, as contract templates and email templates write it: "Dear
// {{client.first_name}}, see you on {{booking.date}}."
//
// Syntax:
// - "{{name}}" is a merge field; spaces inside the braces are ignored ("{{ client.name }}").
//   Names are lowercase dotted words ("client.first_name") from the caller's list of known fields.
// - "\{{" writes a literal "{{" (the backslash is dropped). Every other backslash, and a "}}" that
//   closes no field, is ordinary text.
// - A "{{" without its "}}" is an error naming the line, so a typo never reaches a client.
// - Values are inserted as they are: a value that itself contains "{{…}}" is not expanded again.
//
// Refusals carry a stable key in Error::detail(): "template.unterminated", "template.bad-field",
// "template.unknown-field", "template.missing-value". The user message names the field and line.
namespace MergeText {

struct Segment
{
    QString text; // literal text, or the field name
    bool isField = false;
};

Result<QList<Segment>> parse(const QString& body, const QStringList& knownFields);
// The fields the text uses, each once, in order of first use.
Result<QStringList> fields(const QString& text, const QStringList& knownFields);
// Fills in the fields. A value that is present but empty renders as nothing; a field with no entry in
// `values` is an error, so a missing date is never silently left blank.
Result<QString> render(const QString& text, const QStringList& knownFields, const QHash<QString, QString>& values);

} // namespace MergeText

} // namespace clientele::domain
