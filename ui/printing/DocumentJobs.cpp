#include "ui/printing/DocumentJobs.h"

#include "core/store/DocumentSources.h"
#include "core/store/Store.h"
#include "ui/practice/PracticeContext.h"

namespace clientele::ui::DocumentJobs {

using documents::Document;

QFuture<Result<Document>> invoice(
    PracticeContext& context, const QUuid& invoiceId, const std::optional<domain::Invoice>& shown)
{
    const QDateTime now = context.clock().nowUtc();
    return context.store().run([invoiceId, now, shown](StoreSession& session) -> Result<Document> {
        Result<documents::InvoiceSource> source = DocumentSources::invoice(session.db(), invoiceId, now);
        if (!source) {
            return source.error();
        }
        documents::InvoiceSource edited = source.value();
        if (shown && shown->id() == invoiceId) {
            edited.invoice = *shown;
        }
        return documents::invoiceDocument(edited);
    });
}

QFuture<Result<Document>> receipt(PracticeContext& context, const QUuid& invoiceId)
{
    const QDateTime now = context.clock().nowUtc();
    return context.store().run([invoiceId, now](StoreSession& session) -> Result<Document> {
        const Result<documents::InvoiceSource> source = DocumentSources::invoice(session.db(), invoiceId, now);
        if (!source) {
            return source.error();
        }
        return documents::receiptDocument(source.value());
    });
}

QFuture<Result<Document>> statement(PracticeContext& context, const QUuid& clientId, const QDate& asOf)
{
    const QDateTime now = context.clock().nowUtc();
    return context.store().run([clientId, asOf, now](StoreSession& session) -> Result<Document> {
        const Result<documents::StatementSource> source = DocumentSources::statement(session.db(), clientId, asOf, now);
        if (!source) {
            return source.error();
        }
        return documents::statementDocument(source.value());
    });
}

QFuture<Result<Document>> superbill(PracticeContext& context, const QUuid& clientId, const QDate& from, const QDate& to)
{
    const QDateTime now = context.clock().nowUtc();
    return context.store().run([clientId, from, to, now](StoreSession& session) -> Result<Document> {
        const Result<documents::SuperbillSource> source =
            DocumentSources::superbill(session.db(), clientId, from, to, now);
        if (!source) {
            return source.error();
        }
        return documents::superbillDocument(source.value());
    });
}

QFuture<Result<Document>> contract(PracticeContext& context, const QUuid& contractId)
{
    const QDateTime now = context.clock().nowUtc();
    return context.store().run([contractId, now](StoreSession& session) -> Result<Document> {
        const Result<documents::ContractSource> source = DocumentSources::contract(session.db(), contractId, now);
        if (!source) {
            return source.error();
        }
        return documents::contractDocument(source.value());
    });
}

std::pair<QDate, QDate> previousMonth(const QDate& today)
{
    const QDate firstOfThisMonth(today.year(), today.month(), 1);
    const QDate first = firstOfThisMonth.addMonths(-1);
    return {first, firstOfThisMonth.addDays(-1)};
}

} // namespace clientele::ui::DocumentJobs
