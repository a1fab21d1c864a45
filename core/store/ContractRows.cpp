#include "core/store/ContractRows.h"

#include <QCborArray>
#include <QCborMap>
#include <QRandomGenerator>
#include <algorithm>
#include <array>

#include "core/SortKey.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"
#include "core/sync/UuidV7.h"

namespace clientele::ContractRows {

namespace {

using domain::Contract;
using domain::ContractTemplate;
using StoredValues::text;
using StoredValues::uuid;

QCborValue instant(const QDateTime& at)
{
    return at.isValid() ? QCborValue(at.toMSecsSinceEpoch()) : QCborValue(QCborValue::Null);
}

QDateTime instantAt(const SqlStatement& row, int column)
{
    return row.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(row.int64(column), Qt::UTC);
}

QUuid idAt(const SqlStatement& row, int column)
{
    return row.isNull(column) ? QUuid() : QUuid::fromRfc4122(row.blob(column));
}

QCborMap templateFields(const ContractTemplate& contractTemplate)
{
    return QCborMap {{QStringLiteral("name"), contractTemplate.name().trimmed()},
        {QStringLiteral("body"), text(contractTemplate.body())}};
}

QCborMap contractFields(const Contract& contract)
{
    return QCborMap {{QStringLiteral("client_id"), uuid(contract.clientId())},
        {QStringLiteral("booking_id"), uuid(contract.bookingId())},
        {QStringLiteral("template_id"), uuid(contract.templateId())}, {QStringLiteral("title"), text(contract.title())},
        {QStringLiteral("body"), text(contract.body())},
        {QStringLiteral("status"), Contract::statusName(contract.status())},
        {QStringLiteral("sent_at"), instant(contract.sentAt())},
        {QStringLiteral("signature"), QCborArray {instant(contract.signedAt()), text(contract.signedPdfSha256())}},
        {QStringLiteral("body_sha256"), text(contract.bodySha256())}};
}

constexpr auto kSelectTemplate = "SELECT id, name, body FROM contract_template";
constexpr auto kSelectContract = "SELECT id, client_id, booking_id, template_id, title, body, status, sent_at, "
                                 "signed_at, signed_sha256, body_sha256 FROM contract";

ContractTemplate readTemplate(const SqlStatement& r)
{
    return ContractTemplate(QUuid::fromRfc4122(r.blob(0)), r.text(1), r.text(2));
}

Contract readContract(const SqlStatement& r)
{
    const QUuid id = QUuid::fromRfc4122(r.blob(0));
    const QDateTime createdAt = QDateTime::fromMSecsSinceEpoch(sync::UuidV7::unixMs(id), Qt::UTC);
    Contract draft(id, idAt(r, 1), idAt(r, 3), r.text(4), r.text(5), createdAt);
    draft.setBookingId(idAt(r, 2));
    Contract::Progress progress;
    // A status from a newer version reads as Sent: never editable, never counted as signed.
    progress.status = Contract::statusFromName(r.text(6)).value_or(domain::ContractStatus::Sent);
    progress.sentAt = instantAt(r, 7);
    progress.signedAt = instantAt(r, 8);
    progress.signedPdfSha256 = r.text(9);
    progress.bodySha256 = r.text(10);
    progress.statusChangedAt = progress.signedAt.isValid() ? progress.signedAt
        : progress.sentAt.isValid()                        ? progress.sentAt
                                                           : createdAt;
    return Contract::restore(std::move(draft), progress);
}

} // namespace

Result<void> saveTemplate(WriteScope& scope, const ContractTemplate& contractTemplate)
{
    if (Result<void> valid = contractTemplate.validate(); !valid) {
        return valid;
    }
    Result<std::optional<ContractTemplate>> stored = loadTemplate(scope.db(), contractTemplate.id());
    if (!stored) {
        return stored.error();
    }
    if (!stored.value()) {
        return scope.changes().insert(
            QStringLiteral("contract_template"), contractTemplate.id(), templateFields(contractTemplate));
    }
    return scope.changes().updateChanged(QStringLiteral("contract_template"), contractTemplate.id(),
        templateFields(*stored.value()), templateFields(contractTemplate));
}

Result<void> removeTemplate(WriteScope& scope, const QUuid& id)
{
    return scope.changes().remove(QStringLiteral("contract_template"), id);
}

Result<std::optional<ContractTemplate>> loadTemplate(SqlCipherDatabase& db, const QUuid& id)
{
    Result<std::optional<SqlStatement>> row =
        StoredValues::findRow(db, QString::fromLatin1(kSelectTemplate) + u" WHERE id = ?1 AND deleted = 0", id);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return std::optional<ContractTemplate>();
    }
    return std::optional<ContractTemplate>(readTemplate(*row.value()));
}

Result<QList<ContractTemplate>> loadTemplates(SqlCipherDatabase& db)
{
    Result<SqlStatement> rows = db.prepare(QString::fromLatin1(kSelectTemplate) + u" WHERE deleted = 0");
    if (!rows) {
        return rows.error();
    }
    QList<ContractTemplate> templates;
    Result<bool> step = rows.value().step();
    while (step && step.value()) {
        templates.append(readTemplate(rows.value()));
        step = rows.value().step();
    }
    if (!step) {
        return step.error();
    }
    std::stable_sort(templates.begin(), templates.end(),
        [](const ContractTemplate& a, const ContractTemplate& b) { return sortKey(a.name()) < sortKey(b.name()); });
    return templates;
}

QUuid newContractId(const QDateTime& createdAt)
{
    std::array<unsigned char, 10> random {};
    for (auto& byte : random) {
        byte = static_cast<unsigned char>(QRandomGenerator::system()->bounded(256));
    }
    return sync::UuidV7::fromParts(createdAt.toMSecsSinceEpoch(), random);
}

Result<void> insert(WriteScope& scope, const Contract& contract)
{
    return scope.changes().insert(QStringLiteral("contract"), contract.id(), contractFields(contract));
}

Result<void> update(WriteScope& scope, const Contract& before, const Contract& after)
{
    Q_ASSERT(before.id() == after.id());
    return scope.changes().updateChanged(
        QStringLiteral("contract"), after.id(), contractFields(before), contractFields(after));
}

Result<std::optional<Contract>> load(SqlCipherDatabase& db, const QUuid& id)
{
    Result<std::optional<SqlStatement>> row =
        StoredValues::findRow(db, QString::fromLatin1(kSelectContract) + u" WHERE id = ?1 AND deleted = 0", id);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return std::optional<Contract>();
    }
    return std::optional<Contract>(readContract(*row.value()));
}

} // namespace clientele::ContractRows
