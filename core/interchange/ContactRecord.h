#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace clientele::interchange {

// A contact as read from or written to an interchange file, before it becomes a domain client.
// Values are the source's text, trimmed and split into lists but not validated or normalised, so
// that the mapping to domain rules (E.164 phones, pipeline stages) happens in one place, later.
struct ContactRecord final
{
    int sourceLine = 0; // 1-based line where the record starts in its file; 0 when not from a file

    QString givenName;
    QString familyName;
    QString fullName;
    QString company;
    QStringList emails; // first = primary
    QStringList phones; // raw text as the source wrote it; first = primary

    QString street;
    QString city;
    QString region;
    QString postalCode;
    QString country;

    QStringList tags;
    QString notes;
    QString stage; // lead status or pipeline stage, when the source has one
    QString source; // lead source ("Instagram", "Referral")
    std::optional<QDate> birthday;

    // Columns or properties with no field of their own, as (column name, value); kept so that the
    // importer can append them to the notes instead of silently dropping what the user typed.
    QList<QPair<QString, QString>> extra;

    // A record is worth importing only if it identifies someone: a name, a company or an email.
    bool hasIdentity() const
    {
        return !fullName.isEmpty() || !givenName.isEmpty() || !familyName.isEmpty() || !company.isEmpty()
            || !emails.isEmpty();
    }
};

} // namespace clientele::interchange
