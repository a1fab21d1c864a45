#pragma once

#include <memory>

#include "core/mail/SmtpAccount.h"
#include "core/oauth/AccessTokenSource.h"
#include "core/ports/MailTransport.h"

namespace clientele {

class WorkerThread;

// MailTransport over SMTP with libcurl (DESIGN.md §3: SMTP uses libcurl on a worker thread), one
// connection per message. `credentials` gives the password (SignIn::Password; its
// tokenAfterUnauthorized may be empty) or the OAuth access token; a token the server refuses is
// renewed once through tokenAfterUnauthorized and the message tried again on a new connection.
class SmtpTransport final : public MailTransport
{
public:
    SmtpTransport(SmtpAccount account, AccessTokenSource credentials);
    ~SmtpTransport() override;

    QFuture<MailDelivery> send(const MailEnvelope& envelope, const QByteArray& mime) override;

    struct State;

private:
    std::shared_ptr<State> m_state;
    // libcurl blocks; one conversation at a time also keeps within a mail server's per-client limits.
    std::unique_ptr<WorkerThread> m_worker;
};

} // namespace clientele
