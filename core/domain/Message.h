#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

#include "core/Result.h"
#include "core/domain/ContactChannel.h"
#include "core/domain/SmsSegments.h"

namespace clientele::domain {

enum class MessageDirection
{
    Outbound,
    Inbound,
};

enum class MessageState
{
    Draft,
    Queued, // in the outbox, waiting for its turn or a retry
    Sending, // handed to the provider, no answer yet
    Sent, // the provider accepted it
    Delivered, // final: the provider confirmed delivery (SMS status callback)
    Failed, // not accepted; can be queued again
    Received, // final: an inbound message
    Undeliverable, // final: accepted but the carrier or mail server gave up
};

// One email or SMS to or from a client (DESIGN.md §2, SMS and Email).
//
// Outbound transitions (anything else, including staying in the same state, is refused with
// "message.transition"):
//   Draft   -> Queued
//   Queued  -> Sending, Draft (taken back before sending), Failed (given up without sending, e.g.
//              consent was revoked meanwhile)
//   Sending -> Sent, Failed, Queued (a transient error: try again later)
//   Sent    -> Delivered, Undeliverable
//   Failed  -> Queued (retry)
//   Delivered, Undeliverable -> nothing
// An inbound message is created Received and never changes; outbound ones never become Received.
class Message final
{
public:
    Message() = default;

    // A new Draft. `to` must be an email address or an E.164 number matching the channel and is
    // stored normalised; the body must not be blank; an SMS has no subject; `createdAt` is UTC.
    // Keys: "message.bad-recipient", "message.no-body", "message.sms-subject", "message.time-not-utc".
    static Result<Message> outbound(QUuid id, QUuid clientId, ContactChannel channel, const QString& to,
        const QString& from, const QString& subject, const QString& body, const QDateTime& createdAt);
    // A message that arrived (SMS reply, email). Sender addresses are kept as the provider sent
    // them (short codes are not E.164). Keys: "message.no-sender", "message.time-not-utc".
    static Result<Message> inbound(QUuid id, QUuid clientId, ContactChannel channel, const QString& from,
        const QString& to, const QString& subject, const QString& body, const QDateTime& receivedAt);

    const QUuid& id() const { return m_id; }
    const QUuid& clientId() const { return m_clientId; }
    const QUuid& bookingId() const { return m_bookingId; } // null when not about a booking
    void setBookingId(const QUuid& bookingId) { m_bookingId = bookingId; }
    ContactChannel channel() const { return m_channel; }
    MessageDirection direction() const { return m_direction; }
    const QString& to() const { return m_to; }
    const QString& from() const { return m_from; }
    const QString& subject() const { return m_subject; }
    const QString& body() const { return m_body; }

    MessageState state() const { return m_state; }
    const QString& providerMessageId() const { return m_providerMessageId; }
    void setProviderMessageId(const QString& id) { m_providerMessageId = id; }
    // The provider's reason for Failed or Undeliverable; cleared when queued again.
    const QString& errorText() const { return m_errorText; }
    // How many times it went to Sending; the outbox uses it for back-off.
    int attempts() const { return m_attempts; }

    const QDateTime& createdAt() const { return m_createdAt; }
    const QDateTime& stateChangedAt() const { return m_stateChangedAt; }
    const QDateTime& sentAt() const { return m_sentAt; }
    const QDateTime& deliveredAt() const { return m_deliveredAt; }

    static Result<void> checkTransition(MessageDirection direction, MessageState from, MessageState to);
    // Stable names for storage ("draft", "queued", …).
    static QString stateName(MessageState state);
    // `at` must be valid UTC.
    Result<void> transitionTo(MessageState to, const QDateTime& at, const QString& errorText = {});

    // The parts this message costs as an SMS (meaningful for the Sms channel).
    SmsSegments::Count smsSegments() const { return SmsSegments::count(m_body); }

private:
    QUuid m_id;
    QUuid m_clientId;
    QUuid m_bookingId;
    ContactChannel m_channel = ContactChannel::Email;
    MessageDirection m_direction = MessageDirection::Outbound;
    QString m_to;
    QString m_from;
    QString m_subject;
    QString m_body;
    MessageState m_state = MessageState::Draft;
    QString m_providerMessageId;
    QString m_errorText;
    int m_attempts = 0;
    QDateTime m_createdAt;
    QDateTime m_stateChangedAt;
    QDateTime m_sentAt;
    QDateTime m_deliveredAt;
};

} // namespace clientele::domain
