#pragma once

#include <QLoggingCategory>

// Calendar provider requests, one category per provider. Kept beside the adapters (like cl.oauth)
// while issue 7 lands. Log operations, status codes and the provider's error codes; never a token,
// calendar id, mailbox address, event content or anything else that could name a client.
// cl.adapter.gcal: Google Calendar.
Q_DECLARE_LOGGING_CATEGORY(lcGoogleCalendar)
// cl.adapter.mscal: Microsoft Graph (Outlook / Microsoft 365 calendars).
Q_DECLARE_LOGGING_CATEGORY(lcMicrosoftCalendar)
