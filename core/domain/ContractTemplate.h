#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUuid>

#include "core/Result.h"

namespace clientele::domain {

// A contract text with merge fields, e.g. "I, {{client.name}}, book {{service.name}} on
// {{booking.date}}." (DESIGN.md §2, Contracts).
//
// Syntax:
// - "{{name}}" is a merge field; spaces inside the braces are ignored ("{{ client.name }}").
//   Names are lowercase dotted words from knownFields().
// - "\{{" writes a literal "{{" (the backslash is dropped). Every other backslash, and a "}}" that
//   closes no field, is ordinary text.
// - A "{{" without its "}}" is an error naming the line, so a typo never reaches a client.
// - Values are inserted as they are: a value that itself contains "{{…}}" is not expanded again.
//
// Refusals carry a stable key in Error::detail(): "template.unterminated", "template.bad-field",
// "template.unknown-field", "template.missing-value", and "template.needs-name" from validate() (the
// name becomes the title of every contract drafted from it). The user message names the field.
class ContractTemplate final
{
public:
    ContractTemplate() = default;
    ContractTemplate(QUuid id, QString name, QString body);

    const QUuid& id() const { return m_id; }
    const QString& name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }
    const QString& body() const { return m_body; }
    void setBody(const QString& body) { m_body = body; }

    // Every merge field the practice can use, in the order the editor offers them.
    static const QStringList& knownFields();

    // Checks that there is a name, the syntax, and that every field is known.
    Result<void> validate() const;
    // The fields the body uses, each once, in order of first use.
    Result<QStringList> fields() const;
    // Fills in the fields. A value that is present but empty renders as nothing; a field with no
    // entry in `values` is an error, so a missing booking date is never silently left blank.
    Result<QString> render(const QHash<QString, QString>& values) const;

private:
    QUuid m_id;
    QString m_name;
    QString m_body;
};

} // namespace clientele::domain
