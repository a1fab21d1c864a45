#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "core/Error.h"
#include "core/ports/SecretStore.h"
#include "core/store/RelayLinks.h"

namespace clientele {
class Clock;
class RelayEnrollment;
} // namespace clientele

namespace clientele::ui {

class RelayPage;

// Runs Settings → Relay: connecting creates the practice's vault on the relay with this computer as
// its device, keeps the credentials in the keychain (under the practice's keychain account) and
// records the link; disconnecting revokes this device at the relay, then forgets both. A connection
// that fails half way leaves nothing behind: a vault whose credentials could not be kept is left
// again at once.
class RelayConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayConnector)

public:
    RelayConnector(RelayPage& page, RelayLinks& links, RelayEnrollment& enrollment, SecretStore& keychain,
        QString keychainAccount, const Clock& clock, QObject* parent = nullptr);
    ~RelayConnector() override;

    void reload();
    void connectTo(const QString& address, const QString& deviceName);
    // connectTo, unless this practice is connected to a relay already.
    void connectIfUnlinked(const QString& address, const QString& deviceName);
    void disconnectFromRelay();

Q_SIGNALS:
    // Connected or disconnected: services that run through the relay start or stop.
    void linkChanged();

private:
    void undoEnrollment(const RelayLink& link, const SecretStore::Secret& credentials, const Error& why);

    QPointer<RelayPage> m_page;
    RelayLinks& m_links;
    RelayEnrollment& m_enrollment;
    SecretStore& m_keychain;
    QString m_keychainAccount;
    const Clock& m_clock;
    std::optional<RelayLink> m_link;
};

} // namespace clientele::ui
