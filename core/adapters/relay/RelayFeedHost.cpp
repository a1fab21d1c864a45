#include "core/adapters/relay/RelayFeedHost.h"

#include <QCoreApplication>
#include <utility>

#include "core/Logging.h"
#include "core/adapters/relay/RelayReplies.h"

namespace clientele {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("RelayFeedHost", text);
}

// What the relay said, as an Error the settings page can show.
Result<void> outcomeOf(const RelayReply& read)
{
    if (read.ok()) {
        return {};
    }
    const QString detail = QStringLiteral("HTTP %1 %2").arg(read.status).arg(read.errorCode);
    if (read.status == 409) {
        return Error(Error::Code::Conflict,
            translated(QT_TRANSLATE_NOOP(
                "RelayFeedHost", "The relay keeps another practice's feed at this address. Reset the feed's address.")),
            detail);
    }
    if (read.status == 413) {
        return Error(Error::Code::InvalidInput,
            translated(QT_TRANSLATE_NOOP("RelayFeedHost",
                "The feed is larger than the relay accepts. Show clients by initials or code, or fewer sessions.")),
            detail);
    }
    return relayError(read);
}

} // namespace

RelayFeedHost::RelayFeedHost(QUrl relay, QString vaultId, SecureBytes deviceToken, QNetworkAccessManager& network,
    std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_relay(std::move(relay))
    , m_vaultId(std::move(vaultId))
    , m_deviceToken(std::move(deviceToken))
    , m_requests(network, timeout)
{
}

RelayFeedHost::~RelayFeedHost() = default;

QFuture<Result<void>> RelayFeedHost::put(const QString& feedId, const QByteArray& sealed)
{
    return send("PUT", feedId, sealed);
}

QFuture<Result<void>> RelayFeedHost::remove(const QString& feedId)
{
    return send("DELETE", feedId, {});
}

QUrl RelayFeedHost::subscriptionUrl(const QString& tokenText) const
{
    return m_relay.resolved(QUrl(u"feeds/" + tokenText + u".ics"));
}

QFuture<Result<void>> RelayFeedHost::send(const QByteArray& verb, const QString& feedId, const QByteArray& body)
{
    const RelayRequests::Request request {.verb = verb,
        .url = m_relay.resolved(QUrl(u"v1/vaults/" + m_vaultId + u"/feeds/" + feedId)),
        .body = body,
        .contentType = "application/octet-stream",
        .bearer = &m_deviceToken};
    return m_requests.call<Result<void>>(request, [verb](const RelayReply& reply) {
        Result<void> outcome = outcomeOf(reply);
        qCInfo(lcFeed).noquote() << "feed" << verb << "→"
                                 << (outcome ? QStringLiteral("ok") : outcome.error().detail());
        return outcome;
    });
}

} // namespace clientele
