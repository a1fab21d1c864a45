#include "app/cli/CommandParser.h"

#include <QCoreApplication>

#include "app/cli/CliCommand.h"

namespace clientele::cli {

CommandParser::CommandParser(QString usage, QString description)
    : m_help({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("Cli", "Show this help."))
    , m_usage(std::move(usage))
    , m_description(std::move(description))
{
    m_parser.addOption(m_help);
}

std::optional<int> CommandParser::parse(
    const QStringList& arguments, int minPositional, int maxPositional, QTextStream& out, QTextStream& err)
{
    if (!m_parser.parse(arguments)) {
        err << m_parser.errorText() << '\n' << m_usage << '\n';
        return kExitUsage;
    }
    if (m_parser.isSet(m_help)) {
        out << m_usage << "\n\n" << m_description << "\n\n" << m_parser.helpText().section(u'\n', 2);
        return kExitOk;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional || count > maxPositional) {
        err << QCoreApplication::translate("Cli", "Wrong number of arguments.") << '\n' << m_usage << '\n';
        return kExitUsage;
    }
    return std::nullopt;
}

} // namespace clientele::cli
