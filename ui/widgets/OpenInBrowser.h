#pragma once

#include <QUrl>
#include <functional>

class QWidget;

namespace clientele::ui {

// Opens a web address (Stripe's setup, a payment link) in the user's browser. Where none can be
// started (no default browser set, a bare system), it says so and offers the address to copy, so a
// step that needs the browser is never silently lost.
void openInBrowser(QWidget* parent, const QUrl& url);

// How a browser is started: QDesktopServices::openUrl unless a test replaces it (an empty function
// puts the default back).
void setBrowserLauncher(std::function<bool(const QUrl&)> replacement);

} // namespace clientele::ui
