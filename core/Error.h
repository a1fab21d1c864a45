#pragma once

#include <QString>

namespace clientele {

// An expected failure: what went wrong in words a user can act on, plus detail for the log.
class Error final
{
public:
    enum class Code
    {
        None,
        InvalidInput, // bad input from a user, file or peer; nothing was changed
        NotFound,
        Conflict,
        WrongKey, // the database key or passphrase does not open the store
        CorruptData, // a file is damaged or not what it claims to be
        Io, // the operating system refused a file operation
        Network, // could not reach a peer; usually worth retrying
        Timeout,
        PermissionDenied,
        Unavailable, // a service or backend is not there (keychain, provider)
        Incompatible, // data made by a newer version of Clientele
        Locked, // the practice is locked; unlock it first
        Internal, // a bug or an unexpected library failure
    };

    Error() = default;
    Error(Code code, QString userMessage, QString detail = {}, bool retryable = false);

    Code code() const { return m_code; }
    // Translated, safe to show; never contains secrets or client data.
    const QString& userMessage() const { return m_userMessage; }
    // Technical detail for logs (library messages, error numbers); never secrets or client data.
    const QString& detail() const { return m_detail; }
    bool isRetryable() const { return m_retryable; }

    // "userMessage (detail)" for logs and command-line output.
    QString toString() const;

    static QString codeName(Code code);

private:
    Code m_code = Code::None;
    QString m_userMessage;
    QString m_detail;
    bool m_retryable = false;
};

} // namespace clientele
