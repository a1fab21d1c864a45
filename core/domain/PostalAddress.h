#pragma once

#include <QString>
#include <QStringList>

#include "core/Result.h"

namespace clientele::domain {

// A postal address. It is one field group in sync (SYNC.md §3.4): the whole address changes as one
// value, so two devices editing street and city at once never produce an address nobody typed.
struct PostalAddress final
{
    QStringList streetLines; // in the order they are printed
    QString city;
    QString region; // state, province, county
    QString postalCode;
    QString countryCode; // ISO 3166-1 alpha-2, uppercase ("DE"); empty if unknown

    // True when nothing but whitespace was entered.
    bool isEmpty() const;
    // Trims every field, drops blank street lines and uppercases the country code.
    PostalAddress normalized() const;
    // An address may be partial (a city alone is useful); only a country code that is not an ISO
    // 3166 alpha-2 code is refused ("address.country-code").
    Result<void> validate() const;

    friend bool operator==(const PostalAddress& a, const PostalAddress& b) = default;
};

} // namespace clientele::domain
