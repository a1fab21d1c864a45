#include "core/adapters/mail/SmtpTransport.h"

#include <QCoreApplication>
#include <QObject>
#include <QPromise>
#include <QTimer>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "core/adapters/mail/SmtpSession.h"

namespace clientele {

struct SmtpTransport::State
{
    SmtpAccount account;
    AccessTokenSource credentials;
    // The thread the transport was made on (the UI's), where the credentials are asked for: an
    // OAuthSession lives there. Gone with the transport; the mutex keeps it from going while an
    // attempt posts to it.
    std::mutex mutex;
    QObject* home = nullptr;
};

namespace {

using Promise = std::shared_ptr<QPromise<MailDelivery>>;

// One send: its promise is finished once, by whichever comes first (the answer, the credential
// timing out, the transport going away).
struct Attempt
{
    Promise promise;
    std::atomic_bool finished = false;
    // Waiting for the credential, or talking to the server: the credential timeout may end only the
    // first, never a conversation under way (its answer decides whether the email went out).
    std::atomic_bool conversing = false;

    // The credential came in time: from now on only the conversation finishes the attempt.
    bool startConversation() { return !finished && !conversing.exchange(true); }
    // The credential did not come: ends the attempt unless a conversation started meanwhile.
    void giveUpWaiting(MailDelivery delivery)
    {
        bool expected = false;
        if (conversing.compare_exchange_strong(expected, true)) {
            finish(std::move(delivery));
        }
    }

    void finish(MailDelivery delivery)
    {
        if (!finished.exchange(true)) {
            promise->addResult(std::move(delivery));
            promise->finish();
        }
    }
};

MailDelivery local(MailDelivery::Kind kind, const QString& reply, const QString& detail)
{
    MailDelivery delivery;
    delivery.kind = kind;
    delivery.stage = MailDelivery::Stage::Local;
    delivery.reply = reply;
    delivery.detail = detail;
    return delivery;
}

MailDelivery noCredential(const Error& error)
{
    // A keychain that is not there yet may be later; a password never saved will not appear.
    return local(error.code() == Error::Code::NotFound ? MailDelivery::Kind::Permanent : MailDelivery::Kind::Temporary,
        error.userMessage(), error.detail());
}

MailDelivery transportGone()
{
    return local(MailDelivery::Kind::Temporary, {}, QStringLiteral("the transport was closed"));
}

// Renew the token only when the server refused the token itself (535, or the error challenge a
// refused bearer token gets); a 4xx at sign-in (too many attempts) is no reason to.
bool tokenRefused(const MailDelivery& result, const SmtpAccount& account)
{
    return account.signIn == SmtpAccount::SignIn::OAuth2 && result.kind == MailDelivery::Kind::Permanent
        && result.stage == MailDelivery::Stage::SignIn && (result.replyCode == 535 || result.replyCode == 334);
}

void attempt(const std::shared_ptr<SmtpTransport::State>& state, const MailEnvelope& envelope, const QByteArray& mime,
    const std::shared_ptr<Attempt>& run, bool renewing, const QByteArray& refusedToken = {});

// Runs `work` on the transport's home thread, or ends the attempt when the transport is gone.
template<typename Work>
void atHome(const std::shared_ptr<SmtpTransport::State>& state, const std::shared_ptr<Attempt>& run, Work work)
{
    bool gone = false;
    {
        const std::lock_guard lock(state->mutex);
        gone = state->home == nullptr;
        if (!gone) {
            QMetaObject::invokeMethod(state->home, std::move(work), Qt::QueuedConnection);
        }
    }
    // Outside the lock: a continuation of the attempt may let go of the transport, which takes it.
    if (gone) {
        run->finish(transportGone());
    }
}

// Conversations under way in this process, so quitting can let them end first (libcurl and OpenSSL
// must not be torn down under them).
std::mutex runningMutex;
std::condition_variable runningChanged;
int running = 0;

void converse(const std::shared_ptr<SmtpTransport::State>& state, const MailEnvelope& envelope, const QByteArray& mime,
    const std::shared_ptr<Attempt>& run, bool renewing, const QByteArray& token)
{
    // libcurl blocks: a thread of its own for the conversation, never joined, so closing the app or
    // changing the account never waits for a server (the account's timeouts end it).
    {
        const std::lock_guard lock(runningMutex);
        ++running;
    }
    std::thread([state, envelope, mime, run, renewing, token] {
        MailDelivery result = sendBySmtp(state->account, token, envelope, mime);
        {
            const std::lock_guard lock(runningMutex);
            --running;
        }
        runningChanged.notify_all();
        if (tokenRefused(result, state->account) && !renewing && state->credentials.tokenAfterUnauthorized) {
            // Nothing was sent (the sign-in failed): waiting for a renewed token starts over.
            run->conversing = false;
            atHome(
                state, run, [state, envelope, mime, run, token] { attempt(state, envelope, mime, run, true, token); });
            return;
        }
        run->finish(std::move(result));
    }).detach();
}

void attempt(const std::shared_ptr<SmtpTransport::State>& state, const MailEnvelope& envelope, const QByteArray& mime,
    const std::shared_ptr<Attempt>& run, bool renewing, const QByteArray& refusedToken)
{
    QFuture<Result<QByteArray>> secret =
        renewing ? state->credentials.tokenAfterUnauthorized(refusedToken) : state->credentials.token();
    {
        const std::lock_guard lock(state->mutex);
        if (state->home) {
            QTimer::singleShot(state->account.credentialTimeout, state->home, [run] {
                run->giveUpWaiting(local(MailDelivery::Kind::Temporary,
                    QCoreApplication::translate(
                        "SmtpTransport", "The keychain did not hand over the mail server’s password in time."),
                    QStringLiteral("credential timeout")));
            });
        }
    }
    secret
        .then(QtFuture::Launch::Sync,
            [state, envelope, mime, run, renewing](const Result<QByteArray>& credential) {
                if (!credential) {
                    run->giveUpWaiting(noCredential(credential.error()));
                    return;
                }
                if (!run->startConversation()) {
                    return; // the credential came too late: the attempt already ended, unsent
                }
                converse(state, envelope, mime, run, renewing, credential.value());
            })
        .onCanceled([run] { run->finish(transportGone()); });
}

} // namespace

SmtpTransport::SmtpTransport(SmtpAccount account, AccessTokenSource credentials)
    : m_state(std::make_shared<State>())
    , m_home(std::make_unique<QObject>())
{
    m_state->account = std::move(account);
    m_state->credentials = std::move(credentials);
    m_state->home = m_home.get();
}

SmtpTransport::~SmtpTransport()
{
    const std::lock_guard lock(m_state->mutex);
    m_state->home = nullptr;
}

bool SmtpTransport::waitForConversations(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(runningMutex);
    return runningChanged.wait_for(lock, timeout, [] { return running == 0; });
}

QFuture<MailDelivery> SmtpTransport::send(const MailEnvelope& envelope, const QByteArray& mime)
{
    auto run = std::make_shared<Attempt>();
    run->promise = std::make_shared<QPromise<MailDelivery>>();
    QFuture<MailDelivery> future = run->promise->future();
    run->promise->start();
    attempt(m_state, envelope, mime, run, false);
    return future;
}

} // namespace clientele
