#pragma once

#include <QString>
#include <chrono>
#include <functional>
#include <memory>

#include "core/ports/OAuthUserAgent.h"

namespace clientele {

class LoopbackRedirectListener;

// OAuthUserAgent on the user's own browser (RFC 8252 §6), with a loopback redirect (§7.3): what
// Google requires of desktop apps. Opening the browser is a callback so core stays widget-free; the
// app passes QDesktopServices::openUrl, tests a scripted HTTP client.
class SystemBrowserUserAgent final : public OAuthUserAgent
{
public:
    using OpenUrl = std::function<bool(const QUrl&)>;

    // timeout: how long to wait for the browser to come back before giving up.
    SystemBrowserUserAgent(
        OpenUrl openUrl, QString providerName, std::chrono::milliseconds timeout = std::chrono::minutes(10));
    ~SystemBrowserUserAgent() override;

    Result<QUrl> prepare(const QUrl& redirectTemplate) override;
    QFuture<Result<OAuthRedirect>> authorize(const QUrl& authorizationUrl) override;
    void cancel() override;

private:
    OpenUrl m_openUrl;
    QString m_providerName;
    std::chrono::milliseconds m_timeout;
    std::unique_ptr<LoopbackRedirectListener> m_listener;
};

} // namespace clientele
