#include "core/adapters/calendar/MicrosoftGraphErrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/adapters/calendar/CalendarLogging.h"

namespace clientele {

ApiFailure graphFailureFromReply(int status, const QByteArray& body)
{
    ApiFailure failure;
    failure.status = status;
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1StringView("error")).toObject();
    failure.reason = error.value(QLatin1StringView("code")).toString().left(80);
    failure.message = error.value(QLatin1StringView("message")).toString().left(200);
    return failure;
}

bool graphIsThrottleOrServerTrouble(const ApiFailure& failure)
{
    return failure.status == 429 || failure.status >= 500;
}

Error microsoftCalendarError(const ApiFailure& failure, const char* operation)
{
    const QString detail = apiFailureDetail(failure, operation);
    switch (failure.status) {
    case 400:
        return {Error::Code::InvalidInput,
            QCoreApplication::translate("MicrosoftCalendar", "Outlook refused the request as invalid."), detail};
    case 401:
        return {Error::Code::PermissionDenied,
            QCoreApplication::translate("MicrosoftCalendar",
                "Microsoft no longer accepts Clientele's access to your Outlook calendar. Reconnect your Microsoft "
                "account."),
            detail};
    case 403:
        if (failure.reason == QLatin1StringView("ErrorQuotaExceeded")) {
            return {Error::Code::Unavailable,
                QCoreApplication::translate(
                    "MicrosoftCalendar", "Your Outlook mailbox is full. Free some space in Outlook, then try again."),
                detail};
        }
        return {Error::Code::PermissionDenied,
            QCoreApplication::translate("MicrosoftCalendar",
                "Your Microsoft account does not allow Clientele to do this in that calendar. Check that you may "
                "edit it, or reconnect the account and grant calendar access."),
            detail};
    case 404:
    case 410:
        return {Error::Code::NotFound,
            QCoreApplication::translate("MicrosoftCalendar", "The calendar or event no longer exists in Outlook."),
            detail};
    case 409:
        return {Error::Code::Conflict,
            QCoreApplication::translate(
                "MicrosoftCalendar", "Outlook is busy with another change to this event. Clientele will try again."),
            detail, true};
    case 412:
        return {Error::Code::Conflict,
            QCoreApplication::translate("MicrosoftCalendar",
                "The event was changed in Outlook since Clientele last read it. Clientele will read it again."),
            detail};
    default:
        break;
    }
    if (graphIsThrottleOrServerTrouble(failure)) {
        return microsoftCalendarGaveUpError(failure, operation, 1);
    }
    return {Error::Code::Unavailable,
        QCoreApplication::translate("MicrosoftCalendar", "Outlook answered with an unexpected error."), detail};
}

Error microsoftCalendarGaveUpError(const ApiFailure& failure, const char* operation, int attempts)
{
    const QString detail = apiFailureDetail(failure, operation) + QStringLiteral(" (after %1 attempts)").arg(attempts);
    if (failure.status >= 500) {
        return {Error::Code::Unavailable,
            QCoreApplication::translate(
                "MicrosoftCalendar", "Outlook is having trouble right now. Clientele will try again later."),
            detail, true};
    }
    return {Error::Code::Unavailable,
        QCoreApplication::translate("MicrosoftCalendar",
            "Microsoft is limiting how fast Clientele may send requests to Outlook. Clientele will try again in a "
            "few minutes."),
        detail, true};
}

Error microsoftCalendarNetworkError(const char* operation, const QString& detail)
{
    return {Error::Code::Network,
        QCoreApplication::translate(
            "MicrosoftCalendar", "Clientele could not reach Outlook (Microsoft Graph). Check the internet connection."),
        QLatin1StringView(operation) + QStringLiteral(": ") + detail, true};
}

Error microsoftCalendarBadAnswerError(const char* operation, const QString& detail)
{
    return {Error::Code::CorruptData,
        QCoreApplication::translate("MicrosoftCalendar", "Outlook sent an answer Clientele could not read."),
        QLatin1StringView(operation) + QStringLiteral(": ") + detail, true};
}

const ApiDialect& microsoftGraphDialect()
{
    static const ApiDialect dialect {&lcMicrosoftCalendar, &graphFailureFromReply, &graphIsThrottleOrServerTrouble,
        &microsoftCalendarError, &microsoftCalendarGaveUpError, &microsoftCalendarNetworkError,
        &microsoftCalendarBadAnswerError};
    return dialect;
}

} // namespace clientele
