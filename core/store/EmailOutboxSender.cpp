#include "core/store/EmailOutboxSender.h"

#include <QCoreApplication>
#include <algorithm>

#include "core/Backoff.h"
#include "core/FutureWatch.h"
#include "core/mail/MailDeliveryText.h"
#include "core/ports/Clock.h"

namespace clientele {

EmailOutboxSender::EmailOutboxSender(Store& store, const Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(options)
    , m_outbox(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EmailOutboxSender::wake);
}

EmailOutboxSender::~EmailOutboxSender() = default;

void EmailOutboxSender::setTransport(std::shared_ptr<MailTransport> transport)
{
    m_transport = std::move(transport);
    if (m_transport && m_started) {
        wake();
    }
}

std::chrono::milliseconds EmailOutboxSender::retryDelay(const Options& options, int attempts)
{
    return backoffDelay(options.firstRetry, options.maxRetry, attempts);
}

void EmailOutboxSender::start()
{
    if (m_started) {
        wake();
        return;
    }
    m_started = true;
    m_running = true;
    onFinished(this, m_outbox.recoverInterrupted(m_clock.nowUtc()), [this](const Result<int>& recovered) {
        if (!recovered) {
            Q_EMIT failed(recovered.error());
        }
        m_running = false;
        wake();
    });
}

void EmailOutboxSender::wake()
{
    if (!m_started) {
        return;
    }
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_timer.stop();
    round();
}

void EmailOutboxSender::round()
{
    m_storeTrouble = false;
    if (!m_transport) {
        finishRound(); // nothing to send through: emails wait, and a transport set later wakes us
        return;
    }
    onFinished(this, m_outbox.due(m_clock.nowUtc(), m_options.batch), [this](const Result<QList<QueuedEmail>>& due) {
        if (!due) {
            Q_EMIT failed(due.error());
            m_storeTrouble = true;
            finishRound();
            return;
        }
        m_again = m_again || due->size() >= m_options.batch;
        next(due.value());
    });
}

void EmailOutboxSender::next(QList<QueuedEmail> due)
{
    if (due.isEmpty() || !m_transport) {
        finishRound();
        return;
    }
    const QueuedEmail email = due.takeFirst();
    const QDateTime now = m_clock.nowUtc();
    if (email.expiresAt.isValid() && now > email.expiresAt) {
        const QString reason = QCoreApplication::translate("EmailOutboxSender",
            "Not sent: it could not go out in time (this computer was offline), and it would have come too late.");
        onFinished(this, m_outbox.expire(email.messageId, reason, now),
            [this, rest = std::move(due)](const Result<QueuedEmail>& expired) mutable {
                if (!expired && expired.error().code() == Error::Code::Conflict) {
                    next(std::move(rest)); // taken back meanwhile
                    return;
                }
                saved(expired, std::move(rest));
            });
        return;
    }
    onFinished(this, m_outbox.beginAttempt(email.messageId, now),
        [this, email, rest = std::move(due)](const Result<QueuedEmail>& begun) mutable {
            if (!begun) {
                // Taken back meanwhile (Conflict), or the store failed: nothing was sent.
                if (begun.error().code() != Error::Code::Conflict) {
                    Q_EMIT failed(begun.error());
                    m_storeTrouble = true;
                    finishRound();
                    return;
                }
                next(std::move(rest));
                return;
            }
            Q_EMIT changed(begun.value());
            attempt(email, std::move(rest));
        });
}

void EmailOutboxSender::attempt(const QueuedEmail& email, QList<QueuedEmail> rest)
{
    std::shared_ptr<MailTransport> transport = m_transport;
    if (!transport) {
        // Email was turned off while the attempt was being recorded: nothing went out; it waits.
        MailDelivery none;
        none.kind = MailDelivery::Kind::Temporary;
        none.stage = MailDelivery::Stage::Local;
        none.reply = QCoreApplication::translate("EmailOutboxSender", "This computer does not send email now.");
        finished(email, none, std::move(rest));
        return;
    }
    onFinished(this, transport->send(email.envelope, email.mime),
        [this, email, transport, rest = std::move(rest)](
            const MailDelivery& delivery) mutable { finished(email, delivery, std::move(rest)); });
}

void EmailOutboxSender::finished(const QueuedEmail& email, const MailDelivery& delivery, QList<QueuedEmail> rest)
{
    const QDateTime now = m_clock.nowUtc();
    QDateTime retryAt;
    QString reason = mail::describeDelivery(delivery);
    if (delivery.kind == MailDelivery::Kind::Temporary) {
        const bool givingUp = email.queuedAt.msecsTo(now) >= m_options.giveUpAfter.count();
        if (givingUp) {
            reason =
                QCoreApplication::translate("EmailOutboxSender", "Given up after trying for days.") + u' ' + reason;
        } else {
            const auto delay = withJitter(retryDelay(m_options, email.attempts + 1), m_options.jitter);
            retryAt = now.addMSecs(delay.count());
        }
    }
    onFinished(this, m_outbox.finishAttempt(email.messageId, delivery, reason, now, retryAt),
        [this, rest = std::move(rest)](
            const Result<QueuedEmail>& recorded) mutable { saved(recorded, std::move(rest)); });
}

void EmailOutboxSender::saved(const Result<QueuedEmail>& recorded, QList<QueuedEmail> rest)
{
    if (!recorded) {
        // The email stays as it was stored (Sending after an attempt: attention at the next start).
        Q_EMIT failed(recorded.error());
        m_storeTrouble = true;
        finishRound();
        return;
    }
    Q_EMIT changed(recorded.value());
    next(std::move(rest));
}

void EmailOutboxSender::finishRound()
{
    m_running = false;
    if (m_storeTrouble) {
        m_storeTrouble = false;
        m_again = false;
        m_timer.start(m_options.firstRetry);
        return;
    }
    if (m_again) {
        m_again = false;
        wake();
        return;
    }
    scheduleNext();
}

void EmailOutboxSender::scheduleNext()
{
    if (!m_transport) {
        Q_EMIT idle();
        return;
    }
    onFinished(this, m_outbox.nextDue(), [this](const Result<std::optional<QDateTime>>& due) {
        if (m_running) {
            return; // woken meanwhile; that round schedules
        }
        if (!due) {
            Q_EMIT failed(due.error());
            m_timer.start(m_options.firstRetry);
            return;
        }
        if (!due->has_value()) {
            Q_EMIT idle();
            return;
        }
        // Never longer than maxRetry, so a clock that jumped does not leave emails waiting.
        const qint64 wait = std::clamp<qint64>(m_clock.nowUtc().msecsTo(**due), 0, m_options.maxRetry.count());
        if (wait == 0) {
            wake();
            return;
        }
        m_timer.start(std::chrono::milliseconds(wait));
        Q_EMIT idle();
    });
}

} // namespace clientele
