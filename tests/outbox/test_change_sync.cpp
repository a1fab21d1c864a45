// Two computers of one practice through the real relay process (SYNC.md §3.6–3.8): a second computer
// joins with a pairing code, then each sees what the other does, edits made apart merge field by
// field, changes made offline go out once when the relay is back, and the relay holds only ciphertext.
#include <QCborMap>
#include <QCborValue>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "core/adapters/crypto/BatchCipher.h"
#include "core/adapters/relay/RelayCredentials.h"
#include "core/adapters/relay/RelayEnrollmentClient.h"
#include "core/store/ChangeBatches.h"
#include "core/store/ChangeSync.h"
#include "core/store/ClientRepository.h"
#include "core/store/JoiningPractice.h"
#include "core/sync/Hlc.h"
#include "tests/outbox/OutboxTestSupport.h"
#include "tests/outbox/SandboxRelay.h"
#include "tests/support/EventLoopAwait.h"

using namespace clientele;
using namespace clientele::test;

namespace {

ChangeSync::Options fastSyncOptions()
{
    ChangeSync::Options options;
    options.wait = std::chrono::seconds(1);
    options.firstRetry = std::chrono::milliseconds(100);
    options.maxRetry = std::chrono::milliseconds(400);
    options.pushCheck = std::chrono::milliseconds(200);
    return options;
}

// One computer of the practice: its own encrypted practice, its device at the relay and its sync.
struct Computer
{
    TestPractice practice;
    RelayEnrollment::Enrolled device;
    std::unique_ptr<ChangeRelay> relay;
    std::unique_ptr<ChangeSync> sync;
    int refused = 0;

    void startSync(RelayEnrollment& enrollment, const QUrl& url)
    {
        relay = enrollment.changeRelay(url, device.vaultId, device.deviceId, *device.credentials);
        Q_ASSERT(relay);
        sync = std::make_unique<ChangeSync>(*practice.store, *relay, fastSyncOptions());
        QObject::connect(sync.get(), &ChangeSync::refused, [this](const Error&) { ++refused; });
        sync->start();
    }

    void stopSync()
    {
        sync.reset();
        relay.reset();
    }

    std::optional<domain::Client> client(const QUuid& id)
    {
        const Result<std::optional<domain::Client>> found = await(ClientRepository(*practice.store).find(id));
        return found ? found.value() : std::nullopt;
    }

    qint64 unsent()
    {
        return await(ChangeBatches(*practice.store, device.vaultId, device.deviceId, relay->sealer()).unsent()).value();
    }
};

// Waits up to 20 s for `done`, letting both computers' clocks move on with real time.
bool bothUntil(Computer& one, Computer& other, const std::function<bool()>& done)
{
    for (int waited = 0; waited < 20000; waited += 50) {
        if (done()) {
            return true;
        }
        QTest::qWait(50);
        one.practice.clock.advance(50);
        other.practice.clock.advance(50);
    }
    return done();
}

void edit(Computer& computer, const QUuid& id, const std::function<void(domain::Client&)>& change)
{
    const domain::Client before = computer.client(id).value();
    domain::Client after = before;
    change(after);
    QVERIFY(await(ClientRepository(*computer.practice.store).update(before, after)).hasValue());
}

QByteArray filesStartingWith(const QString& path)
{
    QByteArray all;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly)) {
            all += file.readAll();
        }
    }
    return all;
}

} // namespace

class ChangeSyncTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    RelayProcess m_relay;
    QNetworkAccessManager m_network;
    RelayEnrollmentClient m_enrollment {m_network};

    QUrl relayUrl() const { return m_relay.url(QStringLiteral("/")); }

    // A practice with its vault on the relay, made the way Settings → Relay makes it.
    bool enrolFirst(Computer& computer)
    {
        const std::optional<Result<RelayEnrollment::Enrolled>> enrolled =
            awaitEvents(m_enrollment.createVault(relayUrl(), QStringLiteral("Studio laptop")));
        if (!enrolled || !enrolled->hasValue()) {
            return false;
        }
        computer.device = enrolled->value();
        return true;
    }

    Result<RelayEnrollment::PairingOffer> offer(Computer& computer)
    {
        return awaitEvents(m_enrollment.offerPairing(relayUrl(), computer.device.vaultId, *computer.device.credentials))
            .value_or(Error(Error::Code::Timeout, QStringLiteral("offer timed out")));
    }

    Result<RelayEnrollment::Enrolled> join(const QString& code)
    {
        return awaitEvents(m_enrollment.join(relayUrl(), code, QStringLiteral("Studio desktop")))
            .value_or(Error(Error::Code::Timeout, QStringLiteral("join timed out")));
    }

    // Everything in the vault's log, as the relay hands it out.
    QJsonArray batchesAtRelay(const Computer& computer)
    {
        const RelayCredentials credentials = RelayCredentials::parse(*computer.device.credentials).value();
        const HttpReply reply = httpCall(QStringLiteral("GET"),
            m_relay.url(u"/v1/vaults/" + computer.device.vaultId + u"/batches?after=0&limit=1000"), {},
            {{QByteArray("Authorization"), "Bearer " + credentials.deviceToken}});
        return reply.json().value(QStringLiteral("batches")).toArray();
    }

    QJsonArray devicesOf(const Computer& computer)
    {
        const RelayCredentials credentials = RelayCredentials::parse(*computer.device.credentials).value();
        const HttpReply reply =
            httpCall(QStringLiteral("GET"), m_relay.url(u"/v1/vaults/" + computer.device.vaultId + u"/devices"), {},
                {{QByteArray("Authorization"), "Bearer " + credentials.deviceToken}});
        return reply.json().value(QStringLiteral("devices")).toArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(startSandboxRelay(m_relay, m_dir), qPrintable(m_relay.transcript())); }

    void aSecondComputerJoinsWithACodeAndBothKeepOnePractice()
    {
        Computer laptop;
        QVERIFY(enrolFirst(laptop));
        QVERIFY(await(SettingsRepository(*laptop.practice.store).saveProfile(lumenProfile())).hasValue());
        const domain::Client ada =
            clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), laptop.practice.clock.nowUtc());
        QVERIFY(await(ClientRepository(*laptop.practice.store).add(ada)).hasValue());
        laptop.startSync(m_enrollment, relayUrl());
        QVERIFY(advancingUntil(laptop.practice, [&] { return laptop.unsent() == 0; }));

        // The laptop shows a code; the new desktop, whose practice is new (a profile typed at first
        // run), types it.
        const Result<RelayEnrollment::PairingOffer> offered = offer(laptop);
        QVERIFY2(offered.hasValue(), qPrintable(offered ? QString() : offered.error().toString()));
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$"))
                     .match(offered->code)
                     .hasMatch(),
            qPrintable(offered->code));
        QVERIFY(offered->expiresAtUtc > QDateTime::currentDateTimeUtc().addSecs(500));

        Computer desktop;
        domain::PracticeProfile placeholder = lumenProfile();
        placeholder.name = QStringLiteral("My Practice");
        QVERIFY(await(SettingsRepository(*desktop.practice.store).saveProfile(placeholder)).hasValue());
        QVERIFY(await(JoiningPractice::check(*desktop.practice.store)).hasValue());
        const Result<RelayEnrollment::Enrolled> joined = join(offered->code.toLower().remove(u'-'));
        QVERIFY2(joined.hasValue(), qPrintable(joined ? QString() : joined.error().toString()));
        QCOMPARE(joined->vaultId, laptop.device.vaultId);
        QVERIFY(joined->deviceId != laptop.device.deviceId);
        // Its place in the vault, which its invoice number series follows: the laptop made it (0).
        QCOMPARE(laptop.device.ordinal, 0);
        QCOMPARE(joined->ordinal, 1);
        desktop.device = joined.value();
        QVERIFY(await(JoiningPractice::clear(*desktop.practice.store)).hasValue());
        desktop.startSync(m_enrollment, relayUrl());

        // The desktop now holds the laptop's practice: its clients and its profile.
        QVERIFY(bothUntil(laptop, desktop, [&] { return desktop.client(ada.id()).has_value(); }));
        QCOMPARE(desktop.client(ada.id())->familyName(), QStringLiteral("Lovelace"));
        QCOMPARE(await(SettingsRepository(*desktop.practice.store).profile())->name, lumenProfile().name);

        // Edited on both while apart: each field keeps the newest edit, on both computers.
        laptop.practice.clock.advance(1000);
        edit(laptop, ada.id(), [](domain::Client& c) { c.setNotes(QStringLiteral("Prefers mornings")); });
        desktop.practice.clock.advance(2000);
        edit(desktop, ada.id(), [](domain::Client& c) { c.setCompany(QStringLiteral("Analytical Engines Ltd")); });
        const domain::Client grace =
            clientNamed(QStringLiteral("Grace"), QStringLiteral("Hopper"), desktop.practice.clock.nowUtc());
        QVERIFY(await(ClientRepository(*desktop.practice.store).add(grace)).hasValue());
        laptop.sync->wake();
        desktop.sync->wake();
        QVERIFY(bothUntil(laptop, desktop, [&] {
            const auto there = laptop.client(ada.id());
            const auto here = desktop.client(ada.id());
            return there && here && there->company() == u"Analytical Engines Ltd"
                && here->notes() == u"Prefers mornings" && laptop.client(grace.id()).has_value();
        }));
        QCOMPARE(laptop.client(ada.id())->notes(), QStringLiteral("Prefers mornings"));
        QCOMPARE(desktop.client(ada.id())->company(), QStringLiteral("Analytical Engines Ltd"));
        const Result<QList<SearchHit>> found =
            await(ClientRepository(*laptop.practice.store).search(QStringLiteral("hopp"), 5));
        QVERIFY(found.hasValue() && found->size() == 1 && found->first().id == grace.id());
        QCOMPARE(laptop.refused + desktop.refused, 0);

        // The relay holds the practice, but cannot read it: each batch is sealed (it opens only with the
        // vault's key, bound to its device and id), and nothing of it reads as the compressed plain form.
        const QJsonArray atRelay = batchesAtRelay(laptop);
        int sealedBatches = 0;
        for (const auto& item : atRelay) {
            const QJsonObject batch = item.toObject();
            const QString device = batch.value(QStringLiteral("device_id")).toString();
            if (device != laptop.device.deviceId && device != desktop.device.deviceId) {
                continue; // the relay's own events
            }
            const QByteArray blob = QByteArray::fromBase64(batch.value(QStringLiteral("blob")).toString().toLatin1());
            const QString batchId = batch.value(QStringLiteral("batch_id")).toString();
            QVERIFY(laptop.relay->sealer()->open(laptop.device.vaultId, device, batchId, blob).has_value());
            QVERIFY(!laptop.relay->sealer()->open(laptop.device.vaultId,
                device == laptop.device.deviceId ? desktop.device.deviceId : laptop.device.deviceId, batchId, blob));
            QVERIFY(qUncompress(blob).isEmpty() && qUncompress(blob.mid(1)).isEmpty());
            ++sealedBatches;
        }
        QVERIFY(sealedBatches >= 3);
        const QByteArray relayFiles = filesStartingWith(m_dir.filePath(QStringLiteral("relay.sqlite")));
        for (const char* secret : {"Lovelace", "Hopper", "Analytical Engines", "Prefers mornings"}) {
            QVERIFY2(!relayFiles.contains(secret), secret);
        }

        // A code works once.
        const Result<RelayEnrollment::Enrolled> again = join(offered->code);
        QVERIFY(!again.hasValue());
        QCOMPARE(again.error().code(), Error::Code::NotFound);
        QCOMPARE(devicesOf(laptop).size(), 2);
    }

    void aCodeMistypedAfterItsFirstPartLeavesNoDeviceBehind()
    {
        Computer laptop;
        QVERIFY(enrolFirst(laptop));
        const Result<RelayEnrollment::PairingOffer> offered = offer(laptop);
        QVERIFY(offered.hasValue());
        QString typo = offered->code;
        typo[typo.size() - 1] = typo.back() == u'7' ? u'8' : u'7';

        const Result<RelayEnrollment::Enrolled> joined = join(typo);
        QVERIFY(!joined.hasValue());
        QCOMPARE(joined.error().code(), Error::Code::InvalidInput);
        QVERIFY2(joined.error().userMessage().contains(u"does not match"), qPrintable(joined.error().userMessage()));
        // The relay made no device for it, and the offer is spent: the right code no longer works either.
        QCOMPARE(devicesOf(laptop).size(), 1);
        QCOMPARE(join(offered->code).error().code(), Error::Code::NotFound);
        QCOMPARE(devicesOf(laptop).size(), 1);
        // Not a code at all: refused before anything is sent.
        QCOMPARE(join(QStringLiteral("K7QM-2XPA")).error().code(), Error::Code::InvalidInput);
        QVERIFY(!m_enrollment.checkPairingCode(QStringLiteral("K7QM 2XPA 9F3D HW8C RT!Z")).hasValue());
        QVERIFY(m_enrollment.checkPairingCode(QStringLiteral("k7qm 2xpa 9f3d hw8c rtyz")).hasValue());
    }

    void aPracticeWithWorkOfItsOwnIsNeverWipedToJoin()
    {
        TestPractice practice;
        const domain::Client ada =
            clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), practice.clock.nowUtc());
        QVERIFY(await(ClientRepository(*practice.store).add(ada)).hasValue());
        const Result<void> checked = await(JoiningPractice::check(*practice.store));
        QVERIFY(!checked.hasValue());
        QCOMPARE(checked.error().code(), Error::Code::Conflict);
        QVERIFY(!await(JoiningPractice::clear(*practice.store)).hasValue());
        QVERIFY(await(ClientRepository(*practice.store).find(ada.id())).value().has_value());
    }

    void changesMadeWhileTheRelayIsDownGoOutOnceWhenItIsBack()
    {
        Computer laptop;
        QVERIFY(enrolFirst(laptop));
        laptop.startSync(m_enrollment, relayUrl());
        const QUrl url = relayUrl();

        // The relay goes away; the laptop goes on working.
        m_relay.kill();
        QList<QUuid> added;
        for (const QString& name : {QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Hedy")}) {
            const domain::Client client = clientNamed(name, QStringLiteral("Offline"), laptop.practice.clock.nowUtc());
            QVERIFY(await(ClientRepository(*laptop.practice.store).add(client)).hasValue());
            added.append(client.id());
            laptop.sync->wake();
            laptop.practice.clock.advance(1000);
        }
        QTest::qWait(500);
        QVERIFY(laptop.unsent() > 0);

        // Back on the same address and database.
        QProcessEnvironment env;
        env.insert(QStringLiteral("CLIENTELE_RELAY_DB"), m_dir.filePath(QStringLiteral("relay.sqlite")));
        env.insert(QStringLiteral("CLIENTELE_RELAY_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(url.port()));
        QVERIFY2(m_relay.startProgram(QStringLiteral(CLIENTELE_RELAY_BINARY), {QStringLiteral("--sandbox")}, env),
            qPrintable(m_relay.transcript()));
        QVERIFY(advancingUntil(laptop.practice, [&] { return laptop.unsent() == 0; }));

        // A new computer reads each change once.
        const Result<RelayEnrollment::PairingOffer> offered = offer(laptop);
        QVERIFY(offered.hasValue());
        Computer desktop;
        const Result<RelayEnrollment::Enrolled> joined = join(offered->code);
        QVERIFY(joined.hasValue());
        desktop.device = joined.value();
        desktop.startSync(m_enrollment, relayUrl());
        QVERIFY(bothUntil(laptop, desktop, [&] {
            return std::all_of(
                added.begin(), added.end(), [&](const QUuid& id) { return desktop.client(id).has_value(); });
        }));
        const auto changesOf = [](TestPractice& practice, int origin) {
            return practice
                .run([origin](StoreSession& session) {
                    return session.db().queryInt(
                        QStringLiteral("SELECT COUNT(*) FROM change_log WHERE origin = %1").arg(origin));
                })
                .value();
        };
        QCOMPARE(changesOf(desktop.practice, 1), changesOf(laptop.practice, 0));
        // Each batch the laptop sealed reached the relay once, however often it was tried.
        QStringList laptopBatches;
        for (const auto& item : batchesAtRelay(laptop)) {
            if (item.toObject().value(QStringLiteral("device_id")).toString() == laptop.device.deviceId) {
                laptopBatches.append(item.toObject().value(QStringLiteral("batch_id")).toString());
            }
        }
        const qint64 sealed = laptop.practice
                                  .run([](StoreSession& session) {
                                      return session.db().queryInt(QStringLiteral("SELECT COUNT(*) FROM push_batch"));
                                  })
                                  .value();
        QCOMPARE(laptopBatches.size(), sealed);
        QCOMPARE(QSet<QString>(laptopBatches.begin(), laptopBatches.end()).size(), laptopBatches.size());
    }

    void aForgedBatchIsPassedOverAndANewerFormatHoldsTheCursor()
    {
        Computer laptop;
        QVERIFY(enrolFirst(laptop));
        const Result<RelayEnrollment::PairingOffer> offered = offer(laptop);
        QVERIFY(offered.hasValue());
        Computer desktop;
        desktop.device = join(offered->code).value();
        const RelayCredentials credentials = RelayCredentials::parse(*laptop.device.credentials).value();
        const auto pushRaw = [&](const QByteArray& blob) {
            const HttpReply pushed = httpCall(QStringLiteral("POST"),
                m_relay.url(u"/v1/vaults/" + laptop.device.vaultId + u"/batches"), blob,
                {{QByteArray("Authorization"), "Bearer " + credentials.deviceToken},
                    {QByteArray("X-Batch-Id"), QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()},
                    {QByteArray("X-Key-Id"), QByteArray("1")},
                    {QByteArray("Content-Type"), QByteArray("application/octet-stream")}});
            return pushed.status == 201 ? pushed.json().value(QStringLiteral("seq")).toInteger() : qint64 {-1};
        };
        laptop.startSync(m_enrollment, relayUrl());
        QString why;
        desktop.startSync(m_enrollment, relayUrl());
        QObject::connect(desktop.sync.get(), &ChangeSync::failed, [&why](const Error& error, bool receiving) {
            if (receiving && error.code() == Error::Code::Incompatible) {
                why = error.userMessage();
            }
        });

        // Something no device of the practice sealed (damaged or forged at the relay), then a client:
        // the desktop passes over the first and takes the second.
        QVERIFY(pushRaw(QByteArray("\x01forged")) > 0);
        const domain::Client ada =
            clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), laptop.practice.clock.nowUtc());
        QVERIFY(await(ClientRepository(*laptop.practice.store).add(ada)).hasValue());
        laptop.sync->changedLocally();
        QVERIFY(bothUntil(laptop, desktop, [&] { return desktop.client(ada.id()).has_value(); }));

        // A batch the laptop's key did seal, in a format this version does not know, then another
        // client: the desktop stops before it and says why, rather than losing its changes.
        const QString newerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray newer = laptop.relay->sealer()->seal(laptop.device.vaultId, laptop.device.deviceId, newerId,
            qCompress(QCborValue(QCborMap {{QStringLiteral("v"), 2}}).toCbor()));
        const HttpReply pushed =
            httpCall(QStringLiteral("POST"), m_relay.url(u"/v1/vaults/" + laptop.device.vaultId + u"/batches"), newer,
                {{QByteArray("Authorization"), "Bearer " + credentials.deviceToken},
                    {QByteArray("X-Batch-Id"), newerId.toLatin1()}, {QByteArray("X-Key-Id"), QByteArray("1")},
                    {QByteArray("Content-Type"), QByteArray("application/octet-stream")}});
        QCOMPARE(pushed.status, 201);
        const qint64 newerSeq = pushed.json().value(QStringLiteral("seq")).toInteger();
        const domain::Client grace =
            clientNamed(QStringLiteral("Grace"), QStringLiteral("Hopper"), laptop.practice.clock.nowUtc());
        QVERIFY(await(ClientRepository(*laptop.practice.store).add(grace)).hasValue());
        laptop.sync->changedLocally();
        QVERIFY(bothUntil(laptop, desktop, [&] { return !why.isEmpty(); }));
        QVERIFY2(why.contains(u"Update Clientele"), qPrintable(why));
        QCOMPARE(desktop.sync->cursor(), newerSeq - 1);
        QVERIFY(advancingUntil(laptop.practice, [&] { return laptop.unsent() == 0; }));
        QTest::qWait(300);
        QVERIFY(!desktop.client(grace.id()).has_value());
    }

    void aClockFarAheadIsRefusedWithTheReason()
    {
        Computer laptop;
        QVERIFY(enrolFirst(laptop));
        const std::unique_ptr<ChangeRelay> relay = m_enrollment.changeRelay(
            relayUrl(), laptop.device.vaultId, laptop.device.deviceId, *laptop.device.credentials);
        const qint64 anHourAhead = sync::Hlc::pack(QDateTime::currentMSecsSinceEpoch() + qint64 {60} * 60 * 1000, 0);
        const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Result<qint64> pushed = awaitEvents(
            relay->push(batchId,
                relay->sealer()->seal(laptop.device.vaultId, laptop.device.deviceId, batchId, QByteArray("x")),
                anHourAhead))
                                          .value();
        QVERIFY(!pushed.hasValue());
        QCOMPARE(pushed.error().code(), Error::Code::Conflict);
        QVERIFY2(pushed.error().userMessage().contains(u"clock"), qPrintable(pushed.error().userMessage()));
    }

    void aBatchOpensOnlyAsTheVaultDeviceAndBatchItWasSealedFor()
    {
        const RelayCredentials keys = RelayCredentials::withNewVaultKeys();
        const auto cipher = BatchCipher::fromVaultSecretKey(keys.vaultSecretKey);
        QVERIFY(cipher);
        const QByteArray sealed =
            cipher->seal(QStringLiteral("vault-1"), QStringLiteral("device-1"), QStringLiteral("batch-1"), "changes");
        QCOMPARE(cipher->open(QStringLiteral("vault-1"), QStringLiteral("device-1"), QStringLiteral("batch-1"), sealed),
            std::optional<QByteArray>("changes"));
        QVERIFY(
            !cipher->open(QStringLiteral("vault-2"), QStringLiteral("device-1"), QStringLiteral("batch-1"), sealed));
        QVERIFY(
            !cipher->open(QStringLiteral("vault-1"), QStringLiteral("device-2"), QStringLiteral("batch-1"), sealed));
        QVERIFY(
            !cipher->open(QStringLiteral("vault-1"), QStringLiteral("device-1"), QStringLiteral("batch-2"), sealed));
        QByteArray tampered = sealed;
        tampered[tampered.size() - 1] = static_cast<char>(tampered.back() ^ 1);
        QVERIFY(
            !cipher->open(QStringLiteral("vault-1"), QStringLiteral("device-1"), QStringLiteral("batch-1"), tampered));
        const auto otherVault = BatchCipher::fromVaultSecretKey(RelayCredentials::withNewVaultKeys().vaultSecretKey);
        QVERIFY(!otherVault->open(
            QStringLiteral("vault-1"), QStringLiteral("device-1"), QStringLiteral("batch-1"), sealed));
        QVERIFY(!BatchCipher::fromVaultSecretKey(QByteArray(16, 'x')));
    }
};

QTEST_GUILESS_MAIN(ChangeSyncTest)
#include "test_change_sync.moc"
