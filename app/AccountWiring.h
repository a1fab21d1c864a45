#pragma once

#include "ui/settings/AccountConnector.h"

class QNetworkAccessManager;

namespace clientele {

class Clock;
class RelayEnrollment;
class SecretStore;

// The real adapters behind Settings → Connected accounts: the providers this build can connect (its
// client ids, or the CLIENTELE_OAUTH_PROVIDERS file), the system browser for Google, the
// clientele-signin window beside this executable for the others, and the token endpoint over the
// network.
ui::AccountServices accountServices(
    SecretStore* keychain, QNetworkAccessManager& network, const Clock& clock, RelayEnrollment* relay = nullptr);

} // namespace clientele
