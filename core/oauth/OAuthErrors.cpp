#include "core/oauth/OAuthErrors.h"

#include <array>

#include <QCoreApplication>

namespace clientele {

namespace {

struct FailureInfo
{
    OAuthFailure failure;
    const char* name;
    Error::Code code;
    bool retryable;
};

constexpr std::array kFailures {
    FailureInfo {OAuthFailure::UserClosed, "user_closed", Error::Code::Unavailable, false},
    FailureInfo {OAuthFailure::BrowserUnavailable, "browser_unavailable", Error::Code::Unavailable, false},
    FailureInfo {OAuthFailure::TimedOut, "timed_out", Error::Code::Timeout, true},
    FailureInfo {OAuthFailure::AccessDenied, "access_denied", Error::Code::PermissionDenied, false},
    FailureInfo {OAuthFailure::InvalidGrant, "invalid_grant", Error::Code::PermissionDenied, false},
    FailureInfo {OAuthFailure::StateMismatch, "state_mismatch", Error::Code::InvalidInput, false},
    FailureInfo {OAuthFailure::WrongAccount, "wrong_account", Error::Code::Conflict, false},
    FailureInfo {OAuthFailure::Network, "network", Error::Code::Network, true},
    FailureInfo {OAuthFailure::UntrustedCertificate, "untrusted_certificate", Error::Code::Network, false},
    FailureInfo {OAuthFailure::ServerError, "server_error", Error::Code::Unavailable, true},
    FailureInfo {OAuthFailure::InvalidResponse, "invalid_response", Error::Code::CorruptData, true},
    FailureInfo {OAuthFailure::InvalidClient, "invalid_client", Error::Code::Internal, false},
    FailureInfo {OAuthFailure::ProviderError, "provider_error", Error::Code::Unavailable, false},
};

const FailureInfo* infoOf(OAuthFailure failure)
{
    for (const FailureInfo& info : kFailures) {
        if (info.failure == failure) {
            return &info;
        }
    }
    return nullptr;
}

// Messages are marked with QT_TRANSLATE_NOOP so lupdate files them under one context.
QString translated(const char* text)
{
    return QCoreApplication::translate("clientele::OAuth", text);
}

QString messageOf(OAuthFailure failure, const QString& provider)
{
    switch (failure) {
    case OAuthFailure::None:
        break;
    case OAuthFailure::UserClosed:
        return translated(QT_TRANSLATE_NOOP("clientele::OAuth", "Signing in to %1 was cancelled.")).arg(provider);
    case OAuthFailure::BrowserUnavailable:
        return translated(
            QT_TRANSLATE_NOOP("clientele::OAuth",
                "Clientele could not open your web browser to sign in to %1. Check that a default browser is set."))
            .arg(provider);
    case OAuthFailure::TimedOut:
        return translated(QT_TRANSLATE_NOOP("clientele::OAuth",
                              "Clientele stopped waiting for the browser to finish signing in to %1. Try again."))
            .arg(provider);
    case OAuthFailure::AccessDenied:
        return translated(QT_TRANSLATE_NOOP("clientele::OAuth",
                              "You did not allow Clientele to use your %1 account, so it was not connected."))
            .arg(provider);
    case OAuthFailure::InvalidGrant:
        return translated(QT_TRANSLATE_NOOP("clientele::OAuth",
                              "The connection to your %1 account has expired or was revoked. Reconnect the account."))
            .arg(provider);
    case OAuthFailure::StateMismatch:
        return translated(
            QT_TRANSLATE_NOOP("clientele::OAuth",
                "The sign-in answer from %1 did not belong to this sign-in and was refused (possible forgery). "
                "Try again."))
            .arg(provider);
    case OAuthFailure::WrongAccount:
        return translated(
            QT_TRANSLATE_NOOP("clientele::OAuth",
                "You signed in to %1 with a different account from the one being reconnected. Sign in with that "
                "account."))
            .arg(provider);
    case OAuthFailure::Network:
        return translated(QT_TRANSLATE_NOOP("clientele::OAuth",
                              "Clientele could not reach %1. Check the internet connection and try again."))
            .arg(provider);
    case OAuthFailure::UntrustedCertificate:
        return translated(QT_TRANSLATE_NOOP("clientele::OAuth",
                              "The sign-in page of %1 could not prove that it is genuine (its security certificate "
                              "is not trusted), so Clientele stopped. Check the date and time of this computer, "
                              "or whether a network filter intercepts secure connections."))
            .arg(provider);
    case OAuthFailure::ServerError:
        return translated(QT_TRANSLATE_NOOP("clientele::OAuth",
                              "%1 answered with an error or something unexpected. Try again later."))
            .arg(provider);
    case OAuthFailure::InvalidResponse:
        return translated(
            QT_TRANSLATE_NOOP("clientele::OAuth", "The answer from %1 could not be read. Try again later."))
            .arg(provider);
    case OAuthFailure::InvalidClient:
        return translated(QT_TRANSLATE_NOOP("clientele::OAuth",
                              "%1 does not accept this version of Clientele's sign-in settings. Please report this."))
            .arg(provider);
    case OAuthFailure::ProviderError:
        return translated(
            QT_TRANSLATE_NOOP("clientele::OAuth", "%1 refused the sign-in. Try connecting the account again."))
            .arg(provider);
    }
    return {};
}

} // namespace

QString oauthFailureName(OAuthFailure failure)
{
    const FailureInfo* info = infoOf(failure);
    return info == nullptr ? QStringLiteral("none") : QString::fromLatin1(info->name);
}

OAuthFailure oauthFailureOf(const Error& error)
{
    const QString& detail = error.detail();
    if (!detail.startsWith(QLatin1StringView("oauth:"))) {
        return OAuthFailure::None;
    }
    const qsizetype end = detail.indexOf(u':', 6);
    const QStringView name = QStringView(detail).mid(6, end < 0 ? -1 : end - 6);
    for (const FailureInfo& info : kFailures) {
        if (name == QLatin1StringView(info.name)) {
            return info.failure;
        }
    }
    return OAuthFailure::None;
}

Error oauthError(OAuthFailure failure, const QString& provider, const QString& detail)
{
    const FailureInfo* info = infoOf(failure);
    Q_ASSERT(info != nullptr);
    QString fullDetail = QStringLiteral("oauth:") + QString::fromLatin1(info->name);
    if (!detail.isEmpty()) {
        fullDetail += QStringLiteral(": ") + detail;
    }
    return Error(info->code, messageOf(failure, provider), fullDetail, info->retryable);
}

Error oauthErrorFromResponse(const QString& provider, const QString& errorCode, const QString& description)
{
    // The provider's words go to the detail only, cut short: they are not translated and could be long.
    const QString detail = QString(errorCode + u' ' + description.left(200)).trimmed();
    if (errorCode == QLatin1StringView("access_denied")) {
        return oauthError(OAuthFailure::AccessDenied, provider, detail);
    }
    if (errorCode == QLatin1StringView("invalid_grant")) {
        return oauthError(OAuthFailure::InvalidGrant, provider, detail);
    }
    if (errorCode == QLatin1StringView("invalid_client") || errorCode == QLatin1StringView("unauthorized_client")) {
        return oauthError(OAuthFailure::InvalidClient, provider, detail);
    }
    if (errorCode == QLatin1StringView("server_error") || errorCode == QLatin1StringView("temporarily_unavailable")) {
        return oauthError(OAuthFailure::ServerError, provider, detail);
    }
    return oauthError(OAuthFailure::ProviderError, provider, detail);
}

} // namespace clientele
