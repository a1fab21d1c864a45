// Store benchmarks (DESIGN.md §6): run by scripts/bench, never by ordinary tests.
//   bench_store [--work DIR] [--skip-generate]
// Prints one line per measurement and a JSON summary at the end.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

#include "core/FutureWait.h"
#include "core/adapters/system/SystemClock.h"
#include "core/domain/Booking.h"
#include "core/store/Backup.h"
#include "core/store/BookingRows.h"
#include "core/store/DemoPractice.h"
#include "core/store/KeyFile.h"
#include "core/store/PracticeVault.h"
#include "core/store/SearchIndex.h"
#include "core/store/Store.h"
#include "core/sync/UuidV7.h"

using namespace clientele;
using namespace std::chrono_literals;

namespace {

QJsonObject g_results;

void report(const char* name, double value, const char* unit)
{
    std::printf("%-44s %12.2f %s\n", name, value, unit);
    std::fflush(stdout);
    g_results.insert(QString::fromLatin1(name), value);
}

template<typename T>
T must(std::optional<Result<T>> outcome, const char* what)
{
    if (!outcome || !outcome->hasValue()) {
        std::fprintf(stderr, "%s failed: %s\n", what, outcome ? qPrintable(outcome->error().toString()) : "timed out");
        std::exit(1);
    }
    if constexpr (!std::is_void_v<T>) {
        return std::move(*outcome).value();
    }
}

std::shared_ptr<SecureBytes> secret(const char* text)
{
    auto bytes = std::make_shared<SecureBytes>();
    bytes->append(text);
    return bytes;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(p * static_cast<double>(values.size() - 1));
    return values.at(index);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption work(
        QStringLiteral("work"), QStringLiteral("Folder for the practices."), QStringLiteral("dir"));
    const QCommandLineOption skip(QStringLiteral("skip-generate"), QStringLiteral("Reuse the big practice in --work."));
    parser.addOption(work);
    parser.addOption(skip);
    parser.addHelpOption();
    parser.process(app);
    QTemporaryDir temporary;
    const QString root = parser.isSet(work) ? parser.value(work) : temporary.path();
    QDir().mkpath(root);
    const PracticeFiles big {root + u"/big"};
    const auto passphrase = secret("benchmark passphrase");
    SystemClock clock;

    if (!parser.isSet(skip)) {
        QDir(big.directory).removeRecursively();
        Store store(clock);
        PracticeVault vault(store, nullptr, 1s);
        must(waitFor(vault.create(big, passphrase, KeyFile::KdfProfile::Moderate), 1h), "create");
        QElapsedTimer timer;
        timer.start();
        const auto counts = must(waitFor(store.run([](StoreSession& s) {
            return DemoPractice::generate(s, DemoPractice::Size::Big, 1, [](int committed) {
                if (committed % 100000 < 2000) {
                    std::fprintf(stderr, "  generated %d records\n", committed);
                }
            });
        }),
                                     24h),
            "generate");
        const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        report("generate big practice (s)", seconds, "s");
        report("generate big practice (records/s)", counts.total() / seconds, "records/s");
    }
    report("big practice database size (MiB)",
        static_cast<double>(QFileInfo(big.databasePath()).size() + QFileInfo(big.databasePath() + u"-wal").size())
            / 1048576.0,
        "MiB");

    // Open + unlock + first query: the raw key as the keychain hands it over, then with the passphrase.
    SecureBytes rawKey;
    {
        QFile file(big.keyFilePath());
        file.open(QIODevice::ReadOnly);
        rawKey = must(std::optional<Result<SecureBytes>>(KeyFile::unwrap(file.readAll(), *passphrase)), "unwrap");
    }
    const auto key = std::make_shared<const SecureBytes>(rawKey.data(), rawKey.size());
    const auto firstQuery = [](StoreSession& s) {
        // The Today view's question: the next 20 sessions and the number of clients.
        return s.db().queryInt(QStringLiteral(
            "SELECT count(*) FROM (SELECT b.id FROM booking b JOIN client c ON c.id = b.client_id "
            "WHERE b.deleted = 0 AND b.start_utc >= strftime('%s','now') * 1000 ORDER BY b.start_utc LIMIT 20)"
            " UNION ALL SELECT count(*) FROM client WHERE deleted = 0"));
    };
    {
        QList<double> runs;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            Store store(clock);
            must(waitFor(store.open(big, [key]() -> Result<std::shared_ptr<const SecureBytes>> { return key; }), 1h),
                "open");
            must(waitFor(store.run(firstQuery), 1h), "first query");
            runs.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        report("open + unlock (key) + first query, median", percentile(runs, 0.5), "ms");
    }
    {
        QElapsedTimer timer;
        timer.start();
        Store store(clock);
        PracticeVault vault(store, nullptr, 1s);
        must(waitFor(vault.unlockWithPassphrase(big, passphrase), 1h), "unlock with passphrase");
        must(waitFor(store.run(firstQuery), 1h), "first query");
        report("open + unlock (passphrase, Argon2id 256 MiB) + query", static_cast<double>(timer.elapsed()), "ms");
    }

    Store store(clock);
    must(waitFor(store.open(big, [key]() -> Result<std::shared_ptr<const SecureBytes>> { return key; }), 1h), "open");

    // Search as you type: every prefix of a few names, one query per keystroke.
    {
        const QStringList typed {QStringLiteral("Jonas Weber"), QStringLiteral("maya santos"), QStringLiteral("zoe"),
            QStringLiteral("Priya Iqbal"), QStringLiteral("elena fischer"), QStringLiteral("INV-2025-0"),
            QStringLiteral("ada.lehmann"), QStringLiteral("Okafor"), QStringLiteral("wedding day"),
            QStringLiteral("+4930")};
        // The budget is for the client list's search (clients only); the global search (clients,
        // then bookings and invoices) is measured beside it.
        for (const auto scope : {SearchIndex::Scope::ClientsOnly, SearchIndex::Scope::Everything}) {
            QList<double> perKeystroke;
            for (int round = 0; round < 3; ++round) {
                for (const QString& text : typed) {
                    for (qsizetype length = 1; length <= text.size(); ++length) {
                        const QString prefix = text.left(length);
                        const auto timing = must(waitFor(store.run([prefix, scope](StoreSession& s) -> Result<double> {
                            QElapsedTimer timer;
                            timer.start();
                            Result<QList<SearchHit>> hits = s.search().search(prefix, 50, scope);
                            if (!hits) {
                                return hits.error();
                            }
                            return static_cast<double>(timer.nsecsElapsed()) / 1e6;
                        }),
                                                     1h),
                            "search");
                        if (round > 0) { // the first round warms the page cache
                            perKeystroke.append(timing);
                        }
                    }
                }
            }
            const bool clients = scope == SearchIndex::Scope::ClientsOnly;
            report(clients ? "search clients per keystroke, p50" : "search everything per keystroke, p50",
                percentile(perKeystroke, 0.5), "ms");
            report(clients ? "search clients per keystroke, p95" : "search everything per keystroke, p95",
                percentile(perKeystroke, 0.95), "ms");
            report(clients ? "search clients per keystroke, max" : "search everything per keystroke, max",
                percentile(perKeystroke, 1.0), "ms");
        }
    }

    // Full backup of the big practice.
    {
        const QString backupPath = root + u"/big.clbackup";
        QElapsedTimer timer;
        timer.start();
        const auto written = must(
            waitFor(store.run([backupPath](StoreSession& s) { return Backup::write(s, backupPath); }), 1h), "backup");
        report("full backup (s)", static_cast<double>(timer.elapsed()) / 1000.0, "s");
        report("full backup size (MiB)", static_cast<double>(written.bytes) / 1048576.0, "MiB");
        QFile::remove(backupPath);
    }

    // Insert 200,000 bookings into a fresh practice, in transactions of 2,000, with change capture and search.
    {
        const PracticeFiles fresh {root + u"/inserts"};
        QDir(fresh.directory).removeRecursively();
        Store insertStore(clock);
        PracticeVault vault(insertStore, nullptr, 1s);
        must(waitFor(vault.create(fresh, passphrase, KeyFile::KdfProfile::Interactive), 1h), "create");
        QElapsedTimer timer;
        timer.start();
        must(waitFor(insertStore.run([](StoreSession& s) -> Result<void> {
            const QUuid client = sync::UuidV7::create();
            const QUuid service = sync::UuidV7::create();
            const QDate first(2025, 1, 1);
            for (int batch = 0; batch < 100; ++batch) {
                Result<WriteScope> scope = s.beginWrite();
                if (!scope) {
                    return scope.error();
                }
                for (int i = 0; i < 2000; ++i) {
                    const int n = batch * 2000 + i;
                    auto schedule = domain::Schedule::fromLocal(first.addDays(n / 40),
                        QTime(8 + (n % 40) / 4, (n % 4) * 15), 50, QStringLiteral("Europe/Berlin"));
                    if (!schedule) {
                        return schedule.error();
                    }
                    auto booking = domain::Booking::create(
                        sync::UuidV7::create(), client, service, schedule.value(), domain::BookingStatus::Pending);
                    if (!booking) {
                        return booking.error();
                    }
                    if (Result<void> done = BookingRows::insert(scope.value(), booking.value()); !done) {
                        return done;
                    }
                }
                if (Result<void> done = scope.value().commit(); !done) {
                    return done;
                }
            }
            return {};
        }),
                 24h),
            "insert bookings");
        const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        report("insert 200,000 bookings (s)", seconds, "s");
        report("insert 200,000 bookings (bookings/s)", 200000.0 / seconds, "bookings/s");
    }

    std::printf("%s\n", QJsonDocument(g_results).toJson(QJsonDocument::Compact).constData());
    return 0;
}
