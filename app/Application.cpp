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
#include "ui/Section.h"
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

    QString themeName = m_options.theme;
    if (themeName.isEmpty()) {
        themeName = QSettings().value(QStringLiteral("appearance/theme"), QStringLiteral("system")).toString();
    }
    ui::Theme::Mode mode = ui::Theme::Mode::System;
    ui::Theme::modeFromString(themeName, mode);
    new ui::Theme(m_app, mode); // owned by the application object

    m_window = std::make_unique<ui::MainWindow>(m_versions);
    m_window->restoreState();
    ui::Section section = ui::Section::Today;
    if (ui::sectionFromKey(m_options.section, section)) {
        m_window->setCurrentSection(section);
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
