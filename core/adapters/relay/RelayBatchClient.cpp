#include "core/adapters/relay/RelayBatchClient.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include "core/Logging.h"
#include "core/adapters/crypto/BatchCipher.h"
#include "core/adapters/relay/RelayCredentials.h"
#include "core/adapters/relay/RelayLogPage.h"
#include "core/adapters/relay/RelayReplies.h"

namespace clientele {

namespace {

// Longer than the longest wait the relay allows (25 s), so a long-poll is never cut short here.
constexpr std::chrono::seconds kTransferTimeout {60};

Error pushError(const RelayReply& reply)
{
    if (reply.status == 409 && reply.errorCode == u"clock_skew") {
        return Error(Error::Code::Conflict,
            QCoreApplication::translate("RelayBatchClient",
                "This computer's clock is more than 10 minutes ahead, so its changes are not sent. Set the date and "
                "time automatically in the system settings."),
            reply.errorMessage, true);
    }
    return relayError(reply);
}

Result<RelayBatchPage> pageOf(const RelayReply& reply, qint64 after)
{
    Result<RelayLogPage> log = readRelayLogPage(reply, after);
    if (!log) {
        return log.error();
    }
    RelayBatchPage page;
    page.lastSeq = log->lastSeq;
    page.headSeq = log->headSeq;
    for (const RelayLogEntry& entry : log->entries) {
        if (!entry.isRelayEvent()) { // the relay's events are the inbox's
            page.batches.append({entry.seq, entry.batchId, entry.deviceId, entry.blob});
        }
    }
    return page;
}

} // namespace

RelayBatchClient::RelayBatchClient(const QUrl& relay, const QString& vaultId, const QString& deviceId,
    const RelayCredentials& credentials, QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_batches(relay.resolved(QUrl(u"v1/vaults/" + vaultId + u"/batches")))
    , m_vaultId(vaultId)
    , m_deviceId(deviceId)
    , m_deviceToken(credentials.tokenBytes())
    , m_sealer(BatchCipher::fromVaultSecretKey(credentials.vaultSecretKey))
    , m_requests(network, kTransferTimeout)
{
}

RelayBatchClient::~RelayBatchClient() = default;

QFuture<Result<qint64>> RelayBatchClient::push(const QString& batchId, const QByteArray& sealed, qint64 hlcMax)
{
    const RelayRequests::Request request {.verb = "POST",
        .url = m_batches,
        .body = sealed,
        .contentType = "application/octet-stream",
        .bearer = &m_deviceToken,
        .headers = {{"X-Batch-Id", batchId.toLatin1()}, {"X-Key-Id", QByteArray::number(kChangeBatchKeyId)},
            {"X-Hlc-Max", QByteArray::number(hlcMax)}}};
    return m_requests.call<Result<qint64>>(request, [batchId, size = sealed.size()](const RelayReply& reply) {
        if (!reply.ok()) {
            qCInfo(lcSync).noquote() << "push of batch" << batchId << "→ HTTP" << reply.status << reply.errorCode;
            return Result<qint64>(pushError(reply));
        }
        const QJsonObject answer = reply.json();
        if (!answer.contains(QStringLiteral("seq"))) {
            return Result<qint64>(Error(Error::Code::Incompatible,
                QCoreApplication::translate(
                    "RelayLogPage", "The server at the relay's address answered, but not as a Clientele relay."),
                QStringLiteral("batch answer without seq")));
        }
        const qint64 seq = answer.value(QStringLiteral("seq")).toInteger();
        qCDebug(lcSync).noquote() << "pushed batch" << batchId << "(" << size << "bytes) → seq" << seq;
        return Result<qint64>(seq);
    });
}

QFuture<Result<RelayBatchPage>> RelayBatchClient::pull(qint64 after, std::chrono::seconds wait)
{
    QUrl url = m_batches;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("wait"), QString::number(wait.count()));
    url.setQuery(query);
    const RelayRequests::Request request {.verb = "GET", .url = url, .bearer = &m_deviceToken};
    return m_requests.call<Result<RelayBatchPage>>(request, [after](const RelayReply& reply) {
        Result<RelayBatchPage> page = pageOf(reply, after);
        if (!page) {
            qCInfo(lcSync).noquote() << "changes after" << after << "→ HTTP" << reply.status << page.error().detail();
        }
        return page;
    });
}

} // namespace clientele
