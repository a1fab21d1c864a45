#pragma once

#include <QDate>
#include <QDialog>

#include "core/domain/Invoice.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace clientele::ui {

// Records money received against an issued invoice: amount (the next instalment due, or the
// balance), date, method and reference. OK stays disabled, with the reason shown, while the amount
// is not a valid payment; the domain's own check decides, so the dialog and Invoice never disagree.
class RecordPaymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordPaymentDialog)

public:
    RecordPaymentDialog(const domain::Invoice& invoice, const QDate& today, QWidget* parent = nullptr);
    ~RecordPaymentDialog() override;

    // What to suggest: the unpaid part of the first instalment not yet covered by what was paid
    // (payments cover instalments in order), or the whole balance without a schedule; never more
    // than the balance. `today` is kept for callers; the suggestion doesn't depend on it.
    static domain::Money suggestedAmount(const domain::Invoice& invoice, const QDate& today);

    // The payment as entered (a fresh id; the time is noon of the chosen day, in UTC). Only
    // meaningful while isValid().
    domain::Payment payment() const;
    bool isValid() const;
    QString errorText() const;

private:
    void validate();

    domain::Invoice m_invoice;
    QLineEdit* m_amountEdit = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QComboBox* m_methodCombo = nullptr;
    QLineEdit* m_referenceEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_okButton = nullptr;
    QUuid m_paymentId;
    bool m_valid = false;
};

} // namespace clientele::ui
