#pragma once

#include <memory>

class QNetworkAccessManager;

#include "app/CommandLine.h"
#include "core/ComponentVersions.h"

class QApplication;

namespace clientele {

class ActivityWatcher;
class AutoLock;
class Clock;
class RelayEnrollment;
class SecretStore;
class SingleInstanceGuard;
class Store;
class UnixSignalWatcher;

namespace ui {
class MainWindow;
class PracticeContext;
class PracticeGate;
class PracticeWorkspace;
class Theme;
} // namespace ui

// Owns the desktop app's object graph for one run: the theme, the single-instance guard, the store
// and the main window. The only place that decides which adapters the UI gets (the system clock,
// the OS keychain). While the practice is open it also owns its context and views; locking destroys
// them and closes the store, which wipes the key.
class Application final
{
public:
    Application(QApplication& app, DesktopOptions options, ComponentVersions versions);
    ~Application();
    Application(const Application&) = delete;
    Application& operator=(const Application&) = delete;

    // Shows the window and runs the event loop; returns the exit code. Returns 0 at once if another
    // instance was running and has been brought to the front instead.
    int run();

private:
    void openPractice();
    void lockPractice();
    void closePractice();

    QApplication& m_app;
    DesktopOptions m_options;
    ComponentVersions m_versions;
    std::unique_ptr<SingleInstanceGuard> m_guard;
    std::unique_ptr<UnixSignalWatcher> m_signals;
    std::unique_ptr<ui::Theme> m_theme;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<QNetworkAccessManager> m_network; // created when a practice opens, not at start-up
    std::unique_ptr<RelayEnrollment> m_relay; // uses m_network
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::PracticeGate* m_gate = nullptr; // owned by the window
    std::unique_ptr<ui::PracticeContext> m_context;
    std::unique_ptr<ui::PracticeWorkspace> m_workspace;
    std::unique_ptr<AutoLock> m_autoLock;
    std::unique_ptr<ActivityWatcher> m_activity;
};

} // namespace clientele
