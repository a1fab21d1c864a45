// clientele-cli: scripting and automation for a Clientele practice.
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

#include "app/ProcessHardening.h"
#include "app/cli/CliCommand.h"
#include "core/AppInfo.h"
#include "translations/Translations.h"

int main(int argc, char* argv[])
{
    clientele::hardenProcess();
    // Printing needs fonts, hence QtGui; it never needs a screen, so it runs offscreen unless told
    // otherwise. Every other command stays a plain QCoreApplication.
    const bool printing = argc > 1 && qstrcmp(argv[1], "print") == 0;
    if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const std::unique_ptr<QCoreApplication> application =
        printing ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(clientele::AppInfo::organizationName());
    QCoreApplication::setApplicationName(clientele::AppInfo::name());
    QCoreApplication::setApplicationVersion(clientele::AppInfo::version());
    clientele::installTranslations(app, QLocale::system());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = clientele::cli::runCli(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
