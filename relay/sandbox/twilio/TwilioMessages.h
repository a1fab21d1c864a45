#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <mutex>
#include <optional>
#include <vector>

namespace clientele::relay::sandbox {

inline constexpr char kTwilioApiVersion[] = "2010-04-01";

// One status a message went through, for the control API's history.
struct TwilioStatusChange
{
    QString status;
    QDateTime at;
    std::optional<int> errorCode;
};

// A Message resource with what the simulator needs to move it along.
struct TwilioMessage
{
    qint64 sequence = 0; // creation order; ties in date_created are broken by it
    QString sid;
    QString accountSid;
    QString messagingServiceSid;
    QString sender; // the number it goes out from (chosen from the pool with a Messaging Service)
    QString to;
    QString body;
    QString statusCallback; // exactly as given, since Twilio signs this string
    QString status;
    QString direction;
    int numSegments = 1;
    int numMedia = 0;
    std::optional<int> errorCode;
    QDateTime created;
    QDateTime updated;
    QDateTime sent; // null until sent
    QList<TwilioStatusChange> history;
    QStringList plan; // statuses still to come on the timer
    std::optional<int> planErrorCode; // error code of a planned failed/undelivered

    // "from" as the API shows it: null while a Messaging Service has not picked a sender yet.
    QString from() const;
    // The resource as the API returns it (fields of the spec's api.v2010.account.message).
    QJsonObject toResource() const;
    // The resource plus history, status_callback and plan, for /_fake/messages.
    QJsonObject toControlJson() const;
    QString uri() const;
};

// Filters of GET …/Messages.json: DateSent matches date_sent's GMT date.
struct TwilioMessageFilter
{
    QString to;
    QString from;
    std::optional<QDate> sentOn;
    std::optional<QDate> sentOnOrBefore;
    std::optional<QDate> sentOnOrAfter;
};

// RFC 2822 in GMT, as the 2010 API writes dates: "Thu, 24 Aug 2023 05:01:45 +0000".
[[nodiscard]] QString rfc2822(const QDateTime& time);
// A new resource SID: prefix ("SM", "MM", "PA") + 32 lowercase hex digits.
[[nodiscard]] QString newTwilioSid(QStringView prefix);

// The simulator's messages and opt-outs. Thread-safe: the network threads, the status timers and
// the control API all use it.
class TwilioMessages final
{
public:
    TwilioMessage add(TwilioMessage message);
    [[nodiscard]] std::optional<TwilioMessage> find(const QString& sid) const;
    // Moves the message to its next planned status; nullopt when nothing is planned (or no message).
    std::optional<TwilioMessage> advance(const QString& sid, const QDateTime& now);
    // Sets a status now, whatever the plan said (which is dropped).
    std::optional<TwilioMessage> setStatus(
        const QString& sid, const QString& status, std::optional<int> errorCode, const QDateTime& now);
    // Newest first, like Twilio lists them.
    [[nodiscard]] QList<TwilioMessage> list(const QString& accountSid, const TwilioMessageFilter& filter) const;
    // Oldest first.
    [[nodiscard]] QList<TwilioMessage> all() const;

    // Opt-outs are per (our number, their number): STOP to +15005550006 blocks only that sender.
    void optOut(const QString& sender, const QString& recipient);
    void optIn(const QString& sender, const QString& recipient);
    [[nodiscard]] bool isOptedOut(const QString& sender, const QString& recipient) const;

    void clear();

private:
    static void apply(
        TwilioMessage& message, const QString& status, std::optional<int> errorCode, const QDateTime& now);

    mutable std::mutex m_mutex;
    std::vector<TwilioMessage> m_messages;
    QHash<QString, std::size_t> m_index;
    QSet<QString> m_optOuts; // sender + '|' + recipient
    qint64 m_nextSequence = 1;
};

} // namespace clientele::relay::sandbox
