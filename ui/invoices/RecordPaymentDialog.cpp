#include "ui/invoices/RecordPaymentDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

#include "core/text/MoneyText.h"
#include "core/text/PaymentMethodText.h"
#include "ui/invoices/InvoiceDraft.h"
#include "ui/invoices/InvoiceStatusText.h"
#include "ui/widgets/PanelParts.h"

namespace clientele::ui {

using domain::Money;
using domain::Payment;

RecordPaymentDialog::RecordPaymentDialog(const domain::Invoice& invoice, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_invoice(invoice)
    , m_paymentId(QUuid::createUuid())
{
    setObjectName(QStringLiteral("recordPaymentDialog"));
    setWindowTitle(
        invoice.number().isEmpty() ? tr("Record Payment") : tr("Record Payment for %1").arg(invoice.number()));
    const QDate day = today.isValid() ? today : QDate::currentDate();

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    Money balance = invoice.balanceDue().valueOr(Money::zero(invoice.currency()));
    auto* intro = new QLabel(tr("Balance due: %1").arg(moneyText(balance, locale())), this);
    intro->setObjectName(QStringLiteral("paymentBalanceLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setSpacing(8);
    m_amountEdit = new QLineEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("paymentAmountEdit"));
    m_amountEdit->setAccessibleName(tr("Amount"));
    m_amountEdit->setAlignment(Qt::AlignRight);
    m_amountEdit->setText(InvoiceDraft::amountText(suggestedAmount(invoice, day), locale()));
    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amountEdit, 1);
    amountRow->addWidget(new QLabel(currencySymbol(invoice.currency().code(), locale()), this));
    form->addRow(tr("&Amount:"), amountRow);
    qobject_cast<QLabel*>(form->labelForField(amountRow))->setBuddy(m_amountEdit);

    m_dateEdit = new QDateEdit(day, this);
    m_dateEdit->setObjectName(QStringLiteral("paymentDateEdit"));
    m_dateEdit->setAccessibleName(tr("Date received"));
    m_dateEdit->setCalendarPopup(true);
    form->addRow(tr("&Received on:"), m_dateEdit);

    m_methodCombo = new QComboBox(this);
    m_methodCombo->setObjectName(QStringLiteral("paymentMethodCombo"));
    m_methodCombo->setAccessibleName(tr("Payment method"));
    for (const Payment::Method method : {Payment::Method::BankTransfer, Payment::Method::Card, Payment::Method::Cash,
             Payment::Method::Check, Payment::Method::Other}) {
        m_methodCombo->addItem(paymentMethodText(method), int(method));
    }
    form->addRow(tr("&Method:"), m_methodCombo);

    m_referenceEdit = new QLineEdit(this);
    m_referenceEdit->setObjectName(QStringLiteral("paymentReferenceEdit"));
    m_referenceEdit->setAccessibleName(tr("Reference"));
    m_referenceEdit->setPlaceholderText(tr("Optional: transfer reference or cheque number"));
    form->addRow(tr("&Reference:"), m_referenceEdit);
    layout->addLayout(form);

    m_errorLabel = makeDialogErrorLabel(QStringLiteral("paymentErrorLabel"), this);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    m_okButton = addDialogButtons(this, layout, tr("Record Payment"), QStringLiteral("paymentOkButton"),
        QStringLiteral("paymentCancelButton"), [this] { return m_valid; });

    connect(m_amountEdit, &QLineEdit::textChanged, this, &RecordPaymentDialog::validate);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &RecordPaymentDialog::validate);
    connect(m_referenceEdit, &QLineEdit::textChanged, this, &RecordPaymentDialog::validate);
    setTabOrder(m_amountEdit, m_dateEdit);
    setTabOrder(m_dateEdit, m_methodCombo);
    setTabOrder(m_methodCombo, m_referenceEdit);
    m_amountEdit->setFocus();
    m_amountEdit->selectAll();
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    validate();
}

RecordPaymentDialog::~RecordPaymentDialog() = default;

Money RecordPaymentDialog::suggestedAmount(const domain::Invoice& invoice, const QDate& /*today*/)
{
    Money balance = invoice.balanceDue().valueOr(Money::zero(invoice.currency()));
    if (!balance.isPositive() || !invoice.paymentSchedule() || invoice.paymentSchedule()->isEmpty()) {
        return balance;
    }
    // Payments cover the instalments in order: suggest what is left of the first instalment that
    // the payments so far don't cover, whether it is overdue or still to come.
    // Gross: a goodwill refund does not make an instalment due again.
    const qint64 paid = invoice.amountPaid().minorUnits();
    qint64 cumulative = 0;
    for (const auto& installment : invoice.paymentSchedule()->installments()) {
        cumulative += installment.amount.minorUnits();
        if (cumulative > paid) {
            break;
        }
    }
    const qint64 suggestion = qBound<qint64>(0, cumulative - paid, balance.minorUnits());
    return suggestion > 0 ? Money(suggestion, invoice.currency()) : balance;
}

Payment RecordPaymentDialog::payment() const
{
    Payment result;
    result.id = m_paymentId;
    result.amount =
        Money::parse(m_amountEdit->text(), m_invoice.currency(), locale()).valueOr(Money::zero(m_invoice.currency()));
    result.at = QDateTime(m_dateEdit->date(), QTime(12, 0)).toUTC();
    result.method = static_cast<Payment::Method>(m_methodCombo->currentData().toInt());
    result.externalReference = m_referenceEdit->text().trimmed();
    return result;
}

bool RecordPaymentDialog::isValid() const
{
    return m_valid;
}

QString RecordPaymentDialog::errorText() const
{
    return m_errorLabel->text();
}

void RecordPaymentDialog::validate()
{
    QString error;
    const Money balance = m_invoice.balanceDue().valueOr(Money::zero(m_invoice.currency()));
    const Result<Money> amount = Money::parse(m_amountEdit->text(), m_invoice.currency(), locale());
    if (!amount) {
        error = m_amountEdit->text().trimmed().isEmpty()
            ? tr("Enter the amount received.")
            : tr("“%1” is not an amount; type it like %2.")
                  .arg(m_amountEdit->text().trimmed(),
                      InvoiceDraft::amountText(Money(123'450, m_invoice.currency()), locale()));
    } else if (amount->minorUnits() > balance.minorUnits()) {
        error = tr("That is more than the balance due of %1. Enter at most %1; record any extra as a separate "
                   "credit or give it back.")
                    .arg(moneyText(balance, locale()));
    } else if (!amount->isPositive()) {
        error = tr("Enter an amount above zero.");
    } else {
        domain::Invoice trial = m_invoice;
        if (Result<void> recorded = trial.recordPayment(payment()); !recorded) {
            error = recorded.error().userMessage();
        }
    }
    m_valid = error.isEmpty();
    m_errorLabel->setText(error.isEmpty() ? QString() : QStringLiteral("⚠ ") + error);
    m_errorLabel->setAccessibleName(error);
    m_errorLabel->setVisible(!error.isEmpty());
    m_okButton->setEnabled(m_valid);
    m_amountEdit->setAccessibleDescription(error);
}

} // namespace clientele::ui
