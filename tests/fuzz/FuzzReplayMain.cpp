// Runs a fuzz target without libFuzzer: every file of the corpus folders given on the command line,
// then a fixed number of deterministic mutations of each (bytes flipped, deleted, duplicated,
// truncated, and lines spliced from other files), so the ordinary test build exercises the parser
// on broken input on every run. A crash or sanitizer report fails the test; the input that caused it
// is written next to the binary as crash-input so that it can be added to the corpus.
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>
#include <cstdio>

#include "tests/fuzz/FuzzTarget.h"

namespace {

QByteArray mutate(QByteArray input, const QList<QByteArray>& corpus, QRandomGenerator& random)
{
    const int edits = 1 + static_cast<int>(random.bounded(8));
    for (int i = 0; i < edits; ++i) {
        const auto at =
            input.isEmpty() ? 0 : static_cast<qsizetype>(random.bounded(static_cast<quint32>(input.size())));
        switch (random.bounded(7)) {
        case 0: // flip a bit
            if (!input.isEmpty()) {
                input[at] = static_cast<char>(input.at(at) ^ (1 << random.bounded(8)));
            }
            break;
        case 1: // delete a run
            input.remove(at, static_cast<qsizetype>(random.bounded(64)));
            break;
        case 2: // duplicate a run
            input.insert(at, input.mid(at, static_cast<qsizetype>(random.bounded(256))));
            break;
        case 3: // truncate
            input.truncate(at);
            break;
        case 4: { // splice a line from another input
            const QByteArray& other =
                corpus.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(corpus.size()))));
            const QList<QByteArray> lines = other.split('\n');
            input.insert(
                at, lines.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(lines.size())))) + '\n');
            break;
        }
        case 5: // an interesting byte
            input.insert(at, "\0\r\n \t:;=,\"\\\xff\xc3"[random.bounded(13)]);
            break;
        default: // a long line
            input.insert(at, QByteArray(static_cast<qsizetype>(random.bounded(4096)), 'A'));
            break;
        }
    }
    return input;
}

int run(const QByteArray& input)
{
    QFile crash(QStringLiteral("crash-input"));
    if (crash.open(QIODevice::WriteOnly)) {
        crash.write(input); // kept only if the target crashes; removed below otherwise
        crash.close();
    }
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), static_cast<size_t>(input.size()));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList folders = app.arguments().mid(1);
    int mutations = 10000;
    if (!folders.isEmpty() && folders.first().startsWith(QLatin1String("--mutations="))) {
        mutations = folders.takeFirst().section(u'=', 1).toInt();
    }
    QList<QByteArray> corpus;
    for (const QString& folder : std::as_const(folders)) {
        const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo& info : files) {
            QFile file(info.filePath());
            if (file.open(QIODevice::ReadOnly)) {
                corpus.append(file.readAll());
            }
        }
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "fuzz replay: no corpus files in the given folders\n");
        return 2;
    }
    QRandomGenerator random(20261126); // fixed: the same inputs on every run
    for (const QByteArray& input : std::as_const(corpus)) {
        run(input);
    }
    for (int i = 0; i < mutations; ++i) {
        const QByteArray& base = corpus.at(i % corpus.size());
        run(mutate(base, corpus, random));
    }
    QFile::remove(QStringLiteral("crash-input"));
    std::printf("fuzz replay: %lld corpus files and %d mutations ran without a crash\n",
        static_cast<long long>(corpus.size()), mutations);
    return 0;
}
