#include "core/email/EmailKind.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace clientele::email {

namespace {

constexpr std::array kKeys {std::pair {EmailKind::BookingConfirmation, "booking-confirmation"},
    std::pair {EmailKind::Reminder, "reminder"}, std::pair {EmailKind::Cancellation, "cancellation"},
    std::pair {EmailKind::Reschedule, "reschedule"}, std::pair {EmailKind::Invoice, "invoice"},
    std::pair {EmailKind::Receipt, "receipt"}, std::pair {EmailKind::PaymentReminder, "payment-reminder"},
    std::pair {EmailKind::Welcome, "welcome"}, std::pair {EmailKind::QuestionnaireRequest, "questionnaire-request"},
    std::pair {EmailKind::DeliverablesReady, "deliverables-ready"},
    std::pair {EmailKind::ReviewRequest, "review-request"}, std::pair {EmailKind::ContractToSign, "contract-to-sign"}};

QStringList fieldList(std::initializer_list<const char*> names)
{
    QStringList fields;
    for (const char* name : names) {
        fields.append(QString::fromLatin1(name));
    }
    return fields;
}

// Every email can name the client and the practice.
const QStringList& commonFields()
{
    static const QStringList fields = fieldList({"client.first_name", "client.last_name", "client.name", "client.email",
        "practice.name", "practice.email", "practice.phone", "practice.address", "practice.website"});
    return fields;
}

const QStringList& bookingFields()
{
    static const QStringList fields = fieldList({"booking.date", "booking.time", "booking.end_time", "booking.location",
        "booking.meeting_link", "service.name", "service.duration", "service.price"});
    return fields;
}

const QStringList& invoiceFields()
{
    static const QStringList fields =
        fieldList({"invoice.number", "invoice.total", "invoice.balance", "invoice.due_date", "invoice.payment_link"});
    return fields;
}

QStringList kindFields(EmailKind kind)
{
    switch (kind) {
    case EmailKind::BookingConfirmation:
    case EmailKind::Reminder:
        return bookingFields();
    case EmailKind::Cancellation:
        return bookingFields() + fieldList({"booking.cancellation_reason"});
    case EmailKind::Reschedule:
        return bookingFields() + fieldList({"booking.previous_date", "booking.previous_time"});
    case EmailKind::Invoice:
    case EmailKind::PaymentReminder:
        return invoiceFields();
    case EmailKind::Receipt:
        return invoiceFields() + fieldList({"payment.amount", "payment.date", "payment.method"});
    case EmailKind::Welcome:
        return {};
    case EmailKind::QuestionnaireRequest:
        return fieldList({"questionnaire.name", "questionnaire.link"});
    case EmailKind::DeliverablesReady:
        return bookingFields() + fieldList({"deliverables.link", "deliverables.count", "deliverables.available_until"});
    case EmailKind::ReviewRequest:
        return fieldList({"review.link"});
    case EmailKind::ContractToSign:
        return fieldList({"contract.title", "contract.link"});
    }
    return {};
}

} // namespace

const QList<EmailKind>& allEmailKinds()
{
    static const QList<EmailKind> kinds = [] {
        QList<EmailKind> all;
        for (const auto& [kind, key] : kKeys) {
            all.append(kind);
        }
        return all;
    }();
    return kinds;
}

QString emailKindKey(EmailKind kind)
{
    for (const auto& [candidate, key] : kKeys) {
        if (candidate == kind) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<EmailKind> emailKindFromKey(const QString& key)
{
    for (const auto& [kind, candidate] : kKeys) {
        if (key == QLatin1String(candidate)) {
            return kind;
        }
    }
    return std::nullopt;
}

QString emailKindName(EmailKind kind)
{
    switch (kind) {
    case EmailKind::BookingConfirmation:
        return QCoreApplication::translate("EmailKind", "Booking confirmation");
    case EmailKind::Reminder:
        return QCoreApplication::translate("EmailKind", "Session reminder");
    case EmailKind::Cancellation:
        return QCoreApplication::translate("EmailKind", "Cancellation");
    case EmailKind::Reschedule:
        return QCoreApplication::translate("EmailKind", "New time for a session");
    case EmailKind::Invoice:
        return QCoreApplication::translate("EmailKind", "Invoice");
    case EmailKind::Receipt:
        return QCoreApplication::translate("EmailKind", "Payment receipt");
    case EmailKind::PaymentReminder:
        return QCoreApplication::translate("EmailKind", "Payment reminder");
    case EmailKind::Welcome:
        return QCoreApplication::translate("EmailKind", "Welcome");
    case EmailKind::QuestionnaireRequest:
        return QCoreApplication::translate("EmailKind", "Questionnaire request");
    case EmailKind::DeliverablesReady:
        return QCoreApplication::translate("EmailKind", "Photos and files ready");
    case EmailKind::ReviewRequest:
        return QCoreApplication::translate("EmailKind", "Review request");
    case EmailKind::ContractToSign:
        return QCoreApplication::translate("EmailKind", "Contract to sign");
    }
    return {};
}

bool isAboutABooking(EmailKind kind)
{
    return kind == EmailKind::BookingConfirmation || kind == EmailKind::Reminder || kind == EmailKind::Cancellation
        || kind == EmailKind::Reschedule;
}

const QStringList& emailFields(EmailKind kind)
{
    static const QList<QStringList> byKind = [] {
        QList<QStringList> lists;
        for (const auto& [each, key] : kKeys) {
            lists.append(commonFields() + kindFields(each));
        }
        return lists;
    }();
    return byKind.at(static_cast<qsizetype>(allEmailKinds().indexOf(kind)));
}

const QStringList& allEmailFields()
{
    static const QStringList fields = [] {
        QStringList all;
        for (const EmailKind kind : allEmailKinds()) {
            for (const QString& field : emailFields(kind)) {
                if (!all.contains(field)) {
                    all.append(field);
                }
            }
        }
        return all;
    }();
    return fields;
}

} // namespace clientele::email
