#include "relay/lib/providers/TwilioClient.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "relay/lib/providers/HttpCall.h"

namespace clientele::relay {

namespace {

constexpr int kMaxListPages = 10;

QByteArray formField(const QString& name, const QString& value)
{
    return QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

TwilioClient::TwilioClient(QUrl apiBase, QString accountSid, QString authToken)
    : m_apiBase(std::move(apiBase))
    , m_accountSid(std::move(accountSid))
    , m_authToken(std::move(authToken))
{
}

TwilioAnswer TwilioClient::call(const QByteArray& method, const QUrl& url, const QByteArray& body) const
{
    HttpCallRequest request;
    request.method = method;
    request.url = url;
    request.body = body;
    request.headers << std::pair {QByteArray("Authorization"),
        "Basic " + QByteArray(m_accountSid.toUtf8() + ':' + m_authToken.toUtf8()).toBase64()};
    if (method == "POST") {
        request.headers << std::pair {QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")};
    }
    const Result<HttpCallResponse> response = httpCall(request);
    TwilioAnswer answer;
    if (!response) {
        answer.kind = response.error().detail() == QLatin1String(kCallNotSent) ? TwilioAnswer::Kind::NotSent
                                                                               : TwilioAnswer::Kind::Unknown;
        answer.code = QStringLiteral("network");
        answer.text = response.error().userMessage();
        return answer;
    }
    const QJsonObject json = QJsonDocument::fromJson(response->body).object();
    if (response->status >= 200 && response->status < 300) {
        answer.resource = json;
        return answer;
    }
    answer.code = json.contains(QStringLiteral("code")) ? QString::number(json.value(QStringLiteral("code")).toInt())
                                                        : QStringLiteral("http_%1").arg(response->status);
    answer.text = json.value(QStringLiteral("message")).toString();
    // A 429 or 5xx answer means Twilio did not accept the message: sending again is not a duplicate.
    const bool refusedBeforeCreating = response->status == 429 || response->status >= 500;
    answer.kind = refusedBeforeCreating ? TwilioAnswer::Kind::NotSent : TwilioAnswer::Kind::Refused;
    answer.retryAfterSeconds = response->headers.value("retry-after").toInt();
    return answer;
}

TwilioAnswer TwilioClient::sendMessage(
    const QString& from, const QString& to, const QString& body, const QUrl& statusCallback) const
{
    QUrl url = m_apiBase;
    url.setPath(QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(m_accountSid));
    QList<QByteArray> fields {formField(QStringLiteral("To"), to), formField(QStringLiteral("Body"), body)};
    fields << formField(from.startsWith(u"MG") ? QStringLiteral("MessagingServiceSid") : QStringLiteral("From"), from);
    if (statusCallback.isValid()) {
        fields << formField(QStringLiteral("StatusCallback"), statusCallback.toString(QUrl::FullyEncoded));
    }
    return call("POST", url, fields.join('&'));
}

TwilioAnswer TwilioClient::listMessagesTo(const QString& to, const QDateTime& since) const
{
    QUrl url = m_apiBase;
    url.setPath(QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(m_accountSid));
    // The number is percent-encoded by hand: QUrlQuery leaves '+' alone, and Twilio reads its query
    // as a form, where a bare '+' is a space: "To=+1555…" would match no message at all.
    // No DateSent filter: it matches date_sent, which a message still queued or sending does not
    // have yet, so a message Twilio accepted moments ago would be missing and taken for never sent
    // (and sent again by the user). Twilio lists newest first; paging stops at messages created
    // before `since`.
    url.setQuery(QStringLiteral("To=%1&PageSize=50").arg(QString::fromLatin1(QUrl::toPercentEncoding(to))));
    TwilioAnswer all;
    for (int page = 0; page < kMaxListPages; ++page) {
        TwilioAnswer answer = call("GET", url, {});
        if (answer.kind != TwilioAnswer::Kind::Ok) {
            return answer;
        }
        const QJsonArray found = answer.resource.value(QStringLiteral("messages")).toArray();
        bool reachedOlder = false;
        for (const auto& message : found) {
            all.messages << message.toObject();
            const QDateTime created = QDateTime::fromString(
                message.toObject().value(QStringLiteral("date_created")).toString(), Qt::RFC2822Date);
            reachedOlder = reachedOlder || (created.isValid() && created < since);
        }
        const QString next = answer.resource.value(QStringLiteral("next_page_uri")).toString();
        if (next.isEmpty() || reachedOlder) {
            break;
        }
        url = m_apiBase.resolved(QUrl(next));
    }
    return all;
}

} // namespace clientele::relay
