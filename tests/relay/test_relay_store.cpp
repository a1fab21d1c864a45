// RelayStore on a real database: a SQLite file, or PostgreSQL started by CTest (the same cases run
// against both; see RelayTestDatabase.h).
#include <QCryptographicHash>
#include <QSet>
#include <QTest>
#include <QUuid>
#include <atomic>
#include <thread>

#include "relay/lib/store/SqlRelayStore.h"
#include "tests/relay/RelayTestDatabase.h"

using namespace clientele;
using namespace clientele::relay;
using clientele::test::RelayTestDatabase;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray hashOf(const QByteArray& secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

DeviceRecord device(const QString& name, const QByteArray& token)
{
    DeviceRecord d;
    d.id = newId();
    d.name = name;
    d.tokenHash = hashOf(token);
    d.createdAtMs = kNow;
    return d;
}

VaultRecord vaultRecord()
{
    return VaultRecord {newId(), QByteArray(32, 'k'), QByteArray("opaque recovery blob"), 0, kNow};
}

BatchRecord batch(const QString& deviceId, const QByteArray& blob, QString batchId = newId())
{
    return BatchRecord {0, std::move(batchId), deviceId, 1, kNow, kNow, blob};
}

} // namespace

class TestRelayStore final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RelayTestDatabase> m_database;
    std::unique_ptr<SqlRelayStore> m_store;

    std::unique_ptr<SqlRelayStore> openStore()
    {
        Result<DatabaseLocation> location = DatabaseLocation::parse(m_database->url());
        if (!location) {
            qFatal("%s", qPrintable(location.error().toString()));
        }
        Result<std::unique_ptr<SqlRelayStore>> store = SqlRelayStore::open(*location);
        if (!store) {
            qFatal("%s", qPrintable(store.error().toString()));
        }
        return std::move(store).value();
    }

    // A vault with one device; returns {vault, device}.
    std::pair<VaultRecord, DeviceRecord> makeVault(const QByteArray& token = QUuid::createUuid().toByteArray())
    {
        VaultRecord vault = vaultRecord();
        DeviceRecord first = device(QStringLiteral("Laptop"), token);
        first.vaultId = vault.id;
        const Result<void> created = m_store->createVault(vault, first);
        if (!created) {
            qFatal("%s", qPrintable(created.error().toString()));
        }
        return {vault, first};
    }

