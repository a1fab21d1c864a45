#include "core/sync/UuidV7.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

namespace clientele::sync {

QUuid UuidV7::fromParts(qint64 unixMs, const std::array<unsigned char, 10>& random)
{
    std::array<char, 16> bytes {};
    for (int i = 0; i < 6; ++i) {
        bytes[static_cast<std::size_t>(i)] = static_cast<char>((unixMs >> (8 * (5 - i))) & 0xFF);
    }
    for (std::size_t i = 0; i < random.size(); ++i) {
        bytes[6 + i] = static_cast<char>(random[i]);
    }
    bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x70); // version 7
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), 16));
}

QUuid UuidV7::create()
{
    // RFC 9562 §6.2 method 3: within one millisecond, increase the random part by one, so ids from
    // this process stay sorted in creation order.
    static QMutex mutex;
    static qint64 lastMs = 0;
    static std::array<unsigned char, 10> last {};
    const QMutexLocker lock(&mutex);
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now <= lastMs) {
        now = lastMs;
        for (int i = 9; i >= 0; --i) {
            auto& byte = last[static_cast<std::size_t>(i)];
            if (++byte != 0) {
                break;
            }
        }
    } else {
        for (auto& byte : last) {
            byte = static_cast<unsigned char>(QRandomGenerator::system()->bounded(256));
        }
        last[2] &= 0x3F; // leave room to count up within the millisecond
    }
    lastMs = now;
    return fromParts(now, last);
}

qint64 UuidV7::unixMs(const QUuid& id)
{
    const QByteArray bytes = id.toRfc4122();
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i) {
        ms = (ms << 8) | static_cast<unsigned char>(bytes.at(i));
    }
    return ms;
}

} // namespace clientele::sync
