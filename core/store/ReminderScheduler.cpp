#include "core/store/ReminderScheduler.h"

#include <algorithm>

#include "core/FutureWatch.h"
#include "core/Logging.h"
#include "core/ports/Clock.h"

namespace clientele {

ReminderScheduler::ReminderScheduler(Store& store, const Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_reminders(store)
    , m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::wake);
}

ReminderScheduler::~ReminderScheduler() = default;

void ReminderScheduler::start()
{
    wake();
}

void ReminderScheduler::wake()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_timer.stop();
    round();
}

void ReminderScheduler::round()
{
    const QDateTime now = m_clock.nowUtc();
    onFinished(this, m_reminders.run(now, m_options.policy), [this, now](const Result<Reminders::Round>& done) {
        m_running = false;
        if (!done) {
            qCWarning(lcStorage).noquote() << "Reminders could not be looked at:" << done.error().detail();
            Q_EMIT failed(done.error());
            m_timer.start(m_options.retry);
            return;
        }
        if (done->queued > 0 || done->skipped > 0 || done->withdrawn > 0) {
            qCInfo(lcStorage).noquote() << "Reminders:" << done->queued << "queued," << done->skipped << "skipped,"
                                        << done->withdrawn << "withdrawn";
            Q_EMIT reminded(done.value());
        }
        if (m_again) {
            m_again = false;
            wake();
            return;
        }
        // The timer runs on the monotonic clock, which stops while the computer sleeps: never wait
        // longer than maxSleep, so waking up (or a changed wall clock) is noticed soon.
        std::chrono::milliseconds wait = m_options.maxSleep;
        if (done->nextDue) {
            wait = std::clamp(std::chrono::milliseconds(now.msecsTo(*done->nextDue)), std::chrono::milliseconds(0),
                m_options.maxSleep);
        }
        m_timer.start(wait);
    });
}

} // namespace clientele
