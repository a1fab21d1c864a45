// The real desktop app, started as a user starts it, in a private X server (xvfb-run): it opens its
// window (saved as PNGs under <build>/screenshots), refuses a second instance, keeps a log file, and
// answers --version without a display.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QProcess>
#include <QScreen>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

#include "tests/support/DesktopApp.h"
#include "tests/support/TestProcess.h"

using namespace clientele::test;

class TestE2eDesktop final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcessEnvironment appEnvironment() const { return desktopEnvironment(m_home.path()); }

    static quintptr start(
        QProcess& app, const QStringList& arguments, QString& transcript, const QProcessEnvironment& env)
    {
        return startDesktop(app, QStringLiteral(CLIENTELE_DESKTOP_BINARY), arguments, transcript, env);
    }

    static void stop(QProcess& app) { stopDesktop(app); }
    static QImage grab(quintptr windowId) { return grabWindow(windowId); }

    void screenshot(const QStringList& arguments, const QString& fileName, const QProcessEnvironment& env)
    {
        QProcess app;
        QString transcript;
        const quintptr windowId = start(app, arguments, transcript, env);
        QVERIFY2(windowId != 0, qPrintable(transcript));
        QTest::qWait(300);
        const QImage image = grab(windowId);
        stop(app);
        QVERIFY2(!image.isNull(), "could not grab the window");
        QVERIFY2(image.width() >= 800 && image.height() >= 500,
            qPrintable(QStringLiteral("window is %1×%2").arg(image.width()).arg(image.height())));
        QVERIFY2(distinctColours(image) > 20, "the window looks blank");
        const QString path = screenshotDir() + u'/' + fileName;
        QVERIFY(image.save(path));
        qInfo("Saved %s", qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() == u"xcb", "run me under xvfb-run");
        QVERIFY(m_home.isValid());
    }

    void opensItsMainWindow()
    {
        screenshot(
            {QStringLiteral("--theme"), QStringLiteral("light")}, QStringLiteral("main-window.png"), appEnvironment());
    }

    void opensInDarkAndInGerman()
    {
        screenshot({QStringLiteral("--theme"), QStringLiteral("dark"), QStringLiteral("--section"),
                       QStringLiteral("invoices")},
            QStringLiteral("main-window-dark.png"), appEnvironment());
        screenshot(
            {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--section"), QStringLiteral("clients")},
            QStringLiteral("main-window-de.png"), appEnvironment());
    }

    void opensAtTwiceTheScale()
    {
        QProcessEnvironment env = appEnvironment();
        env.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
        // At 200 % the window is limited by the 1280×800 screen; it must still fit and paint.
        QProcess app;
        QString transcript;
        const quintptr windowId =
            start(app, {QStringLiteral("--section"), QStringLiteral("settings")}, transcript, env);
        QVERIFY2(windowId != 0, qPrintable(transcript));
        QTest::qWait(300);
        const QImage image = grab(windowId);
        stop(app);
        QVERIFY(distinctColours(image) > 20);
        QVERIFY(image.save(screenshotDir() + u"/main-window-200.png"));
    }

    void aSecondInstanceBringsTheFirstToTheFront()
    {
        QProcess first;
        QString transcript;
        QVERIFY2(start(first, {}, transcript, appEnvironment()) != 0, qPrintable(transcript));

        const ProcessResult second = runProcess(QStringLiteral(CLIENTELE_DESKTOP_BINARY), {}, appEnvironment(), 20000);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(u"already running"), qPrintable(second.out + second.err));
        QVERIFY2(!second.err.contains(u"Main window shown"), "the second instance opened a window of its own");

        const auto activated = waitForLine(
            first, QRegularExpression(QStringLiteral("bringing the window to the front")), 10000, transcript);
        QVERIFY2(activated.hasMatch(), qPrintable(transcript));
        stop(first);
        QCOMPARE(first.exitCode(), 0);
    }

    void aStaleSocketFromACrashDoesNotBlockTheNextStart()
    {
        QProcess crashed;
        QString transcript;
        QVERIFY(start(crashed, {}, transcript, appEnvironment()) != 0);
        crashed.kill(); // SIGKILL: no chance to clean up its socket
        crashed.waitForFinished(5000);

        QProcess next;
        QVERIFY2(start(next, {}, transcript, appEnvironment()) != 0, qPrintable(transcript));
        stop(next);
    }

    void keepsALogFileInItsDataFolder()
    {
        QProcess app;
        QString transcript;
        QVERIFY(start(app, {}, transcript, appEnvironment()) != 0);
        stop(app);
        const QString log = m_home.path() + u"/.local/share/Clientele/Clientele/logs/clientele.log";
        QFile file(log);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(log));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("cl.app: Clientele " CLIENTELE_VERSION " starting"));
        QVERIFY(text.contains("SQLCipher 3."));
        QVERIFY(text.contains("Exiting with code 0"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }

    void versionAndHelpNeedNoDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--version names the libraries")
            << QStringList {QStringLiteral("--version")} << 0 << QStringLiteral("SQLCipher 3.");
        QTest::newRow("--help lists the options")
            << QStringList {QStringLiteral("--help")} << 0 << QStringLiteral("--section <name>");
        QTest::newRow("an unknown option is refused")
            << QStringList {QStringLiteral("--frobnicate")} << 2 << QStringLiteral("Unknown option 'frobnicate'");
        QTest::newRow("an unknown section is refused") << QStringList {QStringLiteral("--section"),
            QStringLiteral("pets")} << 2 << QStringLiteral("Unknown section \"pets\"");
        QTest::newRow("an unknown theme is refused") << QStringList {QStringLiteral("--theme"),
            QStringLiteral("purple")} << 2 << QStringLiteral("Unknown colour scheme \"purple\"");
    }
    void versionAndHelpNeedNoDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QProcessEnvironment env = isolatedEnvironment(m_home.path());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        const ProcessResult result = runProcess(QStringLiteral(CLIENTELE_DESKTOP_BINARY), arguments, env);
        QCOMPARE(result.exitCode, exitCode);
        const QString output = result.out + result.err;
        QVERIFY2(output.contains(expected), qPrintable(output));
    }
};

QTEST_MAIN(TestE2eDesktop)
#include "test_e2e_desktop.moc"
