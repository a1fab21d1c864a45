#pragma once

#include <QByteArray>

#include "core/mail/SmtpAccount.h"
#include "core/ports/MailTransport.h"

namespace clientele {

// One SMTP conversation through libcurl that hands over one message, blocking the calling (worker)
// thread until the server answers or a timeout. `secret` is the password or the OAuth access token.
MailDelivery sendBySmtp(
    const SmtpAccount& account, const QByteArray& secret, const MailEnvelope& envelope, const QByteArray& mime);

} // namespace clientele
