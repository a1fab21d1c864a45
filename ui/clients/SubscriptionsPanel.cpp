#include "ui/clients/SubscriptionsPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/clients/StartSubscriptionDialog.h"
#include "ui/practice/PracticeContext.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

QString stateText(const Subscription& subscription)
{
    using State = Subscription::State;
    switch (subscription.state) {
    case State::Requested:
        return SubscriptionsPanel::tr("Link on its way");
    case State::LinkReady:
        return SubscriptionsPanel::tr("Link ready, not paid yet");
    case State::Failed:
        return SubscriptionsPanel::tr("Link not made (the Outbox says why)");
    case State::Withdrawn:
        return SubscriptionsPanel::tr("Link withdrawn");
    case State::Expired:
        return SubscriptionsPanel::tr("Link expired unpaid");
    case State::Active:
        return subscription.cancelAtPeriodEnd ? SubscriptionsPanel::tr("Active, ending")
                                              : SubscriptionsPanel::tr("Active");
    case State::PastDue:
        return SubscriptionsPanel::tr("Payment failed; Stripe tries again");
    case State::Canceled:
        return SubscriptionsPanel::tr("Ended");
    }
    return {};
}

} // namespace

SubscriptionsPanel::SubscriptionsPanel(PracticeContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("clientSubscriptionsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("clientSubscriptionsList"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Subscriptions"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("clientSubscriptionsNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("Start Subscription…"), this);
    m_start->setObjectName(QStringLiteral("subscriptionStartButton"));
    m_copy = new QPushButton(tr("Copy Link"), this);
    m_copy->setObjectName(QStringLiteral("subscriptionCopyLinkButton"));
    m_copy->setToolTip(tr("Copy the link that starts the subscription, to send to the client"));
    m_change = new QPushButton(tr("Change…"), this);
    m_change->setObjectName(QStringLiteral("subscriptionChangeButton"));
    m_change->setToolTip(tr("How many each period, from the next period on"));
    m_end = new QPushButton(tr("End"), this);
    m_end->setObjectName(QStringLiteral("subscriptionEndButton"));
    auto* endMenu = new QMenu(m_end);
    QAction* atPeriodEnd = endMenu->addAction(tr("At the End of This Period"));
    atPeriodEnd->setObjectName(QStringLiteral("subscriptionEndAtPeriodEndAction"));
    QAction* now = endMenu->addAction(tr("Now…"));
    now->setObjectName(QStringLiteral("subscriptionEndNowAction"));
    QAction* keep = endMenu->addAction(tr("Keep It Going"));
    keep->setObjectName(QStringLiteral("subscriptionKeepGoingAction"));
    m_end->setMenu(endMenu);
    connect(endMenu, &QMenu::aboutToShow, this, [this, atPeriodEnd, keep] {
        const Subscription* subscription = selected();
        const bool ending = subscription && subscription->cancelAtPeriodEnd;
        atPeriodEnd->setEnabled(!ending);
        keep->setEnabled(ending);
    });
    m_portal = new QPushButton(tr("Billing Portal Link"), this);
    m_portal->setObjectName(QStringLiteral("subscriptionPortalButton"));
    m_portal->setToolTip(tr("A link for the client to change their card or see their receipts at Stripe; it "
                            "works for a short while"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_change);
    buttons->addWidget(m_end);
    buttons->addWidget(m_portal);
    buttons->addStretch(1);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, &SubscriptionsPanel::start);
    connect(m_copy, &QPushButton::clicked, this, &SubscriptionsPanel::copyLink);
    connect(m_change, &QPushButton::clicked, this, &SubscriptionsPanel::change);
    connect(atPeriodEnd, &QAction::triggered, this, &SubscriptionsPanel::endAtPeriodEnd);
    connect(now, &QAction::triggered, this, &SubscriptionsPanel::endNow);
    connect(keep, &QAction::triggered, this, &SubscriptionsPanel::keepGoing);
    connect(m_portal, &QPushButton::clicked, this, &SubscriptionsPanel::portalLink);
    connect(m_list, &QListWidget::currentRowChanged, this, &SubscriptionsPanel::updateButtons);
    connect(&m_context, &PracticeContext::dataChanged, this, [this](PracticeContext::Area area) {
        if (area == PracticeContext::Area::Subscriptions || area == PracticeContext::Area::Outbox) {
            reload();
        }
    });
    updateButtons();
}

void SubscriptionsPanel::showClient(const QUuid& clientId, const QString& clientName)
{
    if (clientId != m_clientId) {
        m_awaitingPortal = QUuid();
        m_subscriptions.clear();
        m_list->clear();
    }
    m_clientId = clientId;
    m_clientName = clientName;
    reload();
}

QString SubscriptionsPanel::describe(const Subscription& subscription, const QLocale& locale, const QTimeZone& zone)
{
    // Two lines, so a narrow panel cuts nothing: what and its state, then the money and the date.
    QStringList details {StartSubscriptionDialog::planText(
        subscription.unitAmount, subscription.quantity, subscription.interval, locale)};
    if (subscription.isRunning() && subscription.currentPeriodEnd.isValid()) {
        const QString date =
            locale.toString(subscription.currentPeriodEnd.toTimeZone(zone).date(), QLocale::ShortFormat);
        details << (subscription.cancelAtPeriodEnd ? tr("ends %1").arg(date) : tr("renews %1").arg(date));
    }
    if (subscription.lastChange == Subscription::Change::Waiting) {
        details << tr("change on its way to Stripe");
    } else if (subscription.lastChange == Subscription::Change::Failed) {
        details << tr("last change not made (the Outbox says why)");
    }
    return tr("%1 · %2").arg(subscription.name, stateText(subscription)) + u'\n' + details.join(QStringLiteral(" · "));
}

void SubscriptionsPanel::reload()
{
    if (m_clientId.isNull()) {
        return;
    }
    const int generation = ++m_generation;
    whenReady(this, Subscriptions(m_context.store()).forClient(m_clientId),
        [this, generation](const Result<QList<Subscription>>& subscriptions) {
            if (generation != m_generation) {
                return;
            }
            if (!subscriptions) {
                m_note->setText(tr("The subscriptions could not be read: %1").arg(subscriptions.error().userMessage()));
                return;
            }
            show(subscriptions.value());
        });
}

void SubscriptionsPanel::show(const QList<Subscription>& subscriptions)
{
    const QUuid current = selected() ? selected()->id : QUuid();
    m_subscriptions = subscriptions;
    m_list->clear();
    int row = 0;
    for (qsizetype i = 0; i < m_subscriptions.size(); ++i) {
        const Subscription& subscription = m_subscriptions.at(i);
        auto* item = new QListWidgetItem(describe(subscription, m_context.locale(), m_context.timeZone()), m_list);
        item->setData(kIndexRole, static_cast<int>(i));
        if (subscription.id == current) {
            row = static_cast<int>(i);
        }
        // The portal link asked for has come: it goes to the clipboard, to send to the client.
        if (subscription.id == m_awaitingPortal && !subscription.portalUrl.isEmpty()
            && subscription.portalAt >= m_portalAskedAt) {
            m_awaitingPortal = QUuid();
            QApplication::clipboard()->setText(subscription.portalUrl.toString());
            Q_EMIT statusMessage(
                tr("Billing portal link for %1 copied. It works for a short while.").arg(m_clientName));
        }
    }
    if (m_subscriptions.isEmpty()) {
        m_note->setText(tr("No subscriptions. Start Subscription… makes a link for %1 to pay for a plan each week, "
                           "month or year; Stripe then charges their card each period.")
                            .arg(m_clientName));
    } else {
        m_list->setCurrentRow(row);
        m_note->setText(tr("Changes go out through the Outbox and show here once Stripe has made them."));
    }
    updateButtons();
    Q_EMIT countChanged(count());
}

const Subscription* SubscriptionsPanel::selected() const
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item) {
        return nullptr;
    }
    const int index = item->data(kIndexRole).toInt();
    return index >= 0 && index < m_subscriptions.size() ? &m_subscriptions.at(index) : nullptr;
}

