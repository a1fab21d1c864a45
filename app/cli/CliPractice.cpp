#include "app/cli/CliPractice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <cstdio>
#include <string.h> // explicit_bzero

#include "core/AppInfo.h"
#include "core/Logging.h"
#include "core/adapters/keychain/KeychainSecretStore.h"
#include "core/adapters/system/SystemClock.h"
#include "core/store/PracticeVault.h"

namespace clientele::cli {

namespace {
constexpr int kDefaultKeychainTimeoutMs = 5000;
}

PracticeOptions::PracticeOptions()
    : practice(QStringLiteral("practice"),
        QCoreApplication::translate("Cli", "The practice folder (default: the desktop app's practice)."),
        QCoreApplication::translate("Cli", "folder"))
    , passphraseStdin(QStringLiteral("passphrase-stdin"),
          QCoreApplication::translate(
              "Cli", "Unlock with the recovery code or passphrase read from standard input instead of the keychain."))
    , keychainTimeout(QStringLiteral("keychain-timeout"),
          QCoreApplication::translate("Cli", "How long to wait for the system keychain, in milliseconds (default %1).")
              .arg(kDefaultKeychainTimeoutMs),
          QCoreApplication::translate("Cli", "ms"))
{
}

void PracticeOptions::addTo(CommandParser& parser) const
{
    parser.addOption(practice);
    parser.addOption(passphraseStdin);
    parser.addOption(keychainTimeout);
}

PracticeFiles PracticeOptions::files(const CommandParser& parser) const
{
    if (parser.isSet(practice)) {
        return PracticeFiles {QDir(parser.value(practice)).absolutePath()};
    }
    return PracticeFiles {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("practice"))};
}

CliPractice::CliPractice()
    : m_clock(std::make_unique<SystemClock>())
    , m_keychain(std::make_unique<KeychainSecretStore>(AppInfo::appId()))
    , m_store(std::make_unique<Store>(*m_clock))
{
}

CliPractice::~CliPractice()
{
    m_store.reset(); // closes the database on its thread before the clock goes
}

std::optional<std::chrono::milliseconds> parseTimeout(const QString& text)
{
    bool ok = false;
    const int ms = text.toInt(&ok);
    if (!ok || ms <= 0) {
        return std::nullopt;
    }
    return std::chrono::milliseconds(ms);
}

SecureBytes readSecretLine()
{
    SecureBytes secret;
    char buffer[512];
    if (std::fgets(buffer, sizeof buffer, stdin)) {
        std::size_t length = strnlen(buffer, sizeof buffer);
        while (length > 0 && (buffer[length - 1] == '\n' || buffer[length - 1] == '\r')) {
            --length;
        }
        secret = SecureBytes(reinterpret_cast<const unsigned char*>(buffer), length);
    }
    explicit_bzero(buffer, sizeof buffer);
    return secret;
}

void printError(QTextStream& err, const Error& error)
{
    err << QStringLiteral("clientele-cli: ") << error.userMessage() << '\n';
    if (lcCli().isDebugEnabled()) {
        err << QStringLiteral("  (") << error.detail() << QStringLiteral(")\n");
    }
}

std::unique_ptr<CliPractice> CliPractice::open(
    const PracticeOptions& options, const CommandParser& parser, QTextStream& err)
{
    auto timeout = std::chrono::milliseconds(kDefaultKeychainTimeoutMs);
    if (parser.isSet(options.keychainTimeout)) {
        auto parsed = parseTimeout(parser.value(options.keychainTimeout));
        if (!parsed) {
            err << QCoreApplication::translate("Cli", "--keychain-timeout needs a number of milliseconds above zero.")
                << '\n';
            return nullptr;
        }
        timeout = *parsed;
    }
    std::unique_ptr<CliPractice> practice(new CliPractice);
    PracticeVault vault(*practice->m_store, practice->m_keychain.get(), timeout);
    const PracticeFiles files = options.files(parser);
    if (!QFileInfo::exists(files.databasePath())) {
        err << QCoreApplication::translate("Cli", "There is no practice in %1. Create one with \"clientele-cli init\".")
                   .arg(files.directory)
            << '\n';
        return nullptr;
    }
    if (parser.isSet(options.passphraseStdin)) {
        auto secret = std::make_shared<SecureBytes>(readSecretLine());
        auto unlocked = waitFor(vault.unlockWithPassphrase(files, secret), std::chrono::minutes(10));
        if (!unlocked || !unlocked->hasValue()) {
            printError(err, unlocked ? unlocked->error() : Store::lockedError());
            return nullptr;
        }
        return practice;
    }
    auto unlocked = waitFor(vault.unlockWithKeychain(files), std::chrono::minutes(10));
    if (!unlocked || !unlocked->hasValue()) {
        const Error error = unlocked ? unlocked->error() : Store::lockedError();
        printError(err, error);
        const auto code = error.code();
        if (code == Error::Code::Unavailable || code == Error::Code::Timeout || code == Error::Code::NotFound
            || code == Error::Code::PermissionDenied) {
            err << QCoreApplication::translate(
                "Cli", "To unlock without the keychain, pass --passphrase-stdin and type the recovery code.")
                << '\n';
        }
        return nullptr;
    }
    return practice;
}

} // namespace clientele::cli
