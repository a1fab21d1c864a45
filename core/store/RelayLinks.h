#pragma once

#include <QDateTime>
#include <QFuture>
#include <QString>
#include <QUrl>
#include <optional>

#include "core/Result.h"

namespace clientele {

class Store;

// This computer's connection to a relay (Settings → Relay): the relay's address, the vault the
// practice has there and this device in it. Device-local like a connected account (schema v9): the
// device's bearer token and the vault's secret key are in the keychain (kKeychainPurpose), and
// another computer of the practice joins with its own device.
struct RelayLink
{
    QUrl url;
    QString vaultId;
    QString deviceId;
    QString deviceName;
    QDateTime connectedAtUtc;
    // Its place in the vault (RelayEnrollment::Enrolled::ordinal); -1 when the relay did not say.
    int ordinal = -1;
};

class RelayLinks final
{
public:
    // The keychain entry (under the practice's keychain account): RelayCredentials.
    static constexpr const char* kKeychainPurpose = "relay-device";

    explicit RelayLinks(Store& store);

    QFuture<Result<std::optional<RelayLink>>> current();
    // Also takes this computer's invoice number series for its place in the vault (InvoiceSeries).
    QFuture<Result<void>> save(const RelayLink& link);
    QFuture<Result<void>> forget();

private:
    Store& m_store;
};

} // namespace clientele
