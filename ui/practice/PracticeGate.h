#pragma once

#include <QStackedWidget>
#include <chrono>
#include <optional>

#include "core/domain/PracticeProfile.h"
#include "core/store/DemoPractice.h"
#include "core/store/PracticeFiles.h"

class QLabel;
class QProgressBar;

namespace clientele {
class Clock;
class PracticeVault;
class SecretStore;
class Store;
} // namespace clientele

namespace clientele::ui {

class FirstRunWizard;
class UnlockPage;

// Everything before the practice is open: the first-run wizard when there is no practice yet, the
// unlock page when there is one, and the generation of the demo practice. Emits opened() once the
// store is open and the profile read; lock() goes back to the unlock page.
class PracticeGate final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticeGate)

public:
    struct Options
    {
        PracticeFiles files; // the user's practice
        PracticeFiles demoFiles; // where the demo practice lives
        bool demo = false; // open (and first generate) the demo practice
        DemoPractice::Size demoSize = DemoPractice::Size::Small;
        std::chrono::milliseconds keychainTimeout {5000};
    };

    // The demo practice is protected by this passphrase (its data is fictional); the unlock page says so.
    static QString demoPassphrase();

    PracticeGate(Store& store, SecretStore* keychain, const Clock& clock, Options options, QWidget* parent = nullptr);
    ~PracticeGate() override;

    // Decides what to show: wizard, unlock (trying the keychain first) or demo generation.
    void start();
    // After the practice was locked: the unlock page, keychain by click.
    void showLocked();

    const PracticeFiles& currentFiles() const { return m_current; }

Q_SIGNALS:
    void opened(const clientele::domain::PracticeProfile& profile);

private:
    void createPractice(const domain::PracticeProfile& profile, const QString& ownPassphrase);
    void unlockWithKeychain(bool automatic);
    void unlockWithPassphrase(const QString& passphrase);
    void startDemo();
    void generateDemo();
    void loadProfile();
    bool isDemo() const;

    Store& m_store;
    const Clock& m_clock;
    Options m_options;
    PracticeFiles m_current;
    std::unique_ptr<PracticeVault> m_vault;
    FirstRunWizard* m_wizard = nullptr;
    UnlockPage* m_unlock = nullptr;
    QWidget* m_progressPage = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    std::optional<domain::PracticeProfile> m_pendingProfile; // saved right after creation
};

} // namespace clientele::ui
