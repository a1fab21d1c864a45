#include "core/domain/PhoneNumber.h"

#include <string>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <QCoreApplication>
#include <QLocale>

namespace clientele::domain {

namespace {

namespace pn = i18n::phonenumbers;

// libphonenumber refuses longer inputs outright (kMaxInputStringLength); we say so first.
constexpr qsizetype kMaxInputLength = 250;

Error phoneError(const char* key, QString message)
{
    return Error(Error::Code::InvalidInput, std::move(message), QString::fromLatin1(key));
}

Error tooShort()
{
    return phoneError("phone.too-short",
        QCoreApplication::translate("PhoneNumber", "The phone number is too short. Check that no digits are missing."));
}

Error tooLong()
{
    return phoneError("phone.too-long",
        QCoreApplication::translate("PhoneNumber", "The phone number is too long. Check for extra digits."));
}

QString regionDisplayName(const QString& region)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    if (territory == QLocale::AnyTerritory) {
        return region;
    }
    return QLocale::territoryToString(territory);
}

bool isKnownRegion(const pn::PhoneNumberUtil& util, const QString& region)
{
    return util.GetCountryCodeForRegion(region.toStdString()) != 0;
}

Error parseError(pn::PhoneNumberUtil::ErrorType type, const QString& input, const QString& region, bool regionKnown)
{
    switch (type) {
    case pn::PhoneNumberUtil::NOT_A_NUMBER:
        return phoneError("phone.not-a-number",
            QCoreApplication::translate(
                "PhoneNumber", "This is not a phone number. Enter digits, optionally with a leading +."));
    case pn::PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case pn::PhoneNumberUtil::TOO_SHORT_NSN:
        return tooShort();
    case pn::PhoneNumberUtil::TOO_LONG_NSN:
        return tooLong();
    case pn::PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
    case pn::PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    }
    if (input.startsWith(u'+')) {
        return phoneError("phone.unknown-region",
            QCoreApplication::translate("PhoneNumber", "The country code of this phone number does not exist."));
    }
    if (!regionKnown && region != u"ZZ") {
        return phoneError("phone.unknown-region",
            QCoreApplication::translate("PhoneNumber", "“%1” is not a country that phone numbers are known for.")
                .arg(region));
    }
    return phoneError("phone.unknown-region",
        QCoreApplication::translate(
            "PhoneNumber", "The country of this phone number is unknown. Add the country code, e.g. +49."));
}

// Strips the spacing people put between the digits so "00 44 …" and "0044…" look alike.
bool startsWithDoubleZero(const QString& input)
{
    QString digits;
    for (const QChar c : input) {
        if (c.isDigit()) {
            digits.append(c);
            if (digits.size() == 2) {
                break;
            }
        } else if (!c.isSpace() && c != u'-' && c != u'.' && c != u'(' && c != u')') {
            return false;
        }
    }
    return digits == u"00";
}

QString withPlusInsteadOfDoubleZero(const QString& input)
{
    qsizetype zeros = 0;
    qsizetype i = 0;
    for (; i < input.size() && zeros < 2; ++i) {
        if (input.at(i) == u'0') {
            ++zeros;
        }
    }
    return QStringLiteral("+") + input.mid(i);
}

PhoneNumber::LineType lineTypeOf(pn::PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case pn::PhoneNumberUtil::FIXED_LINE:
        return PhoneNumber::LineType::FixedLine;
    case pn::PhoneNumberUtil::MOBILE:
        return PhoneNumber::LineType::Mobile;
    case pn::PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return PhoneNumber::LineType::FixedLineOrMobile;
    case pn::PhoneNumberUtil::TOLL_FREE:
        return PhoneNumber::LineType::TollFree;
    case pn::PhoneNumberUtil::UNKNOWN:
        return PhoneNumber::LineType::Unknown;
    case pn::PhoneNumberUtil::PREMIUM_RATE:
    case pn::PhoneNumberUtil::SHARED_COST:
    case pn::PhoneNumberUtil::VOIP:
    case pn::PhoneNumberUtil::PERSONAL_NUMBER:
    case pn::PhoneNumberUtil::PAGER:
    case pn::PhoneNumberUtil::UAN:
    case pn::PhoneNumberUtil::VOICEMAIL:
        break;
    }
    return PhoneNumber::LineType::Other;
}

