#include "ui/settings/ConnectedAccountsPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/widgets/PanelParts.h"

namespace clientele::ui {

namespace {

enum Column
{
    AccountColumn,
    StatusColumn,
};

} // namespace

ConnectedAccountsPage::ConnectedAccountsPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectedAccountsPage"));
    setAccessibleName(tr("Connected accounts"));
    m_confirmDisconnect = [this](const QString& provider, const QString& account) {
        return QMessageBox::question(this, tr("Disconnect Account"),
                   tr("Disconnect the %1 account %2? Clientele signs out of it and forgets its sign-in on this "
                      "computer. Events already in that calendar stay there.")
                       .arg(provider, account),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("connectedAccountList"));
    m_list->setAccessibleName(tr("Connected accounts"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Account"), tr("Status")});
    m_list->header()->setSectionResizeMode(AccountColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_empty = makeHint(tr("No account is connected on this computer yet."), this);
    m_empty->setObjectName(QStringLiteral("connectedAccountsEmpty"));

    m_disconnect = new QPushButton(tr("&Disconnect…"), this);
    m_disconnect->setObjectName(QStringLiteral("disconnectAccountButton"));
    connect(m_disconnect, &QPushButton::clicked, this, [this]() {
        const QTreeWidgetItem* item = m_list->currentItem();
        if (item == nullptr) {
            return;
        }
        const QUuid id = item->data(AccountColumn, Qt::UserRole).toUuid();
        for (const ConnectedAccount& account : std::as_const(m_accounts)) {
            if (account.id == id && m_confirmDisconnect(providerName(account.providerId), account.account)) {
                Q_EMIT disconnectRequested(id);
            }
        }
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConnectedAccountsPage::updateButtons);
    m_calendars = new QPushButton(tr("&Calendars…"), this);
    m_calendars->setObjectName(QStringLiteral("accountCalendarsButton"));
    m_calendars->setToolTip(tr("Choose which of this account's calendars block your time and which one receives "
                               "bookings"));
    connect(m_calendars, &QPushButton::clicked, this, [this]() {
        if (const QTreeWidgetItem* item = m_list->currentItem()) {
            Q_EMIT calendarsRequested(item->data(AccountColumn, Qt::UserRole).toUuid(), item->text(AccountColumn));
        }
    });
    m_syncNow = new QPushButton(tr("&Sync Now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    connect(m_syncNow, &QPushButton::clicked, this, &ConnectedAccountsPage::syncRequested);
    connect(m_list, &QTreeWidget::itemActivated, m_calendars, &QPushButton::click);

    // One button per provider, filled by setProviders.
    auto* connectBox = new QWidget(this);
    m_connectButtons = new QVBoxLayout(connectBox);
    m_connectButtons->setContentsMargins(0, 0, 0, 0);
    m_noProviders = makeHint(tr("This copy of Clientele has no accounts it can connect."), this);
    m_noProviders->setObjectName(QStringLiteral("noConnectableProviders"));

    // While signing in: where to finish it, and the way out.
    m_signingIn = new QWidget(this);
    m_signingIn->setObjectName(QStringLiteral("signingInPanel"));
    m_instructions = new QLabel(m_signingIn);
    m_instructions->setWordWrap(true);
    auto* busy = new QProgressBar(m_signingIn);
    busy->setRange(0, 0);
    busy->setMaximumWidth(120);
    busy->setTextVisible(false);
    auto* cancel = new QPushButton(tr("Cancel"), m_signingIn);
    cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    connect(cancel, &QPushButton::clicked, this, &ConnectedAccountsPage::cancelRequested);
    auto* signingInLayout = new QHBoxLayout(m_signingIn);
    signingInLayout->setContentsMargins(0, 0, 0, 0);
    signingInLayout->addWidget(busy);
    signingInLayout->addWidget(m_instructions, 1);
    signingInLayout->addWidget(cancel);
    m_signingIn->hide();

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("connectOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 16);
    layout->addWidget(makeHint(tr("Connect your calendar accounts so that bookings appear in them and your other "
                                  "appointments block time here. The sign-in stays in this computer's keychain."),
        this));
    layout->addSpacing(8);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_calendars);
    listButtons->addWidget(m_syncNow);
    listButtons->addStretch(1);
    listButtons->addWidget(m_disconnect);
    layout->addLayout(listButtons);
    layout->addSpacing(8);
    layout->addWidget(connectBox);
    layout->addWidget(m_noProviders);
    layout->addWidget(m_signingIn);
    layout->addWidget(m_outcome);
    setAccounts({});
    setProviders({});
}

ConnectedAccountsPage::~ConnectedAccountsPage() = default;

void ConnectedAccountsPage::setProviders(const QList<Provider>& providers)
{
    m_providers = providers;
    qDeleteAll(m_connectButtonList);
    m_connectButtonList.clear();
    for (const Provider& provider : providers) {
        auto* button = new QPushButton(tr("Connect %1…").arg(provider.name));
        button->setObjectName(QStringLiteral("connect_%1").arg(provider.id));
        connect(button, &QPushButton::clicked, this, [this, id = provider.id]() { Q_EMIT connectRequested(id); });
        m_connectButtons->addWidget(button, 0, Qt::AlignLeft);
        m_connectButtonList.append(button);
    }
    m_noProviders->setVisible(providers.isEmpty());
    updateButtons();
}

void ConnectedAccountsPage::setAccounts(const QList<ConnectedAccount>& accounts)
{
    m_accounts = accounts;
    const QUuid current =
        m_list->currentItem() != nullptr ? m_list->currentItem()->data(AccountColumn, Qt::UserRole).toUuid() : QUuid();
    m_list->clear();
    for (const ConnectedAccount& account : accounts) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(AccountColumn, tr("%1 — %2").arg(providerName(account.providerId), account.account));
        item->setData(AccountColumn, Qt::UserRole, account.id);
        QString status;
        if (!account.lastError.isEmpty() && account.lastSyncAtUtc.isValid()) {
            status = tr("Needs attention: %1 Last synced %2.")
                         .arg(account.lastError,
                             m_locale.toString(account.lastSyncAtUtc.toLocalTime(), QLocale::ShortFormat));
        } else if (!account.lastError.isEmpty()) {
            status = tr("Needs attention: %1").arg(account.lastError);
        } else if (account.lastSyncAtUtc.isValid()) {
            status = tr("Synced %1").arg(m_locale.toString(account.lastSyncAtUtc.toLocalTime(), QLocale::ShortFormat));
        } else {
            status = tr("Connected %1 · not synced yet")
                         .arg(m_locale.toString(account.connectedAtUtc.toLocalTime().date(), QLocale::ShortFormat));
        }
        item->setText(StatusColumn, status);
        item->setToolTip(StatusColumn, status);
        if (account.id == current) {
            m_list->setCurrentItem(item);
        }
    }
    if (!accounts.isEmpty() && m_list->currentItem() == nullptr) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    m_list->setVisible(!accounts.isEmpty());
    m_empty->setVisible(accounts.isEmpty());
    updateButtons();
}

void ConnectedAccountsPage::showSigningIn(const QString& instructions)
{
    m_busy = true;
    m_instructions->setText(instructions);
    m_signingIn->show();
    m_outcome->hide();
    updateButtons();
}

void ConnectedAccountsPage::showOutcome(const QString& message, bool error)
{
    m_busy = false;
    m_signingIn->hide();
    showOutcomeText(m_outcome, message, error);
    updateButtons();
}

void ConnectedAccountsPage::setSyncAvailable(bool available)
{
    m_syncAvailable = available;
    updateButtons();
}

void ConnectedAccountsPage::setSyncing(bool syncing)
{
    m_syncing = syncing;
    m_syncNow->setText(syncing ? tr("Syncing…") : tr("&Sync Now"));
    updateButtons();
}

void ConnectedAccountsPage::updateButtons()
{
    m_disconnect->setEnabled(!m_busy && m_list->currentItem() != nullptr);
    m_calendars->setVisible(m_syncAvailable && !m_accounts.isEmpty());
    m_calendars->setEnabled(!m_busy && m_list->currentItem() != nullptr);
    m_syncNow->setVisible(m_syncAvailable && !m_accounts.isEmpty());
    m_syncNow->setEnabled(!m_busy && !m_syncing);
    for (QPushButton* button : std::as_const(m_connectButtonList)) {
        button->setEnabled(!m_busy);
    }
}

QString ConnectedAccountsPage::providerName(const QString& id) const
{
    for (const Provider& provider : m_providers) {
        if (provider.id == id) {
            return provider.name;
        }
    }
    return id;
}

} // namespace clientele::ui
