#pragma once

#include <QFuture>

#include "core/Result.h"

namespace clientele {

class Store;

// Before this computer joins a practice kept on another computer (Settings → Relay → Join): the
// practice here must be a new one, and what it holds of its own (the profile typed at first run,
// its change history) gives way to the practice it joins, so the other computer's practice is what
// both then show. A practice with clients, sessions, invoices, services or contracts of its own is
// never wiped: joining is refused with the reason.
namespace JoiningPractice {

// Refused (Conflict) when this practice has work of its own.
QFuture<Result<void>> check(Store& store);
// check, then clears every synced table and the change history in one transaction.
QFuture<Result<void>> clear(Store& store);

} // namespace JoiningPractice

} // namespace clientele
