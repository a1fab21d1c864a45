#include "core/email/EmailAccount.h"

#include <QCoreApplication>

#include "core/domain/EmailAddress.h"

namespace clientele::email {

namespace {

Error accountError(const char* key, const char* message)
{
    return Error(
        Error::Code::InvalidInput, QCoreApplication::translate("EmailAccount", message), QString::fromLatin1(key));
}

} // namespace

Result<void> EmailAccount::validate() const
{
    if (delivery == Delivery::Off) {
        return {};
    }
    if (sender.address.trimmed().isEmpty()) {
        return accountError("email-account.no-address",
            QT_TRANSLATE_NOOP("EmailAccount", "Enter the email address your emails come from."));
    }
    if (!domain::EmailAddress::parse(sender.address)) {
        return accountError("email-account.bad-address",
            QT_TRANSLATE_NOOP("EmailAccount", "The sender address is not an email address."));
    }
    if (!sender.replyTo.trimmed().isEmpty() && !domain::EmailAddress::parse(sender.replyTo)) {
        return accountError("email-account.bad-reply-to",
            QT_TRANSLATE_NOOP("EmailAccount", "The reply-to address is not an email address."));
    }
    if (delivery == Delivery::Folder) {
        if (folder.trimmed().isEmpty()) {
            return accountError("email-account.no-folder",
                QT_TRANSLATE_NOOP("EmailAccount", "Choose the folder the emails are saved in."));
        }
        return {};
    }
    // A name or an address only: "smtp.example.com:587" or "user@host" would make no server of it.
    const QString host = server.host.trimmed();
    if (host.isEmpty() || host.contains(u' ') || host.contains(u'/') || host.contains(u'@')
        || (host.contains(u':') && host.count(u':') < 2)) {
        return accountError("email-account.no-server",
            QT_TRANSLATE_NOOP("EmailAccount", "Enter the name of your mail server, such as smtp.gmail.com."));
    }
    if (server.port < 1 || server.port > 65535) {
        return accountError("email-account.bad-port",
            QT_TRANSLATE_NOOP("EmailAccount", "The port is a number from 1 to 65535, usually 587 or 465."));
    }
    if (server.username.trimmed().isEmpty()) {
        return accountError("email-account.no-user",
            QT_TRANSLATE_NOOP("EmailAccount", "Enter the user name you sign in to your mail server with."));
    }
    if (server.signIn == SmtpAccount::SignIn::OAuth2 && connectedAccountId.isNull()) {
        return accountError("email-account.no-connected-account",
            QT_TRANSLATE_NOOP("EmailAccount", "Choose the connected account to sign in with."));
    }
    return {};
}

QString EmailAccount::passwordPurpose()
{
    return QStringLiteral("smtp-password");
}

std::optional<MailServerPreset> mailServerFor(const QString& address)
{
    const auto parsed = domain::EmailAddress::parse(address);
    if (!parsed) {
        return std::nullopt;
    }
    using Security = SmtpAccount::Security;
    struct Known
    {
        QStringList domains;
        MailServerPreset preset;
    };
    static const QList<Known> known {
        {{QStringLiteral("gmail.com"), QStringLiteral("googlemail.com")},
            {QStringLiteral("Gmail"), QStringLiteral("smtp.gmail.com"), 587, Security::StartTls,
                QStringLiteral("google")}},
        {{QStringLiteral("outlook.com"), QStringLiteral("hotmail.com"), QStringLiteral("live.com"),
             QStringLiteral("msn.com")},
            {QStringLiteral("Outlook"), QStringLiteral("smtp-mail.outlook.com"), 587, Security::StartTls,
                QStringLiteral("microsoft")}},
        {{QStringLiteral("icloud.com"), QStringLiteral("me.com"), QStringLiteral("mac.com")},
            {QStringLiteral("iCloud Mail"), QStringLiteral("smtp.mail.me.com"), 587, Security::StartTls, {}}},
        {{QStringLiteral("yahoo.com")},
            {QStringLiteral("Yahoo Mail"), QStringLiteral("smtp.mail.yahoo.com"), 465, Security::ImplicitTls, {}}},
        {{QStringLiteral("fastmail.com"), QStringLiteral("fastmail.fm")},
            {QStringLiteral("Fastmail"), QStringLiteral("smtp.fastmail.com"), 465, Security::ImplicitTls, {}}},
        {{QStringLiteral("gmx.de"), QStringLiteral("gmx.net"), QStringLiteral("gmx.at"), QStringLiteral("gmx.ch")},
            {QStringLiteral("GMX"), QStringLiteral("mail.gmx.net"), 587, Security::StartTls, {}}},
        {{QStringLiteral("web.de")},
            {QStringLiteral("WEB.DE"), QStringLiteral("smtp.web.de"), 587, Security::StartTls, {}}},
    };
    for (const Known& entry : known) {
        if (entry.domains.contains(parsed->domain())) {
            return entry.preset;
        }
    }
    return std::nullopt;
}

} // namespace clientele::email
