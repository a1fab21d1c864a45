#include "tests/support/DesktopApp.h"

#include <QDir>
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QSet>
#include <QTest>
#include <csignal>

#include "tests/support/TestProcess.h"

namespace clientele::test {

namespace {
const QRegularExpression kWindowShown(QStringLiteral("Main window shown \\(window id 0x([0-9a-f]+)\\)"));
} // namespace

QString screenshotDir()
{
    QString dir = qEnvironmentVariable("CLIENTELE_BUILD_DIR", QDir::currentPath()) + u"/screenshots";
    QDir().mkpath(dir);
    return dir;
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            colours.insert(image.pixel(x, y));
        }
    }
    return int(colours.size());
}

QProcessEnvironment desktopEnvironment(const QString& home)
{
    QProcessEnvironment env = isolatedEnvironment(home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("cl.*.info=true"));
    env.remove(QStringLiteral("QT_SCALE_FACTOR"));
    return env;
}

quintptr startDesktop(QProcess& app, const QString& binary, const QStringList& arguments, QString& transcript,
    const QProcessEnvironment& env, const QRegularExpression& ready, int timeoutMs)
{
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(binary, arguments);
    if (!app.waitForStarted(10000)) {
        return 0;
    }
    const auto match = waitForLine(app, kWindowShown, 30000, transcript);
    if (!match.hasMatch()) {
        return 0;
    }
    if (!ready.pattern().isEmpty() && !waitForLine(app, ready, timeoutMs, transcript).hasMatch()) {
        return 0;
    }
    return match.captured(1).toULongLong(nullptr, 16);
}

void stopDesktop(QProcess& app)
{
    if (app.state() != QProcess::NotRunning) {
        ::kill(static_cast<pid_t>(app.processId()), SIGTERM);
        if (!app.waitForFinished(10000)) {
            app.kill();
            app.waitForFinished(5000);
        }
    }
}

QImage grabWindow(quintptr windowId)
{
    QImage image;
    for (int attempt = 0; attempt < 50; ++attempt) {
        image = QGuiApplication::primaryScreen()->grabWindow(windowId).toImage();
        if (!image.isNull() && distinctColours(image) > 20) {
            break;
        }
        QTest::qWait(100);
    }
    return image;
}

} // namespace clientele::test
