#include "ui/settings/AccountConnector.h"

#include "core/oauth/OAuthErrors.h"
#include "core/oauth/OAuthFlow.h"
#include "core/oauth/OAuthSession.h"
#include "core/oauth/OAuthTokenKeychain.h"
#include "core/ports/Clock.h"
#include "core/ports/OAuthTokenEndpoint.h"
#include "core/ports/OAuthUserAgent.h"
#include "core/store/CalendarSyncScheduler.h"
#include "core/store/ConnectedAccounts.h"
#include "ui/settings/AccountCalendarsDialog.h"
#include "ui/settings/ConnectedAccountsPage.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

namespace {

// Deletes on the next turn of the event loop: flows and their adapters finish from inside their
// own callbacks.
template<typename T>
void deleteSoon(QObject* context, std::unique_ptr<T> object)
{
    if (object) {
        QMetaObject::invokeMethod(
            context, [doomed = std::shared_ptr<T>(std::move(object))]() mutable { doomed.reset(); },
            Qt::QueuedConnection);
    }
}

} // namespace

AccountConnector::AccountConnector(ConnectedAccountsPage& page, ConnectedAccounts& accounts, const Clock& clock,
    AccountServices services, QString keychainAccount, QObject* parent)
    : QObject(parent)
    , m_page(page)
    , m_accounts(accounts)
    , m_clock(clock)
    , m_services(std::move(services))
    , m_keychainAccount(std::move(keychainAccount))
{
    QList<ConnectedAccountsPage::Provider> offered;
    for (const ConnectableProvider& provider : std::as_const(m_services.providers)) {
        offered.append({provider.config.providerId, provider.config.displayName});
    }
    m_page.setProviders(offered);
    connect(&m_page, &ConnectedAccountsPage::connectRequested, this, &AccountConnector::connectProvider);
    connect(&m_page, &ConnectedAccountsPage::cancelRequested, this, &AccountConnector::cancel);
    connect(&m_page, &ConnectedAccountsPage::disconnectRequested, this, &AccountConnector::disconnectAccount);
    reload();
}

AccountConnector::~AccountConnector()
{
    cancel();
    delete m_calendarsDialog;
}

void AccountConnector::setCalendarSync(CalendarSyncScheduler* scheduler)
{
    m_sync = scheduler;
    m_page.setSyncAvailable(scheduler != nullptr);
    if (scheduler == nullptr) {
        return;
    }
    connect(&m_page, &ConnectedAccountsPage::calendarsRequested, this, &AccountConnector::chooseCalendars);
    connect(&m_page, &ConnectedAccountsPage::syncRequested, this, &AccountConnector::syncNow);
    connect(scheduler, &CalendarSyncScheduler::synced, this, &AccountConnector::reload);
}

void AccountConnector::syncNow()
{
    if (m_sync == nullptr) {
        return;
    }
    m_page.setSyncing(true);
    whenReady(this, m_sync->syncNow(), [this]() { m_page.setSyncing(false); });
}

void AccountConnector::chooseCalendars(const QUuid& accountId, const QString& title)
{
    if (m_sync == nullptr) {
        return;
    }
    delete m_calendarsDialog;
    m_calendarsDialog = new AccountCalendarsDialog(title, &m_page);
    m_calendarsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_calendarsDialog, &QDialog::accepted, this, [this, accountId]() { saveCalendarChoices(accountId); });
    whenReady(m_calendarsDialog.data(), m_sync->calendarsOf(accountId),
        [dialog = m_calendarsDialog](const Result<QList<CalendarChoice>>& calendars) {
            if (calendars) {
                dialog->setCalendars(*calendars);
            } else {
                dialog->showError(calendars.error().userMessage());
            }
        });
    m_calendarsDialog->open();
}

void AccountConnector::saveCalendarChoices(const QUuid& accountId)
{
    if (m_calendarsDialog == nullptr || m_sync == nullptr) {
        return;
    }
    const QList<CalendarChoice> changed = m_calendarsDialog->changedChoices();
    if (changed.isEmpty()) {
        return;
    }
    saveNextChoice(accountId, changed);
}

void AccountConnector::saveNextChoice(const QUuid& accountId, QList<CalendarChoice> remaining)
{
    // One after the other: choosing a receiving calendar takes that role from the account's others.
    if (m_sync == nullptr) {
        return; // the practice was locked meanwhile
    }
    if (remaining.isEmpty()) {
        m_page.showOutcome(tr("Calendar choices saved."), false);
        syncNow();
        return;
    }
    const CalendarChoice entry = remaining.takeFirst();
    whenReady(this, m_sync->choose(accountId, entry.calendar, entry.choice),
        [this, accountId, remaining = std::move(remaining)](const Result<void>& saved) {
            if (!saved) {
                m_page.showOutcome(saved.error().userMessage(), true);
                return;
            }
            saveNextChoice(accountId, remaining);
        });
}

