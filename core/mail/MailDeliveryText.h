#pragma once

#include <QString>

#include "core/ports/MailTransport.h"

namespace clientele::mail {

// What went wrong with an attempt, in a sentence a practitioner can act on, followed by the mail
// server's own words when it said something: the outbox, the client's history and Settings → Email's
// test message all say it this way. Empty for an accepted message.
QString describeDelivery(const MailDelivery& delivery);

} // namespace clientele::mail
