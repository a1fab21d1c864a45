#include "core/domain/Client.h"

#include <algorithm>
#include <utility>

#include <QCoreApplication>

#include "core/domain/ClinicalCodes.h"

namespace clientele::domain {

namespace {

constexpr qsizetype kMaxTagLength = 64;
// Nobody alive was born earlier; an older date is a typo (19 for 1900s, a swapped century).
const QDate kEarliestBirthDate(1900, 1, 1);

Error clientError(const char* key, QString message)
{
    return Error(Error::Code::InvalidInput, std::move(message), QString::fromLatin1(key));
}

} // namespace

Client::Client(QUuid id, QDateTime createdAt)
    : m_id(id)
    , m_createdAt(std::move(createdAt))
{
}

QString Client::displayName() const
{
    QString personal = m_givenName;
    if (!m_familyName.isEmpty()) {
        if (!personal.isEmpty()) {
            personal += u' ';
        }
        personal += m_familyName;
    }
    return personal.isEmpty() ? m_company : personal;
}

std::optional<EmailAddress> Client::primaryEmail() const
{
    if (m_emails.isEmpty()) {
        return std::nullopt;
    }
    return m_emails.constFirst();
}

bool Client::addEmail(const EmailAddress& email)
{
    Q_ASSERT(!email.isEmpty());
    const bool known = std::any_of(
        m_emails.cbegin(), m_emails.cend(), [&email](const EmailAddress& e) { return e.isSameMailbox(email); });
    if (known) {
        return false;
    }
    m_emails.append(email);
    return true;
}

bool Client::removeEmail(const EmailAddress& email)
{
    return m_emails.removeIf([&email](const EmailAddress& e) { return e.isSameMailbox(email); }) > 0;
}

Result<void> Client::makePrimaryEmail(const EmailAddress& email)
{
    const auto it = std::find_if(
        m_emails.begin(), m_emails.end(), [&email](const EmailAddress& e) { return e.isSameMailbox(email); });
    if (it == m_emails.end()) {
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("Client", "This email address is not one of the client's addresses."),
            QStringLiteral("client.email-not-listed"));
    }
    std::rotate(m_emails.begin(), it, it + 1);
    return {};
}

std::optional<PhoneNumber> Client::primaryPhone() const
{
    if (m_phones.isEmpty()) {
        return std::nullopt;
    }
    return m_phones.constFirst();
}

std::optional<PhoneNumber> Client::textablePhone() const
{
    const auto found = std::find_if(
        m_phones.cbegin(), m_phones.cend(), [](const PhoneNumber& p) { return p.isMobile().value_or(true); });
    if (found == m_phones.cend()) {
        return std::nullopt;
    }
    return *found;
}

bool Client::addPhone(const PhoneNumber& phone)
{
    Q_ASSERT(!phone.isEmpty());
    if (m_phones.contains(phone)) {
        return false;
    }
    m_phones.append(phone);
    return true;
}

bool Client::removePhone(const PhoneNumber& phone)
{
    return m_phones.removeAll(phone) > 0;
}

Result<void> Client::makePrimaryPhone(const PhoneNumber& phone)
{
    const auto it = std::find(m_phones.begin(), m_phones.end(), phone);
    if (it == m_phones.end()) {
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("Client", "This phone number is not one of the client's numbers."),
            QStringLiteral("client.phone-not-listed"));
    }
    std::rotate(m_phones.begin(), it, it + 1);
    return {};
}

Result<void> Client::setAddress(const PostalAddress& address)
{
    const PostalAddress normalized = address.normalized();
    if (Result<void> valid = normalized.validate(); !valid) {
        return valid;
    }
    m_address = normalized;
    return {};
}

Result<QString> Client::normalizeTag(const QString& tag)
{
    const QString trimmed = tag.trimmed();
    if (trimmed.isEmpty()) {
        return clientError("client.tag-empty", QCoreApplication::translate("Client", "A tag cannot be empty."));
    }
    if (trimmed.contains(u',')) {
        return clientError("client.tag-comma",
            QCoreApplication::translate("Client", "A tag cannot contain a comma. Add two tags instead."));
    }
    if (trimmed.size() > kMaxTagLength) {
        return clientError(
            "client.tag-too-long", QCoreApplication::translate("Client", "A tag can be at most 64 characters long."));
    }
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            return clientError("client.tag-control",
                QCoreApplication::translate("Client", "A tag cannot contain line breaks or control characters."));
        }
    }
    return trimmed;
}

bool Client::hasTag(const QString& tag) const
{
    return m_tags.contains(tag.trimmed(), Qt::CaseInsensitive);
}

