#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <QStringList>

namespace clientele {

// Who the message goes from and to at the SMTP level (MAIL FROM and RCPT TO), in ASCII form.
struct MailEnvelope
{
    QString from;
    QStringList to;
};

// How an attempt to hand a message over ended. The outbox acts on `kind`; Settings → Email's test
// message says what failed from `stage` and the server's reply.
struct MailDelivery
{
    enum class Kind
    {
        Accepted, // the server took responsibility for the message (250 after the data)
        Temporary, // not sent; worth trying again later (4xx, no connection, a stall before the end)
        Permanent, // not sent and trying again will not help (5xx, a refused sign-in)
        Uncertain, // the whole message went out but no answer came: it may have arrived
    };
    enum class Stage
    {
        None,
        Resolve, // the server's name
        Connect,
        Tls, // TLS handshake or certificate, or STARTTLS not offered
        SignIn, // AUTH
        Sender, // MAIL FROM
        Recipient, // RCPT TO
        Data, // DATA and the message itself
        Answer, // waiting for the server's word on the whole message
        Local, // a credential or the message itself could not be had on this computer
    };

    Kind kind = Kind::Temporary;
    Stage stage = Stage::None;
    int replyCode = 0; // the server's last reply code, 0 when none came
    QString reply; // the server's last reply line(s), e.g. "553 5.7.1 Sender address rejected"
    QString detail; // the library's words, for the log (never credentials or message content)

    bool isAccepted() const { return kind == Kind::Accepted; }
};

// Hands finished MIME messages (mail::writeMime) to a mail server, or wherever the adapter puts
// them. Each call is one attempt; the outbox decides on retries. Adapters never block the caller's
// thread, and the future resolves on no particular thread.
class MailTransport
{
public:
    virtual ~MailTransport() = default;
    MailTransport() = default;
    MailTransport(const MailTransport&) = delete;
    MailTransport& operator=(const MailTransport&) = delete;

    virtual QFuture<MailDelivery> send(const MailEnvelope& envelope, const QByteArray& mime) = 0;
};

} // namespace clientele