// Checks a parsed number against the metadata and explains the first reason it is not valid.
Result<void> checkValid(const pn::PhoneNumberUtil& util, const pn::PhoneNumber& number)
{
    if (util.IsValidNumber(number)) {
        return {};
    }
    switch (util.IsPossibleNumberWithReason(number)) {
    case pn::PhoneNumberUtil::TOO_SHORT:
    case pn::PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return tooShort();
    case pn::PhoneNumberUtil::TOO_LONG:
        return tooLong();
    case pn::PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return phoneError("phone.unknown-region",
            QCoreApplication::translate("PhoneNumber", "The country code of this phone number does not exist."));
    case pn::PhoneNumberUtil::IS_POSSIBLE:
    case pn::PhoneNumberUtil::INVALID_LENGTH:
        break;
    }
    std::string region;
    util.GetRegionCodeForCountryCode(number.country_code(), &region);
    return phoneError("phone.invalid-for-region",
        QCoreApplication::translate("PhoneNumber", "This is not a valid phone number in %1. Check the digits.")
            .arg(regionDisplayName(QString::fromStdString(region))));
}

} // namespace

Result<PhoneNumber> PhoneNumber::parse(const QString& input, const QString& defaultRegion)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        return phoneError("phone.empty", QCoreApplication::translate("PhoneNumber", "Enter a phone number."));
    }
    if (trimmed.size() > kMaxInputLength) {
        return tooLong();
    }
    QString region = defaultRegion.trimmed().toUpper();
    if (region.isEmpty()) {
        region = QStringLiteral("ZZ");
    }

    const pn::PhoneNumberUtil& util = *pn::PhoneNumberUtil::GetInstance();
    const bool regionKnown = isKnownRegion(util, region);
    pn::PhoneNumber number;
    pn::PhoneNumberUtil::ErrorType status = util.Parse(trimmed.toStdString(), region.toStdString(), &number);
    const bool firstAttemptValid = status == pn::PhoneNumberUtil::NO_PARSING_ERROR && util.IsValidNumber(number);
    if (!firstAttemptValid && startsWithDoubleZero(trimmed)) {
        // "00" is the international prefix in most of the world but not in the default region:
        // read it as "+" before giving up.
        pn::PhoneNumber retried;
        const pn::PhoneNumberUtil::ErrorType retryStatus =
            util.Parse(withPlusInsteadOfDoubleZero(trimmed).toStdString(), "ZZ", &retried);
        // A number that starts with "00" is meant to be international; if it parses that way, its
        // problems are explained as an international number's.
        if (retryStatus == pn::PhoneNumberUtil::NO_PARSING_ERROR) {
            number = retried;
            status = retryStatus;
        }
    }
    if (status != pn::PhoneNumberUtil::NO_PARSING_ERROR) {
        return parseError(status, trimmed, region, regionKnown);
    }
    if (Result<void> valid = checkValid(util, number); !valid) {
        return valid.error();
    }

    PhoneNumber result;
    result.m_extension = QString::fromStdString(number.extension());
    std::string text;
    util.Format(number, pn::PhoneNumberUtil::INTERNATIONAL, &text);
    result.m_international = QString::fromStdString(text);
    util.Format(number, pn::PhoneNumberUtil::NATIONAL, &text);
    result.m_national = QString::fromStdString(text);
    // E.164 never carries the extension. (Not clear_extension(): that would need libprotobuf.)
    util.Format(number, pn::PhoneNumberUtil::E164, &text);
    result.m_e164 = QString::fromStdString(text);
    util.GetRegionCodeForNumber(number, &text);
    result.m_region = QString::fromStdString(text);
    result.m_lineType = lineTypeOf(util.GetNumberType(number));
    return result;
}

Result<PhoneNumber> PhoneNumber::fromE164(const QString& e164, const QString& extension)
{
    const Error notE164 = phoneError("phone.not-e164",
        QCoreApplication::translate("PhoneNumber", "The stored phone number is not in international (E.164) form."));
    if (!e164.startsWith(u'+')) {
        return notE164;
    }
    QString input = e164;
    if (!extension.isEmpty()) {
        input += QStringLiteral(" ext. ") + extension;
    }
    Result<PhoneNumber> parsed = parse(input, QStringLiteral("ZZ"));
    if (!parsed) {
        return parsed.error();
    }
    if (parsed->e164() != e164 || parsed->extension() != extension) {
        return notE164;
    }
    return parsed;
}

std::optional<bool> PhoneNumber::isMobile() const
{
    switch (m_lineType) {
    case LineType::Mobile:
        return true;
    case LineType::FixedLine:
    case LineType::TollFree:
    case LineType::Other:
        return false;
    case LineType::Unknown:
    case LineType::FixedLineOrMobile:
        break;
    }
    return std::nullopt;
}

QString PhoneNumber::formatted(Format format) const
{
    return format == Format::International ? m_international : m_national;
}

} // namespace clientele::domain
