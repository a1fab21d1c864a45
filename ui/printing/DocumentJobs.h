#pragma once

#include <QDate>
#include <QFuture>
#include <QUuid>
#include <optional>

#include "core/Result.h"
#include "core/documents/Document.h"
#include "core/domain/Invoice.h"

namespace clientele::ui {

class PracticeContext;

// The documents the views print, each made in one job on the storage thread: DocumentSources
// reads what the document needs and the builder turns it into a Document. Painting happens later,
// elsewhere (DocumentPrinting), so the database is never held while a page is painted.
namespace DocumentJobs {

// The stored invoice, or `shown` in its place: a draft with edits not saved yet prints as the user
// sees it (stamped DRAFT by the builder).
QFuture<Result<documents::Document>> invoice(
    PracticeContext& context, const QUuid& invoiceId, const std::optional<domain::Invoice>& shown = std::nullopt);
// A receipt for everything the invoice has received.
QFuture<Result<documents::Document>> receipt(PracticeContext& context, const QUuid& invoiceId);
QFuture<Result<documents::Document>> statement(PracticeContext& context, const QUuid& clientId, const QDate& asOf);
QFuture<Result<documents::Document>> superbill(
    PracticeContext& context, const QUuid& clientId, const QDate& from, const QDate& to);
QFuture<Result<documents::Document>> contract(PracticeContext& context, const QUuid& contractId);

// The calendar month before the one `today` is in: what a superbill or an export usually covers.
std::pair<QDate, QDate> previousMonth(const QDate& today);

} // namespace DocumentJobs

} // namespace clientele::ui
