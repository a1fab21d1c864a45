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

// A test peer written for node (tests/node/*.mjs: the OpenID Connect provider, the fake Google
// Calendar) as a child process on an ephemeral loopback port, which it prints as
// "<name> listening on <host>:<port>". node and tests/node/node_modules come from scripts/setup;
// when either is missing start() says so and the test fails — it never skips. The test's CMake
// passes CLIENTELE_NODE_EXECUTABLE and CLIENTELE_TEST_NODE_DIR.
class NodePeer final
{
public:
    ~NodePeer() { stop(); }

    // Starts tests/node/<script> and waits for its "<name> listening on" line. `requiredModule`: an
    // npm package that must be installed in tests/node. Returns an empty string when up, else why not.
    QString start(const QString& script, const QString& name, const QString& requiredModule = {},
        const QProcessEnvironment& extraEnvironment = {}, int timeoutMs = 30000)
    {
        const QString node = QStringLiteral(CLIENTELE_NODE_EXECUTABLE);
        const QDir nodeDir(QStringLiteral(CLIENTELE_TEST_NODE_DIR));
        if (node.isEmpty() || node.endsWith(QLatin1StringView("NOTFOUND")) || !QFileInfo(node).isExecutable()) {
            return QStringLiteral("node was not found when CMake configured (NODE=%1): run scripts/setup").arg(node);
        }
        if (!requiredModule.isEmpty()
            && !QFileInfo::exists(
                nodeDir.filePath(QStringLiteral("node_modules/%1/package.json").arg(requiredModule)))) {
            return QStringLiteral("%1/node_modules/%2 is missing: run scripts/setup (npm ci in tests/node)")
                .arg(nodeDir.path(), requiredModule);
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(extraEnvironment);
        m_process.setProcessEnvironment(environment);
        m_process.setWorkingDirectory(nodeDir.path());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(node, {nodeDir.filePath(script)});
        if (!m_process.waitForStarted()) {
            return QStringLiteral("could not start %1: %2").arg(node, m_process.errorString());
        }
        const auto match = waitForLine(m_process,
            QRegularExpression(QRegularExpression::escape(name) + QStringLiteral(" listening on ([0-9.]+):(\\d+)")),
            timeoutMs, m_transcript);
        if (!match.hasMatch()) {
            return QStringLiteral("%1 did not come up:\n%2").arg(name, m_transcript);
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

    // Everything the peer printed so far, for a failing test's message.
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
