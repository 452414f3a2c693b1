// Error values that a user, a file or the network can cause: a code, the offending field and a translatable message.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <expected>
#include <utility>

namespace nexus {

enum class ErrorCode {
    InvalidInput,     // a field failed validation; field() names it
    NotFound,         // the thing asked for does not exist
    Conflict,         // it exists already / clashes with something stored
    PermissionDenied, // the user's role does not allow it
    Unauthenticated,  // wrong user, password or PIN
    Storage,          // the database refused or failed
    SchemaTooNew,     // the database was written by a newer program
    SchemaTampered,   // an applied migration was edited after it ran
    Network,          // the server could not be reached
    Protocol,         // the server answered something we do not understand
    Io,               // a file could not be read or written
    Internal,         // a bug: an invariant did not hold
};

// The message is kept untranslated (context + source text + arguments) so the UI translates it
// in whatever language is active when it is shown; lupdate sees the QT_TRANSLATE_NOOP at the call site.
class Error final
{
public:
    Error() = default;
    Error(ErrorCode code, const char *sourceText, QStringList args = {}, QString field = {})
        : m_code(code), m_sourceText(sourceText), m_args(std::move(args)), m_field(std::move(field))
    {
    }

    [[nodiscard]] ErrorCode code() const { return m_code; }
    [[nodiscard]] const QString &field() const { return m_field; }
    [[nodiscard]] const char *sourceText() const { return m_sourceText; }
    [[nodiscard]] const QStringList &args() const { return m_args; }

    // The message in the current UI language, with %1…%n filled in.
    [[nodiscard]] QString message() const
    {
        QString text = QCoreApplication::translate(kContext, m_sourceText);
        for (const QString &arg : m_args)
            text = text.arg(arg);
        return text;
    }

    // The message in English (source language), for logs.
    [[nodiscard]] QString logMessage() const
    {
        QString text = QString::fromUtf8(m_sourceText);
        for (const QString &arg : m_args)
            text = text.arg(arg);
        return m_field.isEmpty() ? text : m_field + QStringLiteral(": ") + text;
    }

    static constexpr const char *kContext = "nexus::Error";

private:
    ErrorCode m_code = ErrorCode::Internal;
    const char *m_sourceText = "";
    QStringList m_args;
    QString m_field;
};

template <typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

// Shorthand for `return fail(...)` from a function returning Result<T> or Status.
inline std::unexpected<Error> fail(ErrorCode code, const char *sourceText, QStringList args = {}, QString field = {})
{
    return std::unexpected<Error>(Error(code, sourceText, std::move(args), std::move(field)));
}

} // namespace nexus

// Marks a string for lupdate in the shared error context without translating it here.
#define NX_ERR(text) QT_TRANSLATE_NOOP("nexus::Error", text)
