#include "core/SecureBytes.h"

#include <cstring>
#include <string.h> // explicit_bzero: glibc's wipe that the optimiser may not remove
#include <utility>

namespace clientele {

namespace {
void wipe(std::vector<unsigned char>& bytes)
{
    if (!bytes.empty()) {
        explicit_bzero(bytes.data(), bytes.size());
    }
}
} // namespace

SecureBytes::SecureBytes(std::size_t size)
    : m_bytes(size, 0)
{
}

SecureBytes::SecureBytes(const unsigned char* data, std::size_t size)
    : m_bytes(data, data + size)
{
}

SecureBytes::~SecureBytes()
{
    wipe(m_bytes);
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

void SecureBytes::append(std::string_view text)
{
    // Grow into a fresh buffer and wipe the old one, so no reallocation leaves a copy behind.
    std::vector<unsigned char> grown;
    grown.reserve(m_bytes.size() + text.size() + 1);
    grown.insert(grown.end(), m_bytes.begin(), m_bytes.end());
    grown.insert(grown.end(), text.begin(), text.end());
    wipe(m_bytes);
    m_bytes = std::move(grown);
}

void SecureBytes::clear()
{
    wipe(m_bytes);
    m_bytes.clear();
}

SecureBytes SecureBytes::toHex() const
{
    static constexpr char kDigits[] = "0123456789abcdef";
    SecureBytes hex(m_bytes.size() * 2);
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        hex.m_bytes[2 * i] = static_cast<unsigned char>(kDigits[m_bytes[i] >> 4]);
        hex.m_bytes[2 * i + 1] = static_cast<unsigned char>(kDigits[m_bytes[i] & 0x0f]);
    }
    return hex;
}

} // namespace clientele
