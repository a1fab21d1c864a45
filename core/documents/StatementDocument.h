#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>

#include "core/Result.h"
#include "core/documents/Document.h"
#include "core/domain/Client.h"
#include "core/domain/Invoice.h"
#include "core/domain/PracticeProfile.h"

namespace clientele::documents {

struct StatementSource
{
    domain::PracticeProfile profile;
    domain::Client client;
    QList<domain::Invoice> invoices; // the client's invoices; drafts and void ones are left out
    QDate asOf; // entries after this day are not shown
    QDateTime now;
};

// A statement of account: every invoice, payment and refund up to `asOf` with a running balance,
// then the invoices still open, overdue ones marked. One ledger per currency.
// Refused when there is nothing to state ("statement.empty").
Result<Document> statementDocument(const StatementSource& source);

} // namespace clientele::documents
