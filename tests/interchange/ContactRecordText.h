#pragma once

#include <QStringList>

#include "core/interchange/ContactRecord.h"

namespace clientele::interchange::test {

// One line per record with every field, so that a table row can state a whole expected record
// and a failure shows exactly which field differs. Empty fields are left out.
inline QString describe(const ContactRecord& record)
{
    QStringList parts;
    const auto add = [&parts](const char* name, const QString& value) {
        if (!value.isEmpty()) {
            parts.append(QLatin1String(name) + u'=' + value);
        }
    };
    add("full", record.fullName);
    add("given", record.givenName);
    add("family", record.familyName);
    add("company", record.company);
    add("emails", record.emails.join(u';'));
    add("phones", record.phones.join(u';'));
    add("street", record.street);
    add("city", record.city);
    add("region", record.region);
    add("postal", record.postalCode);
    add("country", record.country);
    add("tags", record.tags.join(u';'));
    add("notes", record.notes);
    add("stage", record.stage);
    add("source", record.source);
    add("birthday", record.birthday ? record.birthday->toString(Qt::ISODate) : QString());
    QStringList extra;
    for (const auto& [name, value] : record.extra) {
        extra.append(name + u':' + value);
    }
    add("extra", extra.join(u';'));
    return parts.join(u'|');
}

inline QString dataPath(const char* name)
{
    return QStringLiteral(CLIENTELE_INTERCHANGE_DATA_DIR "/") + QLatin1String(name);
}

} // namespace clientele::interchange::test
