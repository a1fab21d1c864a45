#pragma once

#include <optional>

#include <QDateTime>
#include <QString>
#include <QUuid>

#include "core/Result.h"

namespace clientele::domain {

enum class ContractStatus
{
    Draft,
    Sent, // handed to the client for signature (email link, DocuSign envelope, in person)
    Viewed, // the client opened it
    Signed, // final: a signed contract is evidence and never changes (SYNC.md §3.10)
    Declined, // final
    Voided, // final: withdrawn by the practice
    Expired, // final: not signed in time
};

// A contract issued to one client (DESIGN.md §2, Contracts).
//
// Transitions (anything else is refused with "contract.transition" and both status names):
//   Draft  -> Sent, Voided
//   Sent   -> Viewed, Signed, Declined, Voided, Expired   (Signed without Viewed: providers do
//                                                          not always report the view)
//   Viewed -> Signed, Declined, Voided, Expired
//   Signed, Declined, Voided, Expired -> nothing. A changed contract is a new contract, so the
//   audit trail of the old one stays whole. Signed in particular can no longer be voided: undoing
//   a signed agreement is a new document (a cancellation), not a status change.
// Staying in the same status is refused as well ("contract.same-status"), so a duplicate provider
// event is visible to the caller instead of silently rewriting the time stamp.
//
// Sending freezes the body: only a draft's body can change, and the move to Sent records the
// SHA-256 of the body (its UTF-8 bytes) as it went out. A body that no longer matches that hash was
// changed behind the domain's back (a sync conflict, an edited database) and must not be presented
// as what the client received.
class Contract final
{
public:
    // For the store: what a saved contract holds beyond its draft.
    struct Progress
    {
        ContractStatus status = ContractStatus::Draft;
        QDateTime statusChangedAt;
        QDateTime sentAt;
        QString bodySha256;
        QDateTime signedAt;
        QString signedPdfSha256;
    };

    Contract() = default;
    // A new contract in Draft. `body` is the rendered template text.
    Contract(QUuid id, QUuid clientId, QUuid templateId, QString title, QString body, QDateTime createdAt);

    const QUuid& id() const { return m_id; }
    const QUuid& clientId() const { return m_clientId; }
    const QUuid& templateId() const { return m_templateId; }
    const QUuid& bookingId() const { return m_bookingId; } // null when not tied to a booking
    void setBookingId(const QUuid& bookingId) { m_bookingId = bookingId; }
    const QString& title() const { return m_title; }
    const QString& body() const { return m_body; }
    const QDateTime& createdAt() const { return m_createdAt; }

    ContractStatus status() const { return m_status; }
    // When the current status was reached (UTC).
    const QDateTime& statusChangedAt() const { return m_statusChangedAt; }
    const QDateTime& sentAt() const { return m_sentAt; }
    const QDateTime& signedAt() const { return m_signedAt; }
    // SHA-256 (64 lowercase hex digits) of the signed PDF; hashing happens in the crypto adapter.
    const QString& signedPdfSha256() const { return m_signedPdfSha256; }
    // SHA-256 (64 lowercase hex digits) of the body as sent; empty until the contract is sent.
    const QString& bodySha256() const { return m_bodySha256; }
    // True while there is no hash yet, or the body still has the hash it was sent with.
    bool bodyMatchesHash() const;
    // The hash bodySha256() records for a body.
    static QString hashOf(const QString& body);

    // Is `from -> to` allowed? The single source of the rules above.
    static Result<void> checkTransition(ContractStatus from, ContractStatus to);
    // Stable names for storage ("draft", "sent", …).
    static QString statusName(ContractStatus status);
    // The status of a stored name; nullopt for a name this version does not know.
    static std::optional<ContractStatus> statusFromName(const QString& name);
    // Rebuilds a saved contract without running the transition rules again: they held when it was
    // written, and a body that was changed since shows in bodyMatchesHash() instead of a refusal.
    static Contract restore(Contract draft, const Progress& progress);

    // Only the body of a draft can change ("contract.not-draft").
    Result<void> setBody(const QString& body);
    // Any transition except to Signed, which needs sign(). `at` must be valid UTC. Moving to Sent
    // records bodySha256().
    Result<void> transitionTo(ContractStatus to, const QDateTime& at);
    // Records the signature: refused unless the status allows Signed, the hash is 64 lowercase hex
    // digits ("contract.bad-hash") and the time is valid UTC ("contract.time-not-utc").
    Result<void> sign(const QString& signedPdfSha256, const QDateTime& signedAt);

private:
    Result<void> moveTo(ContractStatus to, const QDateTime& at);

    QUuid m_id;
    QUuid m_clientId;
    QUuid m_templateId;
    QUuid m_bookingId;
    QString m_title;
    QString m_body;
    QDateTime m_createdAt;
    ContractStatus m_status = ContractStatus::Draft;
    QDateTime m_statusChangedAt;
    QDateTime m_sentAt;
    QDateTime m_signedAt;
    QString m_signedPdfSha256;
    QString m_bodySha256;
};

} // namespace clientele::domain
