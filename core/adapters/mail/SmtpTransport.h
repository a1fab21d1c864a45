#pragma once

#include <QObject>
#include <chrono>
#include <memory>

#include "core/mail/SmtpAccount.h"
#include "core/oauth/AccessTokenSource.h"
#include "core/ports/MailTransport.h"

namespace clientele {

// MailTransport over SMTP with libcurl (DESIGN.md §3: SMTP uses libcurl on a worker thread), one
// connection and one thread per message. `credentials` gives the password (SignIn::Password; its
// tokenAfterUnauthorized may be empty) or the OAuth access token, always asked for on the thread the
// transport was made on (where an OAuthSession lives); a token the server refuses (535) is renewed
// once and the message tried again on a new connection. A credential that does not come within a
// minute ends the attempt as temporary, before any server is contacted. Destroying the transport
// never waits for a conversation under way: it ends by itself within the account's timeouts.
class SmtpTransport final : public MailTransport
{
public:
    SmtpTransport(SmtpAccount account, AccessTokenSource credentials);
    ~SmtpTransport() override;

    QFuture<MailDelivery> send(const MailEnvelope& envelope, const QByteArray& mime) override;

    // For quitting: waits up to `timeout` for the conversations of every transport to end (their
    // emails' outcome is recorded when the app starts again if not). False when some still run.
    static bool waitForConversations(std::chrono::milliseconds timeout);

    struct State;

private:
    std::shared_ptr<State> m_state;
    // Lives on the thread the transport was made on; the credentials are asked for there.
    std::unique_ptr<QObject> m_home;
};

} // namespace clientele
