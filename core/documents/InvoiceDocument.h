#pragma once

#include <QDateTime>
#include <QUuid>

#include "core/Result.h"
#include "core/documents/Document.h"
#include "core/domain/Client.h"
#include "core/domain/Invoice.h"
#include "core/domain/PracticeProfile.h"

namespace clientele::documents {

// Everything an invoice or a receipt prints, loaded by the store (DocumentSources).
struct InvoiceSource
{
    domain::PracticeProfile profile;
    domain::Invoice invoice;
    domain::Client client;
    QDateTime now; // UTC: the PDF's creation date
};

// The invoice as sent: lines, taxes per rate, discount, totals, payments so far and the balance,
// instalments, notes and the practice's terms. A draft is stamped DRAFT, a void one VOID.
// Refused: an invoice whose figures do not add up (the domain's message).
Result<Document> invoiceDocument(const InvoiceSource& source);

// A receipt for one payment (`paymentId`), or for everything received when it is null: what was
// paid, when, how, against which invoice, and what remains. Refused for an invoice with no
// payments ("receipt.no-payment") or an unknown payment id ("receipt.unknown-payment").
Result<Document> receiptDocument(const InvoiceSource& source, const QUuid& paymentId = {});

// "Jane Doe", or "Jane Doe (Acme Ltd)" when both a person and a company are known.
QString clientLabel(const domain::Client& client);
// The client's lines under "Bill to": name, company, address, e-mail.
QStringList clientLines(const domain::Client& client, const QString& homeCountry);

} // namespace clientele::documents
