#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace clientele {

class Clock;
class Store;

// Locks the practice after a period without user activity (DESIGN.md §1, scenario 2: "the app locks
// itself after idle time"). Locking closes the database, so the key is wiped from memory; the UI then
// asks to unlock. Time comes from the Clock, so tests move it instead of waiting.
class AutoLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoLock)

public:
    AutoLock(Store& store, const Clock& clock, std::chrono::minutes idleLimit, QObject* parent = nullptr);

    // Called by the UI on every key press, click or scroll.
    void noteActivity();
    // Zero turns the lock off.
    void setIdleLimit(std::chrono::minutes limit);
    std::chrono::minutes idleLimit() const { return m_limit; }

    // Locks now if the limit has passed; returns whether it locked. The timer calls it; tests too.
    bool lockIfIdle();

Q_SIGNALS:
    void locked();

private:
    Store& m_store;
    const Clock& m_clock;
    std::chrono::minutes m_limit;
    qint64 m_lastActivityMs = 0;
    QTimer m_timer;
};

} // namespace clientele
