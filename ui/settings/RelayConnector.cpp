#include "ui/settings/RelayConnector.h"

#include "core/Logging.h"
#include "core/ports/Clock.h"
#include "core/ports/RelayEnrollment.h"
#include "core/store/JoiningPractice.h"
#include "ui/settings/RelayPage.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

namespace {

const QString kPurpose = QString::fromLatin1(RelayLinks::kKeychainPurpose);

} // namespace

RelayConnector::RelayConnector(RelayPage& page, Store& store, RelayLinks& links, RelayEnrollment& enrollment,
    SecretStore& keychain, QString keychainAccount, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_page(&page)
    , m_store(store)
    , m_links(links)
    , m_enrollment(enrollment)
    , m_keychain(keychain)
    , m_keychainAccount(std::move(keychainAccount))
    , m_clock(clock)
{
    connect(&page, &RelayPage::connectRequested, this, &RelayConnector::connectTo);
    connect(&page, &RelayPage::disconnectRequested, this, &RelayConnector::disconnectFromRelay);
    connect(&page, &RelayPage::joinRequested, this, &RelayConnector::joinWith);
    connect(&page, &RelayPage::addComputerRequested, this, &RelayConnector::offerPairing);
    page.setCodeCheck([&enrollment](const QString& code) {
        const Result<void> checked = enrollment.checkPairingCode(code);
        return checked ? QString() : checked.error().userMessage();
    });
    reload();
}

RelayConnector::~RelayConnector() = default;

void RelayConnector::reload()
{
    whenReady(this, m_links.current(), [this](const Result<std::optional<RelayLink>>& link) {
        if (!m_page) {
            return;
        }
        if (!link) {
            m_page->showOutcome(link.error().userMessage(), true);
            return;
        }
        m_link = link.value();
        m_page->showLink(m_link);
    });
}

void RelayConnector::connectIfUnlinked(const QString& address, const QString& deviceName)
{
    whenReady(this, m_links.current(), [this, address, deviceName](const Result<std::optional<RelayLink>>& link) {
        if (link && !link.value() && m_page) {
            connectTo(address, deviceName);
        }
    });
}

void RelayConnector::connectTo(const QString& address, const QString& deviceName)
{
    const Result<QUrl> relay = m_enrollment.checkAddress(address);
    if (!relay) {
        m_page->showOutcome(relay.error().userMessage(), true);
        return;
    }
    m_page->showBusy(tr("Connecting to %1…").arg(relay->host()));
    const QUrl& url = relay.value();
    whenReady(this, m_enrollment.createVault(url, deviceName),
        [this, url, deviceName](const Result<RelayEnrollment::Enrolled>& enrolled) {
            if (!enrolled) {
                if (m_page) {
                    m_page->showOutcome(tr("Could not connect: %1").arg(enrolled.error().userMessage()), true);
                }
                return;
            }
            const RelayLink link {
                url, enrolled->vaultId, enrolled->deviceId, deviceName, m_clock.nowUtc(), enrolled->ordinal};
            keep(link, enrolled->credentials, [this] {
                if (m_page) {
                    m_page->showOutcome(QString(), false);
                }
            });
        });
}

void RelayConnector::keep(
    const RelayLink& link, const SecretStore::Secret& credentials, const std::function<void()>& done)
{
    whenReady(this, m_keychain.write(m_keychainAccount, kPurpose, *credentials),
        [this, link, credentials, done](const Result<void>& kept) {
            if (!kept) {
                undoEnrollment(link, credentials, kept.error());
                return;
            }
            saveLink(link, credentials, done);
        });
}

void RelayConnector::saveLink(
    const RelayLink& link, const SecretStore::Secret& credentials, const std::function<void()>& done)
{
    whenReady(this, m_links.save(link), [this, link, credentials, done](const Result<void>& saved) {
        if (!saved) {
            (void)m_keychain.remove(m_keychainAccount, kPurpose);
            undoEnrollment(link, credentials, saved.error());
            return;
        }
        qCInfo(lcApp) << "connected to the relay at" << link.url.host();
        m_link = link;
        if (m_page) {
            m_page->showLink(m_link);
        }
        done();
        Q_EMIT linkChanged();
    });
}

void RelayConnector::joinWith(const QString& address, const QString& deviceName, const QString& code)
{
    const Result<QUrl> relay = m_enrollment.checkAddress(address);
    if (!relay) {
        m_page->showOutcome(relay.error().userMessage(), true);
        return;
    }
    const QUrl& url = relay.value();
    m_page->showBusy(tr("Joining the practice at %1…").arg(url.host()));
    // The practice must be a new one before the code is spent: a code works once.
    whenReady(this, JoiningPractice::check(m_store), [this, url, deviceName, code](const Result<void>& fresh) {
        if (!fresh) {
            if (m_page) {
                m_page->showOutcome(fresh.error().userMessage(), true);
            }
            return;
        }
        whenReady(this, m_enrollment.join(url, code, deviceName),
            [this, url, deviceName](const Result<RelayEnrollment::Enrolled>& enrolled) {
                if (!enrolled) {
                    if (m_page) {
                        m_page->showOutcome(tr("Could not join: %1").arg(enrolled.error().userMessage()), true);
                    }
                    return;
                }
                const RelayLink link {
                    url, enrolled->vaultId, enrolled->deviceId, deviceName, m_clock.nowUtc(), enrolled->ordinal};
                const SecretStore::Secret credentials = enrolled->credentials;
                // The credentials are kept before the practice is cleared: a keychain that refuses them
                // leaves this practice as it was.
                whenReady(this, m_keychain.write(m_keychainAccount, kPurpose, *credentials),
                    [this, link, credentials](const Result<void>& kept) {
                        if (!kept) {
                            undoEnrollment(link, credentials, kept.error());
                            return;
                        }
                        whenReady(this, JoiningPractice::clear(m_store),
                            [this, link, credentials](const Result<void>& cleared) {
                                if (!cleared) {
                                    (void)m_keychain.remove(m_keychainAccount, kPurpose);
                                    undoEnrollment(link, credentials, cleared.error());
                                    return;
                                }
                                Q_EMIT joined();
                                saveLink(link, credentials, [this] {
                                    if (m_page) {
                                        m_page->showOutcome(tr("Joined. The practice is arriving from the relay; it "
                                                               "shows here as it comes."),
                                            false);
                                    }
                                });
                            });
                    });
            });
    });
}

void RelayConnector::offerPairing()
{
    if (!m_link) {
        return;
    }
    const RelayLink link = *m_link;
    m_page->showBusy(tr("Making a code…"));
    whenReady(this, m_keychain.read(m_keychainAccount, kPurpose),
        [this, link](const Result<SecretStore::Secret>& credentials) {
            if (!credentials) {
                if (m_page) {
                    m_page->showOutcome(credentials.error().userMessage(), true);
                }
                return;
            }
            whenReady(this, m_enrollment.offerPairing(link.url, link.vaultId, *credentials.value()),
                [this](const Result<RelayEnrollment::PairingOffer>& offer) {
                    if (!m_page) {
                        return;
                    }
                    if (!offer) {
                        m_page->showOutcome(tr("Could not make a code: %1").arg(offer.error().userMessage()), true);
                        return;
                    }
                    m_page->showOutcome(QString(), false);
                    m_page->showPairingCode(offer->code, offer->expiresAtUtc);
                });
        });
}

void RelayConnector::undoEnrollment(const RelayLink& link, const SecretStore::Secret& credentials, const Error& why)
{
    // The relay made a device this computer cannot keep: leave again, so no usable token lingers.
    (void)m_enrollment.leave(link.url, link.vaultId, link.deviceId, *credentials);
    if (m_page) {
        m_page->showOutcome(tr("Could not keep the connection on this computer: %1").arg(why.userMessage()), true);
    }
}

void RelayConnector::disconnectFromRelay()
{
    if (!m_link) {
        return;
    }
    const RelayLink link = *m_link;
    m_page->showBusy(tr("Disconnecting…"));
    const auto forget = [this]() {
        whenReady(this, m_keychain.remove(m_keychainAccount, kPurpose), [this](const Result<void>&) {
            whenReady(this, m_links.forget(), [this](const Result<void>& forgotten) {
                if (!forgotten) {
                    if (m_page) {
                        m_page->showOutcome(forgotten.error().userMessage(), true);
                    }
                    return;
                }
                m_link.reset();
                if (m_page) {
                    m_page->showLink(m_link);
                    m_page->showOutcome(tr("Disconnected. The relay no longer accepts this computer."), false);
                }
                Q_EMIT linkChanged();
            });
        });
    };
    whenReady(this, m_keychain.read(m_keychainAccount, kPurpose),
        [this, link, forget](const Result<SecretStore::Secret>& credentials) {
            if (!credentials) {
                // Nothing to revoke with: the entry is gone (another keychain, a reset). Forget the link.
                forget();
                return;
            }
            whenReady(this, m_enrollment.leave(link.url, link.vaultId, link.deviceId, *credentials.value()),
                [this, forget](const Result<void>& left) {
                    if (!left) {
                        // A relay that is down or gone must not keep the practice connected for ever.
                        if (m_page && left.error().isRetryable() && m_page->confirmForget(left.error().userMessage())) {
                            forget();
                            return;
                        }
                        if (m_page) {
                            m_page->showOutcome(tr("Could not disconnect: %1 This computer stays connected.")
                                                    .arg(left.error().userMessage()),
                                true);
                        }
                        return;
                    }
                    forget();
                });
        });
}

} // namespace clientele::ui
