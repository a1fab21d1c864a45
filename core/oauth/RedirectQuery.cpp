#include "core/oauth/RedirectQuery.h"

#include <QUrlQuery>

namespace clientele {

namespace {

QString normalisedPath(const QUrl& url)
{
    const QString path = url.path(QUrl::FullyEncoded);
    return path.isEmpty() ? QStringLiteral("/") : path;
}

} // namespace

OAuthRedirect parseRedirectQuery(const QUrl& url)
{
    QString rawQuery = url.query(QUrl::FullyEncoded);
    rawQuery.replace(u'+', QLatin1StringView("%20"));
    const QUrlQuery query(rawQuery);
    OAuthRedirect redirect;
    redirect.code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    redirect.state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
    redirect.error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    redirect.errorDescription = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
    return redirect;
}

bool isRedirectTo(const QUrl& url, const QUrl& redirectUri)
{
    return url.scheme().compare(redirectUri.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(redirectUri.host(), Qt::CaseInsensitive) == 0 && url.port() == redirectUri.port()
        && normalisedPath(url) == normalisedPath(redirectUri);
}

} // namespace clientele
