#pragma once

#include <QString>

#include "core/store/CommandOutbox.h"
#include "core/store/EmailOutbox.h"

class QLocale;
class QTimeZone;

namespace clientele::ui {

// What a command is, in the user's words ("Payment link", "Subscription link", "Text message").
QString outboxCommandText(const OutboxCommand& command);
// Its state, with the relay's word where it adds something ("Sent · delivered").
QString outboxStateText(const OutboxCommand& command);
// The line under it: why it failed or waits, or what came of it.
QString outboxDetailText(const OutboxCommand& command, const QLocale& locale, const QTimeZone& zone);

// The same for an email of the email outbox: its state ("Waiting to retry", "Needs attention") and
// the line under it (the reason, and when it is tried next).
QString outboxEmailStateText(const QueuedEmail& email);
QString outboxEmailDetailText(const QueuedEmail& email, const QLocale& locale, const QTimeZone& zone);

} // namespace clientele::ui
