#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>
#include <optional>

namespace clientele::cli {

// A QCommandLineParser with the behaviour every command shares: --help prints the usage line and the
// options and exits 0; a bad option or a wrong number of arguments prints why and exits 2.
class CommandParser final
{
public:
    CommandParser(QString usage, QString description);

    QCommandLineParser& parser() { return m_parser; }
    void addOption(const QCommandLineOption& option) { m_parser.addOption(option); }

    // nullopt: go on. A value: stop and return that exit code.
    std::optional<int> parse(
        const QStringList& arguments, int minPositional, int maxPositional, QTextStream& out, QTextStream& err);

    bool isSet(const QCommandLineOption& option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption& option) const { return m_parser.value(option); }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QString m_usage;
    QString m_description;
};

} // namespace clientele::cli
