#pragma once

#include <QLoggingCategory>

// cl.adapter.gcal: Google Calendar requests. Kept beside the adapter (like cl.oauth) while issue 7
// lands. Log operations, status codes and Google's reason codes; never a token, calendar id, event
// content or anything else that could name a client.
Q_DECLARE_LOGGING_CATEGORY(lcGoogleCalendar)
