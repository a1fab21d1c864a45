#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>
#include <chrono>
#include <memory>

#include "core/FutureWait.h"
#include "core/SecureBytes.h"

namespace clientele::test {

inline std::shared_ptr<const SecureBytes> secretOf(const char* text)
{
    auto secret = std::make_shared<SecureBytes>();
    secret->append(text);
    return secret;
}

// Waits for a store future in a test (the storage thread resolves it).
template<typename T>
T await(QFuture<T> future)
{
    std::optional<T> value = waitFor(std::move(future), std::chrono::minutes(2));
    Q_ASSERT(value.has_value());
    return std::move(*value);
}

inline QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace clientele::test
