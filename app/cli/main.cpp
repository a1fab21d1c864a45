// clientele-cli: scripting and automation for a Clientele practice.
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

#include "app/ProcessHardening.h"
#include "app/cli/CliCommand.h"
#include "core/AppInfo.h"
#include "translations/Translations.h"

int main(int argc, char* argv[])
{
    clientele::hardenProcess();
    QCoreApplication app(argc, argv);
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
