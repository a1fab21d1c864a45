#pragma once

#include <QDate>
#include <QString>
#include <functional>
#include <optional>

#include "core/Result.h"
#include "core/domain/Invoice.h"
#include "core/sync/UuidV7.h"

namespace clientele {

class SqlCipherDatabase;
class WriteScope;

// Invoices in the store: the invoice row (with its totals cached for lists and reports), lines,
// payments and refunds as child rows. Runs on the storage thread inside the caller's transaction.
namespace InvoiceRows {

// newId makes the ids of the tax-rate and instalment rows (UUIDv7 by default; the demo generator passes
// its seeded one).
Result<void> insert(
    WriteScope& scope, const domain::Invoice& invoice, const std::function<QUuid()>& newId = &sync::UuidV7::create);

// Writes what differs between before (as stored) and after: the invoice's fields (status, number,
// dates, cached totals), lines by id, a changed tax table or schedule, and payments and refunds that
// are new in after. Draft edits and issue, payment, refund and void all go through here; the domain
// (Invoice) has already checked the change.
Result<void> update(WriteScope& scope, const domain::Invoice& before, const domain::Invoice& after);
// Tombstones a draft (issued invoices are voided instead; the caller checks).
Result<void> removeDraft(WriteScope& scope, const QUuid& id);

// Rebuilds a stored invoice by replaying its history through the domain (content, number, issue,
// payments, refunds, void), so a loaded invoice obeys the same rules as a new one.
Result<std::optional<domain::Invoice>> load(SqlCipherDatabase& db, const QUuid& id);
// The same, with NotFound ("The invoice no longer exists.") when there is none.
Result<domain::Invoice> loadExisting(SqlCipherDatabase& db, const QUuid& id);

// Loads the invoice, applies change to a copy (the domain refuses what is not allowed) and writes
// what changed. Returns the invoice as stored now.
Result<domain::Invoice> change(
    WriteScope& scope, const QUuid& id, const std::function<Result<void>(domain::Invoice&)>& change);

// The next number of a series, gapless: it follows the highest number issued in the series, read in
// the caller's write transaction, so a rolled-back issue gives its number back and two invoices
// issued on this device never share one. (Numbers cannot merge as last-writer-wins across devices,
// SYNC.md §3.10; that is the sync issue's to settle.)
Result<QString> allocateNumber(WriteScope& scope, const QString& series, const QString& pattern, QDate issueDate);

QString statusKey(domain::InvoiceStatus status);

} // namespace InvoiceRows

} // namespace clientele
