#pragma once

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>
#include <QUuid>

#include "core/Result.h"

namespace clientele {

class Store;

// An account the practitioner connected on this device (Settings → Connected accounts). Its tokens
// are in the keychain under keychainPurpose; this is what the app shows and syncs with.
struct ConnectedAccount
{
    QUuid id;
    QString providerId; // "google", "microsoft"
    QString account; // the email the provider reported
    QString keychainPurpose;
    QDateTime connectedAtUtc;
    QDateTime lastSyncAtUtc; // the last round that went well; invalid: never synced
    QString lastError; // the last sync's failure, for the user; empty when it went well
};

// The device's connected accounts, in the encrypted practice file (schema v6, device-local).
class ConnectedAccounts final
{
public:
    explicit ConnectedAccounts(Store& store);

    // Sorted by provider, then account.
    QFuture<Result<QList<ConnectedAccount>>> list();
    // Adds the account, or on reconnecting the same provider and account refreshes it (keeping its id).
    QFuture<Result<ConnectedAccount>> save(const ConnectedAccount& account);
    // Also forgets the account's calendars: they stop blocking time here (CalendarSyncRows::forgetAccount).
    QFuture<Result<void>> remove(const QUuid& id);
    // After a sync round: its error (empty for success), and when, which becomes the last sync time
    // only if it went well.
    QFuture<Result<void>> recordSync(const QUuid& id, const QDateTime& atUtc, const QString& error);

private:
    Store& m_store;
};

} // namespace clientele
