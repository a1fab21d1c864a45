#pragma once

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUuid>

#include "core/Result.h"
#include "core/domain/Money.h"

namespace clientele {

class Store;
class WriteScope;
class SqlCipherDatabase;
struct OutboxCommand;

// A client paying for a plan every period through Stripe (a coach's four sessions a month). Started
// by a Checkout link the client pays once (stripe.checkout.create in subscription mode); from then on
// Stripe charges the card each period and its events keep the status here. Synced, so every device
// sees it. Every change goes through the outbox (SYNC.md §3.9), written in the transaction that asks.
struct Subscription
{
    enum class State
    {
        Requested, // the link is in the outbox
        LinkReady, // the link exists (url); the client has not paid it yet
        Failed, // Stripe refused the link; the outbox says why
        Withdrawn, // the link was taken out of the outbox before it went
        Expired, // the link ran out unpaid
        Active, // paid; Stripe charges each period
        PastDue, // Stripe could not charge the last period; it tries again
        Canceled, // ended; Stripe charges nothing more
    };

    enum class Interval
    {
        Week,
        Month,
        Year,
    };

    QUuid id;
    QUuid clientId;
    QString name; // what the client pays for, as on Stripe's page ("Coaching session")
    domain::Money unitAmount; // per one of the plan
    Interval interval = Interval::Month;
    int quantity = 1; // how many of the plan each period
    State state = State::Requested;
    QUrl url; // the link that starts it
    QString sessionId;
    QDateTime expiresAt;
    QString stripeSubscription; // sub_…, once paid
    QString stripeCustomer; // cus_…, once paid
    bool cancelAtPeriodEnd = false;
    QDateTime currentPeriodEnd;
    QUrl portalUrl; // the last billing portal link, short-lived
    QDateTime portalAt;
    QUuid commandId; // the last command about it
    QDateTime createdAt;

    // The last change asked from this computer (a quantity, an end), as its outbox has it.
    enum class Change
    {
        None, // none, or done
        Waiting, // in the outbox, or at the relay
        Failed, // refused, or its outcome unknown: the outbox says why
    };
    Change lastChange = Change::None;

    // What the client pays each period.
    domain::Money periodAmount() const
    {
        return domain::Money(unitAmount.minorUnits() * quantity, unitAmount.currency());
    }
    bool isRunning() const { return state == State::Active || state == State::PastDue; }
};

class Subscriptions final
{
public:
    explicit Subscriptions(Store& store);

    // Queues the link that starts a subscription of `quantity` × `unitAmount` each `interval` for the
    // client; they land on `returnUrl` after paying. InvalidInput (nothing changes) for no name, an
    // amount of nothing, a quantity outside 1–1000 or a return address that is not a web address.
    QFuture<Result<Subscription>> start(const QUuid& clientId, const QString& name, const domain::Money& unitAmount,
        int quantity, Subscription::Interval interval, const QUrl& returnUrl);
    // A new quantity from the next period on (stripe.subscription.update). InvalidInput for a
    // subscription that is not running or the quantity it has.
    QFuture<Result<Subscription>> changeQuantity(const QUuid& id, int quantity);
    // Ends it at the end of the period the client paid for (they keep what they paid), or now; or
    // takes back an end at period end (`resume`). InvalidInput for one that is not running.
    QFuture<Result<Subscription>> cancelAtPeriodEnd(const QUuid& id, bool cancel);
    QFuture<Result<Subscription>> cancelNow(const QUuid& id);
    // Queues a link to Stripe's billing portal, where the client changes their card or sees their
    // receipts; it lands in `portalUrl`. InvalidInput before the client has paid the first period.
    // (The relay finds the customer from the subscription, which it checks is this practice's.)
    QFuture<Result<Subscription>> requestPortalLink(const QUuid& id, const QUrl& returnUrl);

    QFuture<Result<QList<Subscription>>> forClient(const QUuid& clientId);
    QFuture<Result<std::optional<Subscription>>> find(const QUuid& id);

private:
    Store& m_store;
};

namespace SubscriptionRows {

Result<std::optional<Subscription>> load(SqlCipherDatabase& db, const QUuid& id);
Result<QList<Subscription>> ofClient(SqlCipherDatabase& db, const QUuid& clientId);
// Follows a change of a command about a subscription (its subject): the link; Stripe's answer to the
// latest change, taking only what that change set (a quantity, an end), so an answer arriving late
// never undoes what Stripe's newer events said; the portal link; failed or withdrawn links. Retry
// in the outbox is refused (Conflict) for a link once another exists or the client paid (a second
// subscription), and for a change a newer one replaced. In the caller's transaction.
Result<void> apply(WriteScope& scope, const OutboxCommand& before, const OutboxCommand& after);
// Stripe's invoice.paid for a period: the period in the practice's books (SubscriptionInvoices).
// Stripe's checkout.session.completed for a subscription link, or customer.subscription.*: the
// subscription named in the metadata takes Stripe's word (status, quantity, period, cancellation),
// unless an event newer than this one has already spoken. Ended is final. Two updates stamped the
// same second cannot be ordered, so the later-arriving one is taken and Stripe is asked for the
// subscription as it is now (stripe.subscription.status). False when it is not one of the
// practice's subscriptions or nothing changed.
Result<bool> applyStripe(WriteScope& scope, const QString& type, const QJsonObject& object, qint64 eventCreated);

} // namespace SubscriptionRows

} // namespace clientele
