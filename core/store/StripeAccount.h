#pragma once

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include "core/Result.h"

namespace clientele {

class Store;
class WriteScope;
struct OutboxCommand;

// The practitioner's own Stripe account for card payments (DESIGN.md §2, payments; Stripe Connect
// Express through the relay). Kept as synced settings ("payments.stripe.*"), so every computer of
// the practice shows the same status.
struct StripeAccountState
{
    enum class Stage
    {
        NotConnected,
        Requested, // in the outbox: the account is being made, then the setup link
        SettingUp, // the account exists; the practitioner finishes Stripe's setup in the browser
        Ready, // Stripe accepts card payments for it
        Failed, // the relay or Stripe refused; `problem` says why
    };

    Stage stage = Stage::NotConnected;
    QString accountId; // acct_…
    bool chargesEnabled = false;
    bool detailsSubmitted = false;
    QUrl setupUrl; // Stripe's onboarding page, until it expires
    QDateTime setupUrlExpires;
    QString problem;

    bool setupUrlUsable(const QDateTime& now) const
    {
        return setupUrl.isValid() && (!setupUrlExpires.isValid() || setupUrlExpires > now);
    }
};

class StripeAccount final
{
public:
    explicit StripeAccount(Store& store);

    QFuture<Result<StripeAccountState>> state();
    // Makes the account (once per practice: the relay keeps it) and then a setup link, through the
    // outbox. `country` is the practice's (ISO, "DE"); `returnUrl` is where Stripe sends the
    // practitioner back to after setup.
    QFuture<Result<void>> connect(const QString& country, const QString& email, const QUrl& returnUrl);
    // A new setup link (the last one expired or was used).
    QFuture<Result<void>> requestSetupLink(const QUrl& returnUrl);

private:
    Store& m_store;
};

namespace StripeAccountRows {

// Follows the commands about the account (their subject is "stripe_account"): the account's id once
// made, and then its setup link asked for in the same transaction; the setup link when it comes;
// the reason when either is refused.
Result<void> applyCommand(WriteScope& scope, const OutboxCommand& before, const OutboxCommand& after);
// Stripe's account.updated (the inbox): whether it takes card payments now. False when it is not this
// practice's account.
Result<bool> applyAccountUpdate(WriteScope& scope, const QJsonObject& account);

} // namespace StripeAccountRows

} // namespace clientele
