#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tandem {

// What went wrong, for a person to read. `context` names the file, record or field the message is
// about (the CLI prints "tandem-cli: <context>: <message>"); `message` is already translated.
struct Error {
    QString message;
    QString context;
    // What kind of failure, for a caller that acts on it rather than shows it (empty: any other);
    // the codes are named where they are made (e.g. kNeedsIdentityKey, sync/exchange.h).
    QString code = {};

    // "context: message", or just the message when there is no context.
    QString text() const
    {
        return context.isEmpty() ? message : context + QStringLiteral(": ") + message;
    }
};

// A value or an Error. std::expected is C++23; this is the small subset core needs.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &std::get<0>(m_data); }
    const T* operator->() const { return &std::get<0>(m_data); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(QString message, QString context = {})
{
    return Error{std::move(message), std::move(context)};
}

} // namespace tandem
