#pragma once

#include <QList>
#include <QLocale>
#include <QUuid>
#include <QWidget>
#include <functional>

#include "core/store/ConnectedAccounts.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace clientele::ui {

// Settings → Connected accounts: the accounts connected on this computer, with when each last
// synced, and one "Connect …" button per provider this build can connect (none is shown that could
// only fail). While a sign-in runs, it says where to finish it and offers Cancel. It only shows;
// the AccountConnector does the work.
class ConnectedAccountsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectedAccountsPage)

public:
    struct Provider
    {
        QString id;
        QString name; // "Google", "Microsoft 365"
    };
    using DisconnectConfirmation = std::function<bool(const QString& provider, const QString& account)>;

    explicit ConnectedAccountsPage(QWidget* parent = nullptr);
    ~ConnectedAccountsPage() override;

    void setProviders(const QList<Provider>& providers);
    void setAccounts(const QList<ConnectedAccount>& accounts);
    // How dates are written (the practice's locale).
    void setLocale(const QLocale& locale) { m_locale = locale; }

    // A sign-in is running: `instructions` say where to finish it; connecting is disabled.
    void showSigningIn(const QString& instructions);
    // Back to normal, with an outcome for the user: a success or (error = true) what went wrong.
    void showOutcome(const QString& message, bool error);

    // Calendars… and Sync Now are offered (when calendar sync runs on this computer).
    void setSyncAvailable(bool available);
    // A round runs: Sync Now waits for it.
    void setSyncing(bool syncing);

    // Tests answer for the user; by default a question box asks.
    void setDisconnectConfirmation(DisconnectConfirmation confirm) { m_confirmDisconnect = std::move(confirm); }

Q_SIGNALS:
    void connectRequested(const QString& providerId);
    void cancelRequested();
    void disconnectRequested(const QUuid& accountId);
    void calendarsRequested(const QUuid& accountId, const QString& title);
    void syncRequested();

private:
    void updateButtons();
    QString providerName(const QString& id) const;

    QList<Provider> m_providers;
    QList<ConnectedAccount> m_accounts;
    QLocale m_locale;
    QTreeWidget* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_disconnect = nullptr;
    QPushButton* m_calendars = nullptr;
    QPushButton* m_syncNow = nullptr;
    QVBoxLayout* m_connectButtons = nullptr;
    QList<QPushButton*> m_connectButtonList;
    QLabel* m_noProviders = nullptr;
    QWidget* m_signingIn = nullptr;
    QLabel* m_instructions = nullptr;
    QLabel* m_outcome = nullptr;
    DisconnectConfirmation m_confirmDisconnect;
    bool m_busy = false;
    bool m_syncAvailable = false;
    bool m_syncing = false;
};

} // namespace clientele::ui
