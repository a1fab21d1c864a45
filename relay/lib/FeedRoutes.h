#pragma once

namespace clientele::relay {

class Router;
struct RelayContext;

// Subscribable calendar feeds (core/feeds/CalendarFeedSeal):
//   PUT    /v1/vaults/{vault}/feeds/{feed}  a device stores its feed's sealed body (device token)
//   DELETE /v1/vaults/{vault}/feeds/{feed}  the URL was reset or the feed turned off
//   GET    /feeds/{token}.ics               a calendar app fetches the feed: opened in memory with the
//                                           key the token carries; 404 for anything else
void addFeedRoutes(Router& router, RelayContext& context);

} // namespace clientele::relay
