#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace clientele::mail {

// A name and an address as they appear in From, To and Reply-To. The name may be any Unicode text
// (it is encoded on the way out); the address is checked by domain::EmailAddress and sent in its ASCII
// form (an internationalised domain as "xn--…").
struct Mailbox
{
    QString name;
    QString address;

    bool isEmpty() const { return address.isEmpty(); }
};

// A file sent with a message: an invoice's PDF, a session's .ics.
struct MailAttachment
{
    QString fileName; // any Unicode text; encoded per RFC 2231 when not ASCII
    QByteArray mimeType; // "application/pdf", "text/calendar; method=PUBLISH"
    QByteArray data;
    // Set for an image the HTML part shows (<img src="cid:…">, the practice's logo): it travels next
    // to the HTML in multipart/related instead of as a file. Without the angle brackets.
    QString contentId;
};

// One email as the practitioner sends it, before it becomes MIME (MimeWriter). Both parts say the
// same thing: mail programs show the HTML and fall back to the text, which is also what the client's
// history keeps.
struct MailMessage
{
    Mailbox from;
    QList<Mailbox> to;
    Mailbox replyTo; // empty: replies go to `from`
    QString subject;
    QString text; // required
    QString html; // optional
    QList<MailAttachment> attachments;
    // Without angle brackets ("0190…@example.com"); the same on every attempt, so a receiving server
    // or mail program can tell a repeat.
    QString messageId;
    QDateTime date; // when the message was complete (RFC 5322 §3.6.1), with its UTC offset
    // Sent by a schedule rather than by hand (reminders): RFC 3834's Auto-Submitted, so
    // out-of-office replies do not answer it.
    bool automatic = false;
};

} // namespace clientele::mail
