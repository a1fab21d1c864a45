#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace clientele::email {

// Every email Clientele sends to a client (DESIGN.md §2, Email). Each has its payload
// (EmailPayload.h), its merge fields and a default template the practice can edit.
enum class EmailKind
{
    BookingConfirmation,
    Reminder,
    Cancellation,
    Reschedule,
    Invoice,
    Receipt,
    PaymentReminder,
    Welcome,
    QuestionnaireRequest,
    DeliverablesReady,
    ReviewRequest,
    ContractToSign,
};

// In the order Settings → Email lists them.
const QList<EmailKind>& allEmailKinds();
// Stable keys for storage ("booking-confirmation", …).
QString emailKindKey(EmailKind kind);
std::optional<EmailKind> emailKindFromKey(const QString& key);
// "Booking confirmation", translated.
QString emailKindName(EmailKind kind);
// About one session: gets the session's .ics and its meeting link.
bool isAboutABooking(EmailKind kind);

// The merge fields a template of this kind may use, in the order the editor offers them.
const QStringList& emailFields(EmailKind kind);
// Every merge field of any email.
const QStringList& allEmailFields();

} // namespace clientele::email
