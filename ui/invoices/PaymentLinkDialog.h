#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <optional>

#include "core/store/PaymentRequests.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace clientele {
class CommandSender;
}

namespace clientele::ui {

class PracticeContext;

// Payment Link… on an issued invoice: the link through which the client pays what is still owed, by
// card (Stripe Checkout, through the relay). Shows the invoice's current link to copy or open; makes a
// new one when there is none, or the amount owed changed, or the last one failed (with the reason).
// A new link goes through the outbox: the dialog says while it waits, and shows the link when the
// relay has it. Without a relay it says where to connect one instead.
class PaymentLinkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentLinkDialog)

public:
    struct Invoice
    {
        QUuid id;
        QString number;
        domain::Money owed;
        // What is due first when the invoice is paid in instalments (a deposit); the link may ask
        // for just that. Invalid, or the same as `owed`, when there is no choice.
        domain::Money nextInstalment;
    };

    // `returnUrl`: where the client lands after paying; empty when no relay is connected.
    PaymentLinkDialog(
        PracticeContext& context, Invoice invoice, QUrl returnUrl, CommandSender* sender, QWidget* parent = nullptr);

    // Makes the link (what the Create Link button does).
    void createLink();

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void reload();
    // What the link asks for: the next instalment or everything owed, as chosen.
    domain::Money asked() const;
    void showRequest(const std::optional<PaymentRequest>& latest, const QString& failure);

    PracticeContext& m_context;
    Invoice m_invoice;
    QUrl m_returnUrl;
    QPointer<CommandSender> m_sender;
    QTimer m_poll;
    QLabel* m_explanation = nullptr;
    QLabel* m_state = nullptr;
    QComboBox* m_amountCombo = nullptr;
    QLineEdit* m_link = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_open = nullptr;
    bool m_working = false;
};

} // namespace clientele::ui
