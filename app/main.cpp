// clientele: the desktop app. main() only orders start-up; Application owns the objects.
#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <cstdio>
#include <memory>

#include "app/Application.h"
#include "app/CommandLine.h"
#include "app/LogHandler.h"
#include "app/ProcessHardening.h"
#include "app/SystemComponents.h"
#include "core/AppInfo.h"
#include "core/Logging.h"
#include "translations/Translations.h"

using namespace clientele;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(AppInfo::organizationName());
    QCoreApplication::setOrganizationDomain(QStringLiteral("clientele.app"));
    QCoreApplication::setApplicationName(AppInfo::name());
    QCoreApplication::setApplicationVersion(AppInfo::version());
}

QLocale localeFor(const QString& language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

} // namespace

int main(int argc, char* argv[])
{
    hardenProcess();
    setIdentity();

    // Parse the command line before any display is needed, so that --help, --version and argument
    // errors work on a machine without one.
    DesktopOptions options;
    {
        QCoreApplication parsing(argc, argv);
        const QStringList arguments = QCoreApplication::arguments();
        // The first pass only finds --lang, so that the second can explain itself in that language.
        installTranslations(parsing, localeFor(parseDesktopCommandLine(arguments).language));
        options = parseDesktopCommandLine(arguments);
    }
    if (options.action == DesktopOptions::Action::ShowHelp) {
        std::fprintf(stdout, "%s\n", qPrintable(options.text));
        return 0;
    }
    if (options.action == DesktopOptions::Action::ShowVersion) {
        std::fprintf(stdout, "%s\n", qPrintable(systemComponents().reportLines().join(u'\n')));
        return 0;
    }
    if (options.action == DesktopOptions::Action::Fail) {
        std::fprintf(stderr, "clientele: %s\n", qPrintable(options.text));
        return 2;
    }

    // Qt::AA_ShareOpenGLContexts is deliberately not set: with it, QApplication creates a global
    // OpenGL context at start-up, which measured 100 ms and 57 MiB of resident memory here (Mesa),
    // for a web view that most sessions never open (DESIGN.md §6). The embedded browser of the OAuth
    // issue must bring its own way to get GL sharing (e.g. a separate browser process).
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(AppInfo::appId());

    const QLocale locale = localeFor(options.language);
    QLocale::setDefault(locale);
    const QString language = installTranslations(app, locale);

    const QString logDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/logs";
    const QString logPath = installLogHandler(logDirectory);
    const ComponentVersions versions = systemComponents();
    qCInfo(lcApp).noquote() << AppInfo::name() << AppInfo::version() << "starting; language" << language << "|"
                            << versions.toLines().join(QStringLiteral(" | "));
    if (!logPath.isEmpty()) {
        qCInfo(lcApp).noquote() << "Log file:" << QDir::toNativeSeparators(logPath);
    }

    int exitCode = 0;
    {
        Application application(app, std::move(options), versions);
        exitCode = application.run();
    }
    qCInfo(lcApp) << "Exiting with code" << exitCode;
    removeLogHandler();
    return exitCode;
}
