#pragma once

#include <QCommandLineOption>
#include <QTextStream>
#include <chrono>
#include <memory>
#include <optional>

#include "app/cli/CommandParser.h"
#include "core/FutureWait.h"
#include "core/SecureBytes.h"
#include "core/store/PracticeFiles.h"
#include "core/store/Store.h"

namespace clientele {
class SecretStore;
class SystemClock;
} // namespace clientele

namespace clientele::cli {

// The options every command that opens a practice has: which folder, how to unlock it.
struct PracticeOptions
{
    QCommandLineOption practice;
    QCommandLineOption passphraseStdin;
    QCommandLineOption keychainTimeout;

    PracticeOptions();
    void addTo(CommandParser& parser) const;
    PracticeFiles files(const CommandParser& parser) const;
};

// An open practice for one command: the store with its storage thread, unlocked from the keychain or
// with the recovery code or passphrase read from standard input.
class CliPractice final
{
public:
    ~CliPractice();
    CliPractice(const CliPractice&) = delete;
    CliPractice& operator=(const CliPractice&) = delete;

    // Prints the reason to err and returns nullptr when the practice cannot be opened.
    static std::unique_ptr<CliPractice> open(
        const PracticeOptions& options, const CommandParser& parser, QTextStream& err);

    Store& store() { return *m_store; }

    // Runs work on the storage thread and waits for it (the CLI has nothing else to do meanwhile).
    template<typename Work>
    auto run(Work work) -> std::invoke_result_t<Work, StoreSession&>
    {
        using R = std::invoke_result_t<Work, StoreSession&>;
        std::optional<R> result = waitFor(m_store->run(std::move(work)), std::chrono::hours(24));
        if (!result) {
            return R(Store::lockedError());
        }
        return std::move(*result);
    }

private:
    CliPractice();
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<Store> m_store;

    friend struct CliPracticeFactory;
};

// One line from standard input, without the line break, never held in a QString.
SecureBytes readSecretLine();
// Parses a keychain timeout in milliseconds; nullopt when the text is not a positive number.
std::optional<std::chrono::milliseconds> parseTimeout(const QString& text);
// Prints an error as "clientele-cli: <message>" (and the technical detail when verbose logging is on).
void printError(QTextStream& err, const Error& error);

} // namespace clientele::cli
