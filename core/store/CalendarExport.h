#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include "core/Result.h"
#include "core/interchange/IcsEvent.h"
#include "core/store/Summaries.h"

namespace clientele {

class StoreSession;

// The practice's bookings as iCalendar (RFC 5545), for `clientele-cli export --format ics`, the
// desktop's File → Export Calendar and the subscribable feed. Each booking is one VEVENT whose UID
// is the booking's id, so a calendar that imports the file again, or refreshes a subscription,
// updates the event instead of adding a second one. Notes, phone numbers and anything else from the
// client's record stay out; the title names the service and the client, or only the client's
// initials or a code for practices (therapists) whose calendar others can see.
class CalendarExport final
{
public:
    enum class ClientLabel
    {
        Name, // "Portrait session — Jane Doe"
        Initials, // "Portrait session — J.D."
        Code, // "Portrait session — C-4F2A9B": the same code for the same client, not reversible
    };

    struct Options
    {
        QDate from; // sessions on or after this date in the practice's zone; invalid: from the first
        QDate to; // sessions up to the end of this date; invalid: to the last
        ClientLabel label = ClientLabel::Name;
        bool includeCanceled = false; // a feed includes them, so subscribed calendars drop the event
        QDateTime stamp; // when the export is made (DTSTAMP)
        int refreshMinutes = 0; // a feed tells subscribed calendars how often to fetch it again
        // Where sessions happen and their video links; a feed leaves them out: anyone with its
        // address could join a session or read a client's home address.
        bool includePlaces = true;
    };

    static Result<QByteArray> write(StoreSession& session, const Options& options);

    // One booking as an event; nullopt for an inquiry without a time.
    static std::optional<interchange::IcsEvent> eventFor(const BookingSummary& booking, ClientLabel label);
    static QString clientLabel(const BookingSummary& booking, ClientLabel label);
};

} // namespace clientele
