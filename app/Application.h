#pragma once

#include <memory>

#include "app/CommandLine.h"
#include "core/ComponentVersions.h"

class QApplication;

namespace clientele {

class SingleInstanceGuard;
class UnixSignalWatcher;

namespace ui {
class MainWindow;
class Theme;
} // namespace ui

// Owns the desktop app's object graph for one run: the theme, the single-instance guard and the
// main window. The only place that decides which adapters the UI gets.
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
    QApplication& m_app;
    DesktopOptions m_options;
    ComponentVersions m_versions;
    std::unique_ptr<SingleInstanceGuard> m_guard;
    std::unique_ptr<UnixSignalWatcher> m_signals;
    std::unique_ptr<ui::Theme> m_theme;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace clientele
