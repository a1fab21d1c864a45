#pragma once

#include <QString>
#include <QStringList>
#include <QUuid>

#include "core/Result.h"
#include "core/domain/Money.h"
#include "core/domain/Rounding.h"

namespace clientele::domain {

// One line of an invoice. Lines are rows of their own (SYNC.md §3.4): an id, and a fractional-index
// position string that orders them without renumbering siblings. Quantity and unit price change
// together as the "invoice line" field group.
struct InvoiceLine final
{
    QUuid id;
    QString description;
    qint64 quantityThousandths = Money::kQuantityOne; // 1'000 = 1, 1'500 = 1.5 hours
    Money unitPrice;
    QStringList taxCodes; // codes of the invoice's tax rates that apply to this line
    QString position; // fractional index; lines sort by it, then by id

    // Quantity times unit price, rounded half up to a minor unit once per line.
    Result<Money> amount() const { return unitPrice.multiply(quantityThousandths, Rounding::HalfUp); }

    friend bool operator==(const InvoiceLine& a, const InvoiceLine& b)
    {
        return a.id == b.id && a.description == b.description && a.quantityThousandths == b.quantityThousandths
            && a.unitPrice == b.unitPrice && a.taxCodes == b.taxCodes && a.position == b.position;
    }
};

} // namespace clientele::domain
