#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QUuid>

#include "core/Result.h"
#include "core/documents/ContractDocument.h"
#include "core/documents/InvoiceDocument.h"
#include "core/documents/StatementDocument.h"
#include "core/documents/SuperbillDocument.h"

namespace clientele {

class SqlCipherDatabase;

// Loads what each printed document needs, in one read on the storage thread. Rendering happens
// elsewhere (core/documents), so the database is never held while a page is painted.
namespace DocumentSources {

// Refused for an unknown invoice, or one whose client no longer exists ("document.not-found").
Result<documents::InvoiceSource> invoice(SqlCipherDatabase& db, const QUuid& invoiceId, const QDateTime& now);

Result<documents::StatementSource> statement(
    SqlCipherDatabase& db, const QUuid& clientId, const QDate& asOf, const QDateTime& now);

// The client's sessions from `from` to `to` (whole days in the practice's time zone) that took
// place: Completed, or Confirmed and already over. The fee is the booking's invoice total when it
// has an issued invoice, else the service price; paid is what that invoice has received net of
// refunds. Refused when `to` is before `from` ("superbill.bad-period").
Result<documents::SuperbillSource> superbill(
    SqlCipherDatabase& db, const QUuid& clientId, const QDate& from, const QDate& to, const QDateTime& now);

Result<documents::ContractSource> contract(SqlCipherDatabase& db, const QUuid& contractId, const QDateTime& now);

// Invoices with an issue date in [from, to], oldest first: what "export a period" writes. Void
// invoices are included so the accountant sees every number of the gapless series; drafts are not.
Result<QList<QUuid>> invoicesIssuedBetween(SqlCipherDatabase& db, const QDate& from, const QDate& to);

} // namespace DocumentSources

} // namespace clientele
