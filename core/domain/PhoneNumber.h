#pragma once

#include <optional>

#include <QString>

#include "core/Result.h"

namespace clientele::domain {

// A validated phone number, kept in E.164 ("+14155552671") because that is what SMS providers
// accept and what makes two spellings of the same number compare equal. Parsing and validation
// use libphonenumber's metadata (hidden in the .cpp so no header of ours depends on it).
//
// Refusals carry a stable key in Error::detail() ("phone.too-short", "phone.too-long",
// "phone.invalid-for-region", "phone.not-a-number", "phone.unknown-region", "phone.empty") and
// never the number itself.
class PhoneNumber final
{
public:
    enum class Format
    {
        International, // "+49 30 1234567"
        National, // "030 1234567"
    };

    // What libphonenumber can tell from the number itself. In some regions (US, CA) mobile and
    // fixed-line numbers share ranges, so the type is FixedLineOrMobile there.
    enum class LineType
    {
        Unknown,
        FixedLine,
        Mobile,
        FixedLineOrMobile,
        TollFree,
        Other, // premium rate, shared cost, VoIP, personal, pager, UAN, voicemail
    };

    // An empty number; isEmpty() is true. Exists so lists and optional fields can hold numbers.
    PhoneNumber() = default;

    // Parses what a user typed or an import held. `defaultRegion` (ISO 3166 alpha-2, e.g. "US",
    // "DE") is used when the input has no international prefix. A number written with the "00"
    // international prefix is also accepted when the default region dials abroad differently
    // (e.g. "00 44 20 7946 0958" with region US), because people copy numbers from European
    // letterheads. An extension ("ext. 12") is kept apart from the E.164 number.
    static Result<PhoneNumber> parse(const QString& input, const QString& defaultRegion);

    // Restores a number stored as E.164 (plus an optional extension); refuses anything else.
    static Result<PhoneNumber> fromE164(const QString& e164, const QString& extension = {});

    bool isEmpty() const { return m_e164.isEmpty(); }
    const QString& e164() const { return m_e164; }
    const QString& extension() const { return m_extension; }
    // ISO 3166 alpha-2 of the number ("GB"), or "001" for non-geographic numbers (+800 …).
    const QString& region() const { return m_region; }
    LineType lineType() const { return m_lineType; }
    // true for mobile, false for a known non-mobile type, nullopt where libphonenumber cannot tell.
    std::optional<bool> isMobile() const;
    QString formatted(Format format) const;

    friend bool operator==(const PhoneNumber& a, const PhoneNumber& b)
    {
        return a.m_e164 == b.m_e164 && a.m_extension == b.m_extension;
    }

private:
    QString m_e164;
    QString m_extension;
    QString m_region;
    QString m_international;
    QString m_national;
    LineType m_lineType = LineType::Unknown;
};

} // namespace clientele::domain
