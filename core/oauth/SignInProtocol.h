#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

namespace clientele {

// What the desktop and its sign-in window (clientele-signin, app/signin) say to each other over the
// window's stdin and stdout. The window is a separate process so that Chromium starts only when a
// flow opens and never inside the desktop (DESIGN.md §4, §6); a crash in it loses no work.
//
// The desktop writes one request line; the window answers with one outcome line and exits. Both are
// single-line JSON. The PKCE verifier never leaves the desktop: the window only sees the public
// authorization URL and hands back the redirect.
struct SignInRequest
{
    QUrl authorizationUrl;
    QUrl redirectUri; // navigation to this (any query) is caught and never sent
    QString windowTitle; // translated by the desktop: "Connect Microsoft 365"
    QString providerName;
    QString localeName; // the desktop's UI language ("de_DE"), so the window speaks it too

    QByteArray toLine() const;
    static std::optional<SignInRequest> fromLine(const QByteArray& line);
};

struct SignInOutcome
{
    enum class Kind
    {
        Redirect, // the provider redirected to redirectUri: `redirect` holds the whole URL
        Closed, // the user closed the window, or the page closed itself
        LoadFailed, // the provider's page could not be loaded: `detail` says why
        UntrustedCertificate, // a certificate error, refused: `detail` names the host and error
    };

    Kind kind = Kind::Closed;
    QUrl redirect;
    QString detail;

    QByteArray toLine() const;
    static std::optional<SignInOutcome> fromLine(const QByteArray& line);
};

} // namespace clientele
