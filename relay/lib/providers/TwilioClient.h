#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace clientele::relay {

// What became of a Twilio Messages call.
struct TwilioAnswer
{
    enum class Kind
    {
        Ok, // `message` is the message resource (or `messages` for a list)
        Refused, // Twilio answered with an error that a retry will not change (`code`, `message`)
        NotSent, // Twilio refused before creating anything (429, 5xx) or was never reached: safe to retry
        Unknown, // the request left but no answer came: it may have been sent
    };
    Kind kind = Kind::Ok;
    QJsonObject resource;
    QList<QJsonObject> messages;
    QString code;
    QString text;
    int retryAfterSeconds = 0;
};

// Twilio's Programmable Messaging API (2010-04-01): form-encoded POSTs with Basic auth as the account
// (PROVIDERS.md §2). There is no idempotency key, which is why the caller records "sending" before
// calling and never resends after an Unknown. Blocking: call it from a worker thread.
class TwilioClient final
{
public:
    TwilioClient(QUrl apiBase, QString accountSid, QString authToken);

    TwilioAnswer sendMessage(
        const QString& from, const QString& to, const QString& body, const QUrl& statusCallback) const;
    // Messages to `to` created since `since` (UTC), newest first, following next_page_uri.
    TwilioAnswer listMessagesTo(const QString& to, const QDateTime& since) const;

private:
    TwilioAnswer call(const QByteArray& method, const QUrl& url, const QByteArray& body) const;

    QUrl m_apiBase;
    QString m_accountSid;
    QString m_authToken;
};

} // namespace clientele::relay
