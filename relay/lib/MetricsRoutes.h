#pragma once

namespace clientele::relay {

class Router;
struct RelayContext;

// GET /metrics: Prometheus text. With CLIENTELE_RELAY_METRICS_TOKEN set it needs that bearer token;
// without, it answers loopback clients only (a scraper on the same host or behind the proxy).
void addMetricsRoutes(Router& router, RelayContext& context);

} // namespace clientele::relay
