#include "core/adapters/calendar/CalendarProviders.h"

#include "core/adapters/calendar/GoogleCalendarClient.h"
#include "core/adapters/calendar/MicrosoftCalendarClient.h"
#include "core/oauth/AccessTokenSource.h"

namespace clientele {

namespace {

// apiBase as the adapters want it: a folder, so relative paths append to it.
QUrl folder(QUrl url)
{
    if (!url.path().endsWith(QLatin1Char('/'))) {
        url.setPath(url.path() + QLatin1Char('/'));
    }
    return url;
}

} // namespace

std::unique_ptr<CalendarProvider> calendarProviderFor(
    const ConnectableProvider& provider, QNetworkAccessManager& network, OAuthSession& session)
{
    if (provider.calendarApi == u"google") {
        GoogleCalendarClient::Options options;
        if (provider.apiBase.isValid() && !provider.apiBase.isEmpty()) {
            options.baseUrl = folder(provider.apiBase);
        }
        return std::make_unique<GoogleCalendarClient>(options, network, AccessTokenSource::fromSession(session));
    }
    if (provider.calendarApi == u"microsoft") {
        MicrosoftCalendarClient::Options options;
        if (provider.apiBase.isValid() && !provider.apiBase.isEmpty()) {
            options.baseUrl = folder(provider.apiBase);
        }
        return std::make_unique<MicrosoftCalendarClient>(options, network, AccessTokenSource::fromSession(session));
    }
    return nullptr;
}

} // namespace clientele
