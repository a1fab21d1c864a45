#include "core/mail/MailDeliveryText.h"

#include <QCoreApplication>

namespace clientele::mail {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("MailDeliveryText", text);
}

QString sentence(const MailDelivery& delivery)
{
    using Stage = MailDelivery::Stage;
    if (delivery.kind == MailDelivery::Kind::Uncertain) {
        return translated(QT_TRANSLATE_NOOP("MailDeliveryText",
            "The connection broke after the whole email was sent, before the mail server confirmed it. It may "
            "have arrived, so it is not sent again unless you choose Send Again."));
    }
    switch (delivery.stage) {
    case Stage::Resolve:
        return translated(QT_TRANSLATE_NOOP("MailDeliveryText",
            "The mail server’s name could not be found (DNS). Check the server name, or the connection."));
    case Stage::Connect:
        return translated(QT_TRANSLATE_NOOP("MailDeliveryText",
            "The mail server could not be reached: no connection, or nothing answers on that port."));
    case Stage::Tls:
        return delivery.kind == MailDelivery::Kind::Permanent
            ? translated(QT_TRANSLATE_NOOP("MailDeliveryText",
                "The mail server does not offer an encrypted connection (STARTTLS) on this port. Port 465 with "
                "TLS may work."))
            : translated(QT_TRANSLATE_NOOP("MailDeliveryText",
                "No secure connection to the mail server could be made (TLS): its certificate was not trusted or "
                "the network is in the way."));
    case Stage::SignIn:
        if (delivery.kind == MailDelivery::Kind::Temporary) {
            return translated(QT_TRANSLATE_NOOP("MailDeliveryText",
                "The mail server does not take sign-ins just now (too many attempts, say); it is tried again later."));
        }
        return translated(QT_TRANSLATE_NOOP("MailDeliveryText",
            "The mail server refused the sign-in. Check the user name and password, or connect the account "
            "again."));
    case Stage::Sender:
        return translated(QT_TRANSLATE_NOOP("MailDeliveryText",
            "The mail server refused the sender address. It may only send from the address of the account "
            "you signed in with."));
    case Stage::Recipient:
        return translated(QT_TRANSLATE_NOOP("MailDeliveryText", "The mail server refused the recipient’s address."));
    case Stage::Data:
        if (delivery.replyCode >= 400) {
            return translated(QT_TRANSLATE_NOOP("MailDeliveryText", "The mail server refused the email."));
        }
        return translated(QT_TRANSLATE_NOOP("MailDeliveryText",
            "The connection broke while the email was being sent. Nothing arrived; it is sent again."));
    case Stage::Answer:
        return translated(QT_TRANSLATE_NOOP("MailDeliveryText", "The mail server refused the email."));
    case Stage::Local:
    case Stage::None:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("MailDeliveryText", "The email could not be sent."));
}

} // namespace

QString describeDelivery(const MailDelivery& delivery)
{
    if (delivery.kind == MailDelivery::Kind::Accepted) {
        return {};
    }
    QString text = sentence(delivery);
    if (delivery.stage == MailDelivery::Stage::Local && !delivery.reply.isEmpty()) {
        return delivery.reply; // already one of our sentences (the keychain's, the file's)
    }
    if (!delivery.reply.isEmpty()) {
        //: %1 is the mail server's reply, e.g. "553 5.7.1 Sender address rejected"
        text += u' '
            + translated(QT_TRANSLATE_NOOP("MailDeliveryText", "The server said: “%1”"))
                  .arg(delivery.reply.simplified());
    }
    return text;
}

} // namespace clientele::mail
