#pragma once

namespace clientele::relay {

class Router;
struct RelayContext;

// A vault's log, the mailbox every device pulls (SYNC.md part 2 "Push" and "Pull"):
//   POST /v1/vaults/{vault}/batches   a sealed batch as the raw body; X-Batch-Id, X-Key-Id, X-Hlc-Max
//                                     → 201 {seq, head_seq} (200 with "duplicate": true on a retry)
//   GET  /v1/vaults/{vault}/batches?after=&limit=&wait=
//                                     → {batches: [...], head_seq}; with wait (≤ 25 s) and nothing
//                                       after the cursor, answers when something arrives or time is up
void addMailboxRoutes(Router& router, RelayContext& context);

} // namespace clientele::relay
