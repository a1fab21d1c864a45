#pragma once

#include <memory>

#include "core/oauth/ConnectableProviders.h"
#include "core/ports/CalendarProvider.h"

class QNetworkAccessManager;

namespace clientele {

class OAuthSession;

// The calendar API of a connected account: Google Calendar v3 or Microsoft Graph, as the provider's
// calendarApi says, at its apiBase, with tokens from `session` (which must outlive it). Null for a
// calendarApi this build does not speak.
std::unique_ptr<CalendarProvider> calendarProviderFor(
    const ConnectableProvider& provider, QNetworkAccessManager& network, OAuthSession& session);

} // namespace clientele
