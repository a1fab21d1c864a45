#include "ui/settings/DurationInput.h"

#include <array>

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSpinBox>

namespace clientele::ui {

namespace {
constexpr std::array kUnitMinutes {1, 60, 24 * 60};
}

DurationInput::DurationInput(QWidget* parent)
    : QWidget(parent)
    , m_amount(new QSpinBox(this))
    , m_unit(new QComboBox(this))
{
    m_amount->setObjectName(QStringLiteral("durationAmountSpinBox"));
    m_unit->setObjectName(QStringLiteral("durationUnitComboBox"));
    m_amount->setAlignment(Qt::AlignRight);
    m_unit->addItem(QString(), kUnitMinutes[0]);
    m_unit->addItem(QString(), kUnitMinutes[1]);
    m_unit->addItem(QString(), kUnitMinutes[2]);
    updateUnitNames();
    m_amount->setAccessibleName(tr("Amount"));
    m_unit->setAccessibleName(tr("Unit"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_amount);
    layout->addWidget(m_unit);
    layout->addStretch(1);
    setFocusProxy(m_amount);
    updateRange();

    connect(m_amount, &QSpinBox::valueChanged, this, [this] {
        updateUnitNames();
        Q_EMIT minutesChanged(minutes());
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        updateRange();
        Q_EMIT minutesChanged(minutes());
    });
}

DurationInput::~DurationInput() = default;

int DurationInput::minutes() const
{
    return m_amount->value() * m_unit->currentData().toInt();
}

void DurationInput::setMinutes(int minutes)
{
    int unit = 0;
    for (int i = int(kUnitMinutes.size()) - 1; i >= 0; --i) {
        if (minutes != 0 && minutes % kUnitMinutes.at(std::size_t(i)) == 0) {
            unit = i;
            break;
        }
    }
    {
        const QSignalBlocker blockUnit(m_unit);
        const QSignalBlocker blockAmount(m_amount);
        m_unit->setCurrentIndex(unit);
        updateRange();
        m_amount->setValue(minutes / kUnitMinutes.at(std::size_t(unit)));
    }
    updateUnitNames();
    Q_EMIT minutesChanged(this->minutes());
}

void DurationInput::setMaximumMinutes(int minutes)
{
    m_maximumMinutes = minutes;
    updateRange();
}

void DurationInput::updateUnitNames()
{
    // The unit follows the number: "1 day", "7 days".
    const int n = m_amount->value();
    m_unit->setItemText(0, n == 1 ? tr("minute") : tr("minutes", nullptr, n));
    m_unit->setItemText(1, n == 1 ? tr("hour") : tr("hours", nullptr, n));
    m_unit->setItemText(2, n == 1 ? tr("day") : tr("days", nullptr, n));
}

void DurationInput::updateRange()
{
    m_amount->setRange(0, m_maximumMinutes / m_unit->currentData().toInt());
}

} // namespace clientele::ui
