#pragma once

#include <QByteArray>
#include <QString>

#include "core/Result.h"
#include "core/mail/MailMessage.h"

namespace clientele::mail {

// The message as Internet mail (RFC 5322 and MIME, RFC 2045–2049), written by GMime: non-ASCII names
// and subjects as encoded words (RFC 2047), the text and HTML as multipart/alternative, attachments
// in base64 inside multipart/mixed, lines ending CRLF and no longer than 998 octets.
// InvalidInput ("mail.no-sender", "mail.no-recipient", "mail.no-text", "mail.bad-address") for a
// message that cannot be sent; nothing is written then.
Result<QByteArray> writeMime(const MailMessage& message);

// A new Message-ID for mail from `fromAddress`: a random UUID at the sender's domain.
QString newMessageId(const QString& fromAddress);

} // namespace clientele::mail
