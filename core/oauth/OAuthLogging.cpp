#include "core/oauth/OAuthLogging.h"

Q_LOGGING_CATEGORY(lcOAuth, "cl.oauth", QtInfoMsg)
