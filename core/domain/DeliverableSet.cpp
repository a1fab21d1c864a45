#include "core/domain/DeliverableSet.h"

#include <algorithm>

#include <QCoreApplication>

namespace clientele::domain {

namespace {

constexpr qint64 kMinShareSeconds = qint64(60) * 60;
constexpr qint64 kMaxShareDays = 365;

Error setError(const char* key, QString message, Error::Code code = Error::Code::InvalidInput)
{
    return Error(code, std::move(message), QString::fromLatin1(key));
}

} // namespace

DeliverableSet::DeliverableSet(QUuid bookingId)
    : m_bookingId(bookingId)
{
}

Result<void> DeliverableSet::add(const Deliverable& file)
{
    if (file.bookingId() != m_bookingId) {
        return setError("deliverable.other-booking",
            QCoreApplication::translate("DeliverableSet", "This file belongs to another booking."));
    }
    for (const Deliverable& existing : m_files) {
        if (existing.id() == file.id()) {
            return setError("deliverable.duplicate-id",
                QCoreApplication::translate("DeliverableSet", "This file is already part of the delivery."),
                Error::Code::Conflict);
        }
        if (existing.relativePath().compare(file.relativePath(), Qt::CaseInsensitive) == 0) {
            return setError("deliverable.duplicate-path",
                QCoreApplication::translate("DeliverableSet",
                    "The delivery already has a file at “%1” (names that differ only in capitals count as the same).")
                    .arg(existing.relativePath()),
                Error::Code::Conflict);
        }
    }
    m_files.append(file);
    return {};
}

bool DeliverableSet::remove(const QUuid& id)
{
    return m_files.removeIf([&id](const Deliverable& d) { return d.id() == id; }) > 0;
}

Result<void> DeliverableSet::transitionFile(const QUuid& id, UploadState to, const QString& errorText)
{
    for (Deliverable& file : m_files) {
        if (file.id() == id) {
            return file.transitionTo(to, errorText);
        }
    }
    return setError("deliverable.not-found",
        QCoreApplication::translate("DeliverableSet", "This file is not part of the delivery."), Error::Code::NotFound);
}

qint64 DeliverableSet::totalBytes() const
{
    qint64 total = 0;
    for (const Deliverable& file : m_files) {
        total += file.sizeBytes();
    }
    return total;
}

qint64 DeliverableSet::uploadedBytes() const
{
    qint64 total = 0;
    for (const Deliverable& file : m_files) {
        total += file.uploadedBytes();
    }
    return total;
}

bool DeliverableSet::isComplete() const
{
    return !m_files.isEmpty() && std::all_of(m_files.cbegin(), m_files.cend(), [](const Deliverable& d) {
        return d.uploadState() == UploadState::Uploaded;
    });
}

Result<void> DeliverableSet::setShareLink(const ShareLinkSettings& settings, const QDateTime& now)
{
    const QDateTime& expiry = settings.expiresAt;
    const bool valid = expiry.isValid() && expiry.timeSpec() == Qt::UTC && now.isValid();
    if (!valid || now.secsTo(expiry) < kMinShareSeconds || expiry > now.addDays(kMaxShareDays)) {
        return setError("deliverable.share-expiry",
            QCoreApplication::translate(
                "DeliverableSet", "A share link must expire between one hour and one year from now."));
    }
    m_shareLink = settings;
    return {};
}

bool DeliverableSet::isShareLinkActive(const QDateTime& now) const
{
    return m_shareLink.has_value() && now < m_shareLink->expiresAt && isComplete();
}

} // namespace clientele::domain
