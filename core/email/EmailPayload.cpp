#include "core/email/EmailPayload.h"

#include "core/Overloaded.h"

namespace clientele::email {

EmailKind kindOf(const EmailPayload& payload)
{
    return std::visit(Overloaded {[](const BookingConfirmation&) { return EmailKind::BookingConfirmation; },
                          [](const SessionReminder&) { return EmailKind::Reminder; },
                          [](const BookingCancellation&) { return EmailKind::Cancellation; },
                          [](const BookingReschedule&) { return EmailKind::Reschedule; },
                          [](const InvoiceEmail&) { return EmailKind::Invoice; },
                          [](const PaymentReceipt&) { return EmailKind::Receipt; },
                          [](const PaymentReminder&) { return EmailKind::PaymentReminder; },
                          [](const WelcomeEmail&) { return EmailKind::Welcome; },
                          [](const QuestionnaireRequest&) { return EmailKind::QuestionnaireRequest; },
                          [](const DeliverablesReady&) { return EmailKind::DeliverablesReady; },
                          [](const ReviewRequest&) { return EmailKind::ReviewRequest; },
                          [](const ContractToSign&) { return EmailKind::ContractToSign; }},
        payload);
}

const domain::Client& clientOf(const EmailPayload& payload)
{
    return std::visit([](const auto& email) -> const domain::Client& { return email.client; }, payload);
}

const domain::Booking* bookingOf(const EmailPayload& payload)
{
    return std::visit(
        [](const auto& email) -> const domain::Booking* {
            if constexpr (requires { email.booking; }) {
                return &email.booking;
            } else {
                return nullptr;
            }
        },
        payload);
}

} // namespace clientele::email
