#include "core/store/ServiceRows.h"

#include "core/SortKey.h"

#include <QCborArray>
#include <QCborMap>
#include <algorithm>

#include "core/store/SqlCipherDatabase.h"
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

// Code, modifiers, place of service and units as one register; all null for a service that is not
// billed to insurance. Written normalised (the service was validated before it gets here).
QCborArray procedureGroup(const domain::ProcedureCoding& coding)
{
    const domain::ProcedureCoding stored = domain::ProcedureCoding::normalized(coding).valueOr(coding);
    if (stored.isEmpty()) {
        return {QCborValue(QCborValue::Null), QCborValue(QCborValue::Null), QCborValue(QCborValue::Null),
            QCborValue(QCborValue::Null)};
    }
    return {stored.code, StoredValues::text(stored.modifiers.join(u',')), stored.placeOfService, stored.units};
}

domain::ProcedureCoding readProcedure(const SqlStatement& r, int first)
{
    domain::ProcedureCoding coding;
    if (r.isNull(first)) {
        return coding;
    }
    coding.code = r.text(first);
    coding.modifiers = r.text(first + 1).split(u',', Qt::SkipEmptyParts);
    coding.placeOfService = r.text(first + 2);
    coding.units = r.isNull(first + 3) ? 1 : static_cast<int>(r.int64(first + 3));
    return coding;
}

QCborMap serviceFields(const domain::Service& service)
{
    return QCborMap {{QStringLiteral("name"), service.name()},
        {QStringLiteral("duration_min"), service.durationMinutes()},
        {QStringLiteral("buffer_before_min"), service.bufferBeforeMinutes()},
        {QStringLiteral("buffer_after_min"), service.bufferAfterMinutes()},
        {QStringLiteral("price"), QCborArray {service.price().minorUnits(), service.price().currency().code()}},
        {QStringLiteral("deposit"), depositGroup(service.deposit())},
        {QStringLiteral("contract_template_id"), uuid(service.requiredContractTemplateId())},
        {QStringLiteral("questionnaire_template_id"), uuid(service.requiredQuestionnaireTemplateId())},
        {QStringLiteral("reminder_plan"), QCborValue(reminderPlan(service)).toCbor()},
        {QStringLiteral("video"), service.hasVideoMeeting()}, {QStringLiteral("active"), service.isActive()},
        {QStringLiteral("procedure"), procedureGroup(service.procedureCoding())}};
}

QCborMap packageFields(const domain::ServicePackage& package)
{
    return QCborMap {{QStringLiteral("service_id"), uuid(package.serviceId())},
        {QStringLiteral("sessions"), package.sessions()},
        {QStringLiteral("price"), QCborArray {package.price().minorUnits(), package.price().currency().code()}},
        {QStringLiteral("validity_days"),
            package.validityDays() ? QCborValue(*package.validityDays()) : QCborValue(QCborValue::Null)}};
}

QUuid idOf(const SqlStatement& row, int column)
{
    return row.isNull(column) ? QUuid() : QUuid::fromRfc4122(row.blob(column));
}

domain::Service readService(const SqlStatement& r)
{
    const domain::Currency currency = domain::Currency::fromCode(r.text(6)).valueOr(domain::Currency());
    domain::Service service(
        QUuid::fromRfc4122(r.blob(0)), r.text(1), static_cast<int>(r.int64(2)), domain::Money(r.int64(5), currency));
    service.setBuffers(static_cast<int>(r.int64(3)), static_cast<int>(r.int64(4)));
    const QString depositKind = r.text(7);
    if (depositKind == u"fixed") {
        service.setDeposit(domain::Deposit::fixed(domain::Money(r.int64(8), currency)));
    } else if (depositKind == u"percentage") {
        service.setDeposit(domain::Deposit::percentage(r.int64(8)));
    }
    service.setRequiredContractTemplateId(idOf(r, 9));
    service.setRequiredQuestionnaireTemplateId(idOf(r, 10));
    QList<domain::ReminderRule> plan;
    const QCborArray rules = QCborValue::fromCbor(r.blob(11)).toArray();
    for (const auto& rule : rules) {
        const QCborArray parts = rule.toArray();
        plan.append(domain::ReminderRule {static_cast<int>(parts.at(0).toInteger()),
            parts.at(1).toString() == u"sms" ? domain::ReminderRule::Channel::Sms
                                             : domain::ReminderRule::Channel::Email});
    }
    service.setReminderPlan(plan);
    service.setVideoMeeting(r.int64(12) != 0);
    service.setActive(r.isNull(13) || r.int64(13) != 0);
    service.setProcedureCoding(readProcedure(r, 14));
    return service;
}

constexpr auto kSelectService =
    "SELECT id, name, duration_min, buffer_before_min, buffer_after_min, price_minor, price_currency, deposit_kind, "
    "deposit_value, contract_template_id, questionnaire_template_id, reminder_plan, video, active, procedure_code, "
    "procedure_modifiers, place_of_service, procedure_units FROM service";

} // namespace

