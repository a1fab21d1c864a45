#include "ui/outbox/OutboxText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace clientele::ui {

QString outboxCommandText(const OutboxCommand& command)
{
    const QString& type = command.type;
    if (type == u"stripe.checkout.create") {
        return command.subjectTable == u"subscription" ? QCoreApplication::translate("OutboxText", "Subscription link")
                                                       : QCoreApplication::translate("OutboxText", "Payment link");
    }
    if (type == u"stripe.checkout.expire") {
        return QCoreApplication::translate("OutboxText", "Stop payment link");
    }
    if (type == u"stripe.refund.create") {
        return QCoreApplication::translate("OutboxText", "Refund");
    }
    if (type == u"stripe.account.create") {
        return QCoreApplication::translate("OutboxText", "Stripe account");
    }
    if (type == u"stripe.account_link.create") {
        return QCoreApplication::translate("OutboxText", "Stripe onboarding link");
    }
    if (type == u"stripe.subscription.update") {
        return QCoreApplication::translate("OutboxText", "Subscription change");
    }
    if (type == u"stripe.subscription.cancel") {
        return QCoreApplication::translate("OutboxText", "Subscription end");
    }
    if (type == u"stripe.subscription.status") {
        return QCoreApplication::translate("OutboxText", "Subscription status");
    }
    if (type == u"stripe.billing_portal.create") {
        return QCoreApplication::translate("OutboxText", "Billing portal link");
    }
    if (type == u"twilio.sms.send") {
        return QCoreApplication::translate("OutboxText", "Text message");
    }
    return type;
}

QString outboxStateText(const OutboxCommand& command)
{
    switch (command.state) {
    case OutboxState::Queued:
        return command.attempts == 0 ? QCoreApplication::translate("OutboxText", "Queued")
                                     : QCoreApplication::translate("OutboxText", "Waiting to retry");
    case OutboxState::Sending:
        return QCoreApplication::translate("OutboxText", "Sending");
    case OutboxState::Sent:
        return command.relayState == u"delivered" ? QCoreApplication::translate("OutboxText", "Delivered")
                                                  : QCoreApplication::translate("OutboxText", "Sent");
    case OutboxState::Failed:
        return QCoreApplication::translate("OutboxText", "Failed");
    case OutboxState::NeedsAttention:
        return QCoreApplication::translate("OutboxText", "Needs attention");
    case OutboxState::Cancelled:
        return QCoreApplication::translate("OutboxText", "Withdrawn");
    }
    return {};
}

QString outboxDetailText(const OutboxCommand& command, const QLocale& locale, const QTimeZone& zone)
{
    if (!command.lastError.isEmpty()) {
        if (command.state == OutboxState::Queued && command.nextAttemptAt.isValid()) {
            return QCoreApplication::translate("OutboxText", "%1 Next try at %2.")
                .arg(command.lastError,
                    locale.toString(command.nextAttemptAt.toTimeZone(zone).time(), QLocale::ShortFormat));
        }
        return command.lastError;
    }
    QString url = command.result.value(QStringLiteral("url")).toString();
    if (command.state == OutboxState::Sent && !url.isEmpty()) {
        return url;
    }
    if (command.state == OutboxState::Queued) {
        return QCoreApplication::translate("OutboxText", "Goes out as soon as the relay can be reached.");
    }
    return {};
}

QString outboxEmailStateText(const QueuedEmail& email)
{
    switch (email.state) {
    case OutboxState::Queued:
        return email.attempts == 0 ? QCoreApplication::translate("OutboxText", "Queued")
                                   : QCoreApplication::translate("OutboxText", "Waiting to retry");
    case OutboxState::Sending:
        return QCoreApplication::translate("OutboxText", "Sending");
    case OutboxState::Sent:
        return QCoreApplication::translate("OutboxText", "Sent");
    case OutboxState::Failed:
        return QCoreApplication::translate("OutboxText", "Failed");
    case OutboxState::NeedsAttention:
        return QCoreApplication::translate("OutboxText", "Needs attention");
    case OutboxState::Cancelled:
        return email.lastError.isEmpty() ? QCoreApplication::translate("OutboxText", "Withdrawn")
                                         : QCoreApplication::translate("OutboxText", "Not sent");
    }
    return {};
}

QString outboxEmailDetailText(const QueuedEmail& email, const QLocale& locale, const QTimeZone& zone)
{
    if (!email.lastError.isEmpty()) {
        if (email.state == OutboxState::Queued && email.nextAttemptAt.isValid()) {
            return QCoreApplication::translate("OutboxText", "%1 Next try at %2.")
                .arg(email.lastError,
                    locale.toString(email.nextAttemptAt.toTimeZone(zone).time(), QLocale::ShortFormat));
        }
        return email.lastError;
    }
    if (email.state == OutboxState::Queued) {
        return QCoreApplication::translate(
            "OutboxText", "Goes out through your mail server as soon as it can be reached.");
    }
    if (email.state == OutboxState::Sent) {
        //: %1 is the recipient's email address
        return QCoreApplication::translate("OutboxText", "To %1").arg(email.envelope.to.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace clientele::ui
