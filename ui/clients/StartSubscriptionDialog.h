#pragma once

#include <QDialog>
#include <QList>
#include <optional>

#include "core/domain/Money.h"
#include "core/domain/Service.h"
#include "core/store/Subscriptions.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace clientele::ui {

// What a client subscribes to: a plan (one of the practice's services, or named here), its price per
// one, how many each period and how often. Shows what the client pays each period; Create Link is
// enabled only for a plan Stripe can take.
class StartSubscriptionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartSubscriptionDialog)

public:
    struct Plan
    {
        QString name;
        domain::Money unitAmount;
        int quantity = 1;
        Subscription::Interval interval = Subscription::Interval::Month;
    };

    // Amounts are read and written in `practiceLocale`.
    StartSubscriptionDialog(const QString& clientName, domain::Currency currency,
        const QList<domain::Service>& services, const QLocale& practiceLocale, QWidget* parent = nullptr);

    // The plan as entered; none while it is incomplete (no name, no price).
    std::optional<Plan> plan() const;

    // "4 × €75.00 each month (€300.00)".
    static QString planText(
        const domain::Money& unitAmount, int quantity, Subscription::Interval interval, const QLocale& locale);

private:
    void serviceChosen(int index);
    void update();

    domain::Currency m_currency;
    QList<domain::Service> m_services;
    QComboBox* m_service = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_price = nullptr;
    QSpinBox* m_quantity = nullptr;
    QComboBox* m_interval = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace clientele::ui