void AccountConnector::reload()
{
    whenReady(this, m_accounts.list(), [this](const Result<QList<ConnectedAccount>>& accounts) {
        if (!accounts) {
            m_page.showOutcome(accounts.error().userMessage(), true);
            return;
        }
        m_page.setAccounts(*accounts);
    });
}

const ConnectableProvider* AccountConnector::provider(const QString& providerId) const
{
    return findProvider(m_services.providers, providerId);
}

void AccountConnector::connectProvider(const QString& providerId)
{
    const ConnectableProvider* chosen = provider(providerId);
    if (chosen == nullptr || m_flow) {
        return;
    }
    if (m_services.keychain == nullptr) {
        m_page.showOutcome(tr("Accounts can only be connected when the system keychain is available, because that "
                              "is where their sign-in is kept."),
            true);
        return;
    }
    const OAuthProviderConfig& config = chosen->config;
    m_tokenEndpoint = m_services.tokenEndpointFor(config);
    m_agent = m_services.userAgentFor(*chosen);
    const QString instructions = chosen->signIn == ConnectableProvider::SignIn::SystemBrowser
        ? tr("Finish signing in to %1 in your web browser, then come back here.").arg(config.displayName)
        : tr("Finish signing in to %1 in the window that opened.").arg(config.displayName);
    m_flow = std::make_unique<OAuthFlow>(config, *m_agent, *m_tokenEndpoint, *m_services.keychain, m_keychainAccount);
    m_page.showSigningIn(instructions);
    whenReady(this, m_flow->start(),
        [this, providerId, name = config.displayName](const Result<OAuthConnection>& connection) {
            finishFlow();
            if (!connection) {
                m_page.showOutcome(connection.error().userMessage(), true);
                return;
            }
            ConnectedAccount account;
            account.id = QUuid::createUuid();
            account.providerId = providerId;
            account.account = connection->account;
            account.keychainPurpose = connection->keychainPurpose;
            account.connectedAtUtc = m_clock.nowUtc();
            whenReady(this, m_accounts.save(account), [this, name](const Result<ConnectedAccount>& saved) {
                if (!saved) {
                    m_page.showOutcome(saved.error().userMessage(), true);
                    return;
                }
                m_page.showOutcome(tr("Your %1 account %2 is connected.").arg(name, saved->account), false);
                reload();
                Q_EMIT accountsChanged();
                // What to sync is the next question; ask it now rather than leave the account idle.
                chooseCalendars(saved->id, tr("%1 — %2").arg(name, saved->account));
            });
        });
}

void AccountConnector::cancel()
{
    if (m_flow) {
        m_flow->cancel(); // the flow's future answers UserClosed, which ends it above
    }
}

void AccountConnector::finishFlow()
{
    // The flow outlives this call (it is finishing); its agent and endpoint must outlive the flow.
    deleteSoon(this, std::move(m_flow));
    deleteSoon(this, std::move(m_agent));
    deleteSoon(this, std::move(m_tokenEndpoint));
}

void AccountConnector::disconnectAccount(const QUuid& accountId)
{
    whenReady(this, m_accounts.list(), [this, accountId](const Result<QList<ConnectedAccount>>& accounts) {
        if (!accounts) {
            m_page.showOutcome(accounts.error().userMessage(), true);
            return;
        }
        for (const ConnectedAccount& account : *accounts) {
            const ConnectableProvider* known = provider(account.providerId);
            if (account.id != accountId) {
                continue;
            }
            if (known == nullptr || m_services.keychain == nullptr) {
                // A provider this build no longer offers: forget the record; nothing to revoke with.
                whenReady(this, m_accounts.remove(accountId), [this](const Result<void>&) {
                    reload();
                    Q_EMIT accountsChanged();
                });
                return;
            }
            std::shared_ptr<OAuthTokenEndpoint> tokenEndpoint = m_services.tokenEndpointFor(known->config);
            auto session = std::make_shared<OAuthSession>(known->config,
                OAuthTokenKeychain(*m_services.keychain, m_keychainAccount, account.providerId, account.account),
                *tokenEndpoint, m_clock);
            const QString name = known->config.displayName;
            whenReady(this, session->disconnect(),
                [this, session, tokenEndpoint, accountId, name, email = account.account](
                    const Result<OAuthDisconnectReport>& report) {
                    whenReady(
                        this, m_accounts.remove(accountId), [this, report, name, email](const Result<void>& removed) {
                            reload();
                            Q_EMIT accountsChanged();
                            if (!removed) {
                                m_page.showOutcome(removed.error().userMessage(), true);
                            } else if (!report || report->revocationError) {
                                // Forgotten here either way; say that the provider may still list the app.
                                m_page.showOutcome(
                                    tr("%1 disconnected on this computer, but %2 could not be told (%3). "
                                       "You can remove Clientele's access in your %2 account settings.")
                                        .arg(email, name,
                                            report ? report->revocationError->userMessage()
                                                   : report.error().userMessage()),
                                    true);
                            } else {
                                m_page.showOutcome(tr("%1 is disconnected.").arg(email), false);
                            }
                        });
                });
            return;
        }
    });
}

} // namespace clientele::ui
