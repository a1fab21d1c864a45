#include "relay/sandbox/twilio/TwilioMessages.h"

#include <QJsonArray>
#include <QLocale>
#include <QRandomGenerator>

#include "relay/sandbox/twilio/TwilioErrors.h"

namespace clientele::relay::sandbox {

namespace {

QJsonValue nullable(const QString& text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue nullableDate(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(rfc2822(time)) : QJsonValue(QJsonValue::Null);
}

QString optOutKey(const QString& sender, const QString& recipient)
{
    return sender + u'|' + recipient;
}

} // namespace

QString rfc2822(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000"));
}

QString newTwilioSid(QStringView prefix)
{
    static constexpr char kHex[] = "0123456789abcdef";
    QString sid = prefix.toString();
    sid.reserve(prefix.size() + 32);
    for (int i = 0; i < 32; ++i) {
        sid += QLatin1Char(kHex[QRandomGenerator::global()->bounded(16)]);
    }
    return sid;
}

QString TwilioMessage::from() const
{
    return status == QLatin1String("accepted") || status == QLatin1String("scheduled") ? QString() : sender;
}

QString TwilioMessage::uri() const
{
    return QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(accountSid, sid);
}

QJsonObject TwilioMessage::toResource() const
{
    const bool priced = sent.isValid() && direction != QLatin1String("inbound");
    const QString base = QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2").arg(accountSid, sid);
    return QJsonObject {
        {QStringLiteral("account_sid"), accountSid},
        {QStringLiteral("api_version"), QLatin1String(kTwilioApiVersion)},
        {QStringLiteral("body"), body},
        {QStringLiteral("date_created"), nullableDate(created)},
        {QStringLiteral("date_sent"), nullableDate(sent)},
        {QStringLiteral("date_updated"), nullableDate(updated)},
        {QStringLiteral("direction"), direction},
        {QStringLiteral("error_code"), errorCode ? QJsonValue(*errorCode) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("error_message"),
            errorCode ? QJsonValue(deliveryErrorMessage(*errorCode)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("from"), nullable(from())},
        {QStringLiteral("messaging_service_sid"), nullable(messagingServiceSid)},
        {QStringLiteral("num_media"), QString::number(numMedia)},
        {QStringLiteral("num_segments"), QString::number(numSegments)},
        {QStringLiteral("price"),
            priced ? QJsonValue(QStringLiteral("-%1").arg(0.0079 * numSegments, 0, 'f', 5))
                   : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("price_unit"), QStringLiteral("USD")},
        {QStringLiteral("sid"), sid},
        {QStringLiteral("status"), status},
        {QStringLiteral("subresource_uris"),
            QJsonObject {{QStringLiteral("media"), QString(base + u"/Media.json")},
                {QStringLiteral("feedback"), QString(base + u"/Feedback.json")}}},
        {QStringLiteral("to"), to},
        {QStringLiteral("uri"), uri()},
    };
}

QJsonObject TwilioMessage::toControlJson() const
{
    QJsonObject json = toResource();
    QJsonArray changes;
    for (const TwilioStatusChange& change : history) {
        QJsonObject item {{QStringLiteral("status"), change.status},
            {QStringLiteral("at"), change.at.toUTC().toString(Qt::ISODateWithMs)}};
        if (change.errorCode) {
            item.insert(QStringLiteral("error_code"), *change.errorCode);
        }
        changes.append(item);
    }
    json.insert(QStringLiteral("status_history"), changes);
    json.insert(QStringLiteral("status_callback"), nullable(statusCallback));
    json.insert(QStringLiteral("planned_statuses"), QJsonArray::fromStringList(plan));
    json.insert(QStringLiteral("sender"), sender);
    json.insert(QStringLiteral("sequence"), sequence);
    return json;
}

TwilioMessage TwilioMessages::add(TwilioMessage message)
{
    std::lock_guard lock(m_mutex);
    message.sequence = m_nextSequence++;
    if (message.history.isEmpty()) {
        message.history.append(TwilioStatusChange {message.status, message.created, message.errorCode});
    }
    m_index.insert(message.sid, m_messages.size());
    m_messages.push_back(message);
    return message;
}

std::optional<TwilioMessage> TwilioMessages::find(const QString& sid) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_index.constFind(sid);
    if (it == m_index.constEnd()) {
        return std::nullopt;
    }
    return m_messages[*it];
}

void TwilioMessages::apply(
    TwilioMessage& message, const QString& status, std::optional<int> errorCode, const QDateTime& now)
{
    message.status = status;
    message.updated = now;
    if (status == QLatin1String("sent") && !message.sent.isValid()) {
        message.sent = now;
    }
    if (errorCode) {
        message.errorCode = errorCode;
    }
    message.history.append(TwilioStatusChange {status, now, errorCode});
}

std::optional<TwilioMessage> TwilioMessages::advance(const QString& sid, const QDateTime& now)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_index.constFind(sid);
    if (it == m_index.constEnd() || m_messages[*it].plan.isEmpty()) {
        return std::nullopt;
    }
    TwilioMessage& message = m_messages[*it];
    const QString next = message.plan.takeFirst();
    const bool failure = next == QLatin1String("failed") || next == QLatin1String("undelivered");
    apply(message, next, failure ? message.planErrorCode : std::nullopt, now);
    return message;
}

std::optional<TwilioMessage> TwilioMessages::setStatus(
    const QString& sid, const QString& status, std::optional<int> errorCode, const QDateTime& now)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_index.constFind(sid);
    if (it == m_index.constEnd()) {
        return std::nullopt;
    }
    TwilioMessage& message = m_messages[*it];
    message.plan.clear();
    apply(message, status, errorCode, now);
    return message;
}

