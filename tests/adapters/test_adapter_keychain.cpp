// The OS keychain for real: QtKeychain → libsecret → a private gnome-keyring on a private D-Bus
// session (tests/support/run-with-keyring starts both).
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "core/FutureWait.h"
#include "core/adapters/keychain/KeychainSecretStore.h"
#include "tests/support/TestProcess.h"

using namespace clientele;
using namespace clientele::test;
using namespace std::chrono_literals;

class TestAdapterKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").startsWith(u"unix:"),
            "run through tests/support/run-with-keyring");
    }

    void storesReadsAndRemovesASecret()
    {
        KeychainSecretStore keychain(QStringLiteral("app.clientele.Test"));
        SecureBytes secret;
        secret.append(std::string_view("\x01\x02 raw key bytes \xff", 18));
        const auto written =
            waitFor(keychain.write(QStringLiteral("vault-1"), QStringLiteral("database-key"), secret), 20s);
        QVERIFY(written.has_value());
        QVERIFY2(written->hasValue(), qPrintable(written->hasValue() ? QString() : written->error().toString()));

        const auto read = waitFor(keychain.read(QStringLiteral("vault-1"), QStringLiteral("database-key")), 20s);
        QVERIFY(read.has_value() && read->hasValue());
        QCOMPARE(read->value()->size(), secret.size());
        QVERIFY(std::equal(secret.data(), secret.data() + secret.size(), read->value()->data()));

        QVERIFY(waitFor(keychain.remove(QStringLiteral("vault-1"), QStringLiteral("database-key")), 20s)->hasValue());
        const auto gone = waitFor(keychain.read(QStringLiteral("vault-1"), QStringLiteral("database-key")), 20s);
        QVERIFY(gone.has_value());
        QCOMPARE(gone->error().code(), Error::Code::NotFound);
        // Removing what is not there is fine.
        QVERIFY(waitFor(keychain.remove(QStringLiteral("vault-1"), QStringLiteral("database-key")), 20s)->hasValue());
    }

    void theCliUnlocksFromTheKeychainWithoutAskingForTheCode()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // keeps the private bus
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
        const QString cli = QStringLiteral(CLIENTELE_CLI_BINARY);
        const ProcessResult init = runProcess(
            cli, {QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("interactive")}, env, 60000);
        QVERIFY2(init.exitCode == 0,
            qPrintable(QStringLiteral("exit %1; stderr: %2; stdout: %3")
                           .arg(init.exitCode)
                           .arg(init.err.right(700), init.out.left(200))));
        QVERIFY2(init.out.contains(u"stored in the system keychain"), qPrintable(init.out));
        const ProcessResult stats = runProcess(cli, {QStringLiteral("stats")}, env, 60000);
        QVERIFY2(stats.exitCode == 0,
            qPrintable(QStringLiteral("exit %1; stderr: %2; stdout: %3")
                           .arg(stats.exitCode)
                           .arg(stats.err.right(700), stats.out.left(200))));
        QVERIFY(stats.out.contains(u"client"));
    }
};

QTEST_GUILESS_MAIN(TestAdapterKeychain)
#include "test_adapter_keychain.moc"
