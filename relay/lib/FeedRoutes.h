#pragma once

namespace clientele::relay {

class Router;
struct RelayContext;

// Subscribable calendar feeds (core/feeds/CalendarFeedSeal):
//   PUT    /v1/vaults/{vault}/feeds/{feed}  a device stores its feed's sealed body (device token);
//                                           one feed per vault, so a new id retires the old address
//   DELETE /v1/vaults/{vault}/feeds/{feed}  the feed was turned off: the vault's feed goes
//   GET    /feeds/{token}.ics               a calendar app fetches the feed: opened in memory with the
//                                           key the token carries; 404 for anything else
void addFeedRoutes(Router& router, RelayContext& context);

} // namespace clientele::relay
