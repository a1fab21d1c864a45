#pragma once

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

} // namespace clientele::test
