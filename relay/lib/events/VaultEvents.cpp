#include "relay/lib/events/VaultEvents.h"

#include <QUuid>

#include "relay/lib/RelayContext.h"
#include "relay/lib/events/SealedBox.h"

namespace clientele::relay {

Result<bool> deliverToVault(
    RelayContext& context, const QString& vaultId, const QString& dedupKey, const QByteArray& plaintext, bool notify)
{
    Result<VaultRecord> vault = context.store.vault(vaultId);
    if (!vault) {
        return vault.error();
    }
    Result<QByteArray> sealed = sealToVault(vault->publicKey, plaintext);
    if (!sealed) {
        return sealed.error();
    }
    // UUIDv5 under a fixed namespace: the same event always gets the same batch id.
    static const QUuid kNamespace(QStringLiteral("{6f1c3c1e-8a52-4c55-9d3e-2f0e4b7a9c10}"));
    const QString batchId = QUuid::createUuidV5(kNamespace, dedupKey.toUtf8()).toString(QUuid::WithoutBraces);
    const BatchRecord batch {0, batchId, kRelayDeviceId, 0, 0, context.nowMs(), *sealed};
    Result<AppendedBatch> appended = context.store.appendBatch(vaultId, batch);
    if (!appended) {
        return appended.error();
    }
    if (!appended->duplicate && notify) {
        context.waiters.notify(vaultId.toStdString());
    }
    return !appended->duplicate;
}

} // namespace clientele::relay
