#pragma once

namespace clientele::interchange {

// Where the value of one CSV column goes in a ContactRecord.
enum class ContactField
{
    Extra, // no field of its own: kept as (column name, value) in ContactRecord::extra
    Ignore, // dropped (labels of other columns, photos, phonetic spellings)
    FullName,
    GivenName,
    MiddleName, // appended to the given name
    FamilyName,
    Company,
    Email, // may hold several addresses; several columns may map here
    Phone, // may hold several numbers; several columns may map here
    Street, // several columns (address lines) are joined
    City,
    Region,
    PostalCode,
    Country,
    Tags,
    Notes,
    Stage,
    Source,
    Birthday,
};

} // namespace clientele::interchange
