#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "core/Error.h"
#include "core/ports/SecretStore.h"
#include "core/store/RelayLinks.h"

namespace clientele {
class Clock;
class Store;
class RelayEnrollment;
} // namespace clientele

namespace clientele::ui {

class RelayPage;

// Runs Settings → Relay: connecting creates the practice's vault on the relay with this computer as
// its device, keeps the credentials in the keychain (under the practice's keychain account) and
// records the link; joining does the same with the vault of the practice's other computer, whose
// code the user typed, after making sure this practice is a new one and clearing it (JoiningPractice);
// Add a Computer asks the relay for a code; disconnecting revokes this device at the relay, then
// forgets both. A connection
// that fails half way leaves nothing behind: a vault whose credentials could not be kept is left
// again at once.
class RelayConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayConnector)

public:
    RelayConnector(RelayPage& page, Store& store, RelayLinks& links, RelayEnrollment& enrollment, SecretStore& keychain,
        QString keychainAccount, const Clock& clock, QObject* parent = nullptr);
    ~RelayConnector() override;

    void reload();
    void connectTo(const QString& address, const QString& deviceName);
    // connectTo, unless this practice is connected to a relay already.
    void connectIfUnlinked(const QString& address, const QString& deviceName);
    void disconnectFromRelay();
    void joinWith(const QString& address, const QString& deviceName, const QString& code);
    void offerPairing();

Q_SIGNALS:
    // Connected or disconnected: services that run through the relay start or stop.
    void linkChanged();
    // This computer joined a practice: what it showed of its own practice is gone.
    void joined();

private:
    // Keeps a device the relay made in the keychain and records the link; `done` once both are kept.
    void keep(const RelayLink& link, const SecretStore::Secret& credentials, const std::function<void()>& done);
    // Records the link of a device whose credentials are in the keychain; `done` once recorded.
    void saveLink(const RelayLink& link, const SecretStore::Secret& credentials, const std::function<void()>& done);
    void undoEnrollment(const RelayLink& link, const SecretStore::Secret& credentials, const Error& why);

    QPointer<RelayPage> m_page;
    Store& m_store;
    RelayLinks& m_links;
    RelayEnrollment& m_enrollment;
    SecretStore& m_keychain;
    QString m_keychainAccount;
    const Clock& m_clock;
    std::optional<RelayLink> m_link;
};

} // namespace clientele::ui
