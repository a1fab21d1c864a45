#include "app/cli/VersionCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/SystemComponents.h"
#include "core/AppInfo.h"

namespace clientele::cli {

QString VersionCommand::name() const
{
    return QStringLiteral("version");
}

QString VersionCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Show the version of Clientele and of the libraries it uses.");
}

int VersionCommand::execute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("Cli", "Show this help."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("Cli", "Print the versions as a JSON object."));
    parser.addOption(helpOption);
    parser.addOption(jsonOption);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return kExitUsage;
    }
    if (parser.isSet(helpOption)) {
        out << QCoreApplication::translate("Cli", "Usage: clientele-cli version [--json]") << "\n\n"
            << parser.helpText().section(u'\n', 2);
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("Cli", "\"version\" takes no arguments, but got \"%1\".")
                   .arg(parser.positionalArguments().constFirst())
            << '\n';
        return kExitUsage;
    }

    const ComponentVersions versions = systemComponents();
    if (parser.isSet(jsonOption)) {
        const QJsonObject object {
            {QStringLiteral("clientele"), AppInfo::version()},
            {QStringLiteral("qt"), versions.qtRuntime},
            {QStringLiteral("sqlcipher"), versions.sqlcipher},
            {QStringLiteral("sqlite"), versions.sqlite},
            {QStringLiteral("openssl"), versions.openssl},
        };
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    const QStringList lines = versions.reportLines();
    for (const QString& line : lines) {
        out << line << '\n';
    }
    return kExitOk;
}

} // namespace clientele::cli
