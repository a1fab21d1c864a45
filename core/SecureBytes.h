#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace clientele {

// A byte buffer for key material that is wiped when it is destroyed or cleared. It is movable but
// not copyable, so a key exists in as few places as possible. Never convert it into a QString,
// QSettings value or log line.
class SecureBytes final
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const unsigned char* data, std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    unsigned char* data() { return m_bytes.data(); }
    const unsigned char* data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }

    void append(std::string_view text);
    void clear();

    // Lower-case hex of the bytes, itself in a SecureBytes.
    SecureBytes toHex() const;

private:
    std::vector<unsigned char> m_bytes;
};

} // namespace clientele
