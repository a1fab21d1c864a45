#include "core/adapters/relay/RelayEventClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <sodium.h>

#include "core/Logging.h"
#include "core/adapters/relay/RelayCredentials.h"
#include "core/adapters/relay/RelayReplies.h"

namespace clientele {

namespace {

// The device id the relay appends its sealed events under (relay/lib/store/RelayRecords.h).
constexpr auto kRelayDevice = "00000000-0000-0000-0000-000000000000";
// Longer than the longest wait the relay allows (25 s), so a long-poll is never cut short here.
constexpr std::chrono::seconds kTransferTimeout {60};

SecureBytes bytesOf(const QByteArray& bytes)
{
    return {reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

// The event's JSON, or an empty object when the box does not open (sealed to another key, damaged).
QJsonObject opened(const QByteArray& sealed, const QByteArray& publicKey, const SecureBytes& secretKey)
{
    if (sealed.size() < static_cast<qsizetype>(crypto_box_SEALBYTES)) {
        return {};
    }
    SecureBytes plain(static_cast<std::size_t>(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(plain.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
            static_cast<unsigned long long>(sealed.size()),
            reinterpret_cast<const unsigned char*>(publicKey.constData()), secretKey.data())
        != 0) {
        return {};
    }
    return QJsonDocument::fromJson(
        QByteArray(reinterpret_cast<const char*>(plain.data()), static_cast<qsizetype>(plain.size())))
        .object();
}

Result<VaultEventPage> pageOf(
    const RelayReply& reply, qint64 after, const QByteArray& publicKey, const SecureBytes& secretKey)
{
    if (!reply.ok()) {
        return relayError(reply);
    }
    const QJsonObject answer = reply.json();
    if (!answer.value(QStringLiteral("batches")).isArray() || !answer.contains(QStringLiteral("head_seq"))) {
        return Error(Error::Code::Incompatible,
            QCoreApplication::translate(
                "RelayEventClient", "The server at the relay's address answered, but not as a Clientele relay."),
            QStringLiteral("batches answer without batches or head_seq"));
    }
    VaultEventPage page;
    page.lastSeq = after;
    page.headSeq = answer.value(QStringLiteral("head_seq")).toInteger();
    if (page.headSeq < after) {
        // The relay's log is shorter than what this device read: it was reset or restored from a
        // backup. Read it again from the start; events seen before are known by their batch ids.
        qCWarning(lcRelay).noquote() << "The relay's log ends at" << page.headSeq << "before this device's cursor"
                                     << after << "; reading it again from the start";
        page.lastSeq = 0;
        return page;
    }
    const QJsonArray batches = answer.value(QStringLiteral("batches")).toArray();
    for (const auto& value : batches) {
        const QJsonObject batch = value.toObject();
        const qint64 seq = batch.value(QStringLiteral("seq")).toInteger();
        if (seq <= page.lastSeq) {
            continue; // the log only grows; anything else is not trusted to move the cursor back
        }
        page.lastSeq = seq;
        if (batch.value(QStringLiteral("device_id")).toString() != QLatin1String(kRelayDevice)) {
            continue; // another device's changes: not the inbox's
        }
        VaultEvent event;
        event.seq = seq;
        event.batchId = batch.value(QStringLiteral("batch_id")).toString();
        event.body = opened(
            QByteArray::fromBase64(batch.value(QStringLiteral("blob")).toString().toLatin1()), publicKey, secretKey);
        event.unreadable = event.body.isEmpty();
        page.events.append(event);
    }
    return page;
}

} // namespace

RelayEventClient::RelayEventClient(const QUrl& relay, const QString& vaultId, const RelayCredentials& credentials,
    QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_batches(relay.resolved(QUrl(u"v1/vaults/" + vaultId + u"/batches")))
    , m_deviceToken(credentials.tokenBytes())
    , m_publicKey(credentials.vaultPublicKey)
    , m_secretKey(std::make_shared<const SecureBytes>(bytesOf(credentials.vaultSecretKey)))
    , m_requests(network, kTransferTimeout)
{
}

RelayEventClient::~RelayEventClient() = default;

QFuture<Result<VaultEventPage>> RelayEventClient::pull(qint64 after, std::chrono::seconds wait)
{
    QUrl url = m_batches;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("wait"), QString::number(wait.count()));
    url.setQuery(query);
    const RelayRequests::Request request {.verb = "GET", .url = url, .bearer = &m_deviceToken};
    return m_requests.call<Result<VaultEventPage>>(
        request, [after, publicKey = m_publicKey, secretKey = m_secretKey](const RelayReply& reply) {
            Result<VaultEventPage> page = pageOf(reply, after, publicKey, *secretKey);
            if (page) {
                qCDebug(lcRelay).noquote() << "inbox after" << after << "→" << page->events.size() << "events up to"
                                           << page->lastSeq << "of" << page->headSeq;
            } else {
                qCInfo(lcRelay).noquote()
                    << "inbox after" << after << "→ HTTP" << reply.status << page.error().detail();
            }
            return page;
        });
}

} // namespace clientele
