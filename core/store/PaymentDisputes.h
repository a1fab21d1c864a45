#pragma once

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include "core/Result.h"
#include "core/domain/Money.h"

namespace clientele {

class SqlCipherDatabase;
class Store;
class WriteScope;

// A client's bank disputing a card payment (a chargeback), as Stripe reports it. The practice answers
// in Stripe's dashboard by the deadline; Clientele shows the dispute on the invoice and on Today, and
// when the bank decides for the client the money taken back goes on the invoice as a refund. Synced.
struct PaymentDispute
{
    enum class Status
    {
        NeedsResponse, // the practice should send evidence by dueBy
        UnderReview, // evidence sent; the bank decides
        Won, // the money came back to the practice
        Lost, // the client keeps it
        Closed, // closed otherwise (an inquiry that ended, or the charge was refunded)
    };

    QUuid id;
    QUuid invoiceId;
    QUuid paymentId;
    domain::Money amount;
    QString reason; // Stripe's reason key ("fraudulent", "product_not_received", …)
    Status status = Status::NeedsResponse;
    QDateTime dueBy; // UTC; invalid when Stripe gave none
    QDateTime openedAt;

    bool isOpen() const { return status == Status::NeedsResponse || status == Status::UnderReview; }
};

namespace PaymentDisputes {

// The invoice's disputes, newest first.
Result<QList<PaymentDispute>> ofInvoice(SqlCipherDatabase& db, const QUuid& invoiceId);
// The same, on the storage thread (for views).
QFuture<Result<QList<PaymentDispute>>> forInvoice(Store& store, const QUuid& invoiceId);
// Every dispute still open, the soonest deadline first (for Today).
Result<QList<PaymentDispute>> open(SqlCipherDatabase& db);

// What one of Stripe's charge.dispute.* events did.
struct Applied
{
    bool changed = false; // the dispute is new or moved on
    bool invoiceChanged = false; // a lost dispute's money went on the invoice as a refund
    QString note; // translated: a lost dispute the invoice could not record
};
// Records or moves on the dispute of a payment of this practice's invoices (found by its payment
// intent); unknown payments are left alone. A decided dispute never reopens, whatever order the
// events arrive in. In the caller's transaction.
Result<Applied> applyStripe(WriteScope& scope, const QJsonObject& object);

} // namespace PaymentDisputes

} // namespace clientele
