#include "app/cli/GenerateDemoCommand.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include "app/cli/CliPractice.h"
#include "core/store/DemoPractice.h"

namespace clientele::cli {

QString GenerateDemoCommand::name() const
{
    return QStringLiteral("generate-demo");
}

QString GenerateDemoCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Fill a practice with generated demo data (small or big).");
}

int GenerateDemoCommand::execute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(
        QCoreApplication::translate("Cli", "Usage: clientele-cli generate-demo --size small|big [--seed n] [options]"),
        QCoreApplication::translate("Cli",
            "Adds fictional clients, services, bookings, invoices, messages and files. small: 200 clients, 2,000 "
            "bookings. big: the practice of the benchmarks, 20,000 clients, 200,000 bookings, 60,000 invoices, "
            "500,000 messages, 100,000 files. The same seed always gives the same data. Progress lines "
            "(\"committed N\") go to standard error after each transaction."));
    const PracticeOptions practice;
    practice.addTo(parser);
    const QCommandLineOption size(QStringLiteral("size"), QCoreApplication::translate("Cli", "small or big."),
        QCoreApplication::translate("Cli", "size"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QCoreApplication::translate("Cli", "Random seed (default 1)."), QCoreApplication::translate("Cli", "n"),
        QStringLiteral("1"));
    parser.addOption(size);
    parser.addOption(seed);
    if (auto stop = parser.parse(arguments, 0, 0, out, err)) {
        return *stop;
    }
    if (parser.value(size) != u"small" && parser.value(size) != u"big") {
        err << QCoreApplication::translate("Cli", "Choose --size small or --size big.") << '\n';
        return kExitUsage;
    }
    bool ok = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        err << QCoreApplication::translate("Cli", "--seed needs a whole number.") << '\n';
        return kExitUsage;
    }
    const auto demoSize = parser.value(size) == u"big" ? DemoPractice::Size::Big : DemoPractice::Size::Small;
    auto opened = CliPractice::open(practice, parser, err);
    if (!opened) {
        return kExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    Result<DemoPractice::Counts> counts = opened->run([demoSize, seedValue](StoreSession& session) {
        return DemoPractice::generate(session, demoSize, seedValue, [](int committed) {
            std::fprintf(stderr, "committed %d\n", committed);
            std::fflush(stderr);
        });
    });
    if (!counts) {
        printError(err, counts.error());
        return kExitFailure;
    }
    out << QCoreApplication::translate(
        "Cli", "Generated %1 clients, %2 bookings, %3 invoices, %4 messages and %5 files in %6 s.")
               .arg(counts->clients)
               .arg(counts->bookings)
               .arg(counts->invoices)
               .arg(counts->messages)
               .arg(counts->deliverables)
               .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << '\n';
    return kExitOk;
}

} // namespace clientele::cli
