#include "ui/invoices/RecordRefundDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "core/text/MoneyText.h"
#include "core/text/PaymentMethodText.h"
#include "ui/invoices/InvoiceDraft.h"
#include "ui/invoices/InvoiceStatusText.h"
#include "ui/widgets/PanelParts.h"

namespace clientele::ui {

using domain::Money;
using domain::Payment;
using domain::Refund;

RecordRefundDialog::RecordRefundDialog(const domain::Invoice& invoice, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_invoice(invoice)
    , m_refundId(QUuid::createUuid())
{
    setObjectName(QStringLiteral("recordRefundDialog"));
    setWindowTitle(invoice.number().isEmpty() ? tr("Refund") : tr("Refund from %1").arg(invoice.number()));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto* form = new QFormLayout;
    form->setSpacing(8);

    m_paymentCombo = new QComboBox(this);
    m_paymentCombo->setObjectName(QStringLiteral("refundPaymentCombo"));
    m_paymentCombo->setAccessibleName(tr("Payment to refund"));
    m_paymentCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const Payment& payment : invoice.payments()) {
        const Money refundable = invoice.refundableAmount(payment.id);
        if (!refundable.isPositive()) {
            continue;
        }
        QString text = tr("%1 · %2 · %3")
                           .arg(locale().toString(payment.at.toLocalTime().date(), QLocale::ShortFormat),
                               paymentMethodText(payment.method), moneyText(payment.amount, locale()));
        if (refundable != payment.amount) {
            text += u' ' + tr("(%1 left to refund)").arg(moneyText(refundable, locale()));
        }
        m_paymentCombo->addItem(text, payment.id);
    }
    form->addRow(tr("&Payment:"), m_paymentCombo);

    m_amountEdit = new QLineEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("refundAmountEdit"));
    m_amountEdit->setAccessibleName(tr("Refund amount"));
    m_amountEdit->setAlignment(Qt::AlignRight);
    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amountEdit, 1);
    amountRow->addWidget(new QLabel(currencySymbol(invoice.currency().code(), locale()), this));
    form->addRow(tr("&Amount:"), amountRow);
    qobject_cast<QLabel*>(form->labelForField(amountRow))->setBuddy(m_amountEdit);

    // How the money goes back: a card payment made through Stripe can go back to the card from here.
    m_howRow = new QWidget(this);
    auto* how = new QVBoxLayout(m_howRow);
    how->setContentsMargins(0, 0, 0, 0);
    m_stripeRadio = new QRadioButton(tr("Back to the client's card, through &Stripe"), m_howRow);
    m_stripeRadio->setObjectName(QStringLiteral("refundThroughStripeRadio"));
    m_recordRadio = new QRadioButton(tr("I gave it back another &way; just record it"), m_howRow);
    m_recordRadio->setObjectName(QStringLiteral("refundRecordOnlyRadio"));
    m_stripeRadio->setChecked(true);
    how->addWidget(m_stripeRadio);
    how->addWidget(m_recordRadio);
    form->addRow(tr("How:"), m_howRow);
    m_howLabel = qobject_cast<QLabel*>(form->labelForField(m_howRow));

    m_stripeReasonCombo = new QComboBox(this);
    m_stripeReasonCombo->setObjectName(QStringLiteral("refundStripeReasonCombo"));
    m_stripeReasonCombo->setAccessibleName(tr("Reason given to Stripe"));
    m_stripeReasonCombo->setToolTip(tr("Stripe only takes one of these; your own words stay in Clientele."));
    m_stripeReasonCombo->addItem(tr("Requested by the client"), int(RefundRequest::StripeReason::RequestedByCustomer));
    m_stripeReasonCombo->addItem(tr("Duplicate payment"), int(RefundRequest::StripeReason::Duplicate));
    m_stripeReasonCombo->addItem(tr("Fraudulent payment"), int(RefundRequest::StripeReason::Fraudulent));
    form->addRow(tr("Reason for S&tripe:"), m_stripeReasonCombo);
    m_stripeReasonLabel = qobject_cast<QLabel*>(form->labelForField(m_stripeReasonCombo));

    m_dateEdit = new QDateEdit(today.isValid() ? today : QDate::currentDate(), this);
    m_dateEdit->setObjectName(QStringLiteral("refundDateEdit"));
    m_dateEdit->setAccessibleName(tr("Refund date"));
    m_dateEdit->setCalendarPopup(true);
    form->addRow(tr("&Date:"), m_dateEdit);

    m_reasonEdit = new QLineEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("refundReasonEdit"));
    m_reasonEdit->setAccessibleName(tr("Reason"));
    m_reasonEdit->setAccessibleDescription(tr("Required. Printed on the credit note; it stays in Clientele."));
    m_reasonEdit->setPlaceholderText(tr("e.g. Session cancelled by the practice"));
    form->addRow(tr("&Reason:"), m_reasonEdit);
    layout->addLayout(form);

    m_errorLabel = makeDialogErrorLabel(QStringLiteral("refundErrorLabel"), this);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    m_okButton = addDialogButtons(this, layout, tr("Refund"), QStringLiteral("refundOkButton"),
        QStringLiteral("refundCancelButton"), [this] { return m_valid; });

    connect(m_paymentCombo, &QComboBox::currentIndexChanged, this, &RecordRefundDialog::paymentChanged);
    connect(m_amountEdit, &QLineEdit::textChanged, this, &RecordRefundDialog::validate);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &RecordRefundDialog::validate);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &RecordRefundDialog::validate);
    connect(m_stripeRadio, &QRadioButton::toggled, this, &RecordRefundDialog::paymentChanged);
    setTabOrder(m_paymentCombo, m_amountEdit);
    setTabOrder(m_amountEdit, m_stripeRadio);
    setTabOrder(m_stripeRadio, m_recordRadio);
    setTabOrder(m_recordRadio, m_stripeReasonCombo);
    setTabOrder(m_stripeReasonCombo, m_dateEdit);
    setTabOrder(m_dateEdit, m_reasonEdit);
    setMinimumWidth(fontMetrics().averageCharWidth() * 52);
    paymentChanged();
    m_reasonEdit->setFocus();
}

