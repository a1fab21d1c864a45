#include "core/interchange/ContactCsvImport.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>

#include "core/interchange/CsvReader.h"

namespace clientele::interchange {

namespace {

QString cleanCell(const QString& raw)
{
    QString value = raw.trimmed();
    if (value.size() >= 2 && value.at(0) == u'\'') {
        const QChar next = value.at(1);
        if (next == u'=' || next == u'+' || next == u'-' || next == u'@') {
            value.remove(0, 1);
        }
    }
    return value;
}

void appendUnique(QStringList& list, const QStringList& values)
{
    for (const QString& value : values) {
        const QString item = value.trimmed();
        if (!item.isEmpty() && !list.contains(item, Qt::CaseInsensitive)) {
            list.append(item);
        }
    }
}

QStringList splitEmails(const QString& value)
{
    static const QRegularExpression separators(QStringLiteral(":::|[,;\\s]+"));
    return value.split(separators, Qt::SkipEmptyParts);
}

QStringList splitPhones(const QString& value)
{
    // Not on commas or spaces: "555 123, ext. 4" is one number.
    static const QRegularExpression separators(QStringLiteral(":::|[;\\n]"));
    return value.split(separators, Qt::SkipEmptyParts);
}

QStringList splitTags(const QString& value)
{
    static const QRegularExpression separators(QStringLiteral(":::|[,;\\n]"));
    QStringList tags;
    const QStringList parts = value.split(separators, Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString tag = part.trimmed();
        // Google's system groups ("* myContacts", "* starred") are not the user's tags.
        if (!tag.isEmpty() && !tag.startsWith(u'*')) {
            tags.append(tag);
        }
    }
    return tags;
}

// Dates as exports write birthdays: ISO, US M/D/Y (HoneyBook, Dubsado, Outlook; D/M/Y when the
// first number cannot be a month), German D.M.Y.
std::optional<QDate> parseDate(const QString& text)
{
    QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    if (date.isValid()) {
        return date;
    }
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})$"));
    const QRegularExpressionMatch match = numeric.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int first = match.captured(1).toInt();
    const int second = match.captured(3).toInt();
    const int year = match.captured(4).toInt();
    if (match.captured(2) == QLatin1String(".") || first > 12) {
        date = QDate(year, second, first);
    } else {
        date = QDate(year, first, second);
    }
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date;
}

void appendText(QString& target, const QString& value, QLatin1String separator)
{
    if (target.isEmpty()) {
        target = value;
    } else {
        target += separator + value;
    }
}

ContactRecord recordFromRow(const CsvRow& row, const QStringList& header, const ContactColumnMapping& mapping)
{
    ContactRecord record;
    record.sourceLine = row.line;
    QString middleName;
    for (qsizetype i = 0; i < row.fields.size(); ++i) {
        const QString value = cleanCell(row.fields.at(i));
        if (value.isEmpty()) {
            continue;
        }
        const QString column = i < header.size() ? header.at(i) : QString();
        const auto setOnce = [&value](QString& target) {
            if (target.isEmpty()) {
                target = value;
            }
        };
        switch (mapping.fieldAt(i)) {
        case ContactField::Ignore:
            break;
        case ContactField::Extra:
            record.extra.append({column, value});
            break;
        case ContactField::FullName:
            setOnce(record.fullName);
            break;
        case ContactField::GivenName:
            setOnce(record.givenName);
            break;
        case ContactField::MiddleName:
            setOnce(middleName);
            break;
        case ContactField::FamilyName:
            setOnce(record.familyName);
            break;
        case ContactField::Company:
            setOnce(record.company);
            break;
        case ContactField::Email:
            appendUnique(record.emails, splitEmails(value));
            break;
        case ContactField::Phone:
            appendUnique(record.phones, splitPhones(value));
            break;
        case ContactField::Street:
            appendText(record.street, value, QLatin1String(", "));
            break;
        case ContactField::City:
            setOnce(record.city);
            break;
        case ContactField::Region:
            setOnce(record.region);
            break;
        case ContactField::PostalCode:
            setOnce(record.postalCode);
            break;
        case ContactField::Country:
            setOnce(record.country);
            break;
        case ContactField::Tags:
            appendUnique(record.tags, splitTags(value));
            break;
        case ContactField::Notes:
            appendText(record.notes, value, QLatin1String("\n"));
            break;
        case ContactField::Stage:
            setOnce(record.stage);
            break;
        case ContactField::Source:
            setOnce(record.source);
            break;
        case ContactField::Birthday:
            // Outlook writes 0/0/00 for "no birthday".
            if (value.startsWith(QLatin1String("0/0/"))) {
                break;
            }
            if (const std::optional<QDate> date = parseDate(value)) {
                if (!record.birthday) {
                    record.birthday = date;
                }
            } else {
                record.extra.append({column, value}); // keep what we cannot read, rather than lose it
            }
            break;
        }
    }
    if (!middleName.isEmpty()) {
        record.givenName = record.givenName.isEmpty() ? middleName : record.givenName + u' ' + middleName;
    }
    if (record.fullName.isEmpty()) {
        QStringList parts;
        for (const QString& part : {record.givenName, record.familyName}) {
            if (!part.isEmpty()) {
                parts.append(part);
            }
        }
        record.fullName = parts.join(u' ');
    }
    return record;
}

} // namespace

Result<ContactImportResult> ContactCsvImport::read(const QByteArray& data)
{
    const Result<CsvTable> table = CsvReader::parse(data);
    if (!table) {
        return table.error();
    }
    const std::optional<ContactColumnMapping> mapping = ContactColumnMapping::detect(table->header);
    if (!mapping) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("ContactCsvImport",
                "None of the columns (%1) looks like a name, company or email address. Choose which "
                "column holds what, for example \"name=Client,email=Mail\".")
                .arg(table->header.join(QLatin1String(", "))),
            QStringLiteral("no identity column"));
    }
    return read(table.value(), *mapping);
}

Result<ContactImportResult> ContactCsvImport::read(const QByteArray& data, const QString& mappingSpec)
{
    const Result<CsvTable> table = CsvReader::parse(data);
    if (!table) {
        return table.error();
    }
    const Result<ContactColumnMapping> mapping = ContactColumnMapping::fromSpec(mappingSpec, table->header);
    if (!mapping) {
        return mapping.error();
    }
    return read(table.value(), mapping.value());
}

ContactImportResult ContactCsvImport::read(const CsvTable& table, const ContactColumnMapping& mapping)
{
    ContactImportResult result;
    result.format = ContactColumnMapping::presetName(mapping.preset());
    result.problems = table.rowErrors;
    for (const CsvRow& row : table.rows) {
        ContactRecord record = recordFromRow(row, table.header, mapping);
        if (!record.hasIdentity()) {
            result.problems.append({row.line,
                QCoreApplication::translate(
                    "ContactCsvImport", "This row has no name, company or email address, so it was skipped.")});
            continue;
        }
        result.records.append(std::move(record));
    }
    // Problems in file order, whichever stage found them.
    std::stable_sort(result.problems.begin(), result.problems.end(),
        [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    return result;
}

} // namespace clientele::interchange
