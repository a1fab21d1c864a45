#include "core/domain/Deliverable.h"

#include <utility>

#include <QCoreApplication>

#include "core/domain/DeliverablePath.h"
#include "core/domain/Sha256Hex.h"

namespace clientele::domain {

namespace {

constexpr qsizetype kMaxMimeToken = 127; // RFC 6838 §4.2

Error deliverableError(const char* key, QString message)
{
    return Error(Error::Code::InvalidInput, std::move(message), QString::fromLatin1(key));
}

// RFC 6838 restricted-name: starts with a letter or digit, then letters, digits and !#$&-^_.+
bool isMimeToken(QStringView token)
{
    if (token.isEmpty() || token.size() > kMaxMimeToken) {
        return false;
    }
    static const QString extra = QStringLiteral("!#$&-^_.+");
    for (qsizetype i = 0; i < token.size(); ++i) {
        const char16_t u = token.at(i).unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
        if (!alnum && (i == 0 || !extra.contains(token.at(i)))) {
            return false;
        }
    }
    return true;
}

QString stateLabel(UploadState state)
{
    switch (state) {
    case UploadState::Pending:
        return QCoreApplication::translate("Deliverable", "waiting");
    case UploadState::Uploading:
        return QCoreApplication::translate("Deliverable", "uploading");
    case UploadState::Uploaded:
        return QCoreApplication::translate("Deliverable", "uploaded");
    case UploadState::Failed:
        return QCoreApplication::translate("Deliverable", "failed");
    }
    return {};
}

} // namespace

Result<Deliverable> Deliverable::create(QUuid id, QUuid bookingId, const QString& relativePath, qint64 sizeBytes,
    const QString& sha256Hex, const QString& mimeType)
{
    Result<QString> path = DeliverablePath::normalize(relativePath);
    if (!path) {
        return path.error();
    }
    if (sizeBytes < 0) {
        return deliverableError("deliverable.negative-size",
            QCoreApplication::translate("Deliverable", "The size of a file cannot be negative."));
    }
    if (!Sha256Hex::isValid(sha256Hex)) {
        return deliverableError("deliverable.bad-hash",
            QCoreApplication::translate(
                "Deliverable", "The fingerprint of the file is not a SHA-256 value (64 lowercase hex digits)."));
    }
    const QString mime = mimeType.trimmed().toLower();
    const qsizetype slash = mime.indexOf(u'/');
    if (slash < 0 || !isMimeToken(QStringView(mime).left(slash)) || !isMimeToken(QStringView(mime).mid(slash + 1))) {
        return deliverableError("deliverable.mime",
            QCoreApplication::translate("Deliverable", "The file type is not a MIME type such as image/jpeg."));
    }
    Deliverable result;
    result.m_id = id;
    result.m_bookingId = bookingId;
    result.m_relativePath = std::move(path).value();
    result.m_sizeBytes = sizeBytes;
    result.m_sha256 = sha256Hex;
    result.m_mimeType = mime;
    return result;
}

Result<void> Deliverable::checkTransition(UploadState from, UploadState to)
{
    bool ok = false;
    switch (from) {
    case UploadState::Pending:
        ok = to == UploadState::Uploading || to == UploadState::Failed;
        break;
    case UploadState::Uploading:
        ok = to == UploadState::Uploaded || to == UploadState::Failed || to == UploadState::Pending;
        break;
    case UploadState::Failed:
        ok = to == UploadState::Pending;
        break;
    case UploadState::Uploaded:
        break;
    }
    if (!ok) {
        return deliverableError("deliverable.transition",
            QCoreApplication::translate("Deliverable", "A file that is %1 cannot become %2.")
                .arg(stateLabel(from), stateLabel(to)));
    }
    return {};
}

Result<void> Deliverable::transitionTo(UploadState to, const QString& errorText)
{
    if (Result<void> ok = checkTransition(m_state, to); !ok) {
        return ok;
    }
    m_state = to;
    m_errorText = to == UploadState::Failed ? errorText : QString();
    if (to == UploadState::Uploaded) {
        m_uploadedBytes = m_sizeBytes;
    }
    return {};
}

Result<void> Deliverable::setUploadedBytes(qint64 bytes)
{
    if (m_state != UploadState::Uploading || bytes < 0 || bytes > m_sizeBytes) {
        return deliverableError("deliverable.progress",
            QCoreApplication::translate("Deliverable", "The upload progress does not fit the file."));
    }
    m_uploadedBytes = bytes;
    return {};
}

} // namespace clientele::domain
