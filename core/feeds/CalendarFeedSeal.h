#pragma once

#include <QByteArray>
#include <QString>

#include "core/Result.h"

namespace clientele::feeds {

// The subscribable calendar feed (DESIGN.md §2, calendar sync): Google Calendar, Outlook or Apple
// Calendar fetch https://<relay>/feeds/<token>.ics, so the relay has to hand them readable iCalendar,
// yet it must not keep the practice's sessions readable at rest. The secret URL carries the key:
// - the token is 32 random bytes, written as 43 base64url characters in the URL;
// - two subkeys are derived from it (libsodium crypto_kdf, context "clfeed01"): the feed's id, under
//   which the relay files it, and the key its body is sealed with (XChaCha20-Poly1305, random nonce,
//   the id as associated data, so a sealed body cannot be passed off as another feed);
// - the desktop uploads only the id and the sealed body; the relay opens the body in memory for a
//   request that presents the token, and keeps neither the token nor the key.
// Whoever has the URL can read the feed (that is what subscribing means); resetting the URL makes a
// new token and deletes the old feed.
class CalendarFeedSeal final
{
public:
    static constexpr qsizetype kTokenBytes = 32;

    static QByteArray newToken();
    // Base64url without padding, as it appears in the URL.
    static QString tokenText(const QByteArray& token);
    // Empty when `text` is not a token (wrong length or alphabet).
    static QByteArray tokenFromText(QStringView text);

    // The id the relay files the feed under: 64 lowercase hex characters.
    static QString feedId(const QByteArray& token);
    // format byte (1) ‖ nonce (24) ‖ ciphertext with tag.
    static Result<QByteArray> seal(const QByteArray& token, const QByteArray& calendar);
    // The calendar, or an error when the body was not sealed for this token (or was changed).
    static Result<QByteArray> open(const QByteArray& token, const QByteArray& sealed);
};

} // namespace clientele::feeds
