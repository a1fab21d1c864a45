#include "core/adapters/calendar/CalendarLogging.h"

Q_LOGGING_CATEGORY(lcGoogleCalendar, "cl.adapter.gcal", QtInfoMsg)
