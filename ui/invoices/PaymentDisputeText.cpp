#include "ui/invoices/PaymentDisputeText.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace clientele::ui {

QString disputeReasonText(const QString& reason)
{
    // Stripe's reasons (the Dispute object's `reason`), as its dashboard explains them.
    static constexpr std::array kReasons {
        std::pair {"bank_cannot_process", QT_TRANSLATE_NOOP("PaymentDisputeText", "the bank cannot process it")},
        std::pair {"check_returned", QT_TRANSLATE_NOOP("PaymentDisputeText", "cheque returned")},
        std::pair {"credit_not_processed", QT_TRANSLATE_NOOP("PaymentDisputeText", "a promised refund never came")},
        std::pair {"customer_initiated", QT_TRANSLATE_NOOP("PaymentDisputeText", "the client disputes it")},
        std::pair {"debit_not_authorized", QT_TRANSLATE_NOOP("PaymentDisputeText", "debit not authorised")},
        std::pair {"duplicate", QT_TRANSLATE_NOOP("PaymentDisputeText", "charged twice")},
        std::pair {"fraudulent", QT_TRANSLATE_NOOP("PaymentDisputeText", "the cardholder did not make it")},
        std::pair {"general", QT_TRANSLATE_NOOP("PaymentDisputeText", "no reason given")},
        std::pair {"incorrect_account_details", QT_TRANSLATE_NOOP("PaymentDisputeText", "wrong account details")},
        std::pair {"insufficient_funds", QT_TRANSLATE_NOOP("PaymentDisputeText", "insufficient funds")},
        std::pair {"product_not_received", QT_TRANSLATE_NOOP("PaymentDisputeText", "service not received")},
        std::pair {"product_unacceptable", QT_TRANSLATE_NOOP("PaymentDisputeText", "service not as described")},
        std::pair {"subscription_canceled", QT_TRANSLATE_NOOP("PaymentDisputeText", "subscription was cancelled")},
        std::pair {"unrecognized", QT_TRANSLATE_NOOP("PaymentDisputeText", "the cardholder does not recognise it")},
    };
    for (const auto& [key, text] : kReasons) {
        if (reason == QLatin1String(key)) {
            return QCoreApplication::translate("PaymentDisputeText", text);
        }
    }
    return reason;
}

} // namespace clientele::ui