private Q_SLOTS:
    void init()
    {
        m_database = std::make_unique<RelayTestDatabase>();
        m_store = openStore();
        const Result<void> migrated = m_store->migrate();
        QVERIFY2(migrated, qPrintable(migrated.hasValue() ? QString() : migrated.error().toString()));
    }

    void cleanup()
    {
        m_store.reset();
        m_database.reset();
    }

    void backendIsTheOneThisRunIsFor()
    {
        QCOMPARE(m_store->backendName(),
            clientele::test::relayTestsOnPostgresql() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    }

    void migratingAgainChangesNothing()
    {
        const auto [vault, first] = makeVault();
        QVERIFY(m_store->migrate());
        // A second instance starting on the same database.
        std::unique_ptr<SqlRelayStore> other = openStore();
        QVERIFY(other->migrate());
        QCOMPARE(other->vault(vault.id)->publicKey, vault.publicKey);
    }

    void aNewerSchemaIsRefused()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            clientele::test::relayTestsOnPostgresql() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"),
            QStringLiteral("poke"));
        {
            const DatabaseLocation location = DatabaseLocation::parse(m_database->url()).value();
            if (location.kind == DatabaseLocation::Kind::Sqlite) {
                db.setDatabaseName(location.sqlitePath);
            } else {
                db.setHostName(location.host);
                db.setPort(location.port);
                db.setUserName(location.user);
                db.setPassword(location.password);
                db.setDatabaseName(location.databaseName);
            }
            QVERIFY(db.open());
            QSqlQuery bump(db);
            QVERIFY(bump.exec(QStringLiteral("UPDATE relay_schema SET version = 99")));
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("poke"));
        const Result<void> migrated = openStore()->migrate();
        QVERIFY(!migrated);
        QCOMPARE(migrated.error().code(), Error::Code::Incompatible);
        QVERIFY(migrated.error().userMessage().contains(u"99"));
    }

    void devicesAreFoundByTokenHashOnly()
    {
        const QByteArray token = "first-device-token";
        const auto [vault, first] = makeVault(token);
        const auto found = m_store->deviceByTokenHash(hashOf(token));
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->id, first.id);
        QCOMPARE((*found)->vaultId, vault.id);
        QCOMPARE((*found)->name, QStringLiteral("Laptop"));
        QVERIFY(!(*found)->isRevoked());
        QVERIFY(!m_store->deviceByTokenHash(hashOf("another token"))->has_value());
        // Only the hash is kept: no column anywhere holds the token.
        QCOMPARE((*found)->tokenHash, hashOf(token));
    }

    void aVaultIdAppearsOnce()
    {
        const auto [vault, first] = makeVault();
        DeviceRecord second = device(QStringLiteral("Phone"), "t2");
        QVERIFY(!m_store->createVault(vault, second));
        // The failed creation left nothing behind.
        QVERIFY(!m_store->deviceByTokenHash(hashOf("t2"))->has_value());
        QCOMPARE(m_store->vault(QStringLiteral("00000000-1111-2222-3333-444444444444")).error().code(),
            Error::Code::NotFound);
    }

    void revokingIsPerVaultAndKeepsTheFirstTime()
    {
        const auto [vault, first] = makeVault();
        const auto [otherVault, stranger] = makeVault();
        QCOMPARE(m_store->revokeDevice(vault.id, stranger.id, kNow).error().code(), Error::Code::NotFound);
        QVERIFY(!m_store->devices(otherVault.id)->first().isRevoked());

        const Result<DeviceRecord> revoked = m_store->revokeDevice(vault.id, first.id, kNow + 5);
        QVERIFY(revoked);
        QCOMPARE(revoked->revokedAtMs, kNow + 5);
        QCOMPARE(m_store->revokeDevice(vault.id, first.id, kNow + 99)->revokedAtMs, kNow + 5);
        QVERIFY((*m_store->deviceByTokenHash(first.tokenHash))->isRevoked());
    }

    void aPairingCodeAddsOneDeviceOnce()
    {
        const auto [vault, first] = makeVault();
        const PairingRecord offer {
            newId(), vault.id, hashOf("ABCD-EFGH"), "sealed keys", first.id, kNow, kNow + 600'000, hashOf("proof")};
        QVERIFY(m_store->createPairing(offer));
        QCOMPARE(m_store
                     ->createPairing(PairingRecord {
                         newId(), vault.id, hashOf("ABCD-EFGH"), "x", first.id, kNow, kNow + 600'000, {}})
                     .error()
                     .code(),
            Error::Code::Conflict);

        const DeviceRecord phone = device(QStringLiteral("Phone"), "phone-token");
        const Result<PairingRecord> claimed =
            m_store->claimPairing(hashOf("ABCD-EFGH"), hashOf("proof"), phone, kNow + 1000);
        QVERIFY(claimed);
        QCOMPARE(claimed->vaultId, vault.id);
        QCOMPARE(claimed->sealedKeys, QByteArray("sealed keys"));
        QCOMPARE((*m_store->deviceByTokenHash(hashOf("phone-token")))->vaultId, vault.id);
        QCOMPARE(m_store->devices(vault.id)->size(), 2);
        // Each device has its own place in the vault, in the order they came: 0 made it.
        QCOMPARE(claimed->claimedOrdinal, qint64(1));
        QCOMPARE(m_store->devices(vault.id)->at(0).ordinal, qint64(0));
        QCOMPARE(m_store->devices(vault.id)->at(1).ordinal, qint64(1));
        QCOMPARE((*m_store->deviceByTokenHash(hashOf("phone-token")))->ordinal, qint64(1));

        const DeviceRecord thief = device(QStringLiteral("Thief"), "thief-token");
        QCOMPARE(m_store->claimPairing(hashOf("ABCD-EFGH"), hashOf("proof"), thief, kNow + 2000).error().code(),
            Error::Code::NotFound);
        QVERIFY(!m_store->deviceByTokenHash(hashOf("thief-token"))->has_value());

        // The code's first part with a wrong proof: no device, and the offer is spent.
        QVERIFY(m_store->createPairing(
            {newId(), vault.id, hashOf("IJKL-MNOP"), "k", first.id, kNow, kNow + 600'000, hashOf("proof")}));
        QCOMPARE(m_store->claimPairing(hashOf("IJKL-MNOP"), hashOf("guess"), thief, kNow + 3000).error().code(),
            Error::Code::PermissionDenied);
        QVERIFY(!m_store->deviceByTokenHash(hashOf("thief-token"))->has_value());
        QCOMPARE(m_store->claimPairing(hashOf("IJKL-MNOP"), hashOf("proof"), thief, kNow + 4000).error().code(),
            Error::Code::NotFound);
    }

    void expiredOrOrphanedPairingsAreRefused()
    {
        const auto [vault, first] = makeVault();
        QVERIFY(m_store->createPairing(
            {newId(), vault.id, hashOf("OLD"), "k", first.id, kNow, kNow + 600'000, hashOf("p")}));
        QCOMPARE(
            m_store->claimPairing(hashOf("OLD"), hashOf("p"), device(QStringLiteral("Late"), "late"), kNow + 600'000)
                .error()
                .code(),
            Error::Code::NotFound);
        QVERIFY(!m_store->deviceByTokenHash(hashOf("late"))->has_value());

        // An offer made by a device that has since been revoked is worthless.
        QVERIFY(m_store->createPairing(
            {newId(), vault.id, hashOf("NEW"), "k", first.id, kNow, kNow + 600'000, hashOf("p")}));
        QVERIFY(m_store->revokeDevice(vault.id, first.id, kNow + 1));
        QCOMPARE(m_store->claimPairing(hashOf("NEW"), hashOf("p"), device(QStringLiteral("X"), "x"), kNow + 2)
                     .error()
                     .code(),
            Error::Code::NotFound);
        QCOMPARE(m_store->devices(vault.id)->size(), 1);
    }

    void batchesGetGapFreeSeqPerVault()
    {
        const auto [vault, first] = makeVault();
        const auto [otherVault, otherDevice] = makeVault();
        for (int i = 1; i <= 3; ++i) {
            const Result<AppendedBatch> appended = m_store->appendBatch(vault.id, batch(first.id, "blob"));
            QVERIFY(appended);
            QCOMPARE(appended->seq, i);
            QCOMPARE(appended->headSeq, i);
            QVERIFY(!appended->duplicate);
        }
        QCOMPARE(m_store->appendBatch(otherVault.id, batch(otherDevice.id, "x"))->seq, 1);
        QCOMPARE(m_store->appendBatch(newId(), batch(first.id, "x")).error().code(), Error::Code::NotFound);
        QCOMPARE(m_store->vault(vault.id)->headSeq, 3);
    }

    void aRetriedPushIsAnsweredFromTheStoredBatch()
    {
        const auto [vault, first] = makeVault();
        const QString batchId = newId();
        QCOMPARE(m_store->appendBatch(vault.id, batch(first.id, "one", batchId))->seq, 1);
        QCOMPARE(m_store->appendBatch(vault.id, batch(first.id, "two"))->seq, 2);
        const Result<AppendedBatch> again = m_store->appendBatch(vault.id, batch(first.id, "one", batchId));
        QVERIFY(again);
        QVERIFY(again->duplicate);
        QCOMPARE(again->seq, 1);
        QCOMPARE(again->headSeq, 2);
        // The retry did not use up a seq: the next batch is 3.
        QCOMPARE(m_store->appendBatch(vault.id, batch(first.id, "three"))->seq, 3);
        QCOMPARE(m_store->pullBatches(vault.id, 0, 100)->batches.size(), 3);
    }

    void pullsReadAfterTheCursorInOrder()
    {
        const auto [vault, first] = makeVault();
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(m_store->appendBatch(vault.id, batch(first.id, QByteArray::number(i))));
        }
        const Result<PulledBatches> page = m_store->pullBatches(vault.id, 1, 2);
        QVERIFY(page);
        QCOMPARE(page->headSeq, 5);
        QCOMPARE(page->batches.size(), 2);
        QCOMPARE(page->batches.at(0).seq, 2);
        QCOMPARE(page->batches.at(0).blob, QByteArray("2"));
        QCOMPARE(page->batches.at(1).seq, 3);
        QCOMPARE(page->batches.at(1).deviceId, first.id);
        QVERIFY(m_store->pullBatches(vault.id, 5, 10)->batches.isEmpty());

        QVERIFY(m_store->setPulledSeq(first.id, 3));
        QVERIFY(m_store->setPulledSeq(first.id, 2)); // a stale cursor never moves it back
        QCOMPARE(m_store->devices(vault.id)->first().pulledSeq, 3);
    }

    void aPullStopsAtItsByteBudget()
    {
        const auto [vault, first] = makeVault();
        const QByteArray big(qsizetype {3} * 1024 * 1024, 'b');
        for (int i = 0; i < 4; ++i) {
            QVERIFY(m_store->appendBatch(vault.id, batch(first.id, big)));
        }
        const Result<PulledBatches> page = m_store->pullBatches(vault.id, 0, 100);
        QCOMPARE(page->batches.size(), 2); // 6 MiB; a third would pass 8 MiB
        QCOMPARE(page->batches.at(1).blob.size(), big.size());
    }

    // SYNC.md §3.11 item 5: concurrent pushers and readers; every reader sees a contiguous sequence.
    void concurrentPushersNeverLetAReaderSkipASeq()
    {
        const auto made = makeVault();
        const VaultRecord& vault = made.first;
        const DeviceRecord& first = made.second;
        constexpr int kWriters = 6;
        constexpr int kPerWriter = 25;
        constexpr int kTotal = kWriters * kPerWriter;
        std::atomic<bool> failed {false};
        std::atomic<int> written {0};
        std::vector<std::thread> threads;
        threads.reserve(kWriters + 2);
        QList<QList<qint64>> seen(2);
        for (int r = 0; r < 2; ++r) {
            threads.emplace_back([&, r] {
                qint64 cursor = 0;
                while (cursor < kTotal && !failed) {
                    const Result<PulledBatches> page = m_store->pullBatches(vault.id, cursor, 7);
                    if (!page) {
                        failed = true;
                        return;
                    }
                    for (const BatchRecord& b : page->batches) {
                        seen[r] << b.seq;
                        cursor = b.seq;
                    }
                }
            });
        }
        for (int w = 0; w < kWriters; ++w) {
            threads.emplace_back([&, w] {
                for (int i = 0; i < kPerWriter && !failed; ++i) {
                    const QString batchId = QStringLiteral("00000000-0000-0000-%1-%2")
                                                .arg(w, 4, 10, QLatin1Char('0'))
                                                .arg(i, 12, 10, QLatin1Char('0'));
                    if (!m_store->appendBatch(vault.id, batch(first.id, "c", batchId))) {
                        failed = true;
                        return;
                    }
                    // Every third push is retried, as a device does after a lost answer.
                    if (i % 3 == 0 && !m_store->appendBatch(vault.id, batch(first.id, "c", batchId))) {
                        failed = true;
                        return;
                    }
                    ++written;
                }
            });
        }
        for (auto& thread : threads) {
            thread.join();
        }
        QVERIFY(!failed);
        QCOMPARE(written.load(), kTotal);
        for (const QList<qint64>& sequence : std::as_const(seen)) {
            QCOMPARE(sequence.size(), kTotal);
            for (int i = 0; i < sequence.size(); ++i) {
                QCOMPARE(sequence.at(i), i + 1);
            }
        }
        QCOMPARE(m_store->vault(vault.id)->headSeq, kTotal);
    }

    void webhookEventsAreStoredOnceAndRedactedWhenProcessed()
    {
        const auto [vault, first] = makeVault();
        InboundEventRecord event {QStringLiteral("stripe"), QStringLiteral("evt_1"), QString(),
            QByteArray(R"({"id":"evt_1","customer_email":"jane@example.com"})"), hashOf("payload"), kNow, 0, {}};
        QCOMPARE(m_store->recordInboundEvent(event).value(), true);
        QCOMPARE(m_store->recordInboundEvent(event).value(), false);
        event.eventId = QStringLiteral("evt_2");
        QCOMPARE(m_store->recordInboundEvent(event).value(), true);
        QCOMPARE(m_store->unprocessedInboundEvents(10)->size(), 2);

        QVERIFY(m_store->finishInboundEvent(
            QStringLiteral("stripe"), QStringLiteral("evt_1"), vault.id, QStringLiteral("delivered"), kNow + 1));
        const auto stored = m_store->inboundEvent(QStringLiteral("stripe"), QStringLiteral("evt_1"));
        QVERIFY(stored && stored->has_value());
        QVERIFY((*stored)->payload.isEmpty());
        QCOMPARE((*stored)->payloadSha256, hashOf("payload"));
        QCOMPARE((*stored)->vaultId, vault.id);
        QCOMPARE((*stored)->outcome, QStringLiteral("delivered"));
        QCOMPARE(m_store->unprocessedInboundEvents(10)->size(), 1);
        // The same id from another provider is another event.
        event.provider = QStringLiteral("twilio");
        event.eventId = QStringLiteral("evt_1");
        QCOMPARE(m_store->recordInboundEvent(event).value(), true);
    }

    void aCommandIsStoredOnceAndClaimedByOneWorker()
    {
        const auto [vault, first] = makeVault();
        CommandRecord command;
        command.id = newId();
        command.vaultId = vault.id;
        command.deviceId = first.id;
        command.type = QStringLiteral("stripe.refund.create");
        command.params = R"({"payment_intent":"pi_1","reason":"duplicate"})";
        command.paramsSha256 = hashOf(command.params);
        command.state = QStringLiteral("pending");
        command.nextAttemptAtMs = kNow;
        command.createdAtMs = kNow;
        command.updatedAtMs = kNow;
        const Result<SubmittedCommand> submitted = m_store->submitCommand(command);
        QVERIFY(submitted && submitted->inserted);
        CommandRecord retried = command;
        retried.params = "changed";
        const Result<SubmittedCommand> again = m_store->submitCommand(retried);
        QVERIFY(again && !again->inserted);
        QCOMPARE(again->command.params, command.params); // the stored row is untouched

        // Two workers racing: only one gets it, and the lease keeps it from the other.
        const QStringList due {QStringLiteral("pending"), QStringLiteral("running")};
        const auto claimed =
            m_store->claimDueCommands(QStringLiteral("stripe."), due, QStringLiteral("running"), kNow, 5000, 10);
        QCOMPARE(claimed->size(), 1);
        QCOMPARE(claimed->first().attempts, 1);
        QVERIFY(
            m_store->claimDueCommands(QStringLiteral("stripe."), due, QStringLiteral("running"), kNow + 10, 5000, 10)
                ->isEmpty());
        QVERIFY(
            m_store->claimDueCommands(QStringLiteral("twilio."), due, QStringLiteral("running"), kNow + 9999, 5000, 10)
                ->isEmpty());
        // After the lease (the first worker died), another may take it over.
        const auto takenOver =
            m_store->claimDueCommands(QStringLiteral("stripe."), due, QStringLiteral("running"), kNow + 5000, 5000, 10);
        QCOMPARE(takenOver->size(), 1);
        QCOMPARE(takenOver->first().attempts, 2);

        CommandRecord done = takenOver->first();
        done.state = QStringLiteral("succeeded");
        done.providerRef = QStringLiteral("re_1");
        done.result = R"({"refund_id":"re_1"})";
        QVERIFY(m_store->updateCommand(done, true));
        const auto stored = m_store->command(vault.id, command.id);
        QCOMPARE((*stored)->state, QStringLiteral("succeeded"));
        QVERIFY((*stored)->params.isEmpty()); // redacted once final
        QCOMPARE((*stored)->paramsSha256, command.paramsSha256);
        QCOMPARE((*m_store->commandByProviderRef(QStringLiteral("re_1")))->id, command.id);
        QVERIFY(!m_store->command(newId(), command.id)->has_value()); // another vault sees nothing
    }

    void smsConsentFollowsTheLatestKeyword()
    {
        const auto [vault, first] = makeVault();
        const QString phone = QStringLiteral("+4915112345678");
        QCOMPARE(m_store->isSmsOptedOut(vault.id, phone).value(), false);
        QVERIFY(m_store->setSmsOptOut(vault.id, phone, true, QStringLiteral("STOP"), kNow + 10));
        QCOMPARE(m_store->isSmsOptedOut(vault.id, phone).value(), true);
        // A START that happened earlier but arrives late does not undo the STOP.
        QVERIFY(m_store->setSmsOptOut(vault.id, phone, false, QStringLiteral("START"), kNow + 5));
        QCOMPARE(m_store->isSmsOptedOut(vault.id, phone).value(), true);
        QVERIFY(m_store->setSmsOptOut(vault.id, phone, false, QStringLiteral("START"), kNow + 20));
        QCOMPARE(m_store->isSmsOptedOut(vault.id, phone).value(), false);

        const auto [other, otherDevice] = makeVault();
        QVERIFY(m_store->noteSmsContact(vault.id, phone, kNow));
        QVERIFY(m_store->noteSmsContact(other.id, phone, kNow + 1));
        QCOMPARE(m_store->vaultForSmsReply(phone)->value(), other.id);
        QVERIFY(!m_store->vaultForSmsReply(QStringLiteral("+15005550006"))->has_value());
    }

    void databaseUrlsAreCheckedAndNeverLogTheirPassword()
    {
        const Result<DatabaseLocation> pg = DatabaseLocation::parse(
            QStringLiteral("postgresql://relay:s3cr%40t@db.internal:6432/relay?sslmode=require"));
        QVERIFY(pg);
        QCOMPARE(pg->kind, DatabaseLocation::Kind::Postgresql);
        QCOMPARE(pg->password, QStringLiteral("s3cr@t"));
        QCOMPARE(pg->port, 6432);
        QCOMPARE(pg->connectOptions, QStringLiteral("sslmode=require"));
        QVERIFY(!pg->redacted().contains(u"s3cr"));
        QCOMPARE(
            DatabaseLocation::parse(QStringLiteral("/var/lib/relay/relay.db"))->kind, DatabaseLocation::Kind::Sqlite);
        QVERIFY(!DatabaseLocation::parse(QStringLiteral("mysql://x@y/z")));
        QVERIFY(!DatabaseLocation::parse(QStringLiteral("postgresql://host-only")));
        QVERIFY(!DatabaseLocation::parse(QStringLiteral("  ")));
    }
};

QTEST_GUILESS_MAIN(TestRelayStore)
#include "test_relay_store.moc"
