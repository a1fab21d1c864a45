#include "core/domain/EmailAddress.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace clientele::domain {

namespace {

constexpr qsizetype kMaxLocalPartBytes = 64;
constexpr qsizetype kMaxDomainBytes = 253;
constexpr qsizetype kMaxLabelBytes = 63;
// RFC 5321 path limit (256) minus the angle brackets.
constexpr qsizetype kMaxAddressBytes = 254;

Error emailError(const char* key, QString message)
{
    return Error(Error::Code::InvalidInput, std::move(message), QString::fromLatin1(key));
}

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
}

Result<void> checkLocalPart(const QString& local)
{
    if (local.isEmpty()) {
        return emailError(
            "email.local-empty", QCoreApplication::translate("EmailAddress", "The part before the @ is missing."));
    }
    if (local.toUtf8().size() > kMaxLocalPartBytes) {
        return emailError("email.local-too-long",
            QCoreApplication::translate("EmailAddress", "The part before the @ is longer than 64 characters."));
    }
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QStringLiteral(".."))) {
        return emailError("email.local-dots",
            QCoreApplication::translate(
                "EmailAddress", "The part before the @ cannot start or end with a dot or contain two dots in a row."));
    }
    static const QString forbidden = QStringLiteral("()<>[]\\,;:\"");
    for (const QChar c : local) {
        if (forbidden.contains(c) || isControl(c) || c.isSpace()) {
            return emailError("email.local-character",
                QCoreApplication::translate(
                    "EmailAddress", "The part before the @ contains a character that is not allowed."));
        }
    }
    return {};
}

bool isAsciiLabel(const QString& label)
{
    if (label.isEmpty() || label.size() > kMaxLabelBytes || label.startsWith(u'-') || label.endsWith(u'-')) {
        return false;
    }
    for (const QChar c : label) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-')) {
            return false;
        }
    }
    return true;
}

Result<void> checkAsciiDomain(const QString& ascii)
{
    const Error invalid = emailError("email.domain-invalid",
        QCoreApplication::translate("EmailAddress", "The part after the @ is not a valid domain name."));
    if (ascii.isEmpty() || ascii.size() > kMaxDomainBytes) {
        return invalid;
    }
    const QStringList labels = ascii.split(u'.');
    if (labels.size() < 2) {
        return emailError("email.domain-no-dot",
            QCoreApplication::translate("EmailAddress", "The part after the @ needs a dot, as in example.com."));
    }
    for (const QString& label : labels) {
        if (!isAsciiLabel(label)) {
            return invalid;
        }
    }
    // A top-level domain is never all digits; "jane@10.0.0.1" is an address without a domain.
    bool allDigits = true;
    for (const QChar c : labels.constLast()) {
        allDigits = allDigits && c.isDigit();
    }
    if (allDigits) {
        return invalid;
    }
    return {};
}

} // namespace

Result<EmailAddress> EmailAddress::parse(const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        return emailError("email.empty", QCoreApplication::translate("EmailAddress", "Enter an email address."));
    }
    if (trimmed.contains(u'<') || trimmed.contains(u'>') || trimmed.contains(u'"')) {
        return emailError("email.display-name",
            QCoreApplication::translate("EmailAddress",
                "Enter only the address, like jane@example.com, without a name, quotes or angle brackets."));
    }
    for (const QChar c : trimmed) {
        if (c.isSpace() || isControl(c)) {
            return emailError("email.whitespace",
                QCoreApplication::translate("EmailAddress", "An email address cannot contain spaces or line breaks."));
        }
    }
    const qsizetype at = trimmed.indexOf(u'@');
    if (at < 0) {
        return emailError("email.no-at",
            QCoreApplication::translate("EmailAddress", "An email address needs an @, as in jane@example.com."));
    }
    if (trimmed.indexOf(u'@', at + 1) >= 0) {
        return emailError("email.several-at",
            QCoreApplication::translate(
                "EmailAddress", "An email address has only one @. Enter one address at a time."));
    }
    const QString local = trimmed.left(at);
    if (Result<void> ok = checkLocalPart(local); !ok) {
        return ok.error();
    }
    const QString domainInput = trimmed.mid(at + 1);
    if (domainInput.isEmpty()) {
        return emailError(
            "email.domain-empty", QCoreApplication::translate("EmailAddress", "The part after the @ is missing."));
    }
    if (domainInput.startsWith(u'[')) {
        return emailError("email.domain-invalid",
            QCoreApplication::translate("EmailAddress", "The part after the @ is not a valid domain name."));
    }
    // toAce applies the IDNA mapping (which lowercases); fromAce gives the Unicode form back for
    // display, regardless of Qt's list of TLDs it trusts to show in Unicode.
    const QString ascii = QString::fromLatin1(QUrl::toAce(domainInput, QUrl::IgnoreIDNWhitelist)).toLower();
    if (Result<void> ok = checkAsciiDomain(ascii); !ok) {
        return ok.error();
    }
    EmailAddress result;
    result.m_localPart = local;
    result.m_asciiDomain = ascii;
    result.m_domain = QUrl::fromAce(ascii.toLatin1(), QUrl::IgnoreIDNWhitelist).toLower();
    if (result.asciiAddress().toUtf8().size() > kMaxAddressBytes) {
        return emailError("email.too-long",
            QCoreApplication::translate("EmailAddress", "The email address is longer than 254 characters."));
    }
    return result;
}

bool EmailAddress::isSameMailbox(const EmailAddress& other) const
{
    return m_asciiDomain == other.m_asciiDomain && m_localPart.compare(other.m_localPart, Qt::CaseInsensitive) == 0;
}

} // namespace clientele::domain
