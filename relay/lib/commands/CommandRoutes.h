#pragma once

namespace clientele::relay {

class Router;
struct RelayContext;
class CommandRunner;

// Side-effect commands (SYNC.md §3.9):
//   POST /v1/vaults/{vault}/commands        {command_id, type, params}; Idempotency-Key = command_id
//                                           → 202 with the command's current state (new or stored)
//   GET  /v1/vaults/{vault}/commands/{id}   → the command's state, result or error
void addCommandRoutes(Router& router, RelayContext& context, CommandRunner& runner);

} // namespace clientele::relay
