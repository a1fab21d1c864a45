#include "relay/lib/commands/SmsCommands.h"

#include <QDateTime>
#include <QJsonDocument>

#include "core/Logging.h"
#include "relay/lib/RelayContext.h"
#include "relay/lib/providers/TwilioClient.h"

namespace clientele::relay {

namespace {

// Twilio's "Attempt to send to unsubscribed recipient": the number texted STOP to our sender.
constexpr int kUnsubscribedRecipient = 21610;

QJsonObject messageSummary(const QJsonObject& message)
{
    return {{QStringLiteral("sid"), message.value(QStringLiteral("sid"))},
        {QStringLiteral("status"), message.value(QStringLiteral("status"))},
        {QStringLiteral("num_segments"), message.value(QStringLiteral("num_segments"))}};
}

QUrl statusCallback(const RelayContext& context, const CommandRecord& command)
{
    const QString url = context.config.publicUrlOf(QString(u"/hooks/twilio/status?command_id=" + command.id));
    return url.isEmpty() ? QUrl() : QUrl(url);
}

} // namespace

CommandOutcome sendSms(RelayContext& context, const TwilioClient& twilio, const CommandRecord& command)
{
    const QJsonObject params = QJsonDocument::fromJson(command.params).object();
    const QString to = params.value(QStringLiteral("to")).toString();
    Result<bool> optedOut = context.store.isSmsOptedOut(command.vaultId, to);
    if (optedOut && *optedOut) {
        return CommandOutcome::failed(QStringLiteral("recipient_opted_out"),
            QStringLiteral("This number replied STOP; it can be texted again after it replies START."));
    }
    (void)context.store.noteSmsContact(command.vaultId, to, context.nowMs());
    const TwilioAnswer answer = twilio.sendMessage(context.config.twilioFrom, to,
        params.value(QStringLiteral("body")).toString(), statusCallback(context, command));
    switch (answer.kind) {
    case TwilioAnswer::Kind::Ok:
        return CommandOutcome::succeeded(
            messageSummary(answer.resource), answer.resource.value(QStringLiteral("sid")).toString());
    case TwilioAnswer::Kind::Refused:
        if (answer.code == QString::number(kUnsubscribedRecipient)) {
            (void)context.store.setSmsOptOut(command.vaultId, to, true, QStringLiteral("STOP"), context.nowMs());
        }
        return CommandOutcome::failed(answer.code, answer.text);
    case TwilioAnswer::Kind::NotSent:
        return CommandOutcome::retryLater(answer.code, answer.text, answer.retryAfterSeconds);
    case TwilioAnswer::Kind::Unknown:
        break;
    }
    qCWarning(lcRelay).noquote() << "SMS command" << command.id << "sent without an answer; reconciling, not resending";
    return CommandOutcome::retryLater(QString::fromLatin1(kSmsUnknownCode), answer.text);
}

CommandOutcome reconcileSms(const TwilioClient& twilio, const CommandRecord& command)
{
    const QJsonObject params = QJsonDocument::fromJson(command.params).object();
    const QString to = params.value(QStringLiteral("to")).toString();
    const QString body = params.value(QStringLiteral("body")).toString();
    const QDateTime since = QDateTime::fromMSecsSinceEpoch(command.createdAtMs, Qt::UTC).addSecs(-60);
    const TwilioAnswer answer = twilio.listMessagesTo(to, since);
    if (answer.kind != TwilioAnswer::Kind::Ok) {
        return CommandOutcome::retryLater(QString::fromLatin1(kSmsUnknownCode), answer.text, answer.retryAfterSeconds);
    }
    for (const QJsonObject& message : answer.messages) {
        const QDateTime created =
            QDateTime::fromString(message.value(QStringLiteral("date_created")).toString(), Qt::RFC2822Date);
        const bool ours = message.value(QStringLiteral("body")).toString() == body
            && message.value(QStringLiteral("direction")).toString().startsWith(u"outbound")
            && (!created.isValid() || created >= since);
        if (ours) {
            qCInfo(lcRelay).noquote() << "SMS command" << command.id << "was sent after all; adopted"
                                      << message.value(QStringLiteral("sid")).toString();
            return CommandOutcome::succeeded(messageSummary(message), message.value(QStringLiteral("sid")).toString());
        }
    }
    // Twilio has no such message: the request never took effect, and nothing was sent.
    return CommandOutcome::failed(QStringLiteral("not_sent"),
        QStringLiteral("The connection to Twilio broke while sending and Twilio has no such message: it was not "
                       "sent. Send it again if it is still needed."));
}

} // namespace clientele::relay
