// The apply path of sync (SYNC.md §3.4–3.6) on real SQLCipher practices: three computers edit the same
// practice while apart, then each receives the others' changes in its own order, some twice. Every
// computer must end with the same practice, field by field the newest edit, with nothing lost.
#include <QCborArray>
#include <QCborMap>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

#include "core/store/BookingRows.h"
#include "core/store/ChangeApplier.h"
#include "core/store/ChangeValues.h"
#include "core/store/ClientRepository.h"
#include "core/store/ClientRows.h"
#include "core/store/InvoiceRepository.h"
#include "core/store/InvoiceSeries.h"
#include "core/store/PracticeQueries.h"
#include "core/store/RelayLinks.h"
#include "core/store/SearchIndex.h"
#include "core/store/ServiceRows.h"
#include "core/store/SettingsRepository.h"
#include "core/store/SqlStatement.h"
#include "core/store/SubscriptionInvoices.h"
#include "core/store/Subscriptions.h"
#include "core/store/Transactions.h"
#include "tests/store/PracticeFixtures.h"
#include "tests/store/StoreTestSupport.h"

using namespace clientele;
using namespace clientele::test;

namespace {

// Every change this computer made itself, as another computer would receive it.
QList<RemoteChange> ownChanges(TestPractice& practice)
{
    return practice
        .run([](StoreSession& session) -> Result<QList<RemoteChange>> {
            QList<RemoteChange> changes;
            Result<SqlStatement> query = session.db().prepare(QStringLiteral(
                "SELECT tbl, row_id, field, value, hlc, device FROM change_log WHERE origin = 0 ORDER BY local_seq"));
            Q_ASSERT(query.hasValue());
            while (query.value().step().value()) {
                const SqlStatement& row = query.value();
                changes.append({row.text(0), row.blob(1), row.text(2), row.blob(3), row.int64(4), row.blob(5)});
            }
            return changes;
        })
        .value();
}

// What a page did on the computer that received it.
struct Received
{
    int written = 0; // changes that changed the practice
    int setAside = 0;
};

// Applies the changes in one transaction, as a pulled page is.
Received receiveCounted(TestPractice& practice, const QList<RemoteChange>& changes)
{
    const Result<Received> received = practice.run([changes](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<Received> {
            ChangeApplier applier(scope.db());
            Received counts;
            for (const RemoteChange& change : changes) {
                (void)scope.changes().observe(change.hlc);
                Result<ChangeApplier::Outcome> outcome = applier.apply(change);
                if (!outcome) {
                    return outcome.error();
                }
                counts.written += outcome->written ? 1 : 0;
                counts.setAside += outcome->setAside ? 1 : 0;
                if (outcome->written && change.table == u"client") {
                    if (Result<void> done = scope.search().refreshClientAndDependents(QUuid::fromRfc4122(change.rowId));
                        !done) {
                        return done.error();
                    }
                }
            }
            return counts;
        });
    });
    Q_ASSERT(received.hasValue());
    return received.value();
}

int receive(TestPractice& practice, const QList<RemoteChange>& changes)
{
    return receiveCounted(practice, changes).written;
}

// The rows of a table as text, every column, for comparing computers.
QStringList rowsOf(TestPractice& practice, const QString& table)
{
    return practice
        .run([table](StoreSession& session) -> Result<QStringList> {
            QStringList rows;
            Result<SqlStatement> query = session.db().prepare(u"SELECT * FROM " + table + u" ORDER BY id");
            Q_ASSERT(query.hasValue());
            while (query.value().step().value()) {
                QStringList columns;
                for (int i = 0; i < query.value().columnCount(); ++i) {
                    columns.append(query.value().isNull(i) ? QStringLiteral("∅")
                                                           : QString::fromLatin1(query.value().blob(i).toHex()));
                }
                rows.append(columns.join(u'|'));
            }
            return rows;
        })
        .value();
}

