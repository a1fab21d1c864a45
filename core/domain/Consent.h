#pragma once

#include <QDateTime>
#include <QString>

#include "core/domain/ContactChannel.h"

namespace clientele::domain {

// One recorded consent decision for one channel. Decisions are never edited or deleted: the
// history is the evidence a practice shows when asked why it texted someone (TCPA, GDPR).
struct Consent final
{
    enum class State
    {
        Unknown, // never asked; what every client starts with
        Granted,
        Revoked,
    };

    enum class Method
    {
        WebForm, // ticked a box on the booking or questionnaire page
        Verbal, // told the practitioner, who recorded it
        Written, // signed paper or a contract clause
        SmsKeyword, // replied START / STOP
        Import, // came with an import; evidence names the source
    };

    ContactChannel channel = ContactChannel::Email;
    State state = State::Unknown;
    QDateTime at; // UTC
    Method method = Method::WebForm;
    QString evidence; // e.g. "Replied START", "Booking form, checkbox 'Text me reminders'"

    friend bool operator==(const Consent& a, const Consent& b) = default;
};

} // namespace clientele::domain
