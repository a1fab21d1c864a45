#include "core/oauth/AccessTokenSource.h"

#include <QCoreApplication>
#include <QPointer>

#include "core/oauth/OAuthSession.h"
#include "core/oauth/ReadyFuture.h"

namespace clientele {

namespace {

Result<QByteArray> sessionGone()
{
    return Error(Error::Code::Internal,
        QCoreApplication::translate("GoogleCalendar", "The connection to the account was closed. Reconnect it."),
        QStringLiteral("access token source: the OAuth session no longer exists"));
}

} // namespace

AccessTokenSource AccessTokenSource::fromSession(OAuthSession& session)
{
    const QPointer<OAuthSession> guarded(&session);
    AccessTokenSource source;
    source.token = [guarded]() { return guarded ? guarded->accessToken() : readyFuture(sessionGone()); };
    source.tokenAfterUnauthorized = [guarded](const QByteArray& rejected) {
        return guarded ? guarded->accessTokenAfterUnauthorized(rejected) : readyFuture(sessionGone());
    };
    return source;
}

} // namespace clientele
