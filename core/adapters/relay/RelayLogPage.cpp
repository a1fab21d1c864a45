#include "core/adapters/relay/RelayLogPage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "core/Logging.h"
#include "core/adapters/relay/RelayReplies.h"

namespace clientele {

Result<RelayLogPage> readRelayLogPage(const RelayReply& reply, qint64 after)
{
    if (!reply.ok()) {
        return relayError(reply);
    }
    const QJsonObject answer = reply.json();
    if (!answer.value(QStringLiteral("batches")).isArray() || !answer.contains(QStringLiteral("head_seq"))) {
        return Error(Error::Code::Incompatible,
            QCoreApplication::translate(
                "RelayLogPage", "The server at the relay's address answered, but not as a Clientele relay."),
            QStringLiteral("batches answer without batches or head_seq"));
    }
    RelayLogPage page;
    page.lastSeq = after;
    page.headSeq = answer.value(QStringLiteral("head_seq")).toInteger();
    if (page.headSeq < after) {
        qCWarning(lcRelay).noquote() << "The relay's log ends at" << page.headSeq << "before this device's cursor"
                                     << after << "; reading it again from the start";
        page.lastSeq = 0;
        return page;
    }
    for (const auto& value : answer.value(QStringLiteral("batches")).toArray()) {
        const QJsonObject entry = value.toObject();
        const qint64 seq = entry.value(QStringLiteral("seq")).toInteger();
        if (seq <= page.lastSeq) {
            continue;
        }
        page.lastSeq = seq;
        page.entries.append({seq, entry.value(QStringLiteral("batch_id")).toString(),
            entry.value(QStringLiteral("device_id")).toString(),
            QByteArray::fromBase64(entry.value(QStringLiteral("blob")).toString().toLatin1())});
    }
    return page;
}

} // namespace clientele
