#include "core/store/Emails.h"

#include <QCoreApplication>

#include "core/domain/EmailAddress.h"
#include "core/email/EmailComposer.h"
#include "core/mail/MimeWriter.h"
#include "core/ports/Clock.h"
#include "core/store/EmailSettings.h"
#include "core/store/SettingRows.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "core/store/Transactions.h"
#include "core/sync/UuidV7.h"

namespace clientele {

namespace {

QString asciiAddress(const QString& address)
{
    const auto parsed = domain::EmailAddress::parse(address);
    return parsed ? parsed->asciiAddress() : address;
}

} // namespace

Emails::Emails(Store& store)
    : m_store(store)
{
}

QFuture<Result<QueuedEmail>> Emails::queue(const email::EmailPayload& payload)
{
    return m_store.run([payload](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return queueIn(scope, payload); });
    });
}

Result<QueuedEmail> Emails::queueIn(
    WriteScope& scope, const email::EmailPayload& payload, const QDateTime& expiresAt, const QUuid& messageId)
{
    Result<email::EmailAccount> account = EmailSettings::accountIn(scope.db());
    if (!account) {
        return account.error();
    }
    if (account->delivery == email::EmailAccount::Delivery::Off) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "Emails", "This computer does not send email yet. Set it up in Settings → Email first."),
            QStringLiteral("email.not-set-up"));
    }
    Result<domain::PracticeProfile> profile = SettingRows::loadProfile(scope.db());
    if (!profile) {
        return profile.error();
    }
    Result<email::EmailTemplate> chosen = EmailSettings::templateIn(scope.db(), email::kindOf(payload));
    if (!chosen) {
        return chosen.error();
    }
    const QDateTime now = scope.clock().nowUtc();
    Result<email::ComposedEmail> composed =
        email::composeEmail(payload, chosen.value(), profile.value(), account->sender, now);
    if (!composed) {
        return composed.error();
    }
    const mail::MailMessage& mail = composed->mail;
    Result<QByteArray> mime = mail::writeMime(mail);
    if (!mime) {
        return mime.error();
    }
    Result<domain::Message> message = domain::Message::outbound(messageId.isNull() ? sync::UuidV7::create() : messageId,
        composed->clientId, domain::ContactChannel::Email, mail.to.constFirst().address, mail.from.address,
        mail.subject, mail.text, now);
    if (!message) {
        return message.error();
    }
    message.value().setBookingId(composed->bookingId);
    const MailEnvelope envelope {asciiAddress(mail.from.address), {asciiAddress(mail.to.constFirst().address)}};
    return EmailOutbox::enqueueIn(scope, message.value(), mime.value(), envelope, mail.messageId,
        expiresAt.isValid() ? expiresAt : composed->expiresAt);
}

} // namespace clientele
