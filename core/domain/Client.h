#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include "core/Result.h"
#include "core/domain/Consent.h"
#include "core/domain/ContactChannel.h"
#include "core/domain/EmailAddress.h"
#include "core/domain/PhoneNumber.h"
#include "core/domain/PipelineStage.h"
#include "core/domain/PostalAddress.h"

namespace clientele::domain {

// A client of the practice (DESIGN.md §2, Clients).
//
// Decisions:
// - The id comes from the caller (storage/sync issue UUIDv7 ids); this class never makes one.
// - A valid client has a given name, a family name or a company. Email and phone are optional:
//   a walk-in or a referral is often written down before anyone knows how to reach them.
// - Emails and phones are lists whose first entry is the primary one. The same mailbox or number
//   is never listed twice.
// - Tags are trimmed, contain no commas (CSV exports and the tag editor split on commas), are at
//   most 64 characters and are unique ignoring case; the first spelling wins.
// - Consent is a history, never overwritten. The current state of a channel is its latest entry.
//   canContact(Email) needs an address and no revocation: emailing someone who gave the practice
//   their address is expected, and an opt-out is honoured. canContact(Sms) needs a number that is
//   not known to be a landline and an explicit Granted (SMS needs opt-in; STOP revokes it).
// - Birth date and diagnosis codes are what a superbill needs; both are optional and most practices
//   never fill them in. A birth date in the future needs today's date to be seen, which an entity
//   does not have: validate() refuses only dates before 1900, validateAt(today) adds the future
//   check for editors and importers, who know the date.
// - Diagnosis codes are ICD-10-CM, in the order they are pointed at on a CMS-1500 (A to L, so at
//   most twelve), each once.
class Client final
{
public:
    Client() = default;
    Client(QUuid id, QDateTime createdAt);

    const QUuid& id() const { return m_id; }
    const QDateTime& createdAt() const { return m_createdAt; }

    const QString& givenName() const { return m_givenName; }
    void setGivenName(const QString& name) { m_givenName = name.trimmed(); }
    const QString& familyName() const { return m_familyName; }
    void setFamilyName(const QString& name) { m_familyName = name.trimmed(); }
    const QString& company() const { return m_company; }
    void setCompany(const QString& company) { m_company = company.trimmed(); }
    // "Given Family"; just the part that exists; the company when there is no personal name.
    QString displayName() const;

    const QList<EmailAddress>& emails() const { return m_emails; }
    std::optional<EmailAddress> primaryEmail() const;
    // Adds an address (the first one becomes primary); false if the same mailbox is already listed.
    bool addEmail(const EmailAddress& email);
    // Removes an address; the next one becomes primary. False if it was not listed.
    bool removeEmail(const EmailAddress& email);
    Result<void> makePrimaryEmail(const EmailAddress& email);

    const QList<PhoneNumber>& phones() const { return m_phones; }
    std::optional<PhoneNumber> primaryPhone() const;
    // The first number that can take a text: a mobile, or one whose kind libphonenumber cannot
    // tell (North American numbers); never a landline.
    std::optional<PhoneNumber> textablePhone() const;
    bool addPhone(const PhoneNumber& phone);
    bool removePhone(const PhoneNumber& phone);
    Result<void> makePrimaryPhone(const PhoneNumber& phone);

    const PostalAddress& address() const { return m_address; }
    // Stores the normalised address; refuses one that does not validate.
    Result<void> setAddress(const PostalAddress& address);

    const QStringList& tags() const { return m_tags; }
    // Trims and checks a tag; refusals: "client.tag-empty", "client.tag-comma", "client.tag-too-long",
    // "client.tag-control".
    static Result<QString> normalizeTag(const QString& tag);
    // Adding a tag that is already there (in any case) succeeds and changes nothing.
    Result<void> addTag(const QString& tag);
    bool removeTag(const QString& tag);
    // Replaces all tags, or none if any is refused.
    Result<void> setTags(const QStringList& tags);
    bool hasTag(const QString& tag) const;

    const QString& notes() const { return m_notes; }
    void setNotes(const QString& notes) { m_notes = notes; }
    // Where the lead came from ("Instagram", "Referral: Jane").
    const QString& source() const { return m_source; }
    void setSource(const QString& source) { m_source = source.trimmed(); }

    // Null when unknown.
    const QDate& birthDate() const { return m_birthDate; }
    void setBirthDate(const QDate& date) { m_birthDate = date; }

    static constexpr qsizetype kMaxDiagnosisCodes = 12;
    const QStringList& diagnosisCodes() const { return m_diagnosisCodes; }
    // Replaces the codes with their normalised spelling (normalizeIcd10), dropping blank entries and
    // repeats (the first stays). Refuses the whole list, changing nothing, when a code is not ICD-10
    // ("code.bad-icd10", the message names the code) or more than twelve remain
    // ("client.too-many-diagnoses").
    Result<void> setDiagnosisCodes(const QStringList& codes);

    PipelineStage stage() const { return m_stage; }
    // See PipelineRules: forward moves are free, Repeat only from Booked.
    Result<void> advanceTo(PipelineStage stage);
    // Moves back deliberately (a lost booking, a mistaken click).
    Result<void> reopen(PipelineStage stage);

    // Appends a decision to the history. Refused: a time that is not valid UTC
    // ("consent.time-not-utc"), or the Unknown state ("consent.unknown-state"), which is only the
    // starting point and cannot be recorded.
    Result<void> recordConsent(const Consent& consent);
    // Oldest first, ordered by time; decisions with the same time keep the order they were recorded.
    const QList<Consent>& consentHistory() const { return m_consents; }
    Consent::State consentState(ContactChannel channel) const;
    bool canContact(ContactChannel channel) const;

    // "client.no-id" without an id, "client.needs-name" without a given name, family name or company,
    // "client.birth-date-too-early" for a birth date before 1900.
    Result<void> validate() const;
    // validate(), and "client.birth-date-future" for a birth date after today.
    Result<void> validateAt(const QDate& today) const;

private:
    QUuid m_id;
    QDateTime m_createdAt;
    QString m_givenName;
    QString m_familyName;
    QString m_company;
    QList<EmailAddress> m_emails;
    QList<PhoneNumber> m_phones;
    PostalAddress m_address;
    QStringList m_tags;
    QString m_notes;
    QString m_source;
    QDate m_birthDate;
    QStringList m_diagnosisCodes;
    PipelineStage m_stage = PipelineStage::Inquiry;
    QList<Consent> m_consents;
};

} // namespace clientele::domain
