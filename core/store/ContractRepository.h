#pragma once

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <optional>

#include "core/Result.h"
#include "core/domain/Contract.h"
#include "core/domain/ContractTemplate.h"

namespace clientele {

class Store;

// Contract templates and the contracts drafted from them, for the UI and the CLI. Each call is one
// transaction on the storage thread; the rules are the domain's (ContractTemplate, Contract), so a
// refusal carries the domain's message and leaves the store as it was.
class ContractRepository final
{
public:
    explicit ContractRepository(Store& store);

    // Sorted by name.
    QFuture<Result<QList<domain::ContractTemplate>>> listTemplates();
    // Inserts or updates by id; an invalid template (no name, a syntax error, an unknown field)
    // changes nothing.
    QFuture<Result<void>> saveTemplate(const domain::ContractTemplate& contractTemplate);
    // Contracts drafted from it keep their text; only new drafts can no longer use it.
    QFuture<Result<void>> removeTemplate(const QUuid& id);

    // Renders the template with the practice's, the client's and (when bookingId is not null) the
    // booking's, its service's and its latest invoice's values (contractMergeValues) and stores the
    // result as a Draft titled with the template's name. A field the template names but no record
    // fills is the template's refusal ("template.missing-value", "template.unknown-field") and
    // nothing is stored. A booking of another client is refused ("contract.booking-other-client").
    QFuture<Result<domain::Contract>> draftFromTemplate(
        const QUuid& templateId, const QUuid& clientId, const QUuid& bookingId, const QDateTime& now);
    QFuture<Result<std::optional<domain::Contract>>> find(const QUuid& id);
    // Edits the body of a draft ("contract.not-draft" once it was sent).
    QFuture<Result<domain::Contract>> setBody(const QUuid& id, const QString& body);
    // Draft → Sent: the body is frozen and its SHA-256 stored with it.
    QFuture<Result<domain::Contract>> send(const QUuid& id, const QDateTime& at);
    // Sent/Viewed → Signed with the SHA-256 of the signed document.
    QFuture<Result<domain::Contract>> sign(const QUuid& id, const QString& signedPdfSha256, const QDateTime& at);
    // Any other move the domain allows (Viewed, Declined, Voided, Expired; Sent as send()).
    QFuture<Result<domain::Contract>> transition(const QUuid& id, domain::ContractStatus to, const QDateTime& at);

private:
    Store& m_store;
};

} // namespace clientele
