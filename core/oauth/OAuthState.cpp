#include "core/oauth/OAuthState.h"

#include <QRandomGenerator>

namespace clientele {

QByteArray OAuthState::generate()
{
    QByteArray octets(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(octets.begin(), octets.end());
    return octets.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool OAuthState::matches(const QByteArray& expected, const QByteArray& received)
{
    // An empty expected state would accept any empty redirect: never a match.
    if (expected.isEmpty() || expected.size() != received.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        difference |= static_cast<unsigned char>(expected.at(i) ^ received.at(i));
    }
    return difference == 0;
}

} // namespace clientele
