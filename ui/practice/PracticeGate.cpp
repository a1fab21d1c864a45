#include "ui/practice/PracticeGate.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>
#include <atomic>

#include "core/Logging.h"
#include "core/ports/Clock.h"
#include "core/store/EmailSettings.h"
#include "core/store/PracticeVault.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Store.h"
#include "ui/practice/FirstRunWizard.h"
#include "ui/practice/UnlockPage.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

namespace {

std::shared_ptr<const SecureBytes> secretOf(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    auto secret = std::make_shared<const SecureBytes>(
        reinterpret_cast<const unsigned char*>(utf8.constData()), static_cast<std::size_t>(utf8.size()));
    utf8.fill('\0');
    return secret;
}

bool practiceExists(const PracticeFiles& files)
{
    return QFileInfo::exists(files.databasePath()) || QFileInfo::exists(files.keyFilePath());
}

} // namespace

QString PracticeGate::demoPassphrase()
{
    return QStringLiteral("demo");
}

PracticeGate::PracticeGate(Store& store, SecretStore* keychain, const Clock& clock, Options options, QWidget* parent)
    : QStackedWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_current(m_options.demo ? m_options.demoFiles : m_options.files)
    , m_vault(std::make_unique<PracticeVault>(store, keychain, m_options.keychainTimeout))
{
    setObjectName(QStringLiteral("practiceGate"));
    m_wizard = new FirstRunWizard(this);
    m_unlock = new UnlockPage(this);
    m_progressPage = new QWidget(this);
    auto* layout = new QVBoxLayout(m_progressPage);
    m_progressLabel = new QLabel(m_progressPage);
    m_progressLabel->setObjectName(QStringLiteral("gateProgressLabel"));
    m_progressLabel->setAlignment(Qt::AlignHCenter);
    m_progressLabel->setWordWrap(true);
    m_progress = new QProgressBar(m_progressPage);
    m_progress->setObjectName(QStringLiteral("gateProgressBar"));
    m_progress->setMaximumWidth(420);
    layout->addStretch(2);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    addWidget(m_wizard);
    addWidget(m_unlock);
    addWidget(m_progressPage);

    connect(m_wizard, &FirstRunWizard::createRequested, this, &PracticeGate::createPractice);
    connect(m_wizard, &FirstRunWizard::demoRequested, this, &PracticeGate::startDemo);
    connect(m_wizard, &FirstRunWizard::finished, this, &PracticeGate::loadProfile);
    connect(m_unlock, &UnlockPage::keychainUnlockRequested, this, [this] { unlockWithKeychain(false); });
    connect(m_unlock, &UnlockPage::passphraseEntered, this, &PracticeGate::unlockWithPassphrase);
}

PracticeGate::~PracticeGate() = default;

bool PracticeGate::isDemo() const
{
    return m_current.directory == m_options.demoFiles.directory;
}

void PracticeGate::start()
{
    if (isDemo()) {
        startDemo();
        return;
    }
    if (!practiceExists(m_current)) {
        setCurrentWidget(m_wizard);
        return;
    }
    unlockWithKeychain(true);
}

void PracticeGate::showLocked()
{
    m_unlock->setHint(
        isDemo() ? tr("This is the demo practice; its passphrase is \"%1\".").arg(demoPassphrase()) : QString());
    m_unlock->showReady(tr("Locked to keep your clients' details private."), true);
    setCurrentWidget(m_unlock);
}

