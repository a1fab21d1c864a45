#include "core/Error.h"

#include <utility>

namespace clientele {

Error::Error(Code code, QString userMessage, QString detail, bool retryable)
    : m_code(code)
    , m_userMessage(std::move(userMessage))
    , m_detail(std::move(detail))
    , m_retryable(retryable)
{
}

QString Error::toString() const
{
    if (m_detail.isEmpty()) {
        return m_userMessage;
    }
    return m_userMessage + u" (" + m_detail + u')';
}

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::None:
        return QStringLiteral("none");
    case Code::InvalidInput:
        return QStringLiteral("invalid-input");
    case Code::NotFound:
        return QStringLiteral("not-found");
    case Code::Conflict:
        return QStringLiteral("conflict");
    case Code::WrongKey:
        return QStringLiteral("wrong-key");
    case Code::CorruptData:
        return QStringLiteral("corrupt-data");
    case Code::Io:
        return QStringLiteral("io");
    case Code::Network:
        return QStringLiteral("network");
    case Code::Timeout:
        return QStringLiteral("timeout");
    case Code::PermissionDenied:
        return QStringLiteral("permission-denied");
    case Code::Incompatible:
        return QStringLiteral("incompatible");
    case Code::Locked:
        return QStringLiteral("locked");
    case Code::Unavailable:
        return QStringLiteral("unavailable");
    case Code::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

} // namespace clientele
