#pragma once

#include <QHash>
#include <QString>

#include "core/Result.h"
#include "core/email/EmailKind.h"

namespace clientele::email {

// The subject and text of one kind of email, with merge fields (domain::MergeText) from
// emailFields(kind). The practice edits them in Settings → Email; the HTML part is made from the text
// (EmailHtml), so there is one text to keep right.
//
// Refusals (Error::detail()): MergeText's keys, "template.not-for-this-email" for a field that exists
// but not in this kind of email ({{invoice.number}} in a welcome email), "template.no-subject" and
// "template.no-text". The user message names the field and the email.
struct EmailTemplate
{
    EmailKind kind = EmailKind::Welcome;
    QString subject;
    QString body;

    // What Clientele sends until the practice changes it, in the language of the app.
    static EmailTemplate defaultFor(EmailKind kind);

    Result<void> validate() const;

    struct Rendered
    {
        QString subject;
        QString text;
    };
    // Fills in the fields; a field without a value (a client without a last name named in the text)
    // is an error rather than a gap in an email to a client.
    Result<Rendered> render(const QHash<QString, QString>& values) const;

    friend bool operator==(const EmailTemplate& a, const EmailTemplate& b)
    {
        return a.kind == b.kind && a.subject == b.subject && a.body == b.body;
    }
};

} // namespace clientele::email
