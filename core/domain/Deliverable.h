#pragma once

#include <QString>
#include <QUuid>

#include "core/Result.h"

namespace clientele::domain {

enum class UploadState
{
    Pending, // waiting in the upload queue (also: paused)
    Uploading,
    Uploaded, // final: the stored copy matches size and hash
    Failed, // stopped with an error; can be queued again
};

// One file delivered for a booking (DESIGN.md §2, Deliverables).
//
// Upload transitions (anything else, including staying in the same state, is refused with
// "deliverable.transition"):
//   Pending   -> Uploading, Failed (the file vanished before its turn)
//   Uploading -> Uploaded, Failed, Pending (paused; the resumable upload continues later)
//   Failed    -> Pending (retry)
//   Uploaded  -> nothing: a changed file is a new deliverable with a new hash.
class Deliverable final
{
public:
    Deliverable() = default;

    // Validates everything from outside: the path (DeliverablePath rules), a size of at least 0
    // ("deliverable.negative-size"), a SHA-256 of 64 lowercase hex digits ("deliverable.bad-hash")
    // and a MIME type "type/subtype" without parameters ("deliverable.mime"; stored lowercase).
    static Result<Deliverable> create(QUuid id, QUuid bookingId, const QString& relativePath, qint64 sizeBytes,
        const QString& sha256Hex, const QString& mimeType);

    const QUuid& id() const { return m_id; }
    const QUuid& bookingId() const { return m_bookingId; }
    const QString& relativePath() const { return m_relativePath; }
    qint64 sizeBytes() const { return m_sizeBytes; }
    const QString& sha256() const { return m_sha256; }
    const QString& mimeType() const { return m_mimeType; }

    UploadState uploadState() const { return m_state; }
    qint64 uploadedBytes() const { return m_uploadedBytes; }
    // Why the last upload failed (from the adapter; no client data). Cleared on retry.
    const QString& errorText() const { return m_errorText; }

    static Result<void> checkTransition(UploadState from, UploadState to);
    Result<void> transitionTo(UploadState to, const QString& errorText = {});
    // Progress while Uploading; between 0 and the size ("deliverable.progress").
    Result<void> setUploadedBytes(qint64 bytes);

private:
    QUuid m_id;
    QUuid m_bookingId;
    QString m_relativePath;
    qint64 m_sizeBytes = 0;
    QString m_sha256;
    QString m_mimeType;
    UploadState m_state = UploadState::Pending;
    qint64 m_uploadedBytes = 0;
    QString m_errorText;
};

} // namespace clientele::domain
