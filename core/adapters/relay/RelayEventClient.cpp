#include "core/adapters/relay/RelayEventClient.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <sodium.h>

#include "core/Logging.h"
#include "core/adapters/relay/RelayCredentials.h"
#include "core/adapters/relay/RelayLogPage.h"
#include "core/adapters/relay/RelayReplies.h"

namespace clientele {

namespace {

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
    Result<RelayLogPage> log = readRelayLogPage(reply, after);
    if (!log) {
        return log.error();
    }
    VaultEventPage page;
    page.lastSeq = log->lastSeq;
    page.headSeq = log->headSeq;
    for (const RelayLogEntry& entry : log->entries) {
        if (!entry.isRelayEvent()) {
            continue; // another device's changes: the sync's
        }
        VaultEvent event;
        event.seq = entry.seq;
        event.batchId = entry.batchId;
        event.body = opened(entry.blob, publicKey, secretKey);
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
