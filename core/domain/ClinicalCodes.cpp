#include "core/domain/ClinicalCodes.h"

#include <QCoreApplication>

namespace clientele::domain {

namespace {

// What a refusal quotes of the input; long pasted text is cut so the message stays readable.
constexpr qsizetype kMaxShownLength = 20;

Error codeError(const char* key, QString message)
{
    return Error(Error::Code::InvalidInput, std::move(message), QString::fromLatin1(key));
}

QString shown(const QString& text)
{
    return text.left(kMaxShownLength);
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isAlnum(QChar c)
{
    return isDigit(c) || isLetter(c);
}

bool allAlnum(QStringView text)
{
    for (const QChar c : text) {
        if (!isAlnum(c)) {
            return false;
        }
    }
    return true;
}

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (!isDigit(c)) {
            return false;
        }
    }
    return true;
}

} // namespace

Result<QString> normalizeIcd10(const QString& code)
{
    const QString text = code.trimmed().toUpper();
    const auto refuse = [&text] {
        return codeError("code.bad-icd10",
            QCoreApplication::translate(
                "ClinicalCodes", "“%1” is not an ICD-10 diagnosis code. Diagnosis codes look like F41.1.")
                .arg(shown(text)));
    };
    if (text.size() < 3) {
        return refuse();
    }
    const QStringView category = QStringView(text).left(3);
    QStringView rest = QStringView(text).mid(3);
    if (rest.startsWith(u'.')) {
        rest = rest.mid(1);
        if (rest.isEmpty()) {
            return refuse();
        }
    }
    const QChar third = category.at(2);
    if (!isLetter(category.at(0)) || !isDigit(category.at(1)) || !(isDigit(third) || third == u'A' || third == u'B')
        || rest.size() > 4 || !allAlnum(rest)) {
        return refuse();
    }
    if (rest.isEmpty()) {
        return category.toString();
    }
    return QString(category.toString() + u'.' + rest.toString());
}

Result<QString> normalizeProcedureCode(const QString& code)
{
    const QString text = code.trimmed().toUpper();
    const QStringView view(text);
    const bool cpt = text.size() == 5 && allDigits(view.left(4))
        && (isDigit(text.at(4)) || text.at(4) == u'F' || text.at(4) == u'T' || text.at(4) == u'U');
    const bool hcpcs = text.size() == 5 && isLetter(text.at(0)) && allDigits(view.mid(1));
    if (!cpt && !hcpcs) {
        return codeError("code.bad-procedure",
            QCoreApplication::translate(
                "ClinicalCodes", "“%1” is not a CPT or HCPCS procedure code. Procedure codes look like 90837 or G0444.")
                .arg(shown(text)));
    }
    return text;
}

Result<QString> normalizeModifier(const QString& modifier)
{
    const QString text = modifier.trimmed().toUpper();
    if (text.size() != 2 || !allAlnum(text)) {
        return codeError("code.bad-modifier",
            QCoreApplication::translate(
                "ClinicalCodes", "“%1” is not a procedure modifier. Modifiers are two characters, like 95 or GT.")
                .arg(shown(text)));
    }
    return text;
}

Result<QString> normalizePlaceOfService(const QString& code)
{
    const QString text = code.trimmed();
    if (text.isEmpty() || text.size() > 2 || !allDigits(text) || text.toInt() == 0) {
        return codeError("code.bad-place-of-service",
            QCoreApplication::translate(
                "ClinicalCodes", "“%1” is not a place-of-service code. Use a number from 01 to 99, like 11 (office).")
                .arg(shown(text)));
    }
    return text.rightJustified(2, u'0');
}

QString placeOfServiceName(const QString& code)
{
    const Result<QString> normalized = normalizePlaceOfService(code);
    if (!normalized) {
        return {};
    }
    // The CMS names, shortened where the official ones run to a sentence.
    switch (normalized.value().toInt()) {
    case 2:
        return QCoreApplication::translate("ClinicalCodes", "Telehealth other than patient's home");
    case 3:
        return QCoreApplication::translate("ClinicalCodes", "School");
    case 10:
        return QCoreApplication::translate("ClinicalCodes", "Telehealth in patient's home");
    case 11:
        return QCoreApplication::translate("ClinicalCodes", "Office");
    case 12:
        return QCoreApplication::translate("ClinicalCodes", "Home");
    case 19:
        return QCoreApplication::translate("ClinicalCodes", "Off campus outpatient hospital");
    case 22:
        return QCoreApplication::translate("ClinicalCodes", "On campus outpatient hospital");
    case 49:
        return QCoreApplication::translate("ClinicalCodes", "Independent clinic");
    case 53:
        return QCoreApplication::translate("ClinicalCodes", "Community mental health center");
    case 99:
        return QCoreApplication::translate("ClinicalCodes", "Other place of service");
    default:
        return {};
    }
}

const QStringList& commonPlacesOfService()
{
    static const QStringList codes {QStringLiteral("11"), QStringLiteral("10"), QStringLiteral("02"),
        QStringLiteral("12"), QStringLiteral("03"), QStringLiteral("49"), QStringLiteral("53"), QStringLiteral("19"),
        QStringLiteral("22"), QStringLiteral("99")};
    return codes;
}

} // namespace clientele::domain
