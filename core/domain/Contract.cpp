#include "core/domain/Contract.h"

#include <utility>

#include <QCoreApplication>
#include <QCryptographicHash>

#include "core/domain/Sha256Hex.h"

namespace clientele::domain {

namespace {

Error contractError(const char* key, QString message)
{
    return Error(Error::Code::InvalidInput, std::move(message), QString::fromLatin1(key));
}

bool allowed(ContractStatus from, ContractStatus to)
{
    switch (from) {
    case ContractStatus::Draft:
        return to == ContractStatus::Sent || to == ContractStatus::Voided;
    case ContractStatus::Sent:
        return to == ContractStatus::Viewed || to == ContractStatus::Signed || to == ContractStatus::Declined
            || to == ContractStatus::Voided || to == ContractStatus::Expired;
    case ContractStatus::Viewed:
        return to == ContractStatus::Signed || to == ContractStatus::Declined || to == ContractStatus::Voided
            || to == ContractStatus::Expired;
    case ContractStatus::Signed:
    case ContractStatus::Declined:
    case ContractStatus::Voided:
    case ContractStatus::Expired:
        break;
    }
    return false;
}

QString statusLabel(ContractStatus status)
{
    switch (status) {
    case ContractStatus::Draft:
        return QCoreApplication::translate("Contract", "Draft");
    case ContractStatus::Sent:
        return QCoreApplication::translate("Contract", "Sent");
    case ContractStatus::Viewed:
        return QCoreApplication::translate("Contract", "Viewed");
    case ContractStatus::Signed:
        return QCoreApplication::translate("Contract", "Signed");
    case ContractStatus::Declined:
        return QCoreApplication::translate("Contract", "Declined");
    case ContractStatus::Voided:
        return QCoreApplication::translate("Contract", "Voided");
    case ContractStatus::Expired:
        return QCoreApplication::translate("Contract", "Expired");
    }
    return {};
}

bool isUtc(const QDateTime& at)
{
    return at.isValid() && at.timeSpec() == Qt::UTC;
}

Error notUtc()
{
    return contractError("contract.time-not-utc",
        QCoreApplication::translate("Contract", "The time of a contract event must be given in UTC."));
}

} // namespace

Contract::Contract(QUuid id, QUuid clientId, QUuid templateId, QString title, QString body, QDateTime createdAt)
    : m_id(id)
    , m_clientId(clientId)
    , m_templateId(templateId)
    , m_title(std::move(title))
    , m_body(std::move(body))
    , m_createdAt(createdAt)
    , m_statusChangedAt(std::move(createdAt))
{
}

Result<void> Contract::checkTransition(ContractStatus from, ContractStatus to)
{
    if (from == to) {
        return contractError("contract.same-status",
            QCoreApplication::translate("Contract", "The contract is already %1.").arg(statusLabel(from)));
    }
    if (!allowed(from, to)) {
        return contractError("contract.transition",
            QCoreApplication::translate("Contract", "A contract that is %1 cannot become %2.")
                .arg(statusLabel(from), statusLabel(to)));
    }
    return {};
}

QString Contract::statusName(ContractStatus status)
{
    switch (status) {
    case ContractStatus::Draft:
        return QStringLiteral("draft");
    case ContractStatus::Sent:
        return QStringLiteral("sent");
    case ContractStatus::Viewed:
        return QStringLiteral("viewed");
    case ContractStatus::Signed:
        return QStringLiteral("signed");
    case ContractStatus::Declined:
        return QStringLiteral("declined");
    case ContractStatus::Voided:
        return QStringLiteral("voided");
    case ContractStatus::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

std::optional<ContractStatus> Contract::statusFromName(const QString& name)
{
    for (const ContractStatus status : {ContractStatus::Draft, ContractStatus::Sent, ContractStatus::Viewed,
             ContractStatus::Signed, ContractStatus::Declined, ContractStatus::Voided, ContractStatus::Expired}) {
        if (statusName(status) == name) {
            return status;
        }
    }
    return std::nullopt;
}

Contract Contract::restore(Contract draft, const Progress& progress)
{
    draft.m_status = progress.status;
    draft.m_statusChangedAt = progress.statusChangedAt.isValid() ? progress.statusChangedAt : draft.m_createdAt;
    draft.m_sentAt = progress.sentAt;
    draft.m_bodySha256 = progress.bodySha256;
    draft.m_signedAt = progress.signedAt;
    draft.m_signedPdfSha256 = progress.signedPdfSha256;
    return draft;
}

QString Contract::hashOf(const QString& body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool Contract::bodyMatchesHash() const
{
    return m_bodySha256.isEmpty() || hashOf(m_body) == m_bodySha256;
}

Result<void> Contract::setBody(const QString& body)
{
    if (m_status != ContractStatus::Draft) {
        return contractError("contract.not-draft",
            QCoreApplication::translate(
                "Contract", "Only a draft contract can be edited. Void it and issue a new one."));
    }
    m_body = body;
    return {};
}

Result<void> Contract::moveTo(ContractStatus to, const QDateTime& at)
{
    if (Result<void> ok = checkTransition(m_status, to); !ok) {
        return ok;
    }
    if (!isUtc(at)) {
        return notUtc();
    }
    m_status = to;
    m_statusChangedAt = at;
    if (to == ContractStatus::Sent) {
        m_sentAt = at;
        m_bodySha256 = hashOf(m_body);
    }
    return {};
}

Result<void> Contract::transitionTo(ContractStatus to, const QDateTime& at)
{
    if (to == ContractStatus::Signed) {
        if (Result<void> ok = checkTransition(m_status, to); !ok) {
            return ok;
        }
        return contractError("contract.sign-needs-hash",
            QCoreApplication::translate("Contract", "A contract is signed only together with its signed document."));
    }
    return moveTo(to, at);
}

Result<void> Contract::sign(const QString& signedPdfSha256, const QDateTime& signedAt)
{
    if (Result<void> ok = checkTransition(m_status, ContractStatus::Signed); !ok) {
        return ok;
    }
    if (!Sha256Hex::isValid(signedPdfSha256)) {
        return contractError("contract.bad-hash",
            QCoreApplication::translate("Contract", "The fingerprint of the signed document is not a SHA-256 value."));
    }
    if (Result<void> ok = moveTo(ContractStatus::Signed, signedAt); !ok) {
        return ok;
    }
    m_signedAt = signedAt;
    m_signedPdfSha256 = signedPdfSha256;
    return {};
}

} // namespace clientele::domain