Result<void> Client::addTag(const QString& tag)
{
    Result<QString> normalized = normalizeTag(tag);
    if (!normalized) {
        return normalized.error();
    }
    if (!m_tags.contains(normalized.value(), Qt::CaseInsensitive)) {
        m_tags.append(std::move(normalized).value());
    }
    return {};
}

bool Client::removeTag(const QString& tag)
{
    const QString trimmed = tag.trimmed();
    return m_tags.removeIf([&trimmed](const QString& t) { return t.compare(trimmed, Qt::CaseInsensitive) == 0; }) > 0;
}

Result<void> Client::setTags(const QStringList& tags)
{
    QStringList result;
    for (const QString& tag : tags) {
        Result<QString> normalized = normalizeTag(tag);
        if (!normalized) {
            return normalized.error();
        }
        if (!result.contains(normalized.value(), Qt::CaseInsensitive)) {
            result.append(std::move(normalized).value());
        }
    }
    m_tags = result;
    return {};
}

Result<void> Client::setDiagnosisCodes(const QStringList& codes)
{
    QStringList result;
    for (const QString& code : codes) {
        if (code.trimmed().isEmpty()) {
            continue;
        }
        Result<QString> normalized = normalizeIcd10(code);
        if (!normalized) {
            return normalized.error();
        }
        if (!result.contains(normalized.value())) {
            result.append(std::move(normalized).value());
        }
    }
    if (result.size() > kMaxDiagnosisCodes) {
        return clientError("client.too-many-diagnoses",
            QCoreApplication::translate("Client", "A client can have at most %1 diagnosis codes (A to L on a claim).")
                .arg(kMaxDiagnosisCodes));
    }
    m_diagnosisCodes = result;
    return {};
}

Result<void> Client::advanceTo(PipelineStage stage)
{
    if (Result<void> ok = PipelineRules::check(m_stage, stage, PipelineRules::Move::Advance); !ok) {
        return ok;
    }
    m_stage = stage;
    return {};
}

Result<void> Client::reopen(PipelineStage stage)
{
    if (Result<void> ok = PipelineRules::check(m_stage, stage, PipelineRules::Move::Reopen); !ok) {
        return ok;
    }
    m_stage = stage;
    return {};
}

Result<void> Client::recordConsent(const Consent& consent)
{
    if (!consent.at.isValid() || consent.at.timeSpec() != Qt::UTC) {
        return clientError("consent.time-not-utc",
            QCoreApplication::translate("Client", "A consent decision needs the time it was given, in UTC."));
    }
    if (consent.state == Consent::State::Unknown) {
        return clientError(
            "consent.unknown-state", QCoreApplication::translate("Client", "Record a consent as granted or revoked."));
    }
    Consent entry = consent;
    entry.evidence = entry.evidence.trimmed();
    // Imports and offline devices deliver old decisions late; keep the history in time order so
    // the latest decision is always the last.
    const auto position = std::upper_bound(
        m_consents.begin(), m_consents.end(), entry, [](const Consent& a, const Consent& b) { return a.at < b.at; });
    m_consents.insert(position, entry);
    return {};
}

Consent::State Client::consentState(ContactChannel channel) const
{
    for (auto it = m_consents.crbegin(); it != m_consents.crend(); ++it) {
        if (it->channel == channel) {
            return it->state;
        }
    }
    return Consent::State::Unknown;
}

bool Client::canContact(ContactChannel channel) const
{
    const Consent::State state = consentState(channel);
    switch (channel) {
    case ContactChannel::Email:
        return !m_emails.isEmpty() && state != Consent::State::Revoked;
    case ContactChannel::Sms:
        return state == Consent::State::Granted && textablePhone().has_value();
    }
    return false;
}

Result<void> Client::validate() const
{
    if (m_id.isNull()) {
        return Error(Error::Code::Internal, QCoreApplication::translate("Client", "The client has no id."),
            QStringLiteral("client.no-id"));
    }
    if (m_givenName.isEmpty() && m_familyName.isEmpty() && m_company.isEmpty()) {
        return clientError(
            "client.needs-name", QCoreApplication::translate("Client", "Enter a name or a company for the client."));
    }
    if (m_birthDate.isValid() && m_birthDate < kEarliestBirthDate) {
        return clientError("client.birth-date-too-early",
            QCoreApplication::translate("Client", "A birth date must be in 1900 or later."));
    }
    return {};
}

Result<void> Client::validateAt(const QDate& today) const
{
    if (Result<void> valid = validate(); !valid) {
        return valid;
    }
    if (m_birthDate.isValid() && today.isValid() && m_birthDate > today) {
        return clientError(
            "client.birth-date-future", QCoreApplication::translate("Client", "A birth date cannot be in the future."));
    }
    return {};
}

} // namespace clientele::domain
