#pragma once

namespace clientele::relay {

class Router;

// GET /healthz: 200 {"status":"ok","version":"..."} while the relay accepts work.
void addHealthRoutes(Router& router);

} // namespace clientele::relay
