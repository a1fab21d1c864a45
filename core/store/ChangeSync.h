#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>

#include "core/Error.h"
#include "core/store/ChangeBatches.h"

namespace clientele {

class ChangeRelay;
class Store;

// Keeps the practice the same on each of its computers (SYNC.md §3.6), while it is connected to a
// relay. Two loops, each resumable at any point:
// - push: seals this device's new changes into a batch and sends it until the relay acknowledges it
//   (the same batch, byte for byte, after a crash or a lost answer); woken by local edits, and it
//   looks every `pushCheck` too;
// - pull: a long-poll for the other devices' batches, each page applied with the cursor in one
//   transaction.
// Offline or relay down: each asks again after a pause that doubles from `firstRetry` up to
// `maxRetry`, with ±`jitter`. A relay that no longer accepts this device stops both (`refused`).
// Lives on the UI thread; the store and the network never block it. The relay must outlive it.
class ChangeSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeSync)

public:
    struct Options
    {
        std::chrono::seconds wait {25};
        std::chrono::milliseconds firstRetry {std::chrono::seconds(5)};
        std::chrono::milliseconds maxRetry {std::chrono::minutes(5)};
        double jitter = 0.2;
        std::chrono::milliseconds idlePause {std::chrono::seconds(1)};
        std::chrono::milliseconds pushCheck {std::chrono::seconds(30)};
    };

    ChangeSync(Store& store, ChangeRelay& relay, Options options, QObject* parent = nullptr);
    ~ChangeSync() override;

    void start();
    // Something changed here, the network came back, or the user asked: push and pull now.
    void wake();
    // Something was written here: push soon, but not before a failure's pause has run out (every
    // edit would otherwise knock at a relay that is down).
    void changedLocally();

    qint64 cursor() const { return m_cursor; }
    bool isPushing() const { return m_pushing; }

Q_SIGNALS:
    // Other devices' changes were applied; `applied.tables` says which views to refresh.
    void applied(const clientele::ChangeBatches::Applied& applied);
    // The relay took a batch of this device's changes.
    void pushed(int changes);
    // Every change of this device is at the relay (after a push, or when there was nothing to send).
    void upToDate();
    // A pull came back and what it brought was taken in: this device has what the relay has.
    void received();
    // The relay could not be reached, refused a batch for this computer's clock, or the store could
    // not be written; tried again later.
    // `receiving`: the pull failed (or is held at a batch it cannot read); else the push.
    void failed(const clientele::Error& error, bool receiving);
    // The relay shut this device out: no more syncing until the connection is made again.
    void refused(const clientele::Error& error);

private:
    void push();
    void pushed(const ChangeBatches::Outgoing& batch, const Result<qint64>& seq);
    void pushLater(const Error& error);
    void pollLater(const Error& error);
    void poll();
    void pulled(const Result<RelayBatchPage>& page, qint64 startedMs);
    void stop(const Error& error);
    std::chrono::milliseconds pauseAfter(int failures) const;

    ChangeRelay& m_relay;
    ChangeBatches m_batches;
    Options m_options;
    QTimer m_pushTimer;
    QTimer m_pollTimer;
    qint64 m_cursor = -1; // -1: not read from the store yet
    int m_pushFailures = 0;
    int m_pollFailures = 0;
    bool m_pushing = false;
    bool m_pushAgain = false; // woken while a push was under way
    bool m_polling = false;
    bool m_stopped = true;
};

} // namespace clientele
