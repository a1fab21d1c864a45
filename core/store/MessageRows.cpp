#include "core/store/MessageRows.h"

#include <QCborMap>

#include "core/store/CommandOutbox.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"

namespace clientele {

namespace {

using domain::Message;
using domain::MessageState;

const QString kTable = QStringLiteral("message");

// How far along a message is; it only moves forward, except out of failed or draft (sent again).
int progress(const QString& state)
{
    if (state == u"delivered" || state == u"undeliverable" || state == u"received") {
        return 4;
    }
    if (state == u"sent") {
        return 3;
    }
    if (state == u"sending") {
        return 2;
    }
    if (state == u"queued") {
        return 1;
    }
    return 0; // draft, failed
}

// The message's state for the command's, and the reason to show with it.
std::pair<MessageState, QString> messageStateOf(const OutboxCommand& command)
{
    switch (command.state) {
    case OutboxState::Queued:
        return {MessageState::Queued, {}};
    case OutboxState::Sending:
        return {MessageState::Sending, {}};
    case OutboxState::Sent:
        return {command.relayState == u"delivered" ? MessageState::Delivered : MessageState::Sent, {}};
    case OutboxState::Failed:
        return {command.relayState == u"undelivered" ? MessageState::Undeliverable : MessageState::Failed,
            command.lastError};
    case OutboxState::NeedsAttention:
        return {MessageState::Sending, command.lastError}; // the outcome is not known
    case OutboxState::Cancelled: // withdrawn by the user, or expired unsent (with the reason)
        return {command.lastError.isEmpty() ? MessageState::Draft : MessageState::Failed, command.lastError};
    }
    return {MessageState::Failed, command.lastError};
}

} // namespace

namespace MessageRows {

Result<void> insert(WriteScope& scope, const Message& message)
{
    const bool inbound = message.direction() == domain::MessageDirection::Inbound;
    const QCborMap fields {{QStringLiteral("client_id"), StoredValues::uuid(message.clientId())},
        {QStringLiteral("booking_id"), StoredValues::uuid(message.bookingId())},
        {QStringLiteral("channel"),
            message.channel() == domain::ContactChannel::Sms ? QStringLiteral("sms") : QStringLiteral("email")},
        {QStringLiteral("direction"), inbound ? QStringLiteral("inbound") : QStringLiteral("outbound")},
        {QStringLiteral("subject"), StoredValues::text(message.subject())}, {QStringLiteral("body"), message.body()},
        {QStringLiteral("address"), inbound ? message.from() : message.to()},
        {QStringLiteral("state"), Message::stateName(message.state())},
        {QStringLiteral("provider_id"), StoredValues::text(message.providerMessageId())},
        {QStringLiteral("error"), StoredValues::text(message.errorText())},
        {QStringLiteral("at"), message.createdAt().toMSecsSinceEpoch()}};
    if (Result<void> done = scope.changes().insert(kTable, message.id(), fields); !done) {
        return done;
    }
    return scope.search().refresh(kTable, message.id());
}

Result<void> applyCommand(WriteScope& scope, const OutboxCommand& before, const OutboxCommand& after)
{
    if (after.subjectTable != kTable || (after.state == before.state && after.relayState == before.relayState)) {
        return {};
    }
    Result<std::optional<SqlStatement>> current = StoredValues::findRow(
        scope.db(), QStringLiteral("SELECT state FROM message WHERE id = ?1 AND deleted = 0"), after.subjectId);
    if (!current) {
        return current.error();
    }
    if (!current->has_value()) {
        return {};
    }
    const QString was = (*current)->text(0);
    const auto [state, reason] = messageStateOf(after);
    const QString next = Message::stateName(state);
    // Forward only, except that anything not final can fail or be taken back, and a failed or taken
    // back one can start again.
    const bool restart = was == u"failed" || was == u"draft" || before.id != after.id; // sent again, new id
    const bool stopped = state == MessageState::Failed || state == MessageState::Draft;
    if (next == was || (progress(was) == 4 && !restart) || (!restart && !stopped && progress(next) < progress(was))) {
        return {};
    }
    QCborMap fields {{QStringLiteral("state"), next}, {QStringLiteral("error"), StoredValues::text(reason)}};
    const QString sid = after.result.value(QStringLiteral("sid")).toString();
    if (!sid.isEmpty()) {
        fields.insert(QStringLiteral("provider_id"), sid);
    }
    return scope.changes().update(kTable, after.subjectId, fields);
}

Result<void> setState(
    WriteScope& scope, const QUuid& messageId, MessageState state, const QString& reason, const QString& providerId)
{
    QCborMap fields {
        {QStringLiteral("state"), Message::stateName(state)}, {QStringLiteral("error"), StoredValues::text(reason)}};
    if (!providerId.isEmpty()) {
        fields.insert(QStringLiteral("provider_id"), providerId);
    }
    return scope.changes().update(kTable, messageId, fields);
}

Result<std::optional<SentText>> lastTextAboutABooking(
    SqlCipherDatabase& db, const QString& number, const QUuid& clientId, const QDateTime& now)
{
    Result<SqlStatement> query = db.prepare(
        QStringLiteral("SELECT m.id, m.client_id, m.booking_id FROM message m JOIN booking b ON b.id = m.booking_id "
                       "WHERE m.address = ?1 AND m.channel = 'sms' AND m.direction = 'outbound' AND m.deleted = 0 "
                       "AND m.state IN ('sent', 'delivered') AND (?2 IS NULL OR m.client_id = ?2) AND b.deleted = 0 "
                       "AND b.status NOT IN ('canceled', 'no_show', 'completed') AND b.end_utc > ?3 "
                       "ORDER BY m.at DESC LIMIT 1"));
    if (!query) {
        return query.error();
    }
    query.value().bind(1, number).bind(3, now.toMSecsSinceEpoch());
    if (!clientId.isNull()) {
        query.value().bindBlob(2, clientId.toRfc4122());
    }
    Result<bool> found = query.value().step();
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return std::optional<SentText>();
    }
    const SqlStatement& row = query.value();
    return std::optional(
        SentText {QUuid::fromRfc4122(row.blob(0)), QUuid::fromRfc4122(row.blob(1)), QUuid::fromRfc4122(row.blob(2))});
}

} // namespace MessageRows

} // namespace clientele
