#include "core/interchange/VCardWriter.h"

#include <QStringList>

#include "core/interchange/ContentLine.h"

namespace clientele::interchange {

namespace {

using contentline::escapeText;

QString displayName(const ContactRecord& record)
{
    if (!record.fullName.isEmpty()) {
        return record.fullName;
    }
    QString joined = QStringList({record.givenName, record.familyName}).join(u' ').trimmed();
    if (!joined.isEmpty()) {
        return joined;
    }
    if (!record.company.isEmpty()) {
        return record.company;
    }
    return record.emails.value(0);
}

} // namespace

QByteArray VCardWriter::write(const QList<ContactRecord>& records, Version version)
{
    QByteArray out;
    for (const ContactRecord& record : records) {
        out.append(writeCard(record, version));
    }
    return out;
}

QByteArray VCardWriter::writeCard(const ContactRecord& record, Version version)
{
    const bool v4 = version == Version::V4;
    QByteArray out;
    const auto line = [&out](const QString& text) { out.append(contentline::fold(text.toUtf8())); };

    line(QStringLiteral("BEGIN:VCARD"));
    line(v4 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"));
    // FN is required by both versions, N by 3.0; an organisation's card has an empty N.
    line(QStringLiteral("FN:") + escapeText(displayName(record)));
    line(QStringLiteral("N:") + escapeText(record.familyName) + u';' + escapeText(record.givenName)
        + QStringLiteral(";;;"));
    if (!record.company.isEmpty()) {
        line(QStringLiteral("ORG:") + escapeText(record.company));
    }
    const QString preferred = v4 ? QStringLiteral(";PREF=1") : QStringLiteral(";TYPE=pref");
    for (qsizetype i = 0; i < record.emails.size(); ++i) {
        const QString parameters = v4 ? QString() : QStringLiteral(";TYPE=internet");
        line(QStringLiteral("EMAIL") + parameters + (i == 0 ? preferred : QString()) + u':'
            + escapeText(record.emails.at(i)));
    }
    for (qsizetype i = 0; i < record.phones.size(); ++i) {
        // Free text, not a tel: URI, because the number is as the user typed it, not E.164.
        line(QStringLiteral("TEL") + (i == 0 ? preferred : QString()) + u':' + escapeText(record.phones.at(i)));
    }
    if (!record.street.isEmpty() || !record.city.isEmpty() || !record.region.isEmpty() || !record.postalCode.isEmpty()
        || !record.country.isEmpty()) {
        line(QStringLiteral("ADR:;;") + escapeText(record.street) + u';' + escapeText(record.city) + u';'
            + escapeText(record.region) + u';' + escapeText(record.postalCode) + u';' + escapeText(record.country));
    }
    if (!record.notes.isEmpty()) {
        line(QStringLiteral("NOTE:") + escapeText(record.notes));
    }
    if (!record.tags.isEmpty()) {
        QStringList tags;
        for (const QString& tag : record.tags) {
            tags.append(escapeText(tag));
        }
        line(QStringLiteral("CATEGORIES:") + tags.join(u','));
    }
    if (record.birthday && record.birthday->isValid()) {
        line(QStringLiteral("BDAY:")
            + record.birthday->toString(v4 ? QStringLiteral("yyyyMMdd") : QStringLiteral("yyyy-MM-dd")));
    }
    if (!record.stage.isEmpty()) {
        line(QStringLiteral("X-CLIENTELE-STAGE:") + escapeText(record.stage));
    }
    if (!record.source.isEmpty()) {
        line(QStringLiteral("X-CLIENTELE-SOURCE:") + escapeText(record.source));
    }
    line(QStringLiteral("END:VCARD"));
    return out;
}

} // namespace clientele::interchange
