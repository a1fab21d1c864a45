#include "relay/lib/TwilioWebhookRoutes.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include "core/Logging.h"
#include "core/webhooks/FormBody.h"
#include "core/webhooks/TwilioSignature.h"
#include "relay/lib/HttpHelpers.h"
#include "relay/lib/RelayContext.h"
#include "relay/lib/commands/CommandRunner.h"
#include "relay/lib/commands/CommandState.h"
#include "relay/lib/events/SmsKeywords.h"
#include "relay/lib/events/VaultEvents.h"

namespace clientele::relay {

namespace {

constexpr std::size_t kWebhookLimit = std::size_t {64} * 1024;

void countWebhook(RelayContext& context, const char* result)
{
    context.metrics.add("clientele_relay_webhooks_total", {{"provider", "twilio"}, {"result", result}});
}

QString param(const webhooks::FormParams& params, const char* name)
{
    for (const auto& [key, value] : params) {
        if (key == QLatin1String(name)) {
            return value;
        }
    }
    return {};
}

// The raw body's form parameters if the signature is Twilio's; otherwise the answer to send.
std::variant<webhooks::FormParams, Response> verified(RelayContext& context, const Call& call)
{
    const QByteArray token = context.config.twilioAuthToken.toUtf8();
    if (token.isEmpty() || context.config.publicUrl.isEmpty()) {
        countWebhook(context, "unconfigured");
        return error(http::status::service_unavailable, "unconfigured",
            QStringLiteral("This relay has no Twilio auth token or public URL configured."));
    }
    const std::string& body = call.http().body();
    Result<webhooks::FormParams> params =
        webhooks::parseFormBody(QByteArrayView(body.data(), static_cast<qsizetype>(body.size())));
    if (!params) {
        countWebhook(context, "malformed");
        return error(http::status::bad_request, "malformed", params.error().userMessage());
    }
    const QString url = context.config.publicUrlOf(toQString(call.http().target()));
    const std::string_view signature = call.http()["X-Twilio-Signature"];
    if (!webhooks::twilioSignatureValid(
            url, *params, token, QByteArrayView(signature.data(), static_cast<qsizetype>(signature.size())))) {
        countWebhook(context, "bad_signature");
        return error(
            http::status::forbidden, "bad_signature", QStringLiteral("The X-Twilio-Signature does not match."));
    }
    return std::move(params).value();
}

int statusRank(const QString& state)
{
    if (state == command_state::kSent) {
        return 1;
    }
    if (state == command_state::kDelivered || state == command_state::kUndelivered || state == command_state::kFailed) {
        return 2;
    }
    return 0; // pending, sending, unknown
}

QString stateForTwilioStatus(const QString& status)
{
    if (status == u"sent") {
        return command_state::kSent;
    }
    if (status == u"delivered") {
        return command_state::kDelivered;
    }
    if (status == u"undelivered") {
        return command_state::kUndelivered;
    }
    if (status == u"failed") {
        return command_state::kFailed;
    }
    return command_state::kSending; // queued, accepted, scheduled, sending: nothing settled yet
}

Response applyStatus(RelayContext& context, const Call& call, const webhooks::FormParams& params)
{
    const QString sid = param(params, "MessageSid");
    const QString status = param(params, "MessageStatus");
    if (!sid.startsWith(u"SM") || status.isEmpty()) {
        countWebhook(context, "malformed");
        return error(
            http::status::bad_request, "malformed", QStringLiteral("MessageSid and MessageStatus are required."));
    }
    const std::string& raw = call.http().body();
    const QByteArray payload(raw.data(), static_cast<qsizetype>(raw.size()));
    const InboundEventRecord record {QStringLiteral("twilio"), sid + u':' + status, {}, payload,
        QCryptographicHash::hash(payload, QCryptographicHash::Sha256), context.nowMs(), 0, {}};
    Result<bool> inserted = context.store.recordInboundEvent(record);
    if (!inserted) {
        return errorFrom(inserted.error());
    }
    countWebhook(context, *inserted ? "accepted" : "duplicate");
    if (!*inserted) {
        return json(http::status::ok, {{QStringLiteral("received"), true}});
    }
    Result<std::optional<CommandRecord>> found = context.store.commandByProviderRef(sid);
    if (!found) {
        return errorFrom(found.error());
    }
    const QString commandId = queryValue(call.http(), QStringLiteral("command_id"));
    if (!found->has_value() && isUuid(commandId.toStdString())) {
        // The send's answer was lost, so the command has no sid yet: the callback URL names it, and
        // this callback settles what reconciliation would otherwise have to find out.
        Result<std::optional<CommandRecord>> byId = context.store.command(QString(), commandId);
        if (!byId) {
            return errorFrom(byId.error());
        }
        if (byId->has_value() && (*byId)->providerRef.isEmpty() && (*byId)->type == u"twilio.sms.send") {
            found = std::optional<CommandRecord>(**byId);
            found.value()->providerRef = sid;
        }
    }
    QString outcome = QStringLiteral("no_command");
    QString vaultId;
    if (found && found->has_value()) {
        CommandRecord command = **found;
        vaultId = command.vaultId;
        const QString next = stateForTwilioStatus(status);
        if (statusRank(next) > statusRank(command.state)) {
            command.state = next;
            command.updatedAtMs = context.nowMs();
            command.errorCode = param(params, "ErrorCode");
            command.errorMessage =
                command.errorCode.isEmpty() ? QString() : QStringLiteral("Twilio error %1").arg(command.errorCode);
            const bool final = command_state::isFinal(next);
            if (Result<void> saved = context.store.updateCommand(command, final); !saved) {
                return errorFrom(saved.error()); // Twilio calls again
            }
            context.metrics.add("clientele_relay_sms_total", {{"state", next.toStdString()}});
            tellVault(context, command);
        }
        outcome = QStringLiteral("delivered");
    }
    (void)context.store.finishInboundEvent(record.provider, record.eventId, vaultId, outcome, context.nowMs());
    return json(http::status::ok, {{QStringLiteral("received"), true}});
}

Response twiml()
{
    Response response {http::status::ok, 11};
    response.set(http::field::content_type, "text/xml");
    response.body() = R"(<?xml version="1.0" encoding="UTF-8"?><Response/>)";
    return response;
}

Response receiveInbound(RelayContext& context, const Call& call, const webhooks::FormParams& params)
{
    const QString sid = param(params, "MessageSid");
    const QString from = param(params, "From");
    const QString body = param(params, "Body");
    if (!sid.startsWith(u"SM") || from.isEmpty()) {
        countWebhook(context, "malformed");
        return error(http::status::bad_request, "malformed", QStringLiteral("MessageSid and From are required."));
    }
    const std::string& raw = call.http().body();
    const QByteArray payload(raw.data(), static_cast<qsizetype>(raw.size()));
    const InboundEventRecord record {QStringLiteral("twilio"), sid, {}, payload,
        QCryptographicHash::hash(payload, QCryptographicHash::Sha256), context.nowMs(), 0, {}};
    Result<bool> inserted = context.store.recordInboundEvent(record);
    if (!inserted) {
        return errorFrom(inserted.error());
    }
    countWebhook(context, *inserted ? "accepted" : "duplicate");
    if (!*inserted) {
        return twiml();
    }
    Result<std::optional<QString>> vault = context.store.vaultForSmsReply(from);
    if (!vault) {
        return errorFrom(vault.error());
    }
    if (!vault->has_value()) {
        (void)context.store.finishInboundEvent(record.provider, sid, {}, QStringLiteral("no_vault"), context.nowMs());
        return twiml();
    }
    const QString& vaultId = **vault;
    const SmsKeyword keyword = smsKeyword(body);
    QString keywordName;
    if (keyword == SmsKeyword::OptOut || keyword == SmsKeyword::OptIn) {
        keywordName = body.trimmed().toUpper();
        if (Result<void> saved =
                context.store.setSmsOptOut(vaultId, from, keyword == SmsKeyword::OptOut, keywordName, context.nowMs());
            !saved) {
            return errorFrom(saved.error());
        }
        qCInfo(lcRelay).noquote() << "SMS consent changed for a number of vault" << vaultId << "by" << keywordName;
    } else if (keyword == SmsKeyword::Help) {
        keywordName = QStringLiteral("HELP");
    }
    QJsonObject event {{QStringLiteral("provider"), QStringLiteral("twilio")},
        {QStringLiteral("type"), QStringLiteral("sms.received")}, {QStringLiteral("message_sid"), sid},
        {QStringLiteral("from"), from}, {QStringLiteral("body"), body}};
    if (!keywordName.isEmpty()) {
        event.insert(QStringLiteral("keyword"),
            keyword == SmsKeyword::OptOut
                ? QStringLiteral("opt_out")
                : (keyword == SmsKeyword::OptIn ? QStringLiteral("opt_in") : QStringLiteral("help")));
    }
    Result<bool> delivered =
        deliverToVault(context, vaultId, u"twilio:" + sid, QJsonDocument(event).toJson(QJsonDocument::Compact));
    if (!delivered) {
        return errorFrom(delivered.error()); // Twilio retries; the event id is not finished yet
    }
    (void)context.store.finishInboundEvent(record.provider, sid, vaultId, QStringLiteral("delivered"), context.nowMs());
    return twiml();
}

template<typename Handler>
void verifiedHook(RelayContext& context, const Call& call, Reply reply, Handler handler)
{
    std::variant<webhooks::FormParams, Response> params = verified(context, call);
    if (auto* refused = std::get_if<Response>(&params)) {
        reply(std::move(*refused));
        return;
    }
    context.onStorage(
        std::move(reply), [&context, call, params = std::get<webhooks::FormParams>(std::move(params)), handler]() {
            return handler(context, call, params);
        });
}

} // namespace

void addTwilioWebhookRoutes(Router& router, RelayContext& context)
{
    router.addAsync(http::verb::post, "/hooks/twilio/status", kWebhookLimit,
        [&context](const Call& call, Reply reply) { verifiedHook(context, call, std::move(reply), applyStatus); });
    router.addAsync(http::verb::post, "/hooks/twilio/inbound", kWebhookLimit,
        [&context](const Call& call, Reply reply) { verifiedHook(context, call, std::move(reply), receiveInbound); });
}

} // namespace clientele::relay
