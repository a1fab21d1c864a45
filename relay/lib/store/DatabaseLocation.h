#pragma once

#include <QString>

#include "core/Result.h"

namespace clientele::relay {

// Where the relay keeps its data: a SQLite file (the default, one instance) or a PostgreSQL server
// (several instances), from CLIENTELE_RELAY_DB.
struct DatabaseLocation final
{
    enum class Kind
    {
        Sqlite,
        Postgresql,
    };

    Kind kind = Kind::Sqlite;
    QString sqlitePath;
    // PostgreSQL
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // libpq key=value pairs from the URL's query, e.g. "sslmode=require"

    // A file path, or postgresql://user:password@host:port/database?sslmode=require
    // (postgres:// is accepted too). A relative path is kept relative to the working directory.
    static Result<DatabaseLocation> parse(const QString& value);
    // For logs: never the password.
    QString redacted() const;
};

} // namespace clientele::relay
