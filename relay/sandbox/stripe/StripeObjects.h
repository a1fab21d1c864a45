#pragma once

#include <vector>

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace clientele::relay::sandbox {

// Who asks, for the objects and events a call creates.
struct StripeContext
{
    QString requestId; // "req_…" of the API call; empty for the sandbox pages (Stripe sends null)
    QString idempotencyKey;
    QString account; // the Stripe-Account header: acting as this connected account
    qint64 now = 0; // unix seconds
};

// The simulator's state and the operations on it, with Stripe's rules: accounts and onboarding links,
// Checkout Sessions and what paying one creates (PaymentIntent + charge, or customer + subscription +
// invoice), refunds, subscriptions, billing portal sessions, and the event of every change. Objects
// made while acting as a connected account are only visible with the same Stripe-Account header.
// Not thread-safe: the simulator calls it under its lock. Operations throw StripeError.
class StripeObjects final
{
public:
    explicit StripeObjects(QString publicBaseUrl = {});

    void setPublicBaseUrl(const QString& url) { m_baseUrl = url; }
    // How many webhook endpoints new events are pending for (their pending_webhooks).
    void setWebhookEndpoints(int count) { m_endpoints = count; }

    QJsonObject createAccount(const QJsonObject& params, const StripeContext& context);
    QJsonObject account(const QString& id) const;
    bool hasAccount(const QString& id) const { return m_accounts.contains(id); }
    // Onboarding finished: charges and payouts enabled, details submitted; fires account.updated.
    QJsonObject completeOnboarding(const QString& accountId, const StripeContext& context);
    // An onboarded account under an id a relay made in an earlier run (the simulator keeps nothing
    // on disk), so the relay's payment links for it work after a restart. Nothing if it exists.
    void restoreAccount(const QString& accountId, const StripeContext& context);

    QJsonObject createAccountLink(const QJsonObject& params, const StripeContext& context);
    struct LinkVisit
    {
        enum class Kind
        {
            Missing,
            Show, // first visit: show the onboarding page
            Refresh, // expired or already used: Stripe sends the browser to refresh_url
        };
        Kind kind = Kind::Missing;
        QString accountId;
        QString url;
    };
    LinkVisit visitAccountLink(const QString& token, qint64 now);
    // Completes the onboarding of the link's account; returns its return_url.
    QString finishAccountLink(const QString& token, const StripeContext& context);

    QJsonObject createCheckoutSession(const QJsonObject& params, const StripeContext& context);
    QJsonObject checkoutSession(const QString& id, const StripeContext& context);
    // For the hosted page: any account's session, with its line_items.
    QJsonObject checkoutSessionForPage(const QString& id, const StripeContext& context);
    QJsonObject expireCheckoutSession(const QString& id, const StripeContext& context);
    // The customer paid: the session completes; fires its events. Ignores Stripe-Account scoping
    // (the customer is on the hosted page, not an API client).
    QJsonObject payCheckoutSession(const QString& id, const StripeContext& context);

    QJsonObject paymentIntent(const QString& id, const StripeContext& context) const;
    QJsonObject createRefund(const QJsonObject& params, const StripeContext& context);
    QJsonObject refund(const QString& id, const StripeContext& context) const;
    // The cardholder's bank disputes the payment (what Stripe's test card 4000000000000259 does):
    // the disputed amount is taken back at once; fires charge.dispute.created and
    // charge.dispute.funds_withdrawn. `reason` is one of Stripe's dispute reasons.
    QJsonObject openDispute(const QString& paymentIntentId, const QString& reason, const StripeContext& context);
    // The bank decided: "won" reinstates the funds (charge.dispute.funds_reinstated), "lost" keeps
    // them withdrawn; fires charge.dispute.closed.
    QJsonObject closeDispute(const QString& disputeId, const QString& status, const StripeContext& context);

    QJsonObject subscription(const QString& id, const StripeContext& context) const;
    QJsonObject updateSubscription(const QString& id, const QJsonObject& params, const StripeContext& context);
    QJsonObject cancelSubscription(const QString& id, const QJsonObject& params, const StripeContext& context);
    // The period ends (what Stripe's test clocks do): a subscription set to cancel at period end is
    // deleted (customer.subscription.deleted); otherwise the next period is invoiced, and the card
    // pays it (invoice.paid) or is declined (invoice.payment_failed, past_due); the period moves on
    // either way. Past due, it retries the open invoice instead.
    QJsonObject renewSubscription(const QString& id, bool paid, const StripeContext& context);

    QJsonObject createPortalSession(const QJsonObject& params, const StripeContext& context);
    QJsonObject portalSession(const QString& id) const;

    QJsonObject event(const QString& id, const StripeContext& context) const;
    // Any account's event (for the control API), or an empty object.
    QJsonObject anyEvent(const QString& id) const;
    QJsonObject listEvents(const QJsonObject& params, const StripeContext& context) const;
    // Events created since the last call, oldest first (for webhook delivery).
    std::vector<QJsonObject> takeNewEvents();

    // "pi_" + 24 random letters and digits.
    static QString newId(const QString& prefix);
    // 8000 eur → "80.00 EUR"; zero-decimal currencies (jpy, krw, …) have no fraction.
    static QString formatAmount(qint64 minorUnits, const QString& currency);

private:
    // Charges and payouts enabled, nothing more due: what finishing Stripe's setup does.
    static void markOnboarded(QJsonObject& account);
    using Table = QHash<QString, QJsonObject>;
    QJsonObject& find(Table& table, const QString& kind, const QString& id, const StripeContext& context,
        const QString& param = QStringLiteral("id"), int status = 404);
    const QJsonObject& find(const Table& table, const QString& kind, const QString& id, const StripeContext& context,
        const QString& param = QStringLiteral("id"), int status = 404) const;
    void addEvent(const QString& type, const QJsonObject& object, const StripeContext& context,
        const QJsonObject& previous = {}, const QString& account = {});
    void expireIfDue(QJsonObject& session, const StripeContext& context);
    QJsonObject completeSubscription(QJsonObject& session, const QString& customer, const StripeContext& context);

    struct AccountLink
    {
        QString accountId;
        QString refreshUrl;
        QString returnUrl;
        qint64 expiresAt = 0;
        bool visited = false;
        bool used = false;
    };

    Table m_accounts;
    Table m_sessions;
    Table m_paymentIntents;
    Table m_charges;
    Table m_refunds;
    Table m_disputes;
    Table m_subscriptions;
    Table m_customers;
    Table m_prices;
    Table m_invoices;
    Table m_portalSessions;
    QHash<QString, QString> m_owner; // object id → connected account it was made for ("" = platform)
    QHash<QString, AccountLink> m_links; // by the token in the link's URL
    std::vector<QJsonObject> m_events; // oldest first
    QHash<QString, qsizetype> m_eventIndex;
    std::vector<QJsonObject> m_newEvents;
    QString m_baseUrl;
    int m_endpoints = 0;
};

} // namespace clientele::relay::sandbox
