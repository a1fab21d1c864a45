#include "app/Application.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>
#include <cstdio>

#include "app/SingleInstanceGuard.h"
#include "app/UnixSignalWatcher.h"
#include "core/AppInfo.h"
#include "core/Logging.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

namespace clientele {

Application::Application(QApplication& app, DesktopOptions options, ComponentVersions versions)
    : m_app(app)
    , m_options(std::move(options))
    , m_versions(std::move(versions))
{
}

Application::~Application() = default;

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

    ui::Theme::Mode mode = ui::Theme::Mode::System;
    if (m_options.theme) {
        mode = *m_options.theme;
    } else {
        ui::Theme::modeFromString(QSettings().value(QStringLiteral("appearance/theme")).toString(), mode);
    }
    m_theme = std::make_unique<ui::Theme>(m_app, mode);

    m_window = std::make_unique<ui::MainWindow>(m_versions);
    m_window->restoreState();
    if (m_options.section) {
        m_window->setCurrentSection(*m_options.section);
    }
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
    });
    return QApplication::exec();
}

} // namespace clientele
