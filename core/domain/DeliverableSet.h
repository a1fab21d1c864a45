#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QUuid>

#include "core/Result.h"
#include "core/domain/Deliverable.h"
#include "core/domain/ShareLinkSettings.h"

namespace clientele::domain {

// All files delivered for one booking, and the link that shares them.
//
// Two paths that differ only in case are refused ("deliverable.duplicate-path"): Windows and
// macOS clients would unpack them onto the same file. A share link expires between one hour and
// one year from now ("deliverable.share-expiry"); it is live only while every file is uploaded.
class DeliverableSet final
{
public:
    DeliverableSet() = default;
    explicit DeliverableSet(QUuid bookingId);

    const QUuid& bookingId() const { return m_bookingId; }
    const QList<Deliverable>& files() const { return m_files; }

    // Refusals: "deliverable.other-booking", "deliverable.duplicate-id", "deliverable.duplicate-path".
    Result<void> add(const Deliverable& file);
    bool remove(const QUuid& id);
    // Moves one file's upload state ("deliverable.not-found" for an unknown id).
    Result<void> transitionFile(const QUuid& id, UploadState to, const QString& errorText = {});

    qint64 totalBytes() const;
    qint64 uploadedBytes() const;
    // True when there is at least one file and every file is uploaded.
    bool isComplete() const;

    const std::optional<ShareLinkSettings>& shareLink() const { return m_shareLink; }
    Result<void> setShareLink(const ShareLinkSettings& settings, const QDateTime& now);
    void revokeShareLink() { m_shareLink.reset(); }
    bool isShareLinkActive(const QDateTime& now) const;

private:
    QUuid m_bookingId;
    QList<Deliverable> m_files;
    std::optional<ShareLinkSettings> m_shareLink;
};

} // namespace clientele::domain
