#include "tests/support/SmtpTestServer.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include "tests/support/TestProcess.h"

namespace clientele::test {

namespace {

// Debian's interpreter: python3-aiosmtpd is installed for it, not for any other python3 on PATH.
const QString kPython = QStringLiteral("/usr/bin/python3");

} // namespace

TestCertificate TestCertificate::make(const QString& folder)
{
    TestCertificate certificate;
    const QString cert = QDir(folder).filePath(QStringLiteral("smtp-cert.pem"));
    const QString key = QDir(folder).filePath(QStringLiteral("smtp-key.pem"));
    const ProcessResult made = runProcess(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    if (made.exitCode != 0) {
        certificate.error = made.err;
        return certificate;
    }
    certificate.certFile = cert;
    certificate.keyFile = key;
    return certificate;
}

SmtpTestServer::SmtpTestServer(const TestCertificate& certificate, const Options& options)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(kPython,
        {QStringLiteral(CLIENTELE_SMTP_SERVER_PY), QStringLiteral("--dir"), m_dir.path(), QStringLiteral("--tls"),
            options.tls, QStringLiteral("--cert"), certificate.certFile, QStringLiteral("--key"), certificate.keyFile,
            QStringLiteral("--user"), options.user, QStringLiteral("--password"), options.password,
            QStringLiteral("--token"), options.token, QStringLiteral("--mechanisms"), options.mechanisms,
            QStringLiteral("--behaviour"), options.behaviour});
    const QRegularExpressionMatch ready = waitForLine(
        m_process, QRegularExpression(QStringLiteral("^listening on 127\\.0\\.0\\.1:(\\d+)")), 20000, m_transcript);
    if (ready.hasMatch()) {
        m_port = ready.captured(1).toInt();
    } else {
        qWarning().noquote() << "the SMTP test server did not start:" << m_transcript;
    }
}

SmtpTestServer::~SmtpTestServer()
{
    // The script stops when its standard input closes.
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void SmtpTestServer::setBehaviour(const QString& behaviour)
{
    QFile file(QDir(m_dir.path()).filePath(QStringLiteral("behaviour")));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(behaviour.toUtf8());
    }
}

QStringList SmtpTestServer::messages() const
{
    QStringList files;
    const QDir dir(m_dir.path());
    for (const QString& name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        files.append(dir.filePath(name));
    }
    return files;
}

QJsonArray SmtpTestServer::events() const
{
    QJsonArray events;
    QFile file(QDir(m_dir.path()).filePath(QStringLiteral("events.jsonl")));
    if (!file.open(QIODevice::ReadOnly)) {
        return events;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty()) {
            events.append(QJsonDocument::fromJson(line).object());
        }
    }
    return events;
}

QJsonObject inspectEml(const QString& file)
{
    const ProcessResult result = runProcess(kPython, {QStringLiteral(CLIENTELE_EML_INSPECT_PY), file});
    if (result.exitCode != 0) {
        qWarning().noquote() << "eml-inspect.py failed on" << file << ":" << result.err;
        return {};
    }
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

} // namespace clientele::test