void PracticeGate::createPractice(const domain::PracticeProfile& profile, const QString& ownPassphrase)
{
    m_wizard->showCreating();
    if (!QDir().mkpath(m_current.directory)) {
        m_wizard->showCreateFailed(
            tr("the folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_current.directory)));
        return;
    }
    m_pendingProfile = profile;
    const auto passphrase = ownPassphrase.isEmpty() ? nullptr : secretOf(ownPassphrase);
    whenReady(this, m_vault->create(m_current, passphrase, KeyFile::KdfProfile::Moderate),
        [this](const Result<PracticeVault::Created>& created) {
            if (!created) {
                m_wizard->showCreateFailed(created.error().userMessage());
                return;
            }
            const QString code = created->recoveryCode
                ? QString::fromLatin1(reinterpret_cast<const char*>(created->recoveryCode->data()),
                    qsizetype(created->recoveryCode->size()))
                : QString();
            qCInfo(lcStorage) << "Practice created" << (created->keychainProblem.isEmpty() ? "with" : "without")
                              << "a keychain entry";
            m_wizard->showRecoveryCode(code, created->keychainProblem);
        });
}

void PracticeGate::unlockWithKeychain(bool automatic)
{
    m_unlock->setHint(
        isDemo() ? tr("This is the demo practice; its passphrase is \"%1\".").arg(demoPassphrase()) : QString());
    m_unlock->showBusy(tr("Opening with the system keychain…"));
    setCurrentWidget(m_unlock);
    whenReady(this, m_vault->unlockWithKeychain(m_current), [this, automatic](const Result<void>& result) {
        if (result) {
            loadProfile();
            return;
        }
        qCInfo(lcStorage).noquote() << "Keychain unlock failed:" << result.error().userMessage();
        if (automatic && isDemo()) {
            unlockWithPassphrase(demoPassphrase());
            return;
        }
        const QString reason = result.error().code() == Error::Code::NotFound
            ? tr("The keychain has no key for this practice. Type your recovery code or passphrase.")
            : tr("The keychain could not be used (%1). Type your recovery code or passphrase.")
                  .arg(result.error().userMessage());
        m_unlock->showReady(reason, result.error().code() != Error::Code::NotFound);
    });
}

void PracticeGate::unlockWithPassphrase(const QString& passphrase)
{
    m_unlock->showBusy(tr("Checking…"));
    setCurrentWidget(m_unlock);
    whenReady(this, m_vault->unlockWithPassphrase(m_current, secretOf(passphrase)),
        [this](const Result<PracticeVault::Unlocked>& result) {
            if (result) {
                loadProfile();
                return;
            }
            m_unlock->showReady(result.error().userMessage(), true);
        });
}

void PracticeGate::startDemo()
{
    m_current = m_options.demoFiles;
    if (practiceExists(m_current)) {
        unlockWithKeychain(true);
        return;
    }
    m_progressLabel->setText(tr("Creating the demo practice…"));
    m_progress->setRange(0, 0);
    setCurrentWidget(m_progressPage);
    if (!QDir().mkpath(m_current.directory)) {
        m_progressLabel->setText(
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_current.directory)));
        return;
    }
    // The demo holds fictional data: a fast key derivation and a known passphrase are fine.
    whenReady(this, m_vault->create(m_current, secretOf(demoPassphrase()), KeyFile::KdfProfile::Interactive),
        [this](const Result<PracticeVault::Created>& created) {
            if (!created) {
                m_progressLabel->setText(
                    tr("The demo practice could not be created: %1").arg(created.error().userMessage()));
                return;
            }
            generateDemo();
        });
}

void PracticeGate::generateDemo()
{
    const DemoPractice::Counts counts = DemoPractice::countsFor(m_options.demoSize);
    m_progress->setRange(0, counts.total());
    m_progressLabel->setText(tr("Filling the demo practice with fictional clients, bookings and invoices…"));
    const DemoPractice::Size size = m_options.demoSize;
    const QDateTime now = m_clock.nowUtc();
    // The storage thread counts; a timer here shows the count. Nothing on that thread touches a widget.
    auto committed = std::make_shared<std::atomic_int>(0);
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, m_progress, [this, committed] { m_progress->setValue(committed->load()); });
    poll->start(100);
    // The demo's emails go into a folder beside it, as .eml files: nothing leaves the computer.
    const QString emailFolder = QDir(m_options.demoFiles.directory).filePath(QStringLiteral("Sent emails"));
    whenReady(this,
        m_store.run([size, now, committed, emailFolder](StoreSession& session) -> Result<DemoPractice::Counts> {
            Result<DemoPractice::Counts> filled = DemoPractice::generate(
                session, size, 1, [committed](int count) { committed->store(count); }, now);
            if (!filled) {
                return filled;
            }
            email::EmailAccount account;
            account.delivery = email::EmailAccount::Delivery::Folder;
            account.sender = {QStringLiteral("Lumen Studio"), QStringLiteral("hello@lumen-studio.example"), {}};
            account.folder = emailFolder;
            if (Result<void> saved = EmailSettings::saveAccountIn(session, account); !saved) {
                return saved.error();
            }
            return filled;
        }),
        [this, poll](const Result<DemoPractice::Counts>& generated) {
            poll->deleteLater();
            if (!generated) {
                m_progressLabel->setText(
                    tr("The demo practice could not be filled: %1").arg(generated.error().userMessage()));
                return;
            }
            loadProfile();
        });
}

void PracticeGate::loadProfile()
{
    auto settings = std::make_shared<SettingsRepository>(m_store);
    if (m_pendingProfile) {
        const domain::PracticeProfile profile = *m_pendingProfile;
        m_pendingProfile.reset();
        whenReady(this, settings->saveProfile(profile), [this, settings, profile](const Result<void>& saved) {
            if (!saved) {
                qCWarning(lcStorage).noquote()
                    << "The practice profile could not be saved:" << saved.error().userMessage();
            }
            Q_EMIT opened(profile);
        });
        return;
    }
    whenReady(this, settings->profile(), [this, settings](const Result<domain::PracticeProfile>& profile) {
        Q_EMIT opened(profile ? profile.value() : domain::PracticeProfile());
    });
}

} // namespace clientele::ui
