#include "core/adapters/calendar/CalendarLogging.h"

Q_LOGGING_CATEGORY(lcGoogleCalendar, "cl.adapter.gcal", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMicrosoftCalendar, "cl.adapter.mscal", QtInfoMsg)
