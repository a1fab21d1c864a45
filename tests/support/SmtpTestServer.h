#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace clientele::test {

// A certificate for 127.0.0.1 and localhost made with the openssl command for one test run, and the
// file the client trusts it through.
struct TestCertificate
{
    QString certFile;
    QString keyFile;
    // Empty when the openssl command failed; the reason is in `error`.
    bool isValid() const { return !certFile.isEmpty(); }
    QString error;

    static TestCertificate make(const QString& folder);
};

// The real SMTP server of tests/mail/smtp-server.py (Debian's python3-aiosmtpd) as a child process on
// loopback. Stopped when destroyed.
class SmtpTestServer final
{
public:
    struct Options
    {
        QString tls = QStringLiteral("starttls"); // starttls, implicit or none
        QString user = QStringLiteral("ada@practice.example");
        QString password = QStringLiteral("app-password-1");
        QString token = QStringLiteral("ya29.token-1");
        QString mechanisms = QStringLiteral("PLAIN,LOGIN"); // also XOAUTH2, OAUTHBEARER
        QString behaviour = QStringLiteral("accept");
    };

    SmtpTestServer(const TestCertificate& certificate, const Options& options);
    ~SmtpTestServer();
    SmtpTestServer(const SmtpTestServer&) = delete;
    SmtpTestServer& operator=(const SmtpTestServer&) = delete;

    // 0 when the server did not start; the reason is in transcript().
    int port() const { return m_port; }
    const QString& transcript() const { return m_transcript; }

    // Takes effect from the server's next step (see the script's behaviours).
    void setBehaviour(const QString& behaviour);
    // The .eml files accepted so far, in order, as absolute paths.
    QStringList messages() const;
    // events.jsonl: {"event": "auth" | "message" | "refused" | "dropped", …}.
    QJsonArray events() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_transcript;
    int m_port = 0;
};

// What Python's email package makes of an .eml file (tests/mail/eml-inspect.py); empty on failure.
QJsonObject inspectEml(const QString& file);

} // namespace clientele::test
