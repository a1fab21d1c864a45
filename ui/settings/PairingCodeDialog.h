#pragma once

#include <QDateTime>
#include <QDialog>
#include <QTimer>

class QLabel;
class QPushButton;

namespace clientele::ui {

// Settings → Relay → Add a Computer…: the code to type on the new computer, how long it works, and
// what to do there. Once it runs out it says so and offers a new one.
class PairingCodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairingCodeDialog)

public:
    PairingCodeDialog(const QString& code, const QDateTime& expiresAtUtc, QWidget* parent = nullptr);
    ~PairingCodeDialog() override;

Q_SIGNALS:
    void newCodeRequested();

private:
    void updateTimeLeft();

    QDateTime m_expiresAtUtc;
    QLabel* m_code = nullptr;
    QLabel* m_timeLeft = nullptr;
    QPushButton* m_newCode = nullptr;
    QTimer m_tick;
};

} // namespace clientele::ui
