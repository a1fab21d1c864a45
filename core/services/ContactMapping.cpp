#include "core/services/ContactMapping.h"

#include <QCoreApplication>

namespace clientele::ContactMapping {

namespace {

using domain::Client;

// "Inquiry", "lead", "Booked" … from other tools' pipelines, to ours.
std::optional<domain::PipelineStage> stageFrom(const QString& text)
{
    const QString key = text.trimmed().toLower();
    if (key.isEmpty()) {
        return std::nullopt;
    }
    if (key.contains(u"repeat") || key.contains(u"returning") || key.contains(u"past client")) {
        return domain::PipelineStage::Repeat;
    }
    if (key.contains(u"book") || key.contains(u"client") || key.contains(u"won") || key.contains(u"retained")) {
        return domain::PipelineStage::Booked;
    }
    if (key.contains(u"consult") || key.contains(u"meeting") || key.contains(u"proposal")) {
        return domain::PipelineStage::Consultation;
    }
    return domain::PipelineStage::Inquiry;
}

void advance(Client& client, domain::PipelineStage stage)
{
    for (auto step :
        {domain::PipelineStage::Consultation, domain::PipelineStage::Booked, domain::PipelineStage::Repeat}) {
        if (static_cast<int>(step) > static_cast<int>(stage)) {
            break;
        }
        (void)client.advanceTo(step);
    }
}

} // namespace

Mapped toClients(const QList<interchange::ContactRecord>& records, const QString& defaultRegion,
    const QDateTime& importedAt, const std::function<QUuid()>& newId)
{
    Mapped mapped;
    for (const interchange::ContactRecord& record : records) {
        Client client(newId(), importedAt);
        QString given = record.givenName;
        QString family = record.familyName;
        if (given.isEmpty() && family.isEmpty() && !record.fullName.isEmpty()) {
            // "Jane Q. Marple": the last word is the family name, as most exports order names.
            const qsizetype space = record.fullName.trimmed().lastIndexOf(u' ');
            if (space > 0) {
                given = record.fullName.trimmed().left(space);
                family = record.fullName.trimmed().mid(space + 1);
            } else {
                given = record.fullName.trimmed();
            }
        }
        client.setGivenName(given);
        client.setFamilyName(family);
        client.setCompany(record.company);
        QString problem;
        for (const QString& text : record.emails) {
            Result<domain::EmailAddress> email = domain::EmailAddress::parse(text);
            if (!email) {
                problem = QCoreApplication::translate("ContactMapping", "the email \"%1\" is not valid: %2")
                              .arg(text, email.error().userMessage());
                break;
            }
            client.addEmail(email.value());
        }
        for (const QString& text : record.phones) {
            if (!problem.isEmpty()) {
                break;
            }
            Result<domain::PhoneNumber> phone = domain::PhoneNumber::parse(text, defaultRegion);
            if (!phone) {
                problem = QCoreApplication::translate("ContactMapping", "the phone number \"%1\" is not valid: %2")
                              .arg(text, phone.error().userMessage());
                break;
            }
            client.addPhone(phone.value());
        }
        domain::PostalAddress address;
        if (!record.street.isEmpty()) {
            address.streetLines = record.street.split(u'\n', Qt::SkipEmptyParts);
        }
        address.city = record.city;
        address.region = record.region;
        address.postalCode = record.postalCode;
        address.countryCode = record.country.size() == 2 ? record.country.toUpper() : QString();
        if (problem.isEmpty()) {
            if (Result<void> set = client.setAddress(address); !set) {
                problem = set.error().userMessage();
            }
        }
        if (problem.isEmpty()) {
            if (Result<void> set = client.setTags(record.tags); !set) {
                problem = set.error().userMessage();
            }
        }
        QString notes = record.notes;
        if (!record.country.isEmpty() && record.country.size() != 2) {
            notes += (notes.isEmpty() ? QString() : QStringLiteral("\n")) + record.country;
        }
        if (record.birthday) {
            notes += (notes.isEmpty() ? QString() : QStringLiteral("\n"))
                + QCoreApplication::translate("ContactMapping", "Birthday: %1")
                      .arg(record.birthday->toString(Qt::ISODate));
        }
        for (const auto& [column, value] : record.extra) {
            notes += (notes.isEmpty() ? QString() : QStringLiteral("\n")) + column + u": " + value;
        }
        client.setNotes(notes);
        client.setSource(record.source);
        if (auto stage = stageFrom(record.stage)) {
            advance(client, *stage);
        }
        if (problem.isEmpty()) {
            if (Result<void> valid = client.validate(); !valid) {
                problem = valid.error().userMessage();
            }
        }
        if (!problem.isEmpty()) {
            mapped.problems.append(interchange::ImportProblem {record.sourceLine, problem});
            continue;
        }
        mapped.clients.append(client);
        mapped.lines.append(record.sourceLine);
    }
    return mapped;
}

interchange::ContactRecord toRecord(const Client& client)
{
    interchange::ContactRecord record;
    record.givenName = client.givenName();
    record.familyName = client.familyName();
    record.fullName = client.displayName();
    record.company = client.company();
    for (const auto& email : client.emails()) {
        record.emails.append(email.address());
    }
    for (const auto& phone : client.phones()) {
        record.phones.append(phone.e164());
    }
    record.street = client.address().streetLines.join(u'\n');
    record.city = client.address().city;
    record.region = client.address().region;
    record.postalCode = client.address().postalCode;
    record.country = client.address().countryCode;
    record.tags = client.tags();
    record.notes = client.notes();
    record.stage = domain::PipelineRules::name(client.stage());
    record.source = client.source();
    return record;
}

} // namespace clientele::ContactMapping
