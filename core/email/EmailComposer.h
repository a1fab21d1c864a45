#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

#include "core/Result.h"
#include "core/email/EmailPayload.h"
#include "core/email/EmailTemplate.h"
#include "core/mail/MailMessage.h"

namespace clientele::domain {
struct PracticeProfile;
}

namespace clientele::email {

// Who emails go out from: the practitioner's mailbox (Settings → Email).
struct SenderIdentity
{
    QString name; // empty: the practice's name
    QString address;
    QString replyTo; // empty: replies go to `address`
};

// An email ready for the outbox, and what it is about for the client's history.
struct ComposedEmail
{
    EmailKind kind = EmailKind::Welcome;
    QUuid clientId;
    QUuid bookingId; // null when not about a session
    mail::MailMessage mail;
    QDateTime expiresAt; // a reminder is not sent after its session starts; invalid: no limit
};

// The one way an email to a client is made (issue 9: no caller reaches around it): the payload's
// merge values through the practice's template for its kind, a text part and an HTML part in the
// practice's branding (its logo inline when it has one), the action the email is for as a button
// (joining the meeting, paying, answering, downloading, reviewing, signing), the session as an .ics
// for emails about one, and the PDFs the payload carries.
// InvalidInput: "email.no-address" (the client has no email address), the template's refusals
// (EmailTemplate), and "email.wrong-template" when the template is of another kind.
Result<ComposedEmail> composeEmail(const EmailPayload& payload, const EmailTemplate& emailTemplate,
    const domain::PracticeProfile& profile, const SenderIdentity& sender, const QDateTime& now);

} // namespace clientele::email
