#include "core/domain/Message.h"

#include <QCoreApplication>

#include "core/domain/EmailAddress.h"
#include "core/domain/PhoneNumber.h"

namespace clientele::domain {

namespace {

Error messageError(const char* key, QString message)
{
    return Error(Error::Code::InvalidInput, std::move(message), QString::fromLatin1(key));
}

bool isUtc(const QDateTime& at)
{
    return at.isValid() && at.timeSpec() == Qt::UTC;
}

Error notUtc()
{
    return messageError(
        "message.time-not-utc", QCoreApplication::translate("Message", "The time of a message must be given in UTC."));
}

QString stateLabel(MessageState state)
{
    switch (state) {
    case MessageState::Draft:
        return QCoreApplication::translate("Message", "draft");
    case MessageState::Queued:
        return QCoreApplication::translate("Message", "queued");
    case MessageState::Sending:
        return QCoreApplication::translate("Message", "sending");
    case MessageState::Sent:
        return QCoreApplication::translate("Message", "sent");
    case MessageState::Delivered:
        return QCoreApplication::translate("Message", "delivered");
    case MessageState::Failed:
        return QCoreApplication::translate("Message", "failed");
    case MessageState::Received:
        return QCoreApplication::translate("Message", "received");
    case MessageState::Undeliverable:
        return QCoreApplication::translate("Message", "undeliverable");
    }
    return {};
}

bool outboundAllowed(MessageState from, MessageState to)
{
    switch (from) {
    case MessageState::Draft:
        return to == MessageState::Queued;
    case MessageState::Queued:
        return to == MessageState::Sending || to == MessageState::Draft || to == MessageState::Failed;
    case MessageState::Sending:
        return to == MessageState::Sent || to == MessageState::Failed || to == MessageState::Queued;
    case MessageState::Sent:
        return to == MessageState::Delivered || to == MessageState::Undeliverable;
    case MessageState::Failed:
        return to == MessageState::Queued;
    case MessageState::Delivered:
    case MessageState::Received:
    case MessageState::Undeliverable:
        break;
    }
    return false;
}

Result<QString> normalizedRecipient(ContactChannel channel, const QString& to)
{
    if (channel == ContactChannel::Email) {
        Result<EmailAddress> email = EmailAddress::parse(to);
        if (email) {
            return email->address();
        }
    } else {
        Result<PhoneNumber> phone = PhoneNumber::fromE164(to.trimmed());
        if (phone) {
            return phone->e164();
        }
    }
    return messageError("message.bad-recipient",
        QCoreApplication::translate("Message", "The recipient is not a valid address for this kind of message."));
}

} // namespace

Result<Message> Message::outbound(QUuid id, QUuid clientId, ContactChannel channel, const QString& to,
    const QString& from, const QString& subject, const QString& body, const QDateTime& createdAt)
{
    Result<QString> recipient = normalizedRecipient(channel, to);
    if (!recipient) {
        return recipient.error();
    }
    if (body.trimmed().isEmpty()) {
        return messageError("message.no-body", QCoreApplication::translate("Message", "The message is empty."));
    }
    if (channel == ContactChannel::Sms && !subject.isEmpty()) {
        return messageError(
            "message.sms-subject", QCoreApplication::translate("Message", "A text message has no subject."));
    }
    if (!isUtc(createdAt)) {
        return notUtc();
    }
    Message message;
    message.m_id = id;
    message.m_clientId = clientId;
    message.m_channel = channel;
    message.m_direction = MessageDirection::Outbound;
    message.m_to = std::move(recipient).value();
    message.m_from = from.trimmed();
    message.m_subject = subject;
    message.m_body = body;
    message.m_state = MessageState::Draft;
    message.m_createdAt = createdAt;
    message.m_stateChangedAt = createdAt;
    return message;
}

Result<Message> Message::inbound(QUuid id, QUuid clientId, ContactChannel channel, const QString& from,
    const QString& to, const QString& subject, const QString& body, const QDateTime& receivedAt)
{
    if (from.trimmed().isEmpty()) {
        return messageError(
            "message.no-sender", QCoreApplication::translate("Message", "A received message must name its sender."));
    }
    if (!isUtc(receivedAt)) {
        return notUtc();
    }
    Message message;
    message.m_id = id;
    message.m_clientId = clientId;
    message.m_channel = channel;
    message.m_direction = MessageDirection::Inbound;
    message.m_from = from.trimmed();
    message.m_to = to.trimmed();
    message.m_subject = subject;
    message.m_body = body;
    message.m_state = MessageState::Received;
    message.m_createdAt = receivedAt;
    message.m_stateChangedAt = receivedAt;
    return message;
}

Result<void> Message::checkTransition(MessageDirection direction, MessageState from, MessageState to)
{
    const bool ok = direction == MessageDirection::Outbound && outboundAllowed(from, to);
    if (!ok) {
        return messageError("message.transition",
            QCoreApplication::translate("Message", "A message that is %1 cannot become %2.")
                .arg(stateLabel(from), stateLabel(to)));
    }
    return {};
}

QString Message::stateName(MessageState state)
{
    switch (state) {
    case MessageState::Draft:
        return QStringLiteral("draft");
    case MessageState::Queued:
        return QStringLiteral("queued");
    case MessageState::Sending:
        return QStringLiteral("sending");
    case MessageState::Sent:
        return QStringLiteral("sent");
    case MessageState::Delivered:
        return QStringLiteral("delivered");
    case MessageState::Failed:
        return QStringLiteral("failed");
    case MessageState::Received:
        return QStringLiteral("received");
    case MessageState::Undeliverable:
        return QStringLiteral("undeliverable");
    }
    return {};
}

Result<void> Message::transitionTo(MessageState to, const QDateTime& at, const QString& errorText)
{
    if (Result<void> ok = checkTransition(m_direction, m_state, to); !ok) {
        return ok;
    }
    if (!isUtc(at)) {
        return notUtc();
    }
    m_state = to;
    m_stateChangedAt = at;
    switch (to) {
    case MessageState::Sending:
        ++m_attempts;
        break;
    case MessageState::Sent:
        m_sentAt = at;
        break;
    case MessageState::Delivered:
        m_deliveredAt = at;
        break;
    case MessageState::Failed:
    case MessageState::Undeliverable:
        m_errorText = errorText;
        break;
    case MessageState::Queued:
    case MessageState::Draft:
        m_errorText.clear();
        break;
    case MessageState::Received:
        break;
    }
    return {};
}

} // namespace clientele::domain
