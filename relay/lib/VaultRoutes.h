#pragma once

namespace clientele::relay {

class Router;
struct RelayContext;

// Vaults and devices (SYNC.md §3.8, part 2 "Auth"):
//   POST   /v1/vaults                      create a vault with its first device → token
//   GET    /v1/vaults/{vault}/devices      list the vault's devices
//   DELETE /v1/vaults/{vault}/devices/{device}   revoke one (a device may revoke itself)
//   POST   /v1/vaults/{vault}/pairings     offer sealed vault keys to a new device under its code
//   POST   /v1/pairings/claim              the new device redeems the code → token and sealed keys
void addVaultRoutes(Router& router, RelayContext& context);

} // namespace clientele::relay
