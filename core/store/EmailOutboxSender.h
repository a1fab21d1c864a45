#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>

#include "core/Error.h"
#include "core/ports/MailTransport.h"
#include "core/store/EmailOutbox.h"

namespace clientele {

class Clock;
class Store;

// Sends the email outbox through the practitioner's mail server, one email at a time, oldest first.
//
// Never a second copy: each attempt is committed (Sending) before the server hears of it. A temporary
// failure (4xx, no connection, a connection broken before the end of the message, which the server
// throws away) queues the email again after a pause that doubles from `firstRetry` up to `maxRetry`,
// with ±`jitter`; after `giveUpAfter` it fails with the last reason, as mail servers give up after
// days. A refusal (5xx, a refused sign-in) fails it with the server's reason. An attempt whose answer
// was lost after the whole message went out, or one the app stopped in the middle of (found at
// start()), needs attention instead: it may have arrived, and only the user sends it again. A reminder
// that can no longer go out in time is not sent late.
//
// Without a transport (no email account set up) emails wait. Lives on the UI thread; the store and the
// network never block it.
class EmailOutboxSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailOutboxSender)

public:
    struct Options
    {
        std::chrono::milliseconds firstRetry {std::chrono::minutes(1)};
        std::chrono::milliseconds maxRetry {std::chrono::hours(1)};
        double jitter = 0.2;
        std::chrono::milliseconds giveUpAfter {std::chrono::hours(24 * 5)};
        int batch = 10;
    };

    EmailOutboxSender(Store& store, const Clock& clock, Options options, QObject* parent = nullptr);
    ~EmailOutboxSender() override;

    // The mail server (or .eml folder) to send through; nullptr: none set up, emails wait. An attempt
    // under way finishes on the transport it started with.
    void setTransport(std::shared_ptr<MailTransport> transport);
    bool hasTransport() const { return m_transport != nullptr; }

    // Marks emails an earlier run left in the middle of an attempt (see above), then sends what is due.
    void start();
    // An email was queued or sent again, or the network came back: look now.
    void wake();
    // Something is due later (the timer runs).
    bool isWaiting() const { return m_timer.isActive(); }

    // The pause before attempt `attempts + 1` after temporary failures, without jitter.
    static std::chrono::milliseconds retryDelay(const Options& options, int attempts);

Q_SIGNALS:
    // An email's state changed.
    void changed(const clientele::QueuedEmail& email);
    // The store could not be read or written; tried again later.
    void failed(const clientele::Error& error);
    // A round finished with nothing due now.
    void idle();

private:
    void round();
    void next(QList<QueuedEmail> due);
    void attempt(const QueuedEmail& email, QList<QueuedEmail> rest);
    void finished(const QueuedEmail& email, const MailDelivery& delivery, QList<QueuedEmail> rest);
    void saved(const Result<QueuedEmail>& recorded, QList<QueuedEmail> rest);
    void finishRound();
    void scheduleNext();

    const Clock& m_clock;
    Options m_options;
    EmailOutbox m_outbox;
    std::shared_ptr<MailTransport> m_transport;
    QTimer m_timer;
    bool m_started = false;
    bool m_running = false;
    bool m_again = false;
    bool m_storeTrouble = false;
};

} // namespace clientele
