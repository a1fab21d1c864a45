#include "app/Application.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>

#include "app/ActivityWatcher.h"
#include "app/SingleInstanceGuard.h"
#include "app/UnixSignalWatcher.h"
#include "core/AppInfo.h"
#include "core/Logging.h"
#include "core/adapters/mail/SmtpTransport.h"
#include <QNetworkAccessManager>

#include "core/adapters/relay/RelayEnrollmentClient.h"

#include "app/AccountWiring.h"
#include "core/adapters/keychain/KeychainSecretStore.h"
#include "core/adapters/system/SystemClock.h"
#include "core/store/AutoLock.h"
#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/PracticeWorkspace.h"
#include "ui/Theme.h"
#include "ui/practice/PracticeContext.h"
#include "ui/practice/PracticeGate.h"

namespace clientele {

namespace {

QString dataDirectory(const QString& name)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' + name;
}

} // namespace

Application::Application(QApplication& app, DesktopOptions options, ComponentVersions versions)
    : m_app(app)
    , m_options(std::move(options))
    , m_versions(std::move(versions))
{
}

Application::~Application()
{
    closePractice();
    m_window.reset();
}

int Application::run()
{
    m_guard = std::make_unique<SingleInstanceGuard>();
    if (m_guard->activateRunningInstance()) {
        std::fprintf(stdout, "%s\n",
            qPrintable(QCoreApplication::translate("Application",
                "Clientele is already running; its window was brought "
                "to the front.")));
        return 0;
    }
    m_guard->listen();

    m_theme = std::make_unique<ui::Theme>(m_app, m_options.theme.value_or(ui::Theme::storedMode()));

    m_clock = std::make_unique<SystemClock>();
    m_keychain = std::make_unique<KeychainSecretStore>(AppInfo::appId());
    m_store = std::make_unique<Store>(*m_clock);

    m_window = std::make_unique<ui::MainWindow>(m_versions);
    m_window->restoreState();
    if (m_options.section) {
        m_window->setCurrentSection(*m_options.section);
    }

    ui::PracticeGate::Options gateOptions;
    gateOptions.files.directory =
        m_options.practiceDirectory.isEmpty() ? dataDirectory(QStringLiteral("practice")) : m_options.practiceDirectory;
    gateOptions.demoFiles.directory = dataDirectory(QStringLiteral("demo"));
    gateOptions.demo = m_options.demo;
    gateOptions.demoSize = m_options.bigDemo ? DemoPractice::Size::Big : DemoPractice::Size::Small;
    m_gate = new ui::PracticeGate(*m_store, m_keychain.get(), *m_clock, gateOptions, m_window.get());
    m_window->setGate(m_gate);
    QObject::connect(m_gate, &ui::PracticeGate::opened, m_window.get(), [this](const domain::PracticeProfile& profile) {
        m_context = std::make_unique<ui::PracticeContext>(*m_store, *m_clock, m_gate->currentFiles(), profile);
        openPractice();
    });
    QObject::connect(m_window.get(), &ui::MainWindow::lockRequested, m_window.get(), [this] { lockPractice(); });

    QObject::connect(
        m_guard.get(), &SingleInstanceGuard::activationRequested, m_window.get(), &ui::MainWindow::bringToFront);
    // A termination signal closes the window like File → Quit, so its state is saved.
    m_signals = std::make_unique<UnixSignalWatcher>();
    QObject::connect(m_signals.get(), &UnixSignalWatcher::terminationRequested, m_window.get(), [this] {
        m_window->close();
        QCoreApplication::quit();
    });
    m_window->show();

    // Logged once the window is mapped and the event loop runs: tests and start-up benchmarks wait
    // for this line.
    QTimer::singleShot(0, m_window.get(), [this] {
        qCInfo(lcApp).noquote() << QStringLiteral("Main window shown (window id 0x%1)").arg(m_window->winId(), 0, 16);
        m_gate->start();
    });
    const int code = QApplication::exec();
    // An email being handed to the mail server finishes (or times out) before libcurl and OpenSSL
    // are torn down; one cut short is found at the next start and never sent twice.
    if (!SmtpTransport::waitForConversations(std::chrono::seconds(5))) {
        qCWarning(lcApp) << "Quitting while an email is still being sent; it is checked at the next start";
    }
    return code;
}

void Application::openPractice()
{
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_relay = std::make_unique<RelayEnrollmentClient>(*m_network);
    }
    m_workspace = std::make_unique<ui::PracticeWorkspace>(
        *m_context, *m_window, accountServices(m_keychain.get(), *m_network, *m_clock, m_relay.get()));
    // Start-up benchmarks and end-to-end tests wait for this line: the practice is open and Today's
    // overview is on screen.
    QObject::connect(m_workspace.get(), &ui::PracticeWorkspace::ready, m_window.get(),
        [] { qCInfo(lcApp).noquote() << QStringLiteral("Workspace ready"); });
    QObject::connect(m_workspace.get(), &ui::PracticeWorkspace::themeChangeRequested, m_window.get(),
        [this](ui::Theme::Mode mode) { m_theme->setMode(mode); });
    m_window->showWorkspace();
    const int idleMinutes = m_context->profile().idleLockMinutes;
    m_autoLock = std::make_unique<AutoLock>(*m_store, *m_clock, std::chrono::minutes(idleMinutes));
    QObject::connect(m_autoLock.get(), &AutoLock::locked, m_window.get(), [this] {
        // The store is already locked; take the views down and show the gate.
        QTimer::singleShot(0, m_window.get(), [this] { lockPractice(); });
    });
    QObject::connect(m_context.get(), &ui::PracticeContext::profileChanged, m_window.get(),
        [this] { m_autoLock->setIdleLimit(std::chrono::minutes(m_context->profile().idleLockMinutes)); });
    m_activity = std::make_unique<ActivityWatcher>([this] {
        if (m_autoLock) {
            m_autoLock->noteActivity();
        }
    });
    m_app.installEventFilter(m_activity.get());
    qCInfo(lcApp) << "Practice open";
}

void Application::closePractice()
{
    if (m_activity) {
        m_app.removeEventFilter(m_activity.get());
        m_activity.reset();
    }
    m_autoLock.reset();
    m_workspace.reset();
    if (m_window) {
        m_window->resetSectionPages();
    }
    m_context.reset();
}

void Application::lockPractice()
{
    if (!m_context) {
        return;
    }
    closePractice();
    (void)m_store->lock();
    m_gate->showLocked();
    m_window->showGate();
    qCInfo(lcApp) << "Practice locked";
}

} // namespace clientele
