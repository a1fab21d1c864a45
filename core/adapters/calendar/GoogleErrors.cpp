#include "core/adapters/calendar/GoogleErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/adapters/calendar/CalendarLogging.h"

namespace clientele {

ApiFailure googleFailureFromReply(int status, const QByteArray& body)
{
    ApiFailure failure;
    failure.status = status;
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1StringView("error")).toObject();
    failure.message = error.value(QLatin1StringView("message")).toString().left(200);
    const QJsonArray errors = error.value(QLatin1StringView("errors")).toArray();
    if (!errors.isEmpty()) {
        failure.reason = errors.first().toObject().value(QLatin1StringView("reason")).toString();
    }
    if (failure.reason.isEmpty()) {
        // Newer Google APIs put the reason in error.status ("RESOURCE_EXHAUSTED") or nowhere.
        failure.reason = error.value(QLatin1StringView("status")).toString();
    }
    return failure;
}

bool googleIsThrottleOrServerTrouble(const ApiFailure& failure)
{
    if (failure.status == 429 || failure.status >= 500) {
        return true;
    }
    // 403 is also "forbidden" and "quotaExceeded" (a daily quota): only the per-second and per-user
    // rate limits go away with a short wait.
    return failure.status == 403
        && (failure.reason == QLatin1StringView("rateLimitExceeded")
            || failure.reason == QLatin1StringView("userRateLimitExceeded"));
}

Error googleCalendarError(const ApiFailure& failure, const char* operation)
{
    const QString detail = apiFailureDetail(failure, operation);
    switch (failure.status) {
    case 400:
        return {Error::Code::InvalidInput,
            QCoreApplication::translate("GoogleCalendar", "Google Calendar refused the request as invalid."), detail};
    case 401:
        return {Error::Code::PermissionDenied,
            QCoreApplication::translate("GoogleCalendar",
                "Google no longer accepts Clientele's access to your calendar. Reconnect your Google account."),
            detail};
    case 403:
        if (failure.reason == QLatin1StringView("quotaExceeded")
            || failure.reason == QLatin1StringView("dailyLimitExceeded")) {
            return {Error::Code::Unavailable,
                QCoreApplication::translate("GoogleCalendar",
                    "Clientele has used up its Google Calendar allowance for today. It will try again later."),
                detail, true};
        }
        return {Error::Code::PermissionDenied,
            QCoreApplication::translate(
                "GoogleCalendar", "Your Google account does not allow Clientele to do this in that calendar."),
            detail};
    case 404:
    case 410:
        return {Error::Code::NotFound,
            QCoreApplication::translate("GoogleCalendar", "The calendar or event no longer exists in Google Calendar."),
            detail};
    case 409:
        return {Error::Code::Conflict,
            QCoreApplication::translate("GoogleCalendar", "Google Calendar already has this event."), detail};
    case 412:
        return {Error::Code::Conflict,
            QCoreApplication::translate("GoogleCalendar",
                "The event was changed in Google Calendar since Clientele last read it. Clientele will read it again."),
            detail};
    default:
        break;
    }
    if (googleIsThrottleOrServerTrouble(failure)) {
        return googleCalendarGaveUpError(failure, operation, 1);
    }
    return {Error::Code::Unavailable,
        QCoreApplication::translate("GoogleCalendar", "Google Calendar answered with an unexpected error."), detail};
}

Error googleCalendarGaveUpError(const ApiFailure& failure, const char* operation, int attempts)
{
    const QString detail = apiFailureDetail(failure, operation) + QStringLiteral(" (after %1 attempts)").arg(attempts);
    if (failure.status >= 500) {
        return {Error::Code::Unavailable,
            QCoreApplication::translate(
                "GoogleCalendar", "Google Calendar is having trouble right now. Clientele will try again later."),
            detail, true};
    }
    return {Error::Code::Unavailable,
        QCoreApplication::translate("GoogleCalendar",
            "Google Calendar is limiting how fast Clientele may send requests. Clientele will try again in a few "
            "minutes."),
        detail, true};
}

Error googleCalendarNetworkError(const char* operation, const QString& detail)
{
    return {Error::Code::Network,
        QCoreApplication::translate(
            "GoogleCalendar", "Clientele could not reach Google Calendar. Check the internet connection."),
        QLatin1StringView(operation) + QStringLiteral(": ") + detail, true};
}

Error googleCalendarBadAnswerError(const char* operation, const QString& detail)
{
    return {Error::Code::CorruptData,
        QCoreApplication::translate("GoogleCalendar", "Google Calendar sent an answer Clientele could not read."),
        QLatin1StringView(operation) + QStringLiteral(": ") + detail, true};
}

const ApiDialect& googleCalendarDialect()
{
    static const ApiDialect dialect {&lcGoogleCalendar, &googleFailureFromReply, &googleIsThrottleOrServerTrouble,
        &googleCalendarError, &googleCalendarGaveUpError, &googleCalendarNetworkError, &googleCalendarBadAnswerError};
    return dialect;
}

} // namespace clientele
