#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace clientele {

// Makes sure one user runs one Clientele at a time: the first instance listens on a private local
// socket; a later one connects, asks it to come to the front and exits.
class SingleInstanceGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstanceGuard)

public:
    explicit SingleInstanceGuard(QObject* parent = nullptr);
    ~SingleInstanceGuard() override;

    // True if another instance answered and was asked to activate: this one should exit.
    bool activateRunningInstance();
    // Starts listening for later instances. Returns false (and logs why) if that fails; the app
    // still runs, just without the guard.
    bool listen();

    QString socketPath() const { return m_socketPath; }

Q_SIGNALS:
    // Another instance was started; bring the window to the front.
    void activationRequested();

private:
    void onNewConnection();

    QString m_socketPath;
    QLocalServer* m_server = nullptr;
};

} // namespace clientele