Result<void> insert(WriteScope& scope, const domain::Service& service)
{
    if (Result<void> valid = service.validate(); !valid) {
        return valid;
    }
    return scope.changes().insert(QStringLiteral("service"), service.id(), serviceFields(service));
}

Result<void> update(WriteScope& scope, const domain::Service& before, const domain::Service& after)
{
    Q_ASSERT(before.id() == after.id());
    if (Result<void> valid = after.validate(); !valid) {
        return valid;
    }
    if (Result<void> done = scope.changes().updateChanged(
            QStringLiteral("service"), after.id(), serviceFields(before), serviceFields(after));
        !done) {
        return done;
    }
    if (before.name() == after.name()) {
        return {};
    }
    // Booking titles in search name the service.
    const Result<QList<QUuid>> ids = StoredValues::rowIds(
        scope.db(), QStringLiteral("SELECT id FROM booking WHERE service_id = ?1 AND deleted = 0"), after.id());
    if (!ids) {
        return ids.error();
    }
    for (const QUuid& id : ids.value()) {
        if (Result<void> done = scope.search().refresh(QStringLiteral("booking"), id); !done) {
            return done;
        }
    }
    return {};
}

Result<void> remove(WriteScope& scope, const QUuid& id)
{
    return scope.changes().remove(QStringLiteral("service"), id);
}

Result<std::optional<domain::Service>> load(SqlCipherDatabase& db, const QUuid& id)
{
    Result<std::optional<SqlStatement>> row =
        StoredValues::findRow(db, QString::fromLatin1(kSelectService) + u" WHERE id = ?1 AND deleted = 0", id);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return std::optional<domain::Service>();
    }
    return std::optional<domain::Service>(readService(*row.value()));
}

Result<QList<domain::Service>> loadAll(SqlCipherDatabase& db)
{
    Result<SqlStatement> rows = db.prepare(QString::fromLatin1(kSelectService) + u" WHERE deleted = 0");
    if (!rows) {
        return rows.error();
    }
    QList<domain::Service> services;
    Result<bool> step = rows.value().step();
    while (step && step.value()) {
        services.append(readService(rows.value()));
        step = rows.value().step();
    }
    if (!step) {
        return step.error();
    }
    std::stable_sort(services.begin(), services.end(),
        [](const domain::Service& a, const domain::Service& b) { return sortKey(a.name()) < sortKey(b.name()); });
    return services;
}

Result<void> savePackage(WriteScope& scope, const domain::ServicePackage& package)
{
    if (Result<void> valid = package.validate(); !valid) {
        return valid;
    }
    Result<std::optional<SqlStatement>> existing = StoredValues::findRow(scope.db(),
        QStringLiteral("SELECT service_id, sessions, price_minor, price_currency, validity_days FROM service_package "
                       "WHERE id = ?1 AND deleted = 0"),
        package.id());
    if (!existing) {
        return existing.error();
    }
    if (!existing.value()) {
        return scope.changes().insert(QStringLiteral("service_package"), package.id(), packageFields(package));
    }
    const SqlStatement& r = *existing.value();
    const domain::Currency currency = domain::Currency::fromCode(r.text(3)).valueOr(domain::Currency());
    const domain::ServicePackage stored(package.id(), idOf(r, 0), static_cast<int>(r.int64(1)),
        domain::Money(r.int64(2), currency),
        r.isNull(4) ? std::optional<int>() : std::optional<int>(static_cast<int>(r.int64(4))));
    const QCborMap before = packageFields(stored);
    existing.value().reset();
    return scope.changes().updateChanged(
        QStringLiteral("service_package"), package.id(), before, packageFields(package));
}

Result<void> removePackage(WriteScope& scope, const QUuid& id)
{
    return scope.changes().remove(QStringLiteral("service_package"), id);
}

Result<QList<domain::ServicePackage>> loadPackages(SqlCipherDatabase& db)
{
    Result<SqlStatement> rows =
        db.prepare(QStringLiteral("SELECT p.id, p.service_id, p.sessions, p.price_minor, p.price_currency, "
                                  "p.validity_days FROM service_package p LEFT JOIN service s ON s.id = p.service_id "
                                  "WHERE p.deleted = 0 ORDER BY s.name, p.sessions, p.id"));
    if (!rows) {
        return rows.error();
    }
    QList<domain::ServicePackage> packages;
    Result<bool> step = rows.value().step();
    while (step && step.value()) {
        const SqlStatement& r = rows.value();
        const domain::Currency currency = domain::Currency::fromCode(r.text(4)).valueOr(domain::Currency());
        packages.append(domain::ServicePackage(QUuid::fromRfc4122(r.blob(0)), idOf(r, 1), static_cast<int>(r.int64(2)),
            domain::Money(r.int64(3), currency),
            r.isNull(5) ? std::optional<int>() : std::optional<int>(static_cast<int>(r.int64(5)))));
        step = rows.value().step();
    }
    if (!step) {
        return step.error();
    }
    return packages;
}

} // namespace clientele::ServiceRows
