#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>

#include "core/Result.h"
#include "core/documents/Document.h"
#include "core/domain/Client.h"
#include "core/domain/Money.h"
#include "core/domain/PracticeProfile.h"
#include "core/domain/ProcedureCoding.h"

namespace clientele::documents {

// One session on a superbill: the service's procedure coding, what it cost and what was paid.
struct SuperbillSession
{
    QDate date; // date of service, in the practice's time zone
    QString serviceName;
    domain::ProcedureCoding coding;
    domain::Money fee;
    domain::Money paid;
};

struct SuperbillSource
{
    domain::PracticeProfile profile;
    domain::Client client;
    QDate from;
    QDate to;
    QList<SuperbillSession> sessions; // in date order
    QDateTime now;
};

// A superbill as US insurers expect it for out-of-network claims and HSA/FSA reimbursement:
// provider (name, address, NPI, tax id), patient (name, address, date of birth), ICD-10 diagnosis
// codes with their pointers, and per session the date of service, place of service, CPT/HCPCS code
// with modifiers, diagnosis pointers, units, fee and amount paid; totals and a signature line.
//
// Refused, with what to fix, when a claim would bounce: no NPI ("superbill.needs-npi"), no tax id
// ("superbill.needs-tax-id"), no date of birth ("superbill.needs-birth-date"), no diagnosis
// ("superbill.needs-diagnosis"), no session in the period ("superbill.no-sessions"), a session
// whose service has no procedure code ("superbill.needs-procedure-code", naming the service).
Result<Document> superbillDocument(const SuperbillSource& source);

} // namespace clientele::documents
