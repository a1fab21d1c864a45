#pragma once

#include <QDate>
#include <QFuture>
#include <optional>

#include "core/Result.h"
#include "core/domain/Invoice.h"

namespace clientele {

class Store;
class WriteScope;

// Invoices for the UI. Each call is one transaction; the rules are the domain's (Invoice), so a
// refusal carries the domain's message.
class InvoiceRepository final
{
public:
    explicit InvoiceRepository(Store& store);

    // A new draft.
    QFuture<Result<void>> add(const domain::Invoice& draft);
    // A draft for a booking: one line for its service at the service's price, the practice's payment
    // terms, and a deposit instalment when the service asks for one. Not yet saved.
    QFuture<Result<domain::Invoice>> draftForBooking(
        const QUuid& bookingId, const QUuid& invoiceId, const QDate& today);
    // Saves the edits of a draft (lines, taxes, discount, schedule, notes, due date, PO number).
    QFuture<Result<void>> update(const domain::Invoice& before, const domain::Invoice& after);
    QFuture<Result<std::optional<domain::Invoice>>> find(const QUuid& id);
    // Assigns the next gapless number of the practice's pattern and issues it.
    QFuture<Result<domain::Invoice>> issue(const QUuid& id, const QDate& issueDate);
    // The same in the caller's transaction (an invoice made from a payment Stripe took).
    // Which number series an invoice is issued in (InvoiceSeries).
    enum class NumberSeries
    {
        ThisComputer, // what the practitioner issues here
        StripeCharges, // a period Stripe charged: numbered alike on every computer
    };
    static Result<domain::Invoice> issueIn(
        WriteScope& scope, const QUuid& id, const QDate& issueDate, NumberSeries in = NumberSeries::ThisComputer);
    // Records a payment; when the invoice belongs to a booking that is AwaitingPayment and the deposit
    // (or the whole invoice) is now paid, the booking moves to Confirmed in the same transaction.
    QFuture<Result<domain::Invoice>> recordPayment(const QUuid& id, const domain::Payment& payment);
    QFuture<Result<domain::Invoice>> recordRefund(const QUuid& id, const domain::Refund& refund);
    QFuture<Result<domain::Invoice>> voidInvoice(const QUuid& id);
    // Drafts only; issued invoices are voided, never deleted (gapless numbers).
    QFuture<Result<void>> removeDraft(const QUuid& id);

private:
    Store& m_store;
};

} // namespace clientele