void SubscriptionsPanel::updateButtons()
{
    const Subscription* subscription = selected();
    m_start->setEnabled(!m_clientId.isNull());
    m_copy->setEnabled(subscription && subscription->state == Subscription::State::LinkReady);
    // One change at a time: the next waits until Stripe has answered the last.
    const bool changeable =
        subscription && subscription->isRunning() && subscription->lastChange != Subscription::Change::Waiting;
    m_change->setEnabled(changeable);
    m_end->setEnabled(changeable);
    m_portal->setEnabled(subscription && !subscription->stripeSubscription.isEmpty()
        && subscription->state != Subscription::State::Canceled);
}

void SubscriptionsPanel::queued(const Result<Subscription>& result, const QString& done)
{
    if (!result) {
        QMessageBox::warning(this, tr("Subscription"), result.error().userMessage());
        return;
    }
    Q_EMIT statusMessage(done);
    m_context.notifyChanged(PracticeContext::Area::Outbox); // the sender looks at once
    reload();
}

void SubscriptionsPanel::start()
{
    const QUrl back = m_returnUrl ? m_returnUrl() : QUrl();
    if (back.isEmpty()) {
        QMessageBox::information(this, tr("Start Subscription"),
            tr("A subscription link needs somewhere to send the client after paying. Enter your website in "
               "Settings → Practice, or connect a relay in Settings → Relay."));
        return;
    }
    const QUuid clientId = m_clientId;
    whenReady(this, m_context.services().all(), [this, clientId, back](const Result<QList<domain::Service>>& services) {
        if (clientId != m_clientId) {
            return;
        }
        auto* dialog = new StartSubscriptionDialog(m_clientName, m_context.profile().currency,
            services.valueOr(QList<domain::Service>()), m_context.locale(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, clientId, back] {
            const std::optional<StartSubscriptionDialog::Plan> plan = dialog->plan();
            if (!plan) {
                return;
            }
            whenReady(this,
                Subscriptions(m_context.store())
                    .start(clientId, plan->name, plan->unitAmount, plan->quantity, plan->interval, back),
                [this](const Result<Subscription>& result) {
                    queued(result, tr("Subscription link queued; Copy Link once it is ready."));
                });
        });
        dialog->open();
    });
}

