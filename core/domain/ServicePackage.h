#pragma once

#include <optional>

#include <QList>
#include <QUuid>

#include "core/Result.h"
#include "core/domain/Money.h"

namespace clientele::domain {

// N sessions of one service sold together ("10 coaching sessions for 900"), optionally to be used
// within a number of days of purchase.
class ServicePackage final
{
public:
    static constexpr int kMaxSessions = 1000;
    static constexpr int kMaxValidityDays = 10 * 366;

    ServicePackage() = default;
    ServicePackage(QUuid id, QUuid serviceId, int sessions, Money price, std::optional<int> validityDays = {});

    const QUuid& id() const { return m_id; }
    const QUuid& serviceId() const { return m_serviceId; }
    int sessions() const { return m_sessions; }
    const Money& price() const { return m_price; }
    // No value: the sessions never expire.
    std::optional<int> validityDays() const { return m_validityDays; }

    void setSessions(int sessions) { m_sessions = sessions; }
    void setPrice(const Money& price) { m_price = price; }
    void setValidityDays(std::optional<int> days) { m_validityDays = days; }

    Result<void> validate() const;

    // The price spread over the sessions without losing a minor unit (revenue per session for
    // reports): 100.00 over 3 sessions is 33.34 + 33.33 + 33.33.
    Result<QList<Money>> pricePerSession() const;

private:
    QUuid m_id;
    QUuid m_serviceId;
    int m_sessions = 0;
    Money m_price;
    std::optional<int> m_validityDays;
};

} // namespace clientele::domain
