// clientele-signin: the embedded browser of Clientele's OAuth flows (EmbeddedBrowserUserAgent).
// Reads one SignInRequest line on stdin, shows the provider's sign-in pages, writes one
// SignInOutcome line on stdout and exits. It also exits when its stdin closes: the desktop has
// cancelled the flow, or has gone away.
#include <QApplication>
#include <QLocale>
#include <QSocketNotifier>
#include <cstdio>
#include <iostream>
#include <string>
#include <sys/resource.h>
#include <unistd.h>

#include "app/signin/SignInWindow.h"
#include "core/oauth/SignInProtocol.h"
#include "translations/Translations.h"

int main(int argc, char* argv[])
{
    // No core dump of a page that held a password. Unlike the desktop, the process stays dumpable
    // (hardenProcess): Chromium's zygote and sandbox read /proc/self, which that would lock away.
    const rlimit noCore {0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    // Chromium's sandbox refuses to run as root. A sign-in window as root is rare (containers, test
    // machines); it runs without the sandbox there rather than not at all, and says so.
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX")) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        std::fputs("clientele-signin: running as root, so without Chromium's sandbox\n", stderr);
    }
    // WebEngine shares OpenGL contexts with the window; it must be asked for before QApplication.
    // Only this process pays for it, never the desktop (app/main.cpp).
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);

    std::string line;
    if (!std::getline(std::cin, line)) {
        std::fputs("clientele-signin: no sign-in request on stdin\n", stderr);
        return 2;
    }
    const std::optional<clientele::SignInRequest> request =
        clientele::SignInRequest::fromLine(QByteArray::fromStdString(line));
    if (!request) {
        std::fputs("clientele-signin: the sign-in request could not be read\n", stderr);
        return 2;
    }
    const QLocale locale = request->localeName.isEmpty() ? QLocale::system() : QLocale(request->localeName);
    QLocale::setDefault(locale);
    clientele::installTranslations(app, locale);

    clientele::SignInWindow window(*request);
    QObject::connect(
        &window, &clientele::SignInWindow::finished, &app, [&window](const clientele::SignInOutcome& outcome) {
            const QByteArray answer = outcome.toLine();
            std::fwrite(answer.constData(), 1, static_cast<size_t>(answer.size()), stdout);
            std::fflush(stdout);
            window.hide();
            QCoreApplication::quit();
        });

    // stdin at end of file: the desktop cancelled or died. Close without an answer.
    QSocketNotifier stdinWatch(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinWatch, &QSocketNotifier::activated, &app, [&stdinWatch]() {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            stdinWatch.setEnabled(false);
            QCoreApplication::quit();
        }
    });

    window.show();
    window.start();
    return QApplication::exec();
}
