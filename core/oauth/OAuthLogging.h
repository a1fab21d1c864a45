#pragma once

#include <QLoggingCategory>

// cl.oauth: flows, refreshes and revocations. Kept beside the OAuth code rather than in
// core/Logging.h while issue 7 lands; log provider ids and failure kinds, never a token or code.
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)
