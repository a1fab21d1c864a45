#pragma once

namespace clientele {

// Crash-testing hook (SYNC.md §3.11 "fault injection on the real code"): when the environment
// variable CLIENTELE_FAILPOINT names this point, the process kills itself with SIGKILL right here,
// exactly as a power cut or `kill -9` would. Costs one getenv when unset.
void failpoint(const char* name);

} // namespace clientele
