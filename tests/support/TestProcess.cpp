#include "tests/support/TestProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>

namespace clientele::test {

ProcessResult runProcess(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
    int timeoutMs, const QByteArray& standardInput)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(timeoutMs)) {
        result.err = process.errorString();
        return result;
    }
    if (!standardInput.isEmpty()) {
        process.write(standardInput);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QRegularExpressionMatch waitForLine(
    QProcess& process, const QRegularExpression& pattern, int timeoutMs, QString& transcript)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!process.canReadLine()
            && !process.waitForReadyRead(static_cast<int>(std::min<qint64>(deadline.remainingTime(), 200)))) {
            if (process.state() == QProcess::NotRunning) {
                break;
            }
            continue;
        }
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine());
            transcript += line;
            QRegularExpressionMatch match = pattern.match(line);
            if (match.hasMatch()) {
                return match;
            }
        }
    }
    transcript += QString::fromUtf8(process.readAll());
    return {};
}

QProcessEnvironment isolatedEnvironment(const QString& root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString runtime = root + u"/run";
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(QStringLiteral("HOME"), root);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + u"/.config");
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + u"/.local/share");
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root + u"/.cache");
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    return env;
}

} // namespace clientele::test
