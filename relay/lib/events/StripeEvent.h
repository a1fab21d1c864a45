#pragma once

#include <QJsonObject>
#include <QString>

#include "core/Result.h"

namespace clientele::relay {

// What the relay reads from a verified Stripe event, and the minimal event it forwards to the vault:
// ids, type, status fields and our own metadata, never card or customer details (SYNC.md §3.10).
struct StripeEvent
{
    QString id; // evt_…
    QString type;
    QString vaultId; // from the object's metadata.vault_id (set on everything the relay creates)
    QJsonObject forwarded;

    static Result<StripeEvent> parse(QByteArrayView rawBody);
    // The payment intent (pi_…) the object is about, or empty.
    QString paymentIntent() const;
};

} // namespace clientele::relay
