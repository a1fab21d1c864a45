#include "core/adapters/mail/SmtpTransport.h"

#include <QPromise>
#include <mutex>

#include "core/WorkerThread.h"
#include "core/adapters/mail/SmtpSession.h"

namespace clientele {

struct SmtpTransport::State
{
    SmtpAccount account;
    AccessTokenSource credentials;
    // The transport's worker, gone once the transport is: a renewed token arriving after that
    // finds no worker and ends the attempt.
    std::mutex mutex;
    WorkerThread* worker = nullptr;
};

namespace {

using Promise = std::shared_ptr<QPromise<MailDelivery>>;

void finish(const Promise& promise, MailDelivery delivery)
{
    promise->addResult(std::move(delivery));
    promise->finish();
}

MailDelivery noCredential(const Error& error)
{
    MailDelivery delivery;
    // A keychain that is not there yet may be later; a password never saved will not appear.
    delivery.kind =
        error.code() == Error::Code::NotFound ? MailDelivery::Kind::Permanent : MailDelivery::Kind::Temporary;
    delivery.stage = MailDelivery::Stage::Local;
    delivery.reply = error.userMessage();
    delivery.detail = error.detail();
    return delivery;
}

void attempt(const std::shared_ptr<SmtpTransport::State>& state, const MailEnvelope& envelope, const QByteArray& mime,
    const Promise& promise, bool renewing, const QByteArray& refusedToken = {})
{
    QFuture<Result<QByteArray>> secret =
        renewing ? state->credentials.tokenAfterUnauthorized(refusedToken) : state->credentials.token();
    secret
        .then(QtFuture::Launch::Sync,
            [state, envelope, mime, promise, renewing](const Result<QByteArray>& credential) {
                if (!credential) {
                    finish(promise, noCredential(credential.error()));
                    return;
                }
                const QByteArray token = credential.value();
                QFuture<MailDelivery> sent;
                {
                    const std::lock_guard lock(state->mutex);
                    if (!state->worker) {
                        finish(
                            promise, noCredential(Error(Error::Code::Unavailable, QStringLiteral("transport gone"))));
                        return;
                    }
                    sent = state->worker->run(
                        [state, envelope, mime, token] { return sendBySmtp(state->account, token, envelope, mime); });
                }
                // Continued outside the lock: a conversation that ended already continues right here.
                sent.then(QtFuture::Launch::Sync,
                        [state, envelope, mime, promise, renewing, token](MailDelivery result) {
                            const bool tokenRefused = result.kind == MailDelivery::Kind::Permanent
                                && result.stage == MailDelivery::Stage::SignIn
                                && state->account.signIn == SmtpAccount::SignIn::OAuth2;
                            if (tokenRefused && !renewing && state->credentials.tokenAfterUnauthorized) {
                                attempt(state, envelope, mime, promise, true, token);
                                return;
                            }
                            finish(promise, std::move(result));
                        })
                    .onCanceled([promise] {
                        finish(promise, noCredential(Error(Error::Code::Unavailable, QStringLiteral("stopped"))));
                    });
            })
        .onCanceled([promise] {
            finish(promise, noCredential(Error(Error::Code::Unavailable, QStringLiteral("no credential"))));
        });
}

} // namespace

SmtpTransport::SmtpTransport(SmtpAccount account, AccessTokenSource credentials)
    : m_state(std::make_shared<State>())
    , m_worker(std::make_unique<WorkerThread>(QStringLiteral("smtp")))
{
    m_state->account = std::move(account);
    m_state->credentials = std::move(credentials);
    m_state->worker = m_worker.get();
}

SmtpTransport::~SmtpTransport()
{
    {
        const std::lock_guard lock(m_state->mutex);
        m_state->worker = nullptr;
    }
    // Waits for a conversation under way (bounded by the account's timeouts), or abandons a stuck one.
    m_worker.reset();
}

QFuture<MailDelivery> SmtpTransport::send(const MailEnvelope& envelope, const QByteArray& mime)
{
    auto promise = std::make_shared<QPromise<MailDelivery>>();
    QFuture<MailDelivery> future = promise->future();
    promise->start();
    attempt(m_state, envelope, mime, promise, false);
    return future;
}

} // namespace clientele
