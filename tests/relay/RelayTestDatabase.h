#pragma once

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

// Each test gets an empty database of the backend this run is for: a fresh SQLite file, or a fresh
// database on the PostgreSQL server that CTest started with pg_virtualenv (POSTGRES tests get
// CLIENTELE_TEST_RELAY_BACKEND=postgresql and the PG* variables).
namespace clientele::test {

inline bool relayTestsOnPostgresql()
{
    return qEnvironmentVariable("CLIENTELE_TEST_RELAY_BACKEND") == u"postgresql";
}

class RelayTestDatabase final
{
public:
    RelayTestDatabase()
    {
        if (!relayTestsOnPostgresql()) {
            m_url = m_dir.filePath(QStringLiteral("relay.sqlite"));
            return;
        }
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        m_name = u"relay_" + QUuid::createUuid().toString(QUuid::Id128).left(16);
        const QString admin = QStringLiteral("relay-test-admin");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), admin);
            db.setHostName(env.value(QStringLiteral("PGHOST"), QStringLiteral("localhost")));
            db.setPort(env.value(QStringLiteral("PGPORT"), QStringLiteral("5432")).toInt());
            db.setUserName(env.value(QStringLiteral("PGUSER")));
            db.setPassword(env.value(QStringLiteral("PGPASSWORD")));
            db.setDatabaseName(env.value(QStringLiteral("PGDATABASE"), QStringLiteral("postgres")));
            if (!db.open()) {
                qFatal("Cannot reach the test PostgreSQL server: %s", qPrintable(db.lastError().text()));
            }
            QSqlQuery create(db);
            if (!create.exec(u"CREATE DATABASE " + m_name)) {
                qFatal("CREATE DATABASE failed: %s", qPrintable(create.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(admin);
        QString host = env.value(QStringLiteral("PGHOST"), QStringLiteral("localhost"));
        m_url = QStringLiteral("postgresql://%1:%2@%3:%4/%5")
                    .arg(QString::fromUtf8(QUrl::toPercentEncoding(env.value(QStringLiteral("PGUSER")))),
                        QString::fromUtf8(QUrl::toPercentEncoding(env.value(QStringLiteral("PGPASSWORD")))), host,
                        env.value(QStringLiteral("PGPORT"), QStringLiteral("5432")), m_name);
    }

    // The value for CLIENTELE_RELAY_DB.
    const QString& url() const { return m_url; }

    // The first column of the first row of a query, read behind the relay's back (e.g. to prove
    // that nothing was stored, or that a payload was redacted). -1 on failure.
    qint64 scalar(const QString& sql) const
    {
        const QString name = QStringLiteral("relay-test-inspect");
        qint64 result = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(
                relayTestsOnPostgresql() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
            if (relayTestsOnPostgresql()) {
                const QUrl url(m_url);
                db.setHostName(url.host());
                db.setPort(url.port());
                db.setUserName(url.userName(QUrl::FullyDecoded));
                db.setPassword(url.password(QUrl::FullyDecoded));
                db.setDatabaseName(url.path().mid(1));
            } else {
                db.setDatabaseName(m_url);
            }
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(sql) && query.next()) {
                    result = query.value(0).toLongLong();
                } else {
                    qWarning("inspect query failed: %s", qPrintable(query.lastError().text()));
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }
    QString directory() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_name;
    QString m_url;
};

} // namespace clientele::test
