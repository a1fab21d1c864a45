#include "core/email/EmailMergeValues.h"

#include <QLocale>
#include <QTimeZone>

#include "core/domain/PracticeProfile.h"
#include "core/services/ContractMergeValues.h"
#include "core/text/MoneyText.h"
#include "core/text/PaymentMethodText.h"

#include "core/Overloaded.h"

namespace clientele::email {

namespace {

using Values = QHash<QString, QString>;

void put(Values& values, const char* key, const QString& value)
{
    if (!value.trimmed().isEmpty()) {
        values.insert(QString::fromLatin1(key), value);
    }
}

// The contract's values, and what every email adds to them.
Values baseValues(const domain::PracticeProfile& profile, const domain::Client& client, const domain::Booking* booking,
    const domain::Service* service, const domain::Invoice* invoice)
{
    Values values = contractMergeValues(profile, client, booking, service, invoice);
    if (!values.contains(QStringLiteral("client.first_name"))) {
        put(values, "client.first_name", client.displayName());
    }
    put(values, "practice.website", profile.website.trimmed());
    const QLocale locale(profile.localeName);
    if (booking && !booking->schedule().isNull()) {
        put(values, "booking.end_time", locale.toString(booking->schedule().localEnd().time(), QLocale::ShortFormat));
    }
    if (invoice) {
        if (const Result<domain::Money> balance = invoice->balanceDue()) {
            put(values, "invoice.balance", moneyText(balance.value(), locale));
        }
    }
    return values;
}

} // namespace

QHash<QString, QString> emailMergeValues(const EmailPayload& payload, const domain::PracticeProfile& profile)
{
    const QLocale locale(profile.localeName);
    return std::visit(
        Overloaded {
            [&](const BookingReschedule& email) {
                Values values = baseValues(profile, email.client, &email.booking, &email.service, nullptr);
                if (email.previousStartUtc.isValid()) {
                    const QTimeZone zone(email.booking.schedule().timeZoneId().toUtf8());
                    const QDateTime before =
                        email.previousStartUtc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
                    put(values, "booking.previous_date", locale.toString(before.date(), QLocale::LongFormat));
                    put(values, "booking.previous_time", locale.toString(before.time(), QLocale::ShortFormat));
                }
                return values;
            },
            [&](const BookingCancellation& email) {
                Values values = baseValues(profile, email.client, &email.booking, &email.service, nullptr);
                put(values, "booking.cancellation_reason", email.booking.cancellationReason());
                return values;
            },
            [&](const InvoiceEmail& email) {
                Values values = baseValues(profile, email.client, nullptr, nullptr, &email.invoice);
                put(values, "invoice.payment_link", email.paymentLink);
                return values;
            },
            [&](const PaymentReminder& email) {
                Values values = baseValues(profile, email.client, nullptr, nullptr, &email.invoice);
                put(values, "invoice.payment_link", email.paymentLink);
                return values;
            },
            [&](const PaymentReceipt& email) {
                Values values = baseValues(profile, email.client, nullptr, nullptr, &email.invoice);
                put(values, "payment.amount", moneyText(email.payment.amount, locale));
                const QTimeZone zone(profile.timeZoneId.toUtf8());
                put(values, "payment.date",
                    locale.toString(email.payment.at.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date(),
                        QLocale::LongFormat));
                put(values, "payment.method", paymentMethodText(email.payment.method));
                return values;
            },
            [&](const QuestionnaireRequest& email) {
                Values values = baseValues(profile, email.client, nullptr, nullptr, nullptr);
                put(values, "questionnaire.name", email.questionnaireName);
                put(values, "questionnaire.link", email.link);
                return values;
            },
            [&](const DeliverablesReady& email) {
                Values values = baseValues(profile, email.client, &email.booking, &email.service, nullptr);
                put(values, "deliverables.link", email.link);
                put(values, "deliverables.count", locale.toString(email.fileCount));
                if (email.availableUntil.isValid()) {
                    put(values, "deliverables.available_until",
                        locale.toString(email.availableUntil, QLocale::LongFormat));
                }
                return values;
            },
            [&](const ReviewRequest& email) {
                Values values = baseValues(profile, email.client, nullptr, nullptr, nullptr);
                put(values, "review.link", email.link);
                return values;
            },
            [&](const ContractToSign& email) {
                Values values = baseValues(profile, email.client, nullptr, nullptr, nullptr);
                put(values, "contract.title", email.contractTitle);
                put(values, "contract.link", email.signingLink);
                return values;
            },
            [&](const WelcomeEmail& email) { return baseValues(profile, email.client, nullptr, nullptr, nullptr); },
            // Confirmation and reminder: the session and its service.
            [&](const auto& email) {
                return baseValues(profile, email.client, &email.booking, &email.service, nullptr);
            },
        },
        payload);
}

} // namespace clientele::email
