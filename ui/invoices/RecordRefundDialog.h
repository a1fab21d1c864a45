#pragma once

#include <QDate>
#include <QDialog>

#include "core/domain/Invoice.h"
#include "core/store/RefundRequests.h"

class QComboBox;
class QRadioButton;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace clientele::ui {

// Gives back money from one payment: which payment, how much (at most what is left of it) and why
// (required: it is printed on the credit note). A card payment that came through Stripe goes back to
// the client's card through Stripe (the default), or is recorded as a refund made another way.
class RecordRefundDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordRefundDialog)

public:
    RecordRefundDialog(const domain::Invoice& invoice, const QDate& today, QWidget* parent = nullptr);
    ~RecordRefundDialog() override;

    // The refund as entered (a fresh id; noon of the chosen day, in UTC). Only meaningful while isValid().
    domain::Refund refund() const;
    bool isValid() const;
    // Back to the client's card through Stripe (the app queues it) rather than recorded as made.
    bool throughStripe() const;
    RefundRequest::StripeReason stripeReason() const;
    QString errorText() const;

private:
    void paymentChanged();
    void validate();
    QUuid selectedPaymentId() const;

    domain::Invoice m_invoice;
    QComboBox* m_paymentCombo = nullptr;
    QLineEdit* m_amountEdit = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QRadioButton* m_stripeRadio = nullptr;
    QRadioButton* m_recordRadio = nullptr;
    QComboBox* m_stripeReasonCombo = nullptr;
    QLabel* m_howLabel = nullptr;
    QLabel* m_stripeReasonLabel = nullptr;
    bool m_byCard = false; // the chosen payment came through Stripe
    QWidget* m_howRow = nullptr;
    QLineEdit* m_reasonEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_okButton = nullptr;
    QUuid m_refundId;
    bool m_valid = false;
};

} // namespace clientele::ui
