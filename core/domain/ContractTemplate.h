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
// The syntax and its errors are MergeText's, over the fields of knownFields().
//
// validate() also refuses a template without a name with "template.needs-name" (the name becomes the
// title of every contract drafted from it).
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