QList<TwilioMessage> TwilioMessages::list(const QString& accountSid, const TwilioMessageFilter& filter) const
{
    std::lock_guard lock(m_mutex);
    QList<TwilioMessage> result;
    for (auto it = m_messages.rbegin(); it != m_messages.rend(); ++it) {
        const TwilioMessage& message = *it;
        if (message.accountSid != accountSid) {
            continue;
        }
        if ((!filter.to.isEmpty() && message.to != filter.to)
            || (!filter.from.isEmpty() && message.from() != filter.from)) {
            continue;
        }
        const bool dateFiltered = filter.sentOn || filter.sentOnOrBefore || filter.sentOnOrAfter;
        if (dateFiltered) {
            if (!message.sent.isValid()) {
                continue;
            }
            const QDate day = message.sent.toUTC().date();
            if ((filter.sentOn && day != *filter.sentOn) || (filter.sentOnOrBefore && day > *filter.sentOnOrBefore)
                || (filter.sentOnOrAfter && day < *filter.sentOnOrAfter)) {
                continue;
            }
        }
        result.append(message);
    }
    return result;
}

QList<TwilioMessage> TwilioMessages::all() const
{
    std::lock_guard lock(m_mutex);
    return QList<TwilioMessage>(m_messages.begin(), m_messages.end());
}

void TwilioMessages::optOut(const QString& sender, const QString& recipient)
{
    std::lock_guard lock(m_mutex);
    m_optOuts.insert(optOutKey(sender, recipient));
}

void TwilioMessages::optIn(const QString& sender, const QString& recipient)
{
    std::lock_guard lock(m_mutex);
    m_optOuts.remove(optOutKey(sender, recipient));
}

bool TwilioMessages::isOptedOut(const QString& sender, const QString& recipient) const
{
    std::lock_guard lock(m_mutex);
    return m_optOuts.contains(optOutKey(sender, recipient));
}

void TwilioMessages::clear()
{
    std::lock_guard lock(m_mutex);
    m_messages.clear();
    m_index.clear();
    m_optOuts.clear();
}

} // namespace clientele::relay::sandbox
