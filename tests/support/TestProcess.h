#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace clientele::test {

// Output and exit status of a finished child process.
struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QString out;
    QString err;
};

// Runs a program to completion (or until timeoutMs, then kills it).
ProcessResult runProcess(const QString& program, const QStringList& arguments,
    const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(), int timeoutMs = 30000,
    const QByteArray& standardInput = {});

// Reads the process's merged output until a line matches the pattern; returns the match (or an
// invalid match on timeout or exit). Everything read is appended to `transcript`.
QRegularExpressionMatch waitForLine(
    QProcess& process, const QRegularExpression& pattern, int timeoutMs, QString& transcript);

// A fresh, private HOME/XDG tree under `root` for a child process, so tests never touch the user's
// own settings, keychain or data.
QProcessEnvironment isolatedEnvironment(const QString& root);

} // namespace clientele::test
