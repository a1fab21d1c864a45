#pragma once

#include <QString>

#include "core/Result.h"

namespace clientele {

class SqlCipherDatabase;

// Invoice numbers stay unique across the practice's computers (SYNC.md §3.10) without asking the
// relay at issue time, so a computer offline still issues invoices: each computer numbers in a
// series of its own. The computer that made the practice's vault keeps the plain series
// (INV-2026-0042); each computer that joins numbers by the place the relay gave it in the vault
// (1 → INV-2026-B0001, 2 → C, …), handed out under the vault's lock, so no two computers share a
// letter. Each series is gapless by itself, which is what invoicing law asks of a number range.
// The letter is this computer's own (sync_state "invoice_series"): it outlives Disconnect, so a
// disconnected computer never falls back into the first computer's series. Runs on the storage thread.
namespace InvoiceSeries {

struct Series
{
    QString name; // invoice.series: "INV", or "INV-B"
    QString pattern; // the practice's pattern with the letter before the counter: "INV-{YYYY}-B{####}"
};

// The series this computer issues in, for the practice's number pattern: the plain one until it
// joins a practice.
Result<Series> ofThisComputer(SqlCipherDatabase& db, const QString& pattern);
// Its letter alone: empty for the plain series.
Result<QString> letterOfThisComputer(SqlCipherDatabase& db);
// The series of a letter ("" for the plain one), for the practice's number pattern.
Series lettered(const QString& letter, const QString& pattern);

// Invoices Stripe charged (a subscription's periods, from the vault's events) are numbered in a
// series of their own, "S" (INV-2026-S0001), the same on every computer: each applies the events in
// the log's order and numbers them alike, so the invoice one computer books has the number the
// others give it, and no computer's own series skips one.
Series forStripeCharges(const QString& pattern);

// Takes the series for this computer's place in the vault it connected to (RelayLinks::save): the
// plain one for the vault's maker (place 0), its place's letter for a computer that joined. Nothing
// for an unknown place (-1); the letter kept from before stays until the place is known.
Result<void> adopt(SqlCipherDatabase& db, int ordinal);

// The letter of a place in the vault: "" for 0, then B, C, …, Z (without S, kept for Stripe's
// charges), AA, AB, …
QString letterFor(int ordinal);

} // namespace InvoiceSeries

} // namespace clientele