domain::Client findClient(TestPractice& practice, const QUuid& id)
{
    const Result<std::optional<domain::Client>> found = await(ClientRepository(*practice.store).find(id));
    Q_ASSERT(found.hasValue() && found->has_value());
    return **found;
}

bool isDeleted(TestPractice& practice, const QUuid& id)
{
    return practice
        .run([id](StoreSession& session) -> Result<bool> {
            Result<SqlStatement> query =
                session.db().prepare(QStringLiteral("SELECT deleted FROM client WHERE id = ?1"));
            query.value().bindBlob(1, id.toRfc4122());
            return query.value().step().value() && query.value().int64(0) == 1;
        })
        .value();
}

void edit(TestPractice& practice, const QUuid& id, const std::function<void(domain::Client&)>& change)
{
    const domain::Client before = findClient(practice, id);
    domain::Client after = before;
    change(after);
    QVERIFY(await(ClientRepository(*practice.store).update(before, after)).hasValue());
}

// Ada made on this computer, then her company set a second later: a creation and an edit to send.
domain::Client adaThenHerCompany(TestPractice& practice)
{
    domain::Client ada = clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), practice.clock.nowUtc());
    if (!await(ClientRepository(*practice.store).add(ada)).hasValue()) {
        qFatal("Ada could not be added");
    }
    practice.clock.advance(1000);
    edit(practice, ada.id(), [](domain::Client& c) { c.setCompany(QStringLiteral("Analytical Engines Ltd")); });
    return ada;
}

QList<RemoteChange> shuffled(QList<RemoteChange> changes, quint32 seed)
{
    QRandomGenerator random(seed);
    std::shuffle(changes.begin(), changes.end(), random);
    return changes;
}

// This computer connected to the relay as `device`, the relay's `ordinal`-th of the vault.
void connectAs(TestPractice& practice, const QString& device, int ordinal)
{
    QVERIFY(await(RelayLinks(*practice.store)
                      .save({QUrl(QStringLiteral("https://relay.example/")), QStringLiteral("vault-1"), device, device,
                          practice.clock.nowUtc(), ordinal}))
                .hasValue());
}

// The booking's invoice, drafted and issued on this computer as the UI does it.
Result<domain::Invoice> issueFor(TestPractice& practice, const domain::Booking& booking)
{
    InvoiceRepository invoices(*practice.store);
    const QDate today = practice.clock.nowUtc().date();
    Result<domain::Invoice> draft = await(invoices.draftForBooking(booking.id(), sync::UuidV7::create(), today));
    if (!draft) {
        return draft;
    }
    if (Result<void> added = await(invoices.add(draft.value())); !added) {
        return added.error();
    }
    return await(invoices.issue(draft->id(), today));
}

QStringList invoiceNumbers(TestPractice& practice)
{
    return practice
        .run([](StoreSession& session) -> Result<QStringList> {
            Result<SqlStatement> query = session.db().prepare(
                QStringLiteral("SELECT number FROM invoice WHERE number IS NOT NULL ORDER BY number"));
            QStringList numbers;
            while (query.value().step().value()) {
                numbers.append(query.value().text(0));
            }
            return numbers;
        })
        .value();
}

} // namespace

class ChangeMergeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeComputersEndTheSameWhateverTheOrder()
    {
        TestPractice laptop;
        TestPractice desktop;
        TestPractice tablet;
        desktop.clock.advance(60'000); // the desktop's edits are the newest, the tablet's the oldest
        tablet.clock.advance(-60'000);

        const domain::Client ada =
            clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), laptop.clock.nowUtc());
        QVERIFY(await(ClientRepository(*laptop.store).add(ada)).hasValue());
        const QList<RemoteChange> created = ownChanges(laptop);
        QVERIFY(receive(desktop, created) > 0);
        QVERIFY(receive(tablet, created) > 0);
        QCOMPARE(findClient(desktop, ada.id()).givenName(), QStringLiteral("Ada"));

        // Apart: each edits the same client, two of them the same field.
        laptop.clock.advance(1000);
        desktop.clock.advance(1000);
        tablet.clock.advance(1000);
        edit(laptop, ada.id(), [](domain::Client& c) { c.setCompany(QStringLiteral("Analytical Engines Ltd")); });
        edit(desktop, ada.id(), [](domain::Client& c) {
            c.setCompany(QStringLiteral("Difference Engines Ltd"));
            c.setNotes(QStringLiteral("Prefers mornings"));
        });
        edit(tablet, ada.id(), [](domain::Client& c) { c.setGivenName(QStringLiteral("Augusta Ada")); });
        const domain::Client grace =
            clientNamed(QStringLiteral("Grace"), QStringLiteral("Hopper"), tablet.clock.nowUtc());
        QVERIFY(await(ClientRepository(*tablet.store).add(grace)).hasValue());

        const QList<RemoteChange> fromLaptop = ownChanges(laptop);
        const QList<RemoteChange> fromDesktop = ownChanges(desktop);
        const QList<RemoteChange> fromTablet = ownChanges(tablet);
        // Each receives the others' changes in an order of its own, some of them twice.
        receive(laptop, shuffled(fromTablet + fromDesktop + fromTablet, 1));
        receive(desktop, shuffled(fromLaptop + fromTablet, 2));
        receive(desktop, fromLaptop);
        receive(tablet, shuffled(fromDesktop, 3));
        receive(tablet, shuffled(fromLaptop + fromDesktop, 4));

        for (const QString& table : {QStringLiteral("client"), QStringLiteral("client_contact")}) {
            QCOMPARE(rowsOf(desktop, table), rowsOf(laptop, table));
            QCOMPARE(rowsOf(tablet, table), rowsOf(laptop, table));
        }
        const domain::Client merged = findClient(laptop, ada.id());
        QCOMPARE(merged.company(), QStringLiteral("Difference Engines Ltd")); // the newest edit of the field
        QCOMPARE(merged.notes(), QStringLiteral("Prefers mornings"));
        QCOMPARE(merged.givenName(), QStringLiteral("Augusta Ada")); // an older edit of another field is kept
        QCOMPARE(findClient(desktop, grace.id()).familyName(), QStringLiteral("Hopper"));
        // The search index follows what came in.
        const Result<QList<SearchHit>> hits =
            await(ClientRepository(*desktop.store).search(QStringLiteral("augusta"), 5));
        QVERIFY(hits.hasValue());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().id, ada.id());

        // Received again, nothing changes.
        QCOMPARE(receive(laptop, fromDesktop + fromTablet), 0);
    }

    void aDeleteAndAnEditWhileApartAgreeEverywhere()
    {
        TestPractice laptop;
        TestPractice desktop;
        const domain::Client ada =
            clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), laptop.clock.nowUtc());
        QVERIFY(await(ClientRepository(*laptop.store).add(ada)).hasValue());
        receive(desktop, ownChanges(laptop));

        // The desktop edits, then the laptop deletes (later): deleted on both, and the edit is kept
        // behind the tombstone, so undoing the delete brings the newest values back.
        desktop.clock.advance(1000);
        edit(desktop, ada.id(), [](domain::Client& c) { c.setNotes(QStringLiteral("Moved to Berlin")); });
        laptop.clock.advance(2000);
        QVERIFY(await(ClientRepository(*laptop.store).remove(ada.id())).hasValue());
        const QList<RemoteChange> fromLaptop = ownChanges(laptop);
        const QList<RemoteChange> fromDesktop = ownChanges(desktop);
        receive(laptop, fromDesktop);
        receive(desktop, fromLaptop);
        QVERIFY(isDeleted(laptop, ada.id()));
        QVERIFY(isDeleted(desktop, ada.id()));
        QCOMPARE(rowsOf(desktop, QStringLiteral("client")), rowsOf(laptop, QStringLiteral("client")));

        laptop.clock.advance(1000);
        QVERIFY(await(ClientRepository(*laptop.store).undelete(ada.id())).hasValue());
        receive(desktop, ownChanges(laptop));
        QVERIFY(!isDeleted(desktop, ada.id()));
        QCOMPARE(findClient(desktop, ada.id()).notes(), QStringLiteral("Moved to Berlin"));
        QCOMPARE(findClient(laptop, ada.id()).notes(), QStringLiteral("Moved to Berlin"));
    }

    void anEditArrivingBeforeItsRowIsNotLost()
    {
        TestPractice laptop;
        TestPractice desktop;
        const domain::Client ada = adaThenHerCompany(laptop);
        QList<RemoteChange> changes = ownChanges(laptop);
        std::reverse(changes.begin(), changes.end());
        receive(desktop, changes);
        QCOMPARE(findClient(desktop, ada.id()).company(), QStringLiteral("Analytical Engines Ltd"));
        QCOMPARE(rowsOf(desktop, QStringLiteral("client")), rowsOf(laptop, QStringLiteral("client")));
    }

    void aChangeThisVersionCannotTakeIsSetAsideAndTheRestArrive()
    {
        TestPractice laptop;
        TestPractice desktop;
        const domain::Client ada = adaThenHerCompany(laptop);
        QList<RemoteChange> changes = ownChanges(laptop);
        // A newer version's opening hours, with a third value this version's group does not have.
        const QByteArray ruleId = QUuid::createUuid().toRfc4122();
        const QCborMap oddRule {{QStringLiteral("weekday"), 1}, {QStringLiteral("hours"), QCborArray {540, 1020, 15}}};
        RemoteChange odd {QStringLiteral("availability_rule"), ruleId, QStringLiteral("_created"),
            QCborValue(oddRule).toCbor(), changes.first().hlc + 1, changes.first().device};
        changes.insert(1, odd);
        QCOMPARE(receiveCounted(desktop, changes).setAside, 1);
        QCOMPARE(findClient(desktop, ada.id()).company(), QStringLiteral("Analytical Engines Ltd"));
        // Kept, so a version that knows the field takes it in; nothing of it written meanwhile.
        QCOMPARE(desktop
                     .run([](StoreSession& session) {
                         return session.db().queryInt(
                             QStringLiteral("SELECT COUNT(*) FROM change_log WHERE tbl = 'availability_rule'"));
                     })
                     .value(),
            qint64 {1});
        QCOMPARE(rowsOf(desktop, QStringLiteral("availability_rule")), QStringList());
        // Named for taking in after an update; this version still cannot, so it stays set aside.
        const auto pending = [&desktop] {
            return desktop
                .run([](StoreSession& session) {
                    return session.db().queryInt(QStringLiteral("SELECT COUNT(*) FROM sync_pending"));
                })
                .value();
        };
        QCOMPARE(pending(), qint64 {1});
        const Result<QList<RemoteChange>> replayed = desktop.run([](StoreSession& session) {
            return inTransaction(session, [](WriteScope& scope) { return ChangeApplier(scope.db()).replayPending(); });
        });
        QCOMPARE(replayed.value().size(), 0);
        QCOMPARE(pending(), qint64 {1});
        QCOMPARE(rowsOf(desktop, QStringLiteral("availability_rule")), QStringList());
    }

    void changesSetAsideByAnEarlierVersionAreTakenInAtTheNextStart()
    {
        // What an earlier version kept but could not apply: in change_log, named in sync_pending.
        TestPractice laptop;
        TestPractice desktop;
        const domain::Client ada = adaThenHerCompany(laptop);
        const QList<RemoteChange> changes = ownChanges(laptop);
        const Result<QList<RemoteChange>> replayed = desktop.run([changes](StoreSession& session) {
            return inTransaction(session, [&](WriteScope& scope) -> Result<QList<RemoteChange>> {
                for (const RemoteChange& change : changes) {
                    Result<SqlStatement> keep = scope.db().prepare(QStringLiteral(
                        "INSERT INTO change_log (change_id, tbl, row_id, field, value, hlc, device, origin) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)"));
                    keep.value()
                        .bindBlob(1, changeIdOf(change.device, change.hlc))
                        .bind(2, change.table)
                        .bindBlob(3, change.rowId)
                        .bind(4, change.field)
                        .bindBlob(5, change.value)
                        .bind(6, change.hlc)
                        .bindBlob(7, change.device);
                    Result<SqlStatement> pending = scope.db().prepare(
                        QStringLiteral("INSERT INTO sync_pending (change_id, reason, at) VALUES (?1, 'table', 0)"));
                    pending.value().bindBlob(1, changeIdOf(change.device, change.hlc));
                    if (!keep.value().run() || !pending.value().run()) {
                        return Error(Error::Code::Internal, QStringLiteral("seeding failed"));
                    }
                }
                return ChangeApplier(scope.db()).replayPending();
            });
        });
        QVERIFY(replayed.hasValue());
        QCOMPARE(replayed->size(), changes.size());
        QCOMPARE(findClient(desktop, ada.id()).company(), QStringLiteral("Analytical Engines Ltd"));
        QCOMPARE(rowsOf(desktop, QStringLiteral("client")), rowsOf(laptop, QStringLiteral("client")));
        QCOMPARE(desktop
                     .run([](StoreSession& session) {
                         return session.db().queryInt(QStringLiteral("SELECT COUNT(*) FROM sync_pending"));
                     })
                     .value(),
            qint64 {0});
    }

    void sessionsBookedApartAtOneTimeShowAsOverlappingOnBoth()
    {
        // Neither computer can refuse a booking made on the other while apart (that would break
        // convergence); after the merge, Today lists the overlap on both.
        TestPractice laptop;
        TestPractice desktop;
        const domain::Client ada =
            clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), laptop.clock.nowUtc());
        const domain::Service service = serviceWithDeposit(20000, 0);
        const QDateTime start = laptop.clock.nowUtc().addDays(2);
        seedOneBooking(laptop, ada, service, bookingAt(ada, service, start, domain::BookingStatus::Confirmed));
        receive(desktop, ownChanges(laptop));
        const QList<RemoteChange> laptopBefore = ownChanges(laptop);

        const domain::Client grace =
            clientNamed(QStringLiteral("Grace"), QStringLiteral("Hopper"), desktop.clock.nowUtc());
        seed(desktop, [&](WriteScope& scope) -> Result<void> {
            if (Result<void> done = ClientRows::insert(scope, grace); !done) {
                return done;
            }
            return BookingRows::insert(
                scope, bookingAt(grace, service, start.addSecs(1800), domain::BookingStatus::Confirmed));
        });
        receive(laptop, ownChanges(desktop));
        receive(desktop, ownChanges(laptop).mid(laptopBefore.size()));

        for (TestPractice* computer : {&laptop, &desktop}) {
            const Result<TodayAgenda> today = await(
                PracticeQueries(*computer->store).today(computer->clock.nowUtc(), QStringLiteral("Europe/Berlin")));
            QVERIFY(today.hasValue());
            QCOMPARE(today->conflicts.size(), 1);
        }
    }

    void aRecordBothMadeUnderOneIdTakesTheNewer()
    {
        // Settings have ids derived from their key, so two computers make "the same" row.
        TestPractice laptop;
        TestPractice desktop;
        domain::PracticeProfile profile = lumenProfile();
        QVERIFY(await(SettingsRepository(*laptop.store).saveProfile(profile)).hasValue());
        desktop.clock.advance(5000);
        profile.name = QStringLiteral("Lumen & North Studio");
        QVERIFY(await(SettingsRepository(*desktop.store).saveProfile(profile)).hasValue());
        receive(laptop, ownChanges(desktop));
        receive(desktop, ownChanges(laptop));
        QCOMPARE(await(SettingsRepository(*laptop.store).profile())->name, QStringLiteral("Lumen & North Studio"));
        QCOMPARE(await(SettingsRepository(*desktop.store).profile())->name, QStringLiteral("Lumen & North Studio"));
        QCOMPARE(rowsOf(desktop, QStringLiteral("setting")), rowsOf(laptop, QStringLiteral("setting")));
    }

    // SYNC.md §3.10: two computers issuing invoices while apart must never give two invoices one
    // number. The computer that made the vault keeps the plain series; one that joins numbers in a
    // lettered series of its own, by the place the relay gave it.
    void invoicesIssuedApartOnTwoComputersNeverShareANumber()
    {
        TestPractice desktop;
        const domain::Client ada =
            clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), desktop.clock.nowUtc());
        const domain::Service portrait = serviceWithDeposit(20000, 0);
        QList<domain::Booking> sessions;
        for (int i = 1; i <= 5; ++i) {
            sessions.append(
                bookingAt(ada, portrait, desktop.clock.nowUtc().addDays(i), domain::BookingStatus::Confirmed));
        }
        seed(desktop, [&](WriteScope& scope) -> Result<void> {
            if (auto done = SettingRows::saveProfile(scope, lumenProfile()); !done) {
                return done;
            }
            if (auto done = ClientRows::insert(scope, ada); !done) {
                return done;
            }
            if (auto done = ServiceRows::insert(scope, portrait); !done) {
                return done;
            }
            for (const domain::Booking& session : sessions) {
                if (auto done = BookingRows::insert(scope, session); !done) {
                    return done;
                }
            }
            return {};
        });
        connectAs(desktop, QStringLiteral("device-desk"), 0); // made the vault: the plain series

        TestPractice laptop;
        connectAs(laptop, QStringLiteral("device-laptop"), 1); // joined first: B
        receive(laptop, ownChanges(desktop));

        // Apart, each issues two invoices.
        QCOMPARE(issueFor(desktop, sessions.at(0))->number(), QStringLiteral("LS-2026-001"));
        QCOMPARE(issueFor(desktop, sessions.at(1))->number(), QStringLiteral("LS-2026-002"));
        QCOMPARE(issueFor(laptop, sessions.at(2))->number(), QStringLiteral("LS-2026-B001"));
        QCOMPARE(issueFor(laptop, sessions.at(3))->number(), QStringLiteral("LS-2026-B002"));

        receive(desktop, ownChanges(laptop));
        receive(laptop, ownChanges(desktop));
        const QStringList numbers = invoiceNumbers(desktop);
        QCOMPARE(numbers, invoiceNumbers(laptop));
        QCOMPARE(numbers,
            QStringList({QStringLiteral("LS-2026-001"), QStringLiteral("LS-2026-002"), QStringLiteral("LS-2026-B001"),
                QStringLiteral("LS-2026-B002")}));
        // Each series goes on from its own last number.
        QCOMPARE(issueFor(desktop, sessions.at(4))->number(), QStringLiteral("LS-2026-003"));

        // A third computer has the next letter, and keeps it once disconnected: it does not fall back
        // into the first computer's series. Should it make a vault of its own later, it is that vault's
        // maker, with the plain series, and computers joining it start at B.
        TestPractice studio;
        connectAs(studio, QStringLiteral("device-studio"), 2);
        const auto seriesOf = [](TestPractice& practice) {
            return practice
                .run([](StoreSession& session) {
                    return InvoiceSeries::ofThisComputer(session.db(), QStringLiteral("LS-{YYYY}-{###}"));
                })
                .value();
        };
        QCOMPARE(seriesOf(studio).name, QStringLiteral("INV-C"));
        QCOMPARE(seriesOf(studio).pattern, QStringLiteral("LS-{YYYY}-C{###}"));
        QVERIFY(await(RelayLinks(*studio.store).forget()).hasValue());
        QCOMPARE(seriesOf(studio).name, QStringLiteral("INV-C"));
        connectAs(studio, QStringLiteral("device-studio-2"), 0);
        QCOMPARE(seriesOf(studio).name, QStringLiteral("INV"));
        // A relay that does not say the place leaves the series as it was.
        connectAs(laptop, QStringLiteral("device-laptop"), -1);
        QCOMPARE(seriesOf(laptop).name, QStringLiteral("INV-B"));
        QCOMPARE(InvoiceSeries::letterFor(0), QString());
        QCOMPARE(InvoiceSeries::letterFor(17), QStringLiteral("R"));
        QCOMPARE(InvoiceSeries::letterFor(18), QStringLiteral("T")); // S is Stripe's
        QCOMPARE(InvoiceSeries::letterFor(24), QStringLiteral("Z"));
        QCOMPARE(InvoiceSeries::letterFor(25), QStringLiteral("AA"));
    }

    // Every computer applies the vault's events, so each books a period Stripe charged. They must give
    // it one number, and no computer's own series may skip one for it.
    void aPeriodStripeChargedGetsTheSameNumberOnEveryComputer()
    {
        TestPractice desktop;
        const domain::Client ada =
            clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), desktop.clock.nowUtc());
        seed(desktop, [&](WriteScope& scope) -> Result<void> {
            if (auto done = SettingRows::saveProfile(scope, lumenProfile()); !done) {
                return done;
            }
            return ClientRows::insert(scope, ada);
        });
        connectAs(desktop, QStringLiteral("device-desk"), 0);
        TestPractice laptop;
        connectAs(laptop, QStringLiteral("device-laptop"), 1);
        receive(laptop, ownChanges(desktop));

        Subscription coaching;
        coaching.id = sync::UuidV7::create();
        coaching.clientId = ada.id();
        coaching.name = QStringLiteral("Coaching session");
        coaching.unitAmount = domain::Money(7500, eur());
        coaching.quantity = 2;
        const auto book = [&coaching](TestPractice& practice, const char* stripeInvoice, qint64 at) {
            const QJsonObject paid {{QStringLiteral("id"), QLatin1String(stripeInvoice)},
                {QStringLiteral("amount_paid"), 15000}, {QStringLiteral("currency"), QStringLiteral("eur")}};
            return practice
                .run([&](StoreSession& session) {
                    return inTransaction(session, [&](WriteScope& scope) {
                        return SubscriptionInvoices::recordPaidPeriod(scope, coaching, paid, at);
                    });
                })
                .value();
        };
        const qint64 now = desktop.clock.nowUtc().toSecsSinceEpoch();
        // Apart, each takes in the same two charges, in the log's order.
        for (TestPractice* practice : {&desktop, &laptop}) {
            QVERIFY(book(*practice, "in_first", now - 86400));
            QVERIFY(book(*practice, "in_second", now));
        }
        QCOMPARE(
            invoiceNumbers(desktop), QStringList({QStringLiteral("LS-2026-S001"), QStringLiteral("LS-2026-S002")}));
        QCOMPARE(invoiceNumbers(laptop), invoiceNumbers(desktop));

        receive(desktop, ownChanges(laptop));
        receive(laptop, ownChanges(desktop));
        QCOMPARE(
            invoiceNumbers(desktop), QStringList({QStringLiteral("LS-2026-S001"), QStringLiteral("LS-2026-S002")}));
        QCOMPARE(rowsOf(desktop, QStringLiteral("invoice")).size(), 2);
        QCOMPARE(invoiceNumbers(laptop), invoiceNumbers(desktop));
        // Each computer's own series starts at 1: nothing was taken from it.
        const auto series = laptop.run([](StoreSession& session) {
            return InvoiceSeries::ofThisComputer(session.db(), lumenProfile().invoiceNumberPattern);
        });
        QCOMPARE(series->pattern, QStringLiteral("LS-{YYYY}-B{###}"));
    }
};

QTEST_GUILESS_MAIN(ChangeMergeTest)
#include "test_store_change_merge.moc"
