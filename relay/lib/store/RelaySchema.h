#pragma once

#include <QStringList>

namespace clientele::relay {

enum class SqlDialect
{
    Sqlite,
    Postgresql,
};

// The relay's schema, one list of statements per version (index 0 creates version 1). The SQL is
// shared by both databases: ids are TEXT, times BIGINT Unix milliseconds, and the only difference,
// the binary type, is filled in per dialect.
QList<QStringList> relaySchemaSteps(SqlDialect dialect);

} // namespace clientele::relay
