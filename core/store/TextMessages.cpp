#include "core/store/TextMessages.h"

#include <QCoreApplication>
#include <QJsonObject>

#include "core/domain/Client.h"
#include "core/ports/Clock.h"
#include "core/store/ClientRows.h"
#include "core/store/CommandOutbox.h"
#include "core/store/MessageRows.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "core/store/Transactions.h"
#include "core/sync/UuidV7.h"

namespace clientele {

namespace {

Error refused(const char* text, const char* key)
{
    return Error(Error::Code::InvalidInput, QCoreApplication::translate("TextMessages", text), QLatin1String(key));
}

} // namespace

TextMessages::TextMessages(Store& store)
    : m_store(store)
{
}

QFuture<Result<domain::Message>> TextMessages::send(const QUuid& clientId, const QUuid& bookingId, const QString& body)
{
    return m_store.run([clientId, bookingId, body](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return sendIn(scope, clientId, bookingId, body); });
    });
}

Result<domain::Message> TextMessages::sendIn(WriteScope& scope, const QUuid& clientId, const QUuid& bookingId,
    const QString& body, const QDateTime& expiresAt, const QUuid& stableId)
{
    Result<std::optional<domain::Client>> client = ClientRows::load(scope.db(), clientId);
    if (!client) {
        return client.error();
    }
    if (!client->has_value()) {
        return Error(Error::Code::NotFound, QCoreApplication::translate("TextMessages", "The client no longer exists."),
            QStringLiteral("sms.no-client"));
    }
    const domain::Client& to = **client;
    const std::optional<domain::PhoneNumber> phone = to.textablePhone();
    if (!phone) {
        return refused(QT_TRANSLATE_NOOP("TextMessages", "This client has no mobile number to text."), "sms.no-phone");
    }
    switch (to.consentState(domain::ContactChannel::Sms)) {
    case domain::Consent::State::Granted:
        break;
    case domain::Consent::State::Revoked:
        return refused(QT_TRANSLATE_NOOP(
                           "TextMessages", "This client does not want texts (they replied STOP or withdrew consent)."),
            "sms.consent-revoked");
    case domain::Consent::State::Unknown:
        return refused(QT_TRANSLATE_NOOP("TextMessages",
                           "This client has not agreed to receive texts. Record their consent on the client first."),
            "sms.no-consent");
    }
    const QUuid messageId =
        stableId.isNull() ? sync::UuidV7::create() : QUuid::createUuidV5(stableId, QStringLiteral("message"));
    Result<domain::Message> draft = domain::Message::outbound(
        messageId, clientId, domain::ContactChannel::Sms, phone->e164(), {}, {}, body, scope.clock().nowUtc());
    if (!draft) {
        return draft.error();
    }
    domain::Message message = draft.value();
    message.setBookingId(bookingId);
    if (Result<void> queued = message.transitionTo(domain::MessageState::Queued, scope.clock().nowUtc()); !queued) {
        return queued.error();
    }
    if (Result<void> stored = MessageRows::insert(scope, message); !stored) {
        return stored.error();
    }
    const QJsonObject params {{QStringLiteral("to"), phone->e164()}, {QStringLiteral("body"), message.body()}};
    if (Result<OutboxCommand> command = CommandOutbox::enqueue(scope, QStringLiteral("twilio.sms.send"), params,
            QStringLiteral("message"), message.id(), expiresAt,
            stableId.isNull() ? QUuid() : QUuid::createUuidV5(stableId, QStringLiteral("command")));
        !command) {
        return command.error();
    }
    return message;
}

} // namespace clientele
