#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

#include "core/domain/Money.h"

namespace clientele::domain {

// Money received against an invoice.
struct Payment final
{
    enum class Method
    {
        Card,
        BankTransfer,
        Cash,
        Check,
        Other,
    };

    QUuid id;
    Money amount;
    QDateTime at; // UTC
    Method method = Method::Other;
    // The processor's id (a Stripe payment intent "pi_..."), so a webhook delivered twice is
    // recognised and not counted twice. Empty for cash and cheques.
    QString externalReference;
};

} // namespace clientele::domain