RecordRefundDialog::~RecordRefundDialog() = default;

QUuid RecordRefundDialog::selectedPaymentId() const
{
    return m_paymentCombo->currentData().toUuid();
}

void RecordRefundDialog::paymentChanged()
{
    const QUuid paymentId = selectedPaymentId();
    if (!paymentId.isNull() && sender() != m_stripeRadio) {
        m_amountEdit->setText(InvoiceDraft::amountText(m_invoice.refundableAmount(paymentId), locale()));
    }
    // The choice only exists for a payment Stripe took; a refund through Stripe is dated when made.
    m_byCard = false;
    for (const Payment& payment : m_invoice.payments()) {
        if (payment.id == paymentId) {
            m_byCard = payment.externalReference.startsWith(u"pi_");
        }
    }
    m_howRow->setVisible(m_byCard);
    m_howLabel->setVisible(m_byCard);
    const bool stripe = throughStripe();
    m_stripeReasonCombo->setVisible(stripe);
    m_stripeReasonLabel->setVisible(stripe);
    m_dateEdit->setEnabled(!stripe);
    m_okButton->setText(stripe ? tr("Refund to Card") : tr("Refund"));
    validate();
}

bool RecordRefundDialog::throughStripe() const
{
    return m_byCard && m_stripeRadio->isChecked();
}

RefundRequest::StripeReason RecordRefundDialog::stripeReason() const
{
    return static_cast<RefundRequest::StripeReason>(m_stripeReasonCombo->currentData().toInt());
}

Refund RecordRefundDialog::refund() const
{
    Refund result;
    result.id = m_refundId;
    result.paymentId = selectedPaymentId();
    result.amount =
        Money::parse(m_amountEdit->text(), m_invoice.currency(), locale()).valueOr(Money::zero(m_invoice.currency()));
    result.reason = m_reasonEdit->text().trimmed();
    result.at = QDateTime(m_dateEdit->date(), QTime(12, 0)).toUTC();
    return result;
}

bool RecordRefundDialog::isValid() const
{
    return m_valid;
}

QString RecordRefundDialog::errorText() const
{
    return m_errorLabel->text();
}

void RecordRefundDialog::validate()
{
    QString error;
    const QUuid paymentId = selectedPaymentId();
    const Result<Money> amount = Money::parse(m_amountEdit->text(), m_invoice.currency(), locale());
    if (paymentId.isNull()) {
        error = tr("There is no payment left to refund on this invoice.");
    } else if (!amount) {
        error = m_amountEdit->text().trimmed().isEmpty()
            ? tr("Enter the amount to give back.")
            : tr("“%1” is not an amount; type it like %2.")
                  .arg(m_amountEdit->text().trimmed(),
                      InvoiceDraft::amountText(Money(123'450, m_invoice.currency()), locale()));
    } else if (amount->minorUnits() > m_invoice.refundableAmount(paymentId).minorUnits()) {
        error = tr("Only %1 of this payment is left to refund; enter at most that.")
                    .arg(moneyText(m_invoice.refundableAmount(paymentId), locale()));
    } else if (!amount->isPositive()) {
        error = tr("Enter an amount above zero.");
    } else if (m_reasonEdit->text().trimmed().isEmpty()) {
        error = tr("Give a reason for the refund; it is printed on the credit note.");
    } else {
        domain::Invoice trial = m_invoice;
        if (Result<void> recorded = trial.recordRefund(refund()); !recorded) {
            error = recorded.error().userMessage();
        }
    }
    m_valid = error.isEmpty();
    m_errorLabel->setText(error.isEmpty() ? QString() : QStringLiteral("⚠ ") + error);
    m_errorLabel->setAccessibleName(error);
    m_errorLabel->setVisible(!error.isEmpty());
    m_okButton->setEnabled(m_valid);
}

} // namespace clientele::ui
