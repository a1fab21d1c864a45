#pragma once

#include <QDateTime>
#include <QFuture>
#include <QTime>
#include <QTimeZone>
#include <chrono>
#include <optional>

#include "core/Result.h"

namespace clientele {

class Store;

// When reminders go out (DESIGN.md §2, reminders; shown in Settings → Services).
struct ReminderPolicy
{
    // No text between these, in the session's time zone (where the client is): a reminder due then
    // goes at the end of the quiet hours, or, when that would be after the session, at their start
    // the evening before.
    QTime quietStart {21, 0};
    QTime quietEnd {8, 0};
    // How late a reminder may still go out. One whose moment passed longer ago (the computer was off
    // or asleep, or offline with the text waiting in the outbox) is skipped, never sent late.
    std::chrono::minutes lateGrace {120};
    // Sessions starting this far ahead are looked at (longer than any plan's offset).
    std::chrono::hours lookAhead {24 * 32};
};

// Reminders of sessions by text or email, from each service's reminder plan (7 days and 24 hours
// before, say). A round looks at the sessions ahead and, for each reminder whose moment has come,
// queues the text (TextMessages, with the outbox command expiring at the end of the grace) or the
// email (Emails, through the practice's template, expiring likewise) or records why it was skipped:
// too late, no consent, no number or address. Email reminders are queued only by a computer that
// sends email (Settings → Email); another leaves them unrecorded for it. Each reminder is recorded once
// (booking_reminder, its id derived from the booking, the rule and the session's start), in the transaction that queues
// it, so restarts, repeated rounds and clock changes never send one twice; a session moved to a new time gets reminders
// for the new time.
class Reminders final
{
public:
    struct Round
    {
        int queued = 0;
        int skipped = 0;
        int withdrawn = 0; // queued for a session cancelled or moved since, taken out of the outbox
        std::optional<QDateTime> nextDue; // the earliest reminder still to come (UTC)
    };

    explicit Reminders(Store& store);

    QFuture<Result<Round>> run(const QDateTime& now, const ReminderPolicy& policy);

    // When a reminder `offsetMinutes` before a session starting at `startUtc` goes out, quiet hours in
    // `zone` applied.
    static QDateTime dueAt(
        const QDateTime& startUtc, int offsetMinutes, const QTimeZone& zone, const ReminderPolicy& policy);

private:
    Store& m_store;
};

} // namespace clientele
