#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

#include "core/Error.h"
#include "core/store/Reminders.h"

namespace clientele {

class Clock;
class Store;

// Runs the reminder rounds (Reminders) while the practice is open: at start, whenever sessions or
// services change, and when the next reminder falls due. It also looks at least every `maxSleep`, so a
// computer waking from sleep or a clock that jumped is caught up within minutes, and the late policy
// decides what is still worth sending. Works offline: texts wait in the outbox. Lives on the UI thread.
class ReminderScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderScheduler)

public:
    struct Options
    {
        ReminderPolicy policy {};
        std::chrono::milliseconds maxSleep {std::chrono::minutes(5)};
        std::chrono::milliseconds retry {std::chrono::minutes(1)}; // after the practice could not be read
    };

    ReminderScheduler(Store& store, const Clock& clock, Options options, QObject* parent = nullptr);
    ~ReminderScheduler() override;

    void start();
    // Sessions or services changed: look now.
    void wake();

    const ReminderPolicy& policy() const { return m_options.policy; }

Q_SIGNALS:
    // A round queued texts or skipped reminders (the outbox and the messages changed).
    void reminded(const clientele::Reminders::Round& round);
    void failed(const clientele::Error& error);

private:
    void round();

    const Clock& m_clock;
    Reminders m_reminders;
    Options m_options;
    QTimer m_timer;
    bool m_running = false;
    bool m_again = false;
};

} // namespace clientele
