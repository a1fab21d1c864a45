#include "relay/lib/commands/CommandRoutes.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <variant>

#include "relay/lib/DeviceAuth.h"
#include "relay/lib/HttpHelpers.h"
#include "relay/lib/RelayContext.h"
#include "relay/lib/commands/CommandParams.h"
#include "relay/lib/commands/CommandRunner.h"
#include "relay/lib/commands/CommandState.h"

namespace clientele::relay {

namespace {

constexpr std::size_t kCommandLimit = std::size_t {64} * 1024;

QJsonObject commandJson(const CommandRecord& command)
{
    QJsonObject object {
        {QStringLiteral("id"), command.id},
        {QStringLiteral("type"), command.type},
        {QStringLiteral("state"), command.state},
        {QStringLiteral("attempts"), command.attempts},
        {QStringLiteral("created_at"), command.createdAtMs},
        {QStringLiteral("updated_at"), command.updatedAtMs},
    };
    if (!command.result.isEmpty()) {
        object.insert(QStringLiteral("result"), QJsonDocument::fromJson(command.result).object());
    }
    if (!command.errorCode.isEmpty()) {
        object.insert(QStringLiteral("error"),
            QJsonObject {
                {QStringLiteral("code"), command.errorCode}, {QStringLiteral("message"), command.errorMessage}});
    }
    return object;
}

void postCommand(RelayContext& context, CommandRunner& runner, Call call, Reply reply)
{
    Response failure;
    const std::optional<QJsonObject> body = jsonBody(call.http(), failure);
    if (!body) {
        reply(std::move(failure));
        return;
    }
    const QString id = body->value(QStringLiteral("command_id")).toString();
    const QString type = body->value(QStringLiteral("type")).toString();
    const std::string_view keyHeader = call.http()["Idempotency-Key"];
    const QByteArray key(keyHeader.data(), static_cast<qsizetype>(keyHeader.size()));
    if (!isUuid(id.toStdString())) {
        reply(error(http::status::bad_request, "invalid", QStringLiteral("\"command_id\" must be a lowercase UUID.")));
        return;
    }
    if (!key.isEmpty() && key != id.toLatin1()) {
        reply(error(http::status::bad_request, "invalid", QStringLiteral("Idempotency-Key must equal command_id.")));
        return;
    }
    if (!body->value(QStringLiteral("params")).isObject()) {
        reply(error(http::status::bad_request, "invalid", QStringLiteral("\"params\" must be a JSON object.")));
        return;
    }
    Result<QJsonObject> params = checkedCommandParams(type, body->value(QStringLiteral("params")).toObject());
    if (!params) {
        reply(errorFrom(params.error()));
        return;
    }
    context.onStorage(std::move(reply), [&context, &runner, call = std::move(call), id, type, params = *params]() {
        std::variant<DeviceRecord, Response> caller = authenticateDevice(context, call);
        if (auto* refused = std::get_if<Response>(&caller)) {
            return std::move(*refused);
        }
        const DeviceRecord& device = std::get<DeviceRecord>(caller);
        // A text already taken is answered with its state, also once the number has replied STOP
        // since: the retry of a post whose answer was lost must not look like a refusal.
        Result<std::optional<CommandRecord>> known = context.store.command(device.vaultId, id);
        if (!known) {
            return errorFrom(known.error());
        }
        if (type == u"twilio.sms.send" && !known->has_value()) {
            Result<bool> optedOut =
                context.store.isSmsOptedOut(device.vaultId, params.value(QStringLiteral("to")).toString());
            if (!optedOut) {
                return errorFrom(optedOut.error());
            }
            if (*optedOut) {
                return error(http::status::conflict, "recipient_opted_out",
                    QStringLiteral("This number replied STOP; it can be texted again after it replies START."));
            }
        }
        const qint64 now = context.nowMs();
        CommandRecord command;
        command.id = id;
        command.vaultId = device.vaultId;
        command.deviceId = device.id;
        command.type = type;
        command.params = QJsonDocument(params).toJson(QJsonDocument::Compact);
        command.paramsSha256 = QCryptographicHash::hash(command.params, QCryptographicHash::Sha256);
        command.state = command_state::kPending;
        command.nextAttemptAtMs = now;
        command.createdAtMs = now;
        command.updatedAtMs = now;
        Result<SubmittedCommand> submitted = context.store.submitCommand(command);
        if (!submitted) {
            return errorFrom(submitted.error());
        }
        const CommandRecord& stored = submitted->command;
        if (!submitted->inserted
            && (stored.vaultId != command.vaultId || stored.type != type
                || stored.paramsSha256 != command.paramsSha256)) {
            return error(http::status::conflict, "idempotency_conflict",
                QStringLiteral("This command id was used before for another command; make a new id."));
        }
        if (submitted->inserted) {
            context.metrics.add(
                "clientele_relay_commands_total", {{"type", type.toStdString()}, {"state", "accepted"}});
            runner.kick();
        }
        return json(http::status::accepted, commandJson(stored));
    });
}

void getCommand(RelayContext& context, const Call& call, Reply reply)
{
    if (!isUuid(call.param("command"))) {
        reply(error(http::status::not_found, "not_found", QStringLiteral("There is no such command.")));
        return;
    }
    context.onStorage(std::move(reply), [&context, call]() {
        std::variant<DeviceRecord, Response> caller = authenticateDevice(context, call);
        if (auto* refused = std::get_if<Response>(&caller)) {
            return std::move(*refused);
        }
        Result<std::optional<CommandRecord>> found =
            context.store.command(std::get<DeviceRecord>(caller).vaultId, toQString(call.param("command")));
        if (!found) {
            return errorFrom(found.error());
        }
        if (!found->has_value()) {
            return error(
                http::status::not_found, "not_found", QStringLiteral("There is no such command in this vault."));
        }
        return json(http::status::ok, commandJson(**found));
    });
}

} // namespace

void addCommandRoutes(Router& router, RelayContext& context, CommandRunner& runner)
{
    router.addAsync(
        http::verb::post, "/v1/vaults/{vault}/commands", kCommandLimit, [&context, &runner](Call call, Reply reply) {
            postCommand(context, runner, std::move(call), std::move(reply));
        });
    router.addAsync(http::verb::get, "/v1/vaults/{vault}/commands/{command}", 0,
        [&context](const Call& call, Reply reply) { getCommand(context, call, std::move(reply)); });
}

} // namespace clientele::relay
