#pragma once

#include <utility>
#include <variant>

#include "core/Error.h"

namespace clientele {

// Result<T> holds either a value or an Error, with the shape of C++23 std::expected<T, Error>
// so that moving to it later is mechanical. Expected failures travel as Results; exceptions never
// cross a library boundary (STYLE.md §4).
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit like std::expected
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool hasValue() const noexcept { return m_data.index() == 0; }
    explicit operator bool() const noexcept { return hasValue(); }

    const T& value() const&
    {
        Q_ASSERT(hasValue());
        return std::get<0>(m_data);
    }
    T& value() &
    {
        Q_ASSERT(hasValue());
        return std::get<0>(m_data);
    }
    T&& value() &&
    {
        Q_ASSERT(hasValue());
        return std::get<0>(std::move(m_data));
    }
    const Error& error() const
    {
        Q_ASSERT(!hasValue());
        return std::get<1>(m_data);
    }

    const T* operator->() const { return &value(); }
    const T& operator*() const& { return value(); }

    template<typename U>
    T valueOr(U&& fallback) const&
    {
        return hasValue() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success or an Error.
template<>
class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool hasValue() const noexcept { return !m_failed; }
    explicit operator bool() const noexcept { return hasValue(); }
    const Error& error() const
    {
        Q_ASSERT(m_failed);
        return m_error;
    }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace clientele
