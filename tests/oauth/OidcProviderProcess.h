#pragma once

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include "tests/support/TestProcess.h"

namespace clientele::test {

// The real OpenID Connect provider (npm oidc-provider, tests/node/oidc-provider-server.mjs) as a node
// child process on an ephemeral loopback port. node and tests/node/node_modules come from
// scripts/setup; when either is missing start() fails with a message saying so — never a skip.
class OidcProviderProcess final
{
public:
    ~OidcProviderProcess() { stop(); }

    // accessTokenTtl: seconds. Returns an empty string when up, else why not.
    QString start(int accessTokenTtl = 3600)
    {
        const QString node = QStringLiteral(CLIENTELE_NODE_EXECUTABLE);
        const QDir nodeDir(QStringLiteral(CLIENTELE_TEST_NODE_DIR));
        if (node.isEmpty() || node.endsWith(QLatin1StringView("NOTFOUND")) || !QFileInfo(node).isExecutable()) {
            return QStringLiteral("node was not found when CMake configured (NODE=%1); run scripts/setup").arg(node);
        }
        if (!QFileInfo::exists(nodeDir.filePath(QStringLiteral("node_modules/oidc-provider/package.json")))) {
            return QStringLiteral("%1/node_modules/oidc-provider is missing; run scripts/setup (npm ci in tests/node)")
                .arg(nodeDir.path());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OIDC_ACCESS_TOKEN_TTL"), QString::number(accessTokenTtl));
        m_process.setProcessEnvironment(env);
        m_process.setWorkingDirectory(nodeDir.path());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(node, {nodeDir.filePath(QStringLiteral("oidc-provider-server.mjs"))});
        if (!m_process.waitForStarted()) {
            return QStringLiteral("could not start %1: %2").arg(node, m_process.errorString());
        }
        const auto match = waitForLine(m_process,
            QRegularExpression(QStringLiteral("oidc-provider listening on ([0-9.]+):(\\d+)")), 30000, m_transcript);
        if (!match.hasMatch()) {
            return QStringLiteral("oidc-provider did not come up:\n") + m_transcript;
        }
        m_base = QUrl(QStringLiteral("http://%1:%2").arg(match.captured(1), match.captured(2)));
        return {};
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QUrl url(const QString& path) const { return m_base.resolved(QUrl(path)); }
    QString transcript()
    {
        m_transcript += QString::fromUtf8(m_process.readAll());
        return m_transcript;
    }

private:
    QProcess m_process;
    QString m_transcript;
    QUrl m_base;
};

} // namespace clientele::test
