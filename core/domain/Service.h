#pragma once

#include <QList>
#include <QString>
#include <QUuid>

#include "core/Result.h"
#include "core/domain/Deposit.h"
#include "core/domain/Money.h"
#include "core/domain/ProcedureCoding.h"
#include "core/domain/ReminderRule.h"
#include "core/domain/Rounding.h"

namespace clientele::domain {

// Something a practice sells by the session: "Wedding coverage, 8 h", "Therapy session, 50 min".
// Setters store what they are given; validate() says what is wrong in words the user can act on,
// so an editor can show every field as typed and still refuse to save an invalid service.
class Service final
{
public:
    static constexpr int kMaxDurationMinutes = 7 * 24 * 60; // a week-long retreat, not longer
    static constexpr int kMaxBufferMinutes = 24 * 60;
    static constexpr int kMaxReminderOffsetMinutes = 90 * 24 * 60;

    Service() = default;
    // The id comes from the store (UUIDv7); the domain never makes one up.
    Service(QUuid id, QString name, int durationMinutes, Money price);

    const QUuid& id() const { return m_id; }
    const QString& name() const { return m_name; }
    int durationMinutes() const { return m_durationMinutes; }
    int bufferBeforeMinutes() const { return m_bufferBeforeMinutes; }
    int bufferAfterMinutes() const { return m_bufferAfterMinutes; }
    // Minutes the calendar is blocked: buffers plus the session itself.
    int blockedMinutes() const { return m_bufferBeforeMinutes + m_durationMinutes + m_bufferAfterMinutes; }
    const Money& price() const { return m_price; }
    const Deposit& deposit() const { return m_deposit; }
    // Null when the booking needs no signed contract / no answered questionnaire.
    const QUuid& requiredContractTemplateId() const { return m_requiredContractTemplateId; }
    const QUuid& requiredQuestionnaireTemplateId() const { return m_requiredQuestionnaireTemplateId; }
    const QList<ReminderRule>& reminderPlan() const { return m_reminderPlan; }
    bool hasVideoMeeting() const { return m_videoMeeting; }
    bool isActive() const { return m_active; }
    // How the service is billed to US insurance on a superbill; empty when it is not.
    const ProcedureCoding& procedureCoding() const { return m_procedureCoding; }

    void setId(const QUuid& id) { m_id = id; }
    void setName(const QString& name) { m_name = name; }
    void setDurationMinutes(int minutes) { m_durationMinutes = minutes; }
    void setBuffers(int beforeMinutes, int afterMinutes)
    {
        m_bufferBeforeMinutes = beforeMinutes;
        m_bufferAfterMinutes = afterMinutes;
    }
    void setPrice(const Money& price) { m_price = price; }
    void setDeposit(const Deposit& deposit) { m_deposit = deposit; }
    void setRequiredContractTemplateId(const QUuid& id) { m_requiredContractTemplateId = id; }
    void setRequiredQuestionnaireTemplateId(const QUuid& id) { m_requiredQuestionnaireTemplateId = id; }
    void setReminderPlan(const QList<ReminderRule>& plan) { m_reminderPlan = plan; }
    void setVideoMeeting(bool enabled) { m_videoMeeting = enabled; }
    void setActive(bool active) { m_active = active; }
    void setProcedureCoding(const ProcedureCoding& coding) { m_procedureCoding = coding; }

    // The first reason the service cannot be saved, or success.
    Result<void> validate() const;

    // The deposit in money: a fixed deposit as set, a percentage of the price rounded in the given
    // mode, zero when there is none. Fails for the same reasons validate() would on the deposit.
    Result<Money> depositAmount(Rounding rounding = Rounding::HalfUp) const;

private:
    Result<void> validateDeposit() const;

    QUuid m_id;
    QString m_name;
    int m_durationMinutes = 0;
    int m_bufferBeforeMinutes = 0;
    int m_bufferAfterMinutes = 0;
    Money m_price;
    Deposit m_deposit;
    QUuid m_requiredContractTemplateId;
    QUuid m_requiredQuestionnaireTemplateId;
    QList<ReminderRule> m_reminderPlan;
    bool m_videoMeeting = false;
    bool m_active = true;
    ProcedureCoding m_procedureCoding;
};

} // namespace clientele::domain
