#include "ui/clients/StartSubscriptionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/text/MoneyText.h"
#include "ui/invoices/InvoiceDraft.h"

namespace clientele::ui {

namespace {

constexpr int kMaxQuantity = 1000;

QString everyText(Subscription::Interval interval)
{
    switch (interval) {
    case Subscription::Interval::Week:
        return StartSubscriptionDialog::tr("each week");
    case Subscription::Interval::Year:
        return StartSubscriptionDialog::tr("each year");
    case Subscription::Interval::Month:
        break;
    }
    return StartSubscriptionDialog::tr("each month");
}

} // namespace

StartSubscriptionDialog::StartSubscriptionDialog(const QString& clientName, domain::Currency currency,
    const QList<domain::Service>& services, const QLocale& practiceLocale, QWidget* parent)
    : QDialog(parent)
    , m_currency(std::move(currency))
    , m_services(services)
{
    setLocale(practiceLocale);
    setObjectName(QStringLiteral("startSubscriptionDialog"));
    setWindowTitle(tr("Start Subscription"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("%1 gets a link to pay the first period. After that, Stripe charges their card "
                                "each period until the subscription ends.")
                                 .arg(clientName),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("subscriptionServiceCombo"));
    m_service->addItem(tr("Something else"));
    for (const domain::Service& service : std::as_const(m_services)) {
        m_service->addItem(service.name());
    }
    form->addRow(tr("&Service:"), m_service);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("subscriptionNameEdit"));
    m_name->setMaxLength(250);
    m_name->setPlaceholderText(tr("What the client sees on Stripe's page, such as Coaching session"));
    form->addRow(tr("&Name:"), m_name);
    m_price = new QLineEdit(this);
    m_price->setObjectName(QStringLiteral("subscriptionPriceEdit"));
    m_price->setAlignment(Qt::AlignRight);
    m_price->setAccessibleName(tr("Price of one"));
    auto* priceRow = new QHBoxLayout;
    priceRow->addWidget(m_price, 1);
    priceRow->addWidget(new QLabel(currencySymbol(m_currency.code(), locale()), this));
    form->addRow(tr("&Price of one:"), priceRow);
    qobject_cast<QLabel*>(form->labelForField(priceRow))->setBuddy(m_price);
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("subscriptionQuantitySpin"));
    m_quantity->setRange(1, kMaxQuantity);
    m_quantity->setValue(1);
    form->addRow(tr("&How many:"), m_quantity);
    m_interval = new QComboBox(this);
    m_interval->setObjectName(QStringLiteral("subscriptionIntervalCombo"));
    m_interval->addItem(tr("Each month"), static_cast<int>(Subscription::Interval::Month));
    m_interval->addItem(tr("Each week"), static_cast<int>(Subscription::Interval::Week));
    m_interval->addItem(tr("Each year"), static_cast<int>(Subscription::Interval::Year));
    form->addRow(tr("&Billed:"), m_interval);
    layout->addLayout(form);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("subscriptionSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Link"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_service, &QComboBox::currentIndexChanged, this, &StartSubscriptionDialog::serviceChosen);
    connect(m_name, &QLineEdit::textChanged, this, &StartSubscriptionDialog::update);
    connect(m_price, &QLineEdit::textChanged, this, &StartSubscriptionDialog::update);
    connect(m_quantity, &QSpinBox::valueChanged, this, &StartSubscriptionDialog::update);
    connect(m_interval, &QComboBox::currentIndexChanged, this, &StartSubscriptionDialog::update);
    if (!m_services.isEmpty()) {
        m_service->setCurrentIndex(1);
    }
    update();
}

void StartSubscriptionDialog::serviceChosen(int index)
{
    if (index < 1 || index > m_services.size()) {
        return;
    }
    const domain::Service& service = m_services.at(index - 1);
    m_name->setText(service.name());
    if (service.price().currency() == m_currency) {
        m_price->setText(InvoiceDraft::amountText(service.price(), locale()));
    }
}

std::optional<StartSubscriptionDialog::Plan> StartSubscriptionDialog::plan() const
{
    const Result<domain::Money> price = domain::Money::parse(m_price->text(), m_currency, locale());
    if (m_name->text().trimmed().isEmpty() || !price || !price->isPositive()) {
        return std::nullopt;
    }
    return Plan {m_name->text().trimmed(), price.value(), m_quantity->value(),
        static_cast<Subscription::Interval>(m_interval->currentData().toInt())};
}

QString StartSubscriptionDialog::planText(
    const domain::Money& unitAmount, int quantity, Subscription::Interval interval, const QLocale& locale)
{
    const domain::Money total(unitAmount.minorUnits() * quantity, unitAmount.currency());
    if (quantity == 1) {
        return tr("%1 %2").arg(moneyText(total, locale), everyText(interval));
    }
    return tr("%1 × %2 %3 (%4)")
        .arg(QString::number(quantity), moneyText(unitAmount, locale), everyText(interval), moneyText(total, locale));
}

void StartSubscriptionDialog::update()
{
    const std::optional<Plan> entered = plan();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(entered.has_value());
    if (!entered) {
        m_summary->setText(m_name->text().trimmed().isEmpty() ? tr("Name what the client subscribes to.")
                                                              : tr("Enter the price of one, more than nothing."));
        return;
    }
    m_summary->setText(
        tr("The client pays %1.").arg(planText(entered->unitAmount, entered->quantity, entered->interval, locale())));
}

} // namespace clientele::ui