void SubscriptionsPanel::copyLink()
{
    if (const Subscription* subscription = selected(); subscription && !subscription->url.isEmpty()) {
        QApplication::clipboard()->setText(subscription->url.toString());
        Q_EMIT statusMessage(tr("Subscription link copied"));
    }
}

void SubscriptionsPanel::change()
{
    const Subscription* subscription = selected();
    if (!subscription) {
        return;
    }
    const QUuid id = subscription->id;
    bool ok = false;
    const int quantity = QInputDialog::getInt(this, tr("Change Subscription"),
        tr("How many of %1 each period, from the next period on:").arg(subscription->name), subscription->quantity, 1,
        1000, 1, &ok);
    if (!ok) {
        return;
    }
    whenReady(this, Subscriptions(m_context.store()).changeQuantity(id, quantity),
        [this](const Result<Subscription>& result) { queued(result, tr("Subscription change queued for Stripe")); });
}

void SubscriptionsPanel::endAtPeriodEnd()
{
    if (const Subscription* subscription = selected()) {
        whenReady(this, Subscriptions(m_context.store()).cancelAtPeriodEnd(subscription->id, true),
            [this](const Result<Subscription>& result) {
                queued(result, tr("Ending with this period, queued for Stripe; the client keeps what they paid for."));
            });
    }
}

void SubscriptionsPanel::keepGoing()
{
    if (const Subscription* subscription = selected()) {
        whenReady(this, Subscriptions(m_context.store()).cancelAtPeriodEnd(subscription->id, false),
            [this](const Result<Subscription>& result) {
                queued(result, tr("Keeping the subscription going, queued for Stripe"));
            });
    }
}

void SubscriptionsPanel::endNow()
{
    const Subscription* subscription = selected();
    if (!subscription) {
        return;
    }
    const QUuid id = subscription->id;
    const auto answer = QMessageBox::question(this, tr("End Subscription Now"),
        tr("End %1's subscription to %2 now? Stripe charges nothing more and refunds nothing of this period.")
            .arg(m_clientName, subscription->name),
        QMessageBox::Cancel | QMessageBox::Yes, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    whenReady(this, Subscriptions(m_context.store()).cancelNow(id), [this](const Result<Subscription>& result) {
        queued(result, tr("Ending the subscription now, queued for Stripe"));
    });
}

void SubscriptionsPanel::portalLink()
{
    const Subscription* subscription = selected();
    const QUrl back = m_returnUrl ? m_returnUrl() : QUrl();
    if (!subscription) {
        return;
    }
    const QUuid id = subscription->id;
    const QDateTime asked = m_context.clock().nowUtc().addSecs(-1);
    whenReady(this, Subscriptions(m_context.store()).requestPortalLink(id, back),
        [this, id, asked](const Result<Subscription>& result) {
            if (result) {
                m_awaitingPortal = id;
                m_portalAskedAt = asked;
            }
            queued(result, tr("Billing portal link asked for; it is copied once Stripe has made it."));
        });
}

} // namespace clientele::ui
