#pragma once

#include <QString>

#include "core/Result.h"

namespace clientele {

class SqlCipherDatabase;
class WriteScope;

// Invoice numbers stay unique across the practice's computers (SYNC.md §3.10) without asking the
// relay, so a computer offline still issues invoices: each computer numbers in a series of its own.
// The first computer of the practice keeps the plain series (INV-2026-0042); each computer that
// joins takes the next free letter once it is in step with the others, and numbers INV-2026-B0001,
// INV-2026-B0002, … Each series is gapless by itself, which is what invoicing law asks of a number
// range. Which computer holds which series is a synced setting ("invoice.series.<relay device id>"),
// so every computer sees the letters taken. Runs on the storage thread, in the caller's transaction.
namespace InvoiceSeries {

struct Series
{
    QString name; // invoice.series: "INV", or "INV-B"
    QString pattern; // the practice's pattern with the letter before the counter: "INV-{YYYY}-B{####}"
};

// The series this computer issues in, for the practice's number pattern. A computer not connected
// to a relay, or the first of its practice, has the plain one. Refused ("invoice.series-pending")
// on a computer that joined and has not yet taken its own, as its numbers could clash.
Result<Series> ofThisComputer(SqlCipherDatabase& db, const QString& pattern);

// Invoices Stripe charged (a subscription's periods, from the vault's events) are numbered in a
// series of their own, "S" (INV-2026-S0001), the same on every computer: each applies the events in
// the log's order and numbers them alike, so the invoice one computer books has the number the
// others give it, and no computer's own series skips one.
Series forStripeCharges(const QString& pattern);

// Takes this computer's series once it is in step with the others (RelayServices calls it then):
// the plain one when no computer of the practice holds one yet, else the first free letter. True
// when it took one now; false when it already had one or is not connected to a relay.
Result<bool> claim(WriteScope& scope);

// The n-th letter series (1 → "B", 25 → "Z", 26 → "AA", …): "A" reads as the plain series. claim()
// passes over "S", kept for Stripe's charges.
QString letterFor(int n);

} // namespace InvoiceSeries

} // namespace clientele
