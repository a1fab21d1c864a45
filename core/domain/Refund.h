#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

#include "core/domain/Money.h"

namespace clientele::domain {

// Money given back from one payment; several partial refunds may draw on the same payment.
struct Refund final
{
    QUuid id;
    QUuid paymentId;
    Money amount;
    QString reason; // shown on the credit note and sent to the processor
    QDateTime at; // UTC
};

} // namespace clientele::domain
