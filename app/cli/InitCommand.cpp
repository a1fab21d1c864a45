#include "app/cli/InitCommand.h"

#include <QCoreApplication>

#include "app/cli/CliPractice.h"
#include "core/AppInfo.h"
#include "core/adapters/keychain/KeychainSecretStore.h"
#include "core/adapters/system/SystemClock.h"
#include "core/store/PracticeVault.h"

namespace clientele::cli {

QString InitCommand::name() const
{
    return QStringLiteral("init");
}

QString InitCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Create a new encrypted practice and show its recovery code.");
}

int InitCommand::execute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(QCoreApplication::translate("Cli", "Usage: clientele-cli init [--practice folder] [options]"),
        QCoreApplication::translate("Cli",
            "Creates the encrypted practice database with a random key, keeps the key in the system keychain and "
            "wraps it under a recovery code in a key file beside the database. Write the recovery code down: "
            "without the keychain, it is the only way in."));
    const PracticeOptions practice;
    parser.addOption(practice.practice);
    parser.addOption(practice.keychainTimeout);
    const QCommandLineOption ownPassphrase(QStringLiteral("passphrase-stdin"),
        QCoreApplication::translate(
            "Cli", "Use a passphrase read from standard input instead of a generated recovery code."));
    const QCommandLineOption kdf(QStringLiteral("kdf"),
        QCoreApplication::translate("Cli",
            "Cost of the passphrase key derivation: moderate (default, 256 MiB) or "
            "interactive (64 MiB, for slow machines)."),
        QCoreApplication::translate("Cli", "profile"), QStringLiteral("moderate"));
    parser.addOption(ownPassphrase);
    parser.addOption(kdf);
    if (auto stop = parser.parse(arguments, 0, 0, out, err)) {
        return *stop;
    }
    KeyFile::KdfProfile profile = KeyFile::KdfProfile::Moderate;
    if (parser.value(kdf) == u"interactive") {
        profile = KeyFile::KdfProfile::Interactive;
    } else if (parser.value(kdf) != u"moderate") {
        err << QCoreApplication::translate("Cli", "Unknown --kdf profile \"%1\": use moderate or interactive.")
                   .arg(parser.value(kdf))
            << '\n';
        return kExitUsage;
    }
    auto timeout = std::chrono::milliseconds(5000);
    if (parser.isSet(practice.keychainTimeout)) {
        auto parsed = parseTimeout(parser.value(practice.keychainTimeout));
        if (!parsed) {
            err << QCoreApplication::translate("Cli", "--keychain-timeout needs a number of milliseconds above zero.")
                << '\n';
            return kExitUsage;
        }
        timeout = *parsed;
    }
    std::shared_ptr<const SecureBytes> passphrase;
    if (parser.isSet(ownPassphrase)) {
        auto typed = std::make_shared<SecureBytes>(readSecretLine());
        if (typed->size() < 12) {
            err << QCoreApplication::translate("Cli", "The passphrase must have at least 12 characters.") << '\n';
            return kExitUsage;
        }
        passphrase = typed;
    }
    const PracticeFiles files = practice.files(parser);
    SystemClock clock;
    KeychainSecretStore keychain(AppInfo::appId());
    Store store(clock);
    PracticeVault vault(store, &keychain, timeout);
    auto created = waitFor(vault.create(files, passphrase, profile), std::chrono::hours(1));
    if (!created || !created->hasValue()) {
        printError(err, created ? created->error() : Store::lockedError());
        return kExitFailure;
    }
    out << QCoreApplication::translate("Cli", "Created a practice in %1.").arg(files.directory) << '\n';
    if (created->value().recoveryCode) {
        const SecureBytes& code = *created->value().recoveryCode;
        out << '\n'
            << QCoreApplication::translate("Cli", "Recovery code (write it down and keep it safe):") << "\n\n    "
            << QString::fromLatin1(reinterpret_cast<const char*>(code.data()), static_cast<qsizetype>(code.size()))
            << "\n\n";
    }
    if (created->value().keychainProblem.isEmpty()) {
        out << QCoreApplication::translate("Cli", "The key is stored in the system keychain.") << '\n';
    } else {
        out << QCoreApplication::translate("Cli",
            "The key is not in the system keychain: %1 Unlock with "
            "--passphrase-stdin and the recovery code.")
                   .arg(created->value().keychainProblem)
            << '\n';
    }
    return kExitOk;
}

} // namespace clientele::cli
