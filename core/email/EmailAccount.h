#pragma once

#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

#include "core/Result.h"
#include "core/email/EmailComposer.h"
#include "core/mail/SmtpAccount.h"

namespace clientele::email {

// How this computer sends the practice's email (Settings → Email). Kept on this computer, like the
// connected account it may sign in with; the password is in the keychain (passwordPurpose()).
struct EmailAccount
{
    enum class Delivery
    {
        Off, // no email is sent; emails cannot be queued
        Server, // the practitioner's own mail server (SMTP)
        Folder, // every email becomes an .eml file in `folder` (demo practice, trying things out)
    };

    Delivery delivery = Delivery::Off;
    SenderIdentity sender;
    SmtpAccount server;
    QUuid connectedAccountId; // the account whose token signs in, for SmtpAccount::SignIn::OAuth2
    QString folder;

    // "email-account.no-address", "email-account.bad-address", "email-account.bad-reply-to",
    // "email-account.no-server", "email-account.bad-port", "email-account.no-user",
    // "email-account.no-connected-account", "email-account.no-folder"; the message says what to fill in.
    Result<void> validate() const;

    // The keychain purpose of the SMTP password (SecretStore), under the sender's address.
    static QString passwordPurpose();
};

// A well-known provider's submission server for an address ("ada@gmail.com" → smtp.gmail.com:587),
// to fill in Settings → Email; none for a domain we do not know.
struct MailServerPreset
{
    QString provider; // "Gmail", "Outlook"
    QString host;
    int port = 587;
    SmtpAccount::Security security = SmtpAccount::Security::StartTls;
    QString oauthProviderId; // "google", "microsoft": can sign in with a connected account; else empty
};
std::optional<MailServerPreset> mailServerFor(const QString& address);

} // namespace clientele::email
