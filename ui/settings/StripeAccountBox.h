#pragma once

#include <QGroupBox>
#include <QTimer>
#include <QUrl>

#include "core/store/StripeAccount.h"

class QLabel;
class QPushButton;

namespace clientele::ui {

class PracticeContext;

// Settings → Relay → Card payments: the practitioner's own Stripe account. Connect Stripe… makes the
// account through the relay and opens Stripe's setup in the browser; the status follows what Stripe
// reports (setting up, takes card payments) as the inbox brings it. Needs a connected relay.
class StripeAccountBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StripeAccountBox)

public:
    explicit StripeAccountBox(PracticeContext& context, QWidget* parent = nullptr);
    ~StripeAccountBox() override;

    // The relay the practice is connected to (empty: none, and nothing here works).
    void setRelay(const QUrl& relay);
    void reload();

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void show(const StripeAccountState& state);
    void act();
    QUrl returnUrl() const;

    PracticeContext& m_context;
    QUrl m_relay;
    StripeAccountState m_state;
    QLabel* m_status = nullptr;
    QPushButton* m_action = nullptr;
    QTimer m_poll;
    bool m_openWhenReady = false; // the user asked for the setup page: open it once the link is there
    bool m_working = false;
};

} // namespace clientele::ui
