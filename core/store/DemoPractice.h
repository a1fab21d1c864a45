#pragma once

#include <QDateTime>
#include <QString>
#include <functional>

#include "core/Result.h"

namespace clientele {

class StoreSession;

// A generated practice for demos, UI tests and benchmarks. The data is a function of the seed:
// the same seed gives the same clients, bookings, invoices and messages (ids included), so
// benchmark numbers are comparable between runs and machines. Names, emails (example.* domains)
// and phone numbers are fictional.
namespace DemoPractice {

enum class Size
{
    Small, // 200 clients, 2,000 bookings, 600 invoices, 5,000 messages, 1,000 files
    Big, // DESIGN.md §5: 20,000 clients, 200,000 bookings, 60,000 invoices, 500,000 messages, 100,000 files
};

struct Counts
{
    int clients = 0;
    int bookings = 0;
    int invoices = 0;
    int messages = 0;
    int deliverables = 0;
    int total() const { return clients + bookings + invoices + messages + deliverables; }
};

Counts countsFor(Size size);

// Writes the practice in transactions of a few thousand records; progress(recordsCommitted) is
// called after each commit, so a killed generator leaves whole batches and nothing half-written.
// History and plans are laid out around `now` (about three years back, seven months ahead): some
// sessions today and this week in mixed statuses, a few clashing, some overdue invoices, unsigned
// contracts and failed messages. The same seed and `now` give the same practice.
// It also writes the practice profile ("Lumen Studio", EUR, Europe/Berlin) and weekday hours.
Result<Counts> generate(
    StoreSession& session, Size size, quint64 seed, const std::function<void(int)>& progress, const QDateTime& now);
// The same around a fixed day (2026-11-26 09:00 UTC), so benchmark data never changes with the date.
Result<Counts> generate(StoreSession& session, Size size, quint64 seed, const std::function<void(int)>& progress);

} // namespace DemoPractice

} // namespace clientele
