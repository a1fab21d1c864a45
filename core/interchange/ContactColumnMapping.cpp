#include "core/interchange/ContactColumnMapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QRegularExpression>

namespace clientele::interchange {

namespace {

using Preset = ContactColumnMapping::Preset;
using Rules = QList<QPair<QString, ContactField>>; // (regular expression for the whole name, field)

struct Signature
{
    Preset preset;
    QStringList required; // all of these columns
    QStringList anyOf; // and at least one of these, if any are given
};

// Most specific first: Google's and Outlook's headers also contain "First Name" and "Last Name".
QList<Signature> signatures()
{
    return {
        {Preset::Clientele,
            {QStringLiteral("Full Name"), QStringLiteral("First Name"), QStringLiteral("Last Name"),
                QStringLiteral("Other Emails"), QStringLiteral("Other Phones")},
            {}},
        {Preset::GoogleContacts,
            {QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("E-mail 1 - Value")}, {}},
        {Preset::GoogleContactsLegacy, {QStringLiteral("Given Name"), QStringLiteral("Family Name")},
            {QStringLiteral("Group Membership"), QStringLiteral("E-mail 1 - Value")}},
        {Preset::Outlook, {QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("E-mail Address")},
            {QStringLiteral("Mobile Phone"), QStringLiteral("Business Phone"), QStringLiteral("Home Phone"),
                QStringLiteral("E-mail 2 Address")}},
        // Assumed Dubsado client export: its client profile has an "alternate contact" block that
        // no other tool has (help.dubsado.com "What is a client?").
        {Preset::Dubsado, {QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Email")},
            {QStringLiteral("Alternate Contact Name"), QStringLiteral("Alternate Contact Email"),
                QStringLiteral("Alternate Contact Phone")}},
        // Assumed HoneyBook contacts export: one full-name field, and its lead source and pipeline.
        {Preset::HoneyBook, {QStringLiteral("Full Name"), QStringLiteral("Email")},
            {QStringLiteral("Lead Source"), QStringLiteral("Pipeline Stage"), QStringLiteral("Project Type")}},
    };
}

Rules googleRules()
{
    return {
        {QStringLiteral("E-mail \\d+ - Value"), ContactField::Email},
        {QStringLiteral("Phone \\d+ - Value"), ContactField::Phone},
        {QStringLiteral("Address 1 - Street"), ContactField::Street},
        {QStringLiteral("Address 1 - City"), ContactField::City},
        {QStringLiteral("Address 1 - Region"), ContactField::Region},
        {QStringLiteral("Address 1 - Postal Code"), ContactField::PostalCode},
        {QStringLiteral("Address 1 - Country"), ContactField::Country},
        {QStringLiteral("Organization 1 - Name"), ContactField::Company},
        // Labels of other columns, and values that are no use in notes.
        {QStringLiteral(".* - (Label|Type)"), ContactField::Ignore},
        {QStringLiteral("Address \\d+ - Formatted"), ContactField::Ignore},
        {QStringLiteral("Photo|File As|Phonetic .*|.*Yomi.*"), ContactField::Ignore},
    };
}

Rules outlookRules()
{
    return {
        {QStringLiteral("E-mail( \\d)? Address"), ContactField::Email},
        {QStringLiteral("E-mail( \\d)? (Type|Display Name)"), ContactField::Ignore},
        {QStringLiteral("Mobile Phone|Primary Phone|Home Phone( 2)?|Business Phone( 2)?|Other Phone"),
            ContactField::Phone},
        {QStringLiteral("Home Street( 2| 3)?"), ContactField::Street},
        {QStringLiteral("Home City"), ContactField::City},
        {QStringLiteral("Home State"), ContactField::Region},
        {QStringLiteral("Home Postal Code"), ContactField::PostalCode},
        {QStringLiteral("Home Country/Region"), ContactField::Country},
        {QStringLiteral("Title|.*Yomi"), ContactField::Ignore},
    };
}

Rules presetRules(Preset preset)
{
    switch (preset) {
    case Preset::GoogleContacts:
    case Preset::GoogleContactsLegacy:
        return googleRules();
    case Preset::Outlook:
        return outlookRules();
    case Preset::Dubsado:
        // Another person's details: never the client's own email or phone.
        return {{QStringLiteral("Alternate Contact .*"), ContactField::Extra}};
    case Preset::HoneyBook:
        return {{QStringLiteral("Project Type"), ContactField::Extra}};
    case Preset::Clientele:
        return {{QStringLiteral("Other Emails"), ContactField::Email},
            {QStringLiteral("Other Phones"), ContactField::Phone}};
    case Preset::Custom:
    case Preset::Generic:
        break;
    }
    return {};
}

QString normalised(QStringView name)
{
    QString key;
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            key.append(c.toLower());
        }
    }
    return key;
}

// Common column names, compared without case, spaces or punctuation ("E-mail Address" = emailaddress).
const QHash<QString, ContactField>& genericNames()
{
    static const QHash<QString, ContactField> names = [] {
        QHash<QString, ContactField> table;
        const auto add = [&table](ContactField field, std::initializer_list<const char*> keys) {
            for (const char* key : keys) {
                table.insert(QLatin1String(key), field);
            }
        };
        add(ContactField::FullName,
            {"name", "fullname", "client", "clientname", "contactname", "displayname", "customername"});
        add(ContactField::GivenName, {"firstname", "givenname", "first", "forename"});
        add(ContactField::MiddleName, {"middlename", "additionalname"});
        add(ContactField::FamilyName, {"lastname", "familyname", "surname", "last"});
        add(ContactField::Company,
            {"company", "companyname", "organization", "organisation", "organizationname", "business", "businessname"});
        add(ContactField::Email,
            {"email", "emailaddress", "mail", "email1", "email2", "emailaddress1", "emailaddress2", "primaryemail",
                "secondaryemail", "workemail", "homeemail", "personalemail"});
        add(ContactField::Phone,
            {"phone", "phonenumber", "mobile", "mobilephone", "mobilenumber", "cell", "cellphone", "telephone", "tel",
                "homephone", "workphone", "businessphone", "primaryphone", "phone1", "phone2"});
        add(ContactField::Street,
            {"street", "address", "streetaddress", "address1", "address2", "addressline1", "addressline2"});
        add(ContactField::City, {"city", "town"});
        add(ContactField::Region, {"state", "region", "province", "county", "stateprovince"});
        add(ContactField::PostalCode, {"zip", "zipcode", "postalcode", "postcode", "plz"});
        add(ContactField::Country, {"country", "countryregion"});
        add(ContactField::Tags, {"tags", "tag", "labels", "groups", "categories", "groupmembership"});
        add(ContactField::Notes, {"notes", "note", "comments", "comment", "description"});
        add(ContactField::Stage, {"stage", "status", "leadstatus", "leadstage", "pipelinestage", "projectstatus"});
        add(ContactField::Source, {"source", "leadsource", "referralsource", "referral", "howdidyouhearaboutus"});
        add(ContactField::Birthday, {"birthday", "birthdate", "dateofbirth", "dob"});
        return table;
    }();
    return names;
}

ContactField fieldForColumn(Preset preset, const QString& name)
{
    const Rules rules = presetRules(preset);
    for (const auto& [pattern, field] : rules) {
        const QRegularExpression expression(
            QRegularExpression::anchoredPattern(pattern), QRegularExpression::CaseInsensitiveOption);
        if (expression.match(name).hasMatch()) {
            return field;
        }
    }
    return genericNames().value(normalised(name), ContactField::Extra);
}

qsizetype indexOfColumn(const QStringList& header, const QString& name)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

bool matches(const Signature& signature, const QStringList& header)
{
    for (const QString& column : signature.required) {
        if (indexOfColumn(header, column) < 0) {
            return false;
        }
    }
    if (signature.anyOf.isEmpty()) {
        return true;
    }
    for (const QString& column : signature.anyOf) {
        if (indexOfColumn(header, column) >= 0) {
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<ContactColumnMapping> ContactColumnMapping::detect(const QStringList& header)
{
    Preset preset = Preset::Generic;
    const QList<Signature> known = signatures();
    for (const Signature& signature : known) {
        if (matches(signature, header)) {
            preset = signature.preset;
            break;
        }
    }
    ContactColumnMapping mapping = forPreset(preset, header);
    if (!mapping.mapsIdentity()) {
        return std::nullopt;
    }
    return mapping;
}

ContactColumnMapping ContactColumnMapping::forPreset(Preset preset, const QStringList& header)
{
    ContactColumnMapping mapping;
    mapping.m_preset = preset;
    for (const QString& column : header) {
        mapping.m_fields.append(fieldForColumn(preset, column.trimmed()));
    }
    return mapping;
}

Result<ContactColumnMapping> ContactColumnMapping::fromSpec(const QString& spec, const QStringList& header)
{
    const auto invalid = [](const QString& message) {
        return Error(Error::Code::InvalidInput, message, QStringLiteral("bad column mapping"));
    };
    if (spec.trimmed().isEmpty()) {
        return invalid(QCoreApplication::translate("ContactColumnMapping",
            "The column mapping is empty. Write it as field=column pairs, for example "
            "\"name=Full Name,email=Mail\"."));
    }
    ContactColumnMapping mapping;
    mapping.m_preset = Preset::Custom;
    mapping.m_fields = QList<ContactField>(header.size(), ContactField::Extra);
    const QStringList pairs = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals < 0) {
            return invalid(QCoreApplication::translate("ContactColumnMapping",
                "\"%1\" in the column mapping is not a field=column pair. Write, for example, \"email=Mail\".")
                               .arg(pair.trimmed()));
        }
        const QString fieldName = pair.left(equals).trimmed();
        const QString column = pair.mid(equals + 1).trimmed();
        const std::optional<ContactField> field = fieldFromSpecName(fieldName);
        if (!field) {
            return invalid(QCoreApplication::translate("ContactColumnMapping",
                "The column mapping names an unknown field \"%1\". Known fields: name, given, middle, "
                "family, company, email, phone, street, city, region, postalcode, country, tags, notes, "
                "stage, source, birthday, ignore.")
                               .arg(fieldName));
        }
        const qsizetype index = indexOfColumn(header, column);
        if (column.isEmpty() || index < 0) {
            return invalid(QCoreApplication::translate("ContactColumnMapping",
                "The column mapping maps \"%1\" to the column \"%2\", but the file has no such column. "
                "Its columns are: %3.")
                               .arg(fieldName, column, header.join(QLatin1String(", "))));
        }
        mapping.m_fields[index] = *field;
    }
    if (!mapping.mapsIdentity()) {
        return invalid(QCoreApplication::translate("ContactColumnMapping",
            "The column mapping must map at least one of name, given, family, company or email, "
            "otherwise no contact can be told apart."));
    }
    return mapping;
}

std::optional<ContactField> ContactColumnMapping::fieldFromSpecName(QStringView name)
{
    static const QHash<QString, ContactField> names = [] {
        QHash<QString, ContactField> table;
        const auto add = [&table](ContactField field, std::initializer_list<const char*> keys) {
            for (const char* key : keys) {
                table.insert(QLatin1String(key), field);
            }
        };
        add(ContactField::FullName, {"name", "fullname"});
        add(ContactField::GivenName, {"given", "givenname", "first", "firstname"});
        add(ContactField::MiddleName, {"middle", "middlename"});
        add(ContactField::FamilyName, {"family", "familyname", "last", "lastname", "surname"});
        add(ContactField::Company, {"company", "org", "organization", "organisation"});
        add(ContactField::Email, {"email", "mail"});
        add(ContactField::Phone, {"phone", "tel", "mobile"});
        add(ContactField::Street, {"street", "address"});
        add(ContactField::City, {"city"});
        add(ContactField::Region, {"region", "state"});
        add(ContactField::PostalCode, {"postalcode", "postcode", "zip"});
        add(ContactField::Country, {"country"});
        add(ContactField::Tags, {"tags", "labels", "groups"});
        add(ContactField::Notes, {"notes", "note"});
        add(ContactField::Stage, {"stage", "status"});
        add(ContactField::Source, {"source"});
        add(ContactField::Birthday, {"birthday", "bday"});
        add(ContactField::Ignore, {"ignore", "skip"});
        return table;
    }();
    const auto found = names.constFind(normalised(name));
    if (found == names.constEnd()) {
        return std::nullopt;
    }
    return found.value();
}

QString ContactColumnMapping::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Custom:
        return QCoreApplication::translate("ContactColumnMapping", "CSV with your column mapping");
    case Preset::Generic:
        return QCoreApplication::translate("ContactColumnMapping", "CSV");
    case Preset::Clientele:
        return QCoreApplication::translate("ContactColumnMapping", "Clientele CSV");
    case Preset::HoneyBook:
        return QCoreApplication::translate("ContactColumnMapping", "HoneyBook contacts");
    case Preset::Dubsado:
        return QCoreApplication::translate("ContactColumnMapping", "Dubsado clients");
    case Preset::GoogleContacts:
        return QCoreApplication::translate("ContactColumnMapping", "Google Contacts");
    case Preset::GoogleContactsLegacy:
        return QCoreApplication::translate("ContactColumnMapping", "Google Contacts (older format)");
    case Preset::Outlook:
        return QCoreApplication::translate("ContactColumnMapping", "Outlook contacts");
    }
    return {};
}

ContactField ContactColumnMapping::fieldAt(qsizetype column) const
{
    if (column < 0 || column >= m_fields.size()) {
        return ContactField::Extra;
    }
    return m_fields.at(column);
}

bool ContactColumnMapping::mapsIdentity() const
{
    for (const ContactField field : m_fields) {
        switch (field) {
        case ContactField::FullName:
        case ContactField::GivenName:
        case ContactField::FamilyName:
        case ContactField::Company:
        case ContactField::Email:
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace clientele::interchange
