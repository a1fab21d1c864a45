#pragma once

#include <QObject>

class QSocketNotifier;

namespace clientele {

// Turns SIGTERM, SIGINT and SIGHUP (logout, `kill`, Ctrl+C in a terminal) into a Qt signal, so the
// app closes the way it does from the Quit menu: settings saved, log flushed, exit code 0. The
// handler only writes a byte to a socket pair, the one async-signal-safe way to reach the event loop.
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalWatcher)

public:
    explicit UnixSignalWatcher(QObject* parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace clientele
