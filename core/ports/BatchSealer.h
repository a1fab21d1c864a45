#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace clientele {

// Seals a change batch so that only the practice's devices can read it, bound to the vault, the
// device that sent it and its batch id (SYNC.md §3.8); BatchCipher is the real one. Pure and
// thread-safe: the store seals on its own thread.
class BatchSealer
{
public:
    virtual ~BatchSealer() = default;

    virtual QByteArray seal(
        const QString& vaultId, const QString& deviceId, const QString& batchId, const QByteArray& plain) const = 0;
    // Nothing when the batch was not sealed with this vault's key for this device and batch id, or
    // was changed on the way.
    virtual std::optional<QByteArray> open(
        const QString& vaultId, const QString& deviceId, const QString& batchId, const QByteArray& sealed) const = 0;
};

} // namespace clientele
