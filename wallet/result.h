// Result<T>: a value or a typed error with a human message. The vocabulary type every layer
// uses where the caller must decide what to do (errors are values; no exceptions cross Qt).
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace fb {

struct Error
{
    QString code;    // stable, machine-readable ("bad_checksum", "wrong_password", ...)
    QString message; // for people: what went wrong and, where possible, what to do next
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_v(std::in_place_index<1>, std::move(error))
    {}

    static Result failure(QString code, QString message)
    {
        return Result(Error{std::move(code), std::move(message)});
    }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// Result<void> equivalent.
struct Ok
{
};
using Status = Result<Ok>;
inline Status success()
{
    return Status(Ok{});
}

} // namespace fb
