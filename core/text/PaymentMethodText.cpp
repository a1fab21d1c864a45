#include "core/text/PaymentMethodText.h"

#include <QCoreApplication>

namespace clientele {

QString paymentMethodText(domain::Payment::Method method)
{
    using Method = domain::Payment::Method;
    switch (method) {
    case Method::Card:
        return QCoreApplication::translate("PaymentMethod", "Card");
    case Method::BankTransfer:
        return QCoreApplication::translate("PaymentMethod", "Bank transfer");
    case Method::Cash:
        return QCoreApplication::translate("PaymentMethod", "Cash");
    case Method::Check:
        return QCoreApplication::translate("PaymentMethod", "Cheque");
    case Method::Other:
        return QCoreApplication::translate("PaymentMethod", "Other");
    }
    return {};
}

} // namespace clientele
