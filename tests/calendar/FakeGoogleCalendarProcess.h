#pragma once

#include <QJsonObject>

#include "tests/calendar/FakeCalendarServer.h"

namespace clientele::test {

// The fake Google Calendar API (tests/node/fake-google-calendar.mjs).
class FakeGoogleCalendarProcess final : public FakeCalendarServer
{
public:
    FakeGoogleCalendarProcess()
        : FakeCalendarServer(QStringLiteral("fake-google-calendar.mjs"), QStringLiteral("fake-google-calendar"))
    {
    }
};

// An event as the fake Google API takes it from /_control (an edit "from outside", in Google's UI).
inline QJsonObject googleEvent(const char* summary, const char* startUtc, const char* endUtc)
{
    return QJsonObject {{QStringLiteral("summary"), QLatin1StringView(summary)},
        {QStringLiteral("start"), QJsonObject {{QStringLiteral("dateTime"), QLatin1StringView(startUtc)}}},
        {QStringLiteral("end"), QJsonObject {{QStringLiteral("dateTime"), QLatin1StringView(endUtc)}}}};
}

} // namespace clientele::test
