#include "core/interchange/ContactCsvExport.h"

namespace clientele::interchange {

QStringList ContactCsvExport::header()
{
    return {QStringLiteral("Full Name"), QStringLiteral("First Name"), QStringLiteral("Last Name"),
        QStringLiteral("Company"), QStringLiteral("Email"), QStringLiteral("Other Emails"), QStringLiteral("Phone"),
        QStringLiteral("Other Phones"), QStringLiteral("Street"), QStringLiteral("City"), QStringLiteral("Region"),
        QStringLiteral("Postal Code"), QStringLiteral("Country"), QStringLiteral("Tags"), QStringLiteral("Stage"),
        QStringLiteral("Source"), QStringLiteral("Birthday"), QStringLiteral("Notes")};
}

QByteArray ContactCsvExport::write(const QList<ContactRecord>& records, const CsvWriterOptions& options)
{
    CsvWriter writer(options);
    writer.writeRow(header());
    const QString listSeparator = QStringLiteral("; ");
    for (const ContactRecord& record : records) {
        writer.writeRow({record.fullName, record.givenName, record.familyName, record.company, record.emails.value(0),
            record.emails.mid(1).join(listSeparator), record.phones.value(0), record.phones.mid(1).join(listSeparator),
            record.street, record.city, record.region, record.postalCode, record.country,
            record.tags.join(listSeparator), record.stage, record.source,
            record.birthday ? record.birthday->toString(Qt::ISODate) : QString(), record.notes});
    }
    return writer.data();
}

} // namespace clientele::interchange
