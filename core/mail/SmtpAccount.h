#pragma once

#include <QString>
#include <chrono>

namespace clientele {

// The practitioner's own mailbox as an SMTP submission server: Gmail (smtp.gmail.com:587), Outlook
// (smtp.office365.com:587) or any provider's. Certificates are always verified; there is no
// unencrypted mode.
struct SmtpAccount
{
    enum class Security
    {
        StartTls, // port 587: plain connection, then STARTTLS, which the server must offer
        ImplicitTls, // port 465: TLS from the first byte
    };
    enum class SignIn
    {
        Password, // AUTH PLAIN or LOGIN (an app password for Gmail and Outlook)
        OAuth2, // XOAUTH2 or OAUTHBEARER with the access token of an account connected in the app
    };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    SignIn signIn = SignIn::Password;
    QString username; // usually the mailbox's address
    // Certificates to trust instead of the system's (tests and self-hosted servers); empty: the system's.
    QString caFile;
    std::chrono::milliseconds connectTimeout {15'000};
    // How long the server may stay silent: after a command, or while the message is being taken in.
    std::chrono::milliseconds replyTimeout {60'000};
    // How long the keychain or the OAuth session may take to hand over the secret (a keychain asking
    // the user to unlock it gets this long); after that the attempt ends before any server is contacted.
    std::chrono::milliseconds credentialTimeout {60'000};
};

} // namespace clientele
