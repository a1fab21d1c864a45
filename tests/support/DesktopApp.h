#pragma once

#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace clientele::test {

// The real desktop app as a child process in the test's X server (xvfb-run): started, waited for,
// photographed and stopped the way a user would see it.
QString screenshotDir();
// Distinct colours in a sample of the image: a blank or black window has one or two.
int distinctColours(const QImage& image);

// An isolated environment (private HOME) for the app on the X server, with its info log on.
QProcessEnvironment desktopEnvironment(const QString& home);

// Starts the app and waits until its log matches `ready` (by default the "Main window shown" line);
// returns the window id, or 0 on failure (the output is in `transcript`).
quintptr startDesktop(QProcess& app, const QString& binary, const QStringList& arguments, QString& transcript,
    const QProcessEnvironment& env, const QRegularExpression& ready = {}, int timeoutMs = 30000);
// SIGTERM, as a logout does; killed if it does not exit within ten seconds.
void stopDesktop(QProcess& app);
// Grabs the window from the X server once it has painted (a freshly mapped window may still be blank
// for a frame or two).
QImage grabWindow(quintptr windowId);

} // namespace clientele::test
