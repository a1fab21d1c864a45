#include "core/store/ServiceRows.h"

#include <QCborArray>
#include <QCborMap>

#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"

namespace clientele::ServiceRows {

namespace {

using StoredValues::uuid;

QCborArray depositGroup(const domain::Deposit& deposit)
{
    switch (deposit.kind()) {
    case domain::Deposit::Kind::Fixed:
        return {QStringLiteral("fixed"), deposit.amount().minorUnits()};
    case domain::Deposit::Kind::Percentage:
        return {QStringLiteral("percentage"), deposit.ratePpm()};
    case domain::Deposit::Kind::None:
        break;
    }
    return {QCborValue(QCborValue::Null), QCborValue(QCborValue::Null)};
}

QCborArray reminderPlan(const domain::Service& service)
{
    QCborArray plan;
    for (const domain::ReminderRule& rule : service.reminderPlan()) {
        plan.append(QCborArray {rule.offsetMinutes,
            rule.channel == domain::ReminderRule::Channel::Sms ? QStringLiteral("sms") : QStringLiteral("email")});
    }
    return plan;
}

} // namespace

Result<void> insert(WriteScope& scope, const domain::Service& service)
{
    if (Result<void> valid = service.validate(); !valid) {
        return valid;
    }
    QCborMap fields {{QStringLiteral("name"), service.name()},
        {QStringLiteral("duration_min"), service.durationMinutes()},
        {QStringLiteral("buffer_before_min"), service.bufferBeforeMinutes()},
        {QStringLiteral("buffer_after_min"), service.bufferAfterMinutes()},
        {QStringLiteral("price"), QCborArray {service.price().minorUnits(), service.price().currency().code()}},
        {QStringLiteral("deposit"), depositGroup(service.deposit())},
        {QStringLiteral("contract_template_id"), uuid(service.requiredContractTemplateId())},
        {QStringLiteral("questionnaire_template_id"), uuid(service.requiredQuestionnaireTemplateId())},
        {QStringLiteral("reminder_plan"), QCborValue(reminderPlan(service)).toCbor()},
        {QStringLiteral("video"), service.hasVideoMeeting()}, {QStringLiteral("active"), service.isActive()}};
    return scope.changes().insert(QStringLiteral("service"), service.id(), fields);
}

} // namespace clientele::ServiceRows
