#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace clientele::ui {

// A length of time typed as a number and a unit ("7 days", "24 hours", "90 minutes"), held in
// minutes. A value is shown in the largest unit that divides it exactly.
class DurationInput final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DurationInput)

public:
    explicit DurationInput(QWidget* parent = nullptr);
    ~DurationInput() override;

    int minutes() const;
    void setMinutes(int minutes);
    // The largest value in minutes; the number's range follows the unit.
    void setMaximumMinutes(int minutes);

    QSpinBox* amountSpinBox() const { return m_amount; }
    QComboBox* unitComboBox() const { return m_unit; }

Q_SIGNALS:
    void minutesChanged(int minutes);

private:
    void updateRange();
    void updateUnitNames();

    QSpinBox* m_amount = nullptr;
    QComboBox* m_unit = nullptr;
    int m_maximumMinutes = 365 * 24 * 60;
};

} // namespace clientele::ui
