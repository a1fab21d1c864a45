#pragma once

#include <QDateTime>

#include "core/Result.h"
#include "core/documents/Document.h"
#include "core/domain/Client.h"
#include "core/domain/Contract.h"
#include "core/domain/PracticeProfile.h"

namespace clientele::documents {

struct ContractSource
{
    domain::PracticeProfile profile;
    domain::Contract contract;
    domain::Client client;
    QDateTime now;
};

// The contract's text as it stands (frozen once sent), the parties, signature lines for both, and
// the SHA-256 fingerprint of the text once it has been sent. A draft is stamped DRAFT.
// Refused when the stored text no longer matches its recorded fingerprint ("contract.tampered").
Result<Document> contractDocument(const ContractSource& source);

} // namespace clientele::documents
