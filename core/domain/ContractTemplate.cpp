#include "core/domain/ContractTemplate.h"

#include <utility>

#include <QCoreApplication>
#include <QList>

#include "core/domain/MergeText.h"

namespace clientele::domain {

namespace {

Error templateError(const char* key, QString message)
{
    return Error(Error::Code::InvalidInput, std::move(message), QString::fromLatin1(key));
}

} // namespace

ContractTemplate::ContractTemplate(QUuid id, QString name, QString body)
    : m_id(id)
    , m_name(std::move(name))
    , m_body(std::move(body))
{
}

const QStringList& ContractTemplate::knownFields()
{
    static const QStringList fields = {
        QStringLiteral("client.first_name"),
        QStringLiteral("client.last_name"),
        QStringLiteral("client.name"),
        QStringLiteral("client.company"),
        QStringLiteral("client.email"),
        QStringLiteral("client.phone"),
        QStringLiteral("client.address"),
        QStringLiteral("booking.date"),
        QStringLiteral("booking.time"),
        QStringLiteral("booking.location"),
        QStringLiteral("booking.meeting_link"),
        QStringLiteral("service.name"),
        QStringLiteral("service.duration"),
        QStringLiteral("service.price"),
        QStringLiteral("invoice.number"),
        QStringLiteral("invoice.total"),
        QStringLiteral("invoice.deposit"),
        QStringLiteral("invoice.due_date"),
        QStringLiteral("practice.name"),
        QStringLiteral("practice.email"),
        QStringLiteral("practice.phone"),
        QStringLiteral("practice.address"),
        QStringLiteral("contract.date"),
    };
    return fields;
}

Result<void> ContractTemplate::validate() const
{
    if (m_name.trimmed().isEmpty()) {
        return templateError("template.needs-name",
            QCoreApplication::translate("ContractTemplate", "Give the contract template a name."));
    }
    Result<QList<MergeText::Segment>> segments = MergeText::parse(m_body, knownFields());
    if (!segments) {
        return segments.error();
    }
    return {};
}

Result<QStringList> ContractTemplate::fields() const
{
    return MergeText::fields(m_body, knownFields());
}

Result<QString> ContractTemplate::render(const QHash<QString, QString>& values) const
{
    return MergeText::render(m_body, knownFields(), values);
}

} // namespace clientele::domain
