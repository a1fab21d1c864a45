#include "core/store/RecoveryCode.h"

#include <array>
#include <sodium.h>

namespace clientele {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr int kRandomBytes = 16;
constexpr int kGroup = 5;
constexpr int kCharacters = 25; // 125 bits, five groups of five: easy to copy, read aloud and type
} // namespace

SecureBytes RecoveryCode::generate()
{
    if (sodium_init() < 0) {
        return {};
    }
    std::array<unsigned char, kRandomBytes> random {};
    randombytes_buf(random.data(), random.size());
    SecureBytes code;
    int bits = 0;
    unsigned int buffer = 0;
    int written = 0;
    auto emit = [&](unsigned int index) {
        if (written == kCharacters) {
            return;
        }
        if (written > 0 && written % kGroup == 0) {
            code.append("-");
        }
        code.append(std::string_view(&kAlphabet[index], 1));
        ++written;
    };
    for (unsigned char byte : random) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            emit((buffer >> (bits - 5)) & 0x1F);
            bits -= 5;
        }
    }
    sodium_memzero(random.data(), random.size());
    buffer = 0;
    return code;
}

SecureBytes RecoveryCode::normalise(const SecureBytes& typed)
{
    SecureBytes canonical;
    for (std::size_t i = 0; i < typed.size(); ++i) {
        char c = static_cast<char>(typed.data()[i]);
        if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            continue;
        }
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
        if (c == 'O') {
            c = '0';
        } else if (c == 'I' || c == 'L') {
            c = '1';
        }
        canonical.append(std::string_view(&c, 1));
    }
    return canonical;
}

} // namespace clientele
