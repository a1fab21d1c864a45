#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "core/Result.h"
#include "core/interchange/ContactField.h"

namespace clientele::interchange {

// Which ContactRecord field each column of a contacts CSV fills.
//
// detect() recognises the exports users bring from other tools by their header, and falls back to
// matching common column names ("E-mail Address", "Mobile", "Zip"). The HoneyBook and Dubsado
// column names are NOT from vendor documentation (neither publishes its export format); they are
// the most plausible names from their help pages' field lists, and the generic name matching covers
// variations. A user can always spell the mapping out with fromSpec().
class ContactColumnMapping final
{
public:
    enum class Preset
    {
        Custom, // from a user's spec string
        Generic, // matched by common column names
        Clientele, // our own CSV export (ContactCsvExport)
        HoneyBook,
        Dubsado,
        GoogleContacts, // contacts.google.com export, 2023+ ("First Name", "Labels", "E-mail 1 - Value")
        GoogleContactsLegacy, // older Google CSV ("Given Name", "Group Membership")
        Outlook,
    };

    ContactColumnMapping() = default;

    // The preset whose signature columns the header has, else the generic name matching. Empty when
    // no column would give a name, company or email.
    static std::optional<ContactColumnMapping> detect(const QStringList& header);
    static ContactColumnMapping forPreset(Preset preset, const QStringList& header);

    // A user's mapping, e.g. "name=Full Name,email=Mail,phone=Mobile,tags=Groups": comma-separated
    // field=column pairs; column names match the header ignoring case and surrounding spaces;
    // columns not named are kept as extra. Fields: see fieldFromSpecName().
    static Result<ContactColumnMapping> fromSpec(const QString& spec, const QStringList& header);
    // name|fullname, given|first, middle, family|last|surname, company|org, email, phone|mobile,
    // street|address, city, region|state, postalcode|zip, country, tags|labels|groups, notes,
    // stage|status, source, birthday, ignore.
    static std::optional<ContactField> fieldFromSpecName(QStringView name);

    static QString presetName(Preset preset);

    Preset preset() const { return m_preset; }
    qsizetype columnCount() const { return m_fields.size(); }
    // Extra for a column beyond the header.
    ContactField fieldAt(qsizetype column) const;
    // Whether some column gives a name, company or email; without one no row can be imported.
    bool mapsIdentity() const;

private:
    Preset m_preset = Preset::Custom;
    QList<ContactField> m_fields; // one per header column
};

} // namespace clientele::interchange
