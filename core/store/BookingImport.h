#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include "core/Result.h"
#include "core/interchange/ImportProblem.h"

namespace clientele {

class StoreSession;

// An .ics file imported as sessions of one service: how a practitioner moving from another
// scheduler (or from a calendar they kept by hand) brings their appointments along. Each occurrence
// of a timed event becomes a booking of the client it is for:
// - an attendee whose email is a client's (the organizer and the practice's own address are the
//   practitioner, not the client);
// - otherwise, with createClients, a new client from the first attendee's name and email;
// - otherwise a client whose full name is the event's title, or a part of it ("Ada Lovelace –
//   Portrait session", "Session with Ada Lovelace"), when exactly one client has that name.
// Events for nobody, all-day events and events longer than a booking may be are problems, listed
// with their line; the rest is imported. Sessions that have ended are imported as completed, the
// others as confirmed, with "Imported from <calendar>" in their status history.
// Each booking remembers its occurrence (booking_origin), so importing a newer export again moves
// the sessions that moved (also when a whole series moved: matched by day), adds the new ones,
// cancels those of its events that are no longer in it (still to come, within what the file
// covers), leaves the unchanged ones and does not bring back a booking deleted since. All of it is
// one transaction.
class BookingImport final
{
public:
    struct Options
    {
        QString calendarName; // recorded with each booking; "Acuity export"
        QUuid serviceId; // every imported session is of this service
        bool createClients = true;
        QDateTime now; // sessions ending before it are completed
    };

    struct Outcome
    {
        int events = 0; // events read from the file
        int added = 0;
        int moved = 0;
        int unchanged = 0;
        int deletedSince = 0; // imported before, then deleted here: left deleted
        int cancelled = 0; // imported before, no longer in the file (cancelled there): cancelled here
        int clientsAdded = 0;
        QList<interchange::ImportProblem> problems;
    };

    static constexpr int kDaysBefore = 730; // two years of history, for records and superbills
    static constexpr int kDaysAfter = 550;

    static Result<Outcome> importIcs(StoreSession& session, const QByteArray& data, const Options& options);
};

} // namespace clientele
