#include "relay/lib/store/DatabaseLocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace clientele::relay {

Result<DatabaseLocation> DatabaseLocation::parse(const QString& value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return Error(Error::Code::InvalidInput,
            QStringLiteral("CLIENTELE_RELAY_DB is empty: give a SQLite file path "
                           "or a postgresql:// URL"));
    }
    DatabaseLocation location;
    if (!trimmed.startsWith(u"postgresql://") && !trimmed.startsWith(u"postgres://")) {
        if (trimmed.contains(u"://")) {
            return Error(Error::Code::InvalidInput,
                QStringLiteral("CLIENTELE_RELAY_DB must be a SQLite file path or a postgresql:// URL; \"%1\" is "
                               "neither")
                    .arg(trimmed.section(QStringLiteral("://"), 0, 0) + QStringLiteral("://…")));
        }
        location.kind = Kind::Sqlite;
        location.sqlitePath = trimmed;
        return location;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return Error(Error::Code::InvalidInput,
            QStringLiteral("CLIENTELE_RELAY_DB is not a valid postgresql://user:password@host:port/database URL"));
    }
    location.kind = Kind::Postgresql;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    location.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (location.databaseName.isEmpty() || location.databaseName.contains(u'/')) {
        return Error(Error::Code::InvalidInput,
            QStringLiteral("CLIENTELE_RELAY_DB names no database: add it after the host, as in "
                           "postgresql://relay@localhost/relay"));
    }
    QStringList options;
    const QUrlQuery query(url);
    for (const auto& [key, optionValue] : query.queryItems(QUrl::FullyDecoded)) {
        // libpq's own syntax; values with spaces or quotes are refused rather than escaped.
        if (optionValue.contains(u' ') || optionValue.contains(u'\'') || key.contains(u' ')) {
            return Error(Error::Code::InvalidInput,
                QStringLiteral("CLIENTELE_RELAY_DB option \"%1\" has a value with spaces or quotes").arg(key));
        }
        options << key + u'=' + optionValue;
    }
    location.connectOptions = options.join(u';');
    return location;
}

QString DatabaseLocation::redacted() const
{
    if (kind == Kind::Sqlite) {
        return sqlitePath;
    }
    const QString who = user.isEmpty() ? QString() : user + (password.isEmpty() ? u"@"_qs : u":***@"_qs);
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(who, host).arg(port).arg(databaseName);
}

} // namespace clientele::relay
