#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <variant>

#include "core/domain/Booking.h"
#include "core/domain/Client.h"
#include "core/domain/Invoice.h"
#include "core/domain/Payment.h"
#include "core/domain/Service.h"
#include "core/email/EmailKind.h"

namespace clientele::email {

// What each kind of email is about. The composer (EmailComposer) takes one of these and nothing else,
// so every email the app sends goes through the same template, branding and outbox.

struct BookingConfirmation
{
    domain::Client client;
    domain::Booking booking;
    domain::Service service;
};

struct SessionReminder
{
    domain::Client client;
    domain::Booking booking;
    domain::Service service;
};

struct BookingCancellation
{
    domain::Client client;
    domain::Booking booking; // already cancelled; its reason fills {{booking.cancellation_reason}}
    domain::Service service;
};

struct BookingReschedule
{
    domain::Client client;
    domain::Booking booking; // at its new time
    domain::Service service;
    QDateTime previousStartUtc;
};

struct InvoiceEmail
{
    domain::Client client;
    domain::Invoice invoice;
    QByteArray pdf; // the invoice as printed, attached
    QString paymentLink; // empty: no online payment
};

struct PaymentReceipt
{
    domain::Client client;
    domain::Invoice invoice; // with the payment recorded
    domain::Payment payment;
    QByteArray pdf; // the receipt, attached when not empty
};

struct PaymentReminder
{
    domain::Client client;
    domain::Invoice invoice;
    QByteArray pdf;
    QString paymentLink;
};

struct WelcomeEmail
{
    domain::Client client;
};

struct QuestionnaireRequest
{
    domain::Client client;
    QString questionnaireName;
    QString link;
};

struct DeliverablesReady
{
    domain::Client client;
    domain::Booking booking;
    domain::Service service;
    QString link;
    int fileCount = 0;
    QDate availableUntil;
};

struct ReviewRequest
{
    domain::Client client;
    QString link;
};

struct ContractToSign
{
    domain::Client client;
    QString contractTitle;
    QString signingLink;
    QByteArray pdf; // a copy to read, attached when not empty
};

using EmailPayload = std::variant<BookingConfirmation, SessionReminder, BookingCancellation, BookingReschedule,
    InvoiceEmail, PaymentReceipt, PaymentReminder, WelcomeEmail, QuestionnaireRequest, DeliverablesReady, ReviewRequest,
    ContractToSign>;

EmailKind kindOf(const EmailPayload& payload);
const domain::Client& clientOf(const EmailPayload& payload);
// The session the email is about, if any.
const domain::Booking* bookingOf(const EmailPayload& payload);

} // namespace clientele::email
