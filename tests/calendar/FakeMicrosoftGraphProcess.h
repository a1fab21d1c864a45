#pragma once

#include "tests/calendar/FakeCalendarServer.h"

namespace clientele::test {

// The fake Microsoft Graph (tests/node/fake-microsoft-graph.mjs).
class FakeMicrosoftGraphProcess final : public FakeCalendarServer
{
public:
    FakeMicrosoftGraphProcess()
        : FakeCalendarServer(QStringLiteral("fake-microsoft-graph.mjs"), QStringLiteral("fake-microsoft-graph"))
    {
    }
};

} // namespace clientele::test
