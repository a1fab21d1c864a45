#include "core/store/ClientRows.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>

#include "core/store/SqlCipherDatabase.h"
#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"
#include "core/sync/UuidV7.h"

namespace clientele::ClientRows {

namespace {

using domain::Client;
using domain::Consent;
using domain::ContactChannel;

using StoredValues::text;

QCborArray addressGroup(const domain::PostalAddress& address)
{
    return {text(address.streetLines.join(u'\n')), text(address.city), text(address.region), text(address.postalCode),
        text(address.countryCode)};
}

QCborMap clientFields(const Client& client)
{
    QCborMap fields;
    fields.insert(QStringLiteral("given_name"), text(client.givenName()));
    fields.insert(QStringLiteral("family_name"), text(client.familyName()));
    fields.insert(QStringLiteral("company"), text(client.company()));
    fields.insert(QStringLiteral("notes"), text(client.notes()));
    fields.insert(QStringLiteral("stage"), domain::PipelineRules::name(client.stage()));
    fields.insert(QStringLiteral("source"), text(client.source()));
    fields.insert(QStringLiteral("created_at"), client.createdAt().toMSecsSinceEpoch());
    fields.insert(QStringLiteral("address"), addressGroup(client.address()));
    fields.insert(QStringLiteral("birth_date"), StoredValues::date(client.birthDate()));
    // Codes never contain a comma (normalizeIcd10), so joining them is lossless.
    fields.insert(QStringLiteral("diagnosis_codes"), text(client.diagnosisCodes().join(u',')));
    return fields;
}

struct Contact
{
    QString kind;
    QString value;
    QString label;
};

QList<Contact> contactsOf(const Client& client)
{
    QList<Contact> contacts;
    for (const auto& email : client.emails()) {
        contacts.append({QStringLiteral("email"), email.address(), {}});
    }
    for (const auto& phone : client.phones()) {
        contacts.append({QStringLiteral("phone"), phone.e164(), phone.extension()});
    }
    return contacts;
}

// Fractional-index-like position strings that sort in list order ("a000", "a001", ...).
QString position(int index)
{
    return u'a' + QStringLiteral("%1").arg(index, 3, 10, QLatin1Char('0'));
}

constexpr StoredValues::KeyTable<ContactChannel, 2> kChannels {
    {{ContactChannel::Email, "email"}, {ContactChannel::Sms, "sms"}}};
constexpr StoredValues::KeyTable<Consent::State, 3> kConsentStates {
    {{Consent::State::Unknown, "unknown"}, {Consent::State::Granted, "granted"}, {Consent::State::Revoked, "revoked"}}};
constexpr StoredValues::KeyTable<Consent::Method, 5> kConsentMethods {
    {{Consent::Method::Import, "import"}, {Consent::Method::WebForm, "web-form"}, {Consent::Method::Verbal, "verbal"},
        {Consent::Method::Written, "written"}, {Consent::Method::SmsKeyword, "sms-keyword"}}};

Result<void> insertChildren(WriteScope& scope, const Client& client, const std::function<QUuid()>& newId)
{
    const QList<Contact> contacts = contactsOf(client);
    for (int i = 0; i < contacts.size(); ++i) {
        QCborMap fields {{QStringLiteral("client_id"), client.id().toRfc4122()},
            {QStringLiteral("kind"), contacts.at(i).kind}, {QStringLiteral("value"), contacts.at(i).value},
            {QStringLiteral("label"), text(contacts.at(i).label)}, {QStringLiteral("position"), position(i)}};
        if (Result<void> done = scope.changes().insert(QStringLiteral("client_contact"), newId(), fields); !done) {
            return done;
        }
    }
    for (const QString& tag : client.tags()) {
        QCborMap fields {{QStringLiteral("client_id"), client.id().toRfc4122()}, {QStringLiteral("tag"), tag}};
        if (Result<void> done = scope.changes().insert(QStringLiteral("client_tag"), newId(), fields); !done) {
            return done;
        }
    }
    return {};
}

Result<void> insertConsents(
    WriteScope& scope, const QUuid& clientId, const QList<Consent>& consents, const std::function<QUuid()>& newId)
{
    for (const Consent& consent : consents) {
        QCborMap fields {{QStringLiteral("client_id"), clientId.toRfc4122()},
            {QStringLiteral("channel"), StoredValues::keyOf(kChannels, consent.channel)},
            {QStringLiteral("state"), StoredValues::keyOf(kConsentStates, consent.state)},
            {QStringLiteral("at"), consent.at.toMSecsSinceEpoch()},
            {QStringLiteral("method"), StoredValues::keyOf(kConsentMethods, consent.method)},
            {QStringLiteral("evidence"), text(consent.evidence)}};
        if (Result<void> done = scope.changes().insert(QStringLiteral("client_consent"), newId(), fields); !done) {
            return done;
        }
    }
    return {};
}

// Live child rows of a client in one table: (row id, value column).
Result<QList<QPair<QUuid, QString>>> children(SqlCipherDatabase& db, const char* sql, const QUuid& clientId)
{
    QList<QPair<QUuid, QString>> rows;
    Result<void> read = StoredValues::forEachRow(db, sql, clientId, [&rows](SqlStatement& row) -> Result<void> {
        rows.append({QUuid::fromRfc4122(row.blob(0)), row.text(1)});
        return {};
    });
    if (!read) {
        return read.error();
    }
    return rows;
}

Result<Client> readClient(SqlCipherDatabase& db, SqlStatement& row)
{
    const QUuid id = QUuid::fromRfc4122(row.blob(0));
    Client client(id, QDateTime::fromMSecsSinceEpoch(row.int64(7), Qt::UTC));
    client.setGivenName(row.text(1));
    client.setFamilyName(row.text(2));
    client.setCompany(row.text(3));
    client.setNotes(row.text(4));
    client.setSource(row.text(6));
    const auto stage = domain::PipelineRules::fromName(row.text(5));
    if (stage && *stage == domain::PipelineStage::Repeat) {
        (void)client.advanceTo(domain::PipelineStage::Booked);
    }
    if (stage) {
        (void)client.advanceTo(*stage);
    }
    domain::PostalAddress address;
    const QString street = row.text(8);
    if (!street.isEmpty()) {
        address.streetLines = street.split(u'\n');
    }
    address.city = row.text(9);
    address.region = row.text(10);
    address.postalCode = row.text(11);
    address.countryCode = row.text(12);
    (void)client.setAddress(address);
    client.setBirthDate(row.isNull(13) ? QDate() : QDate::fromString(row.text(13), Qt::ISODate));
    if (!row.isNull(14)) {
        // Stored codes were normalised when written; one that no longer reads (a newer code format
        // synced from another version) leaves the list empty rather than failing the whole client.
        (void)client.setDiagnosisCodes(row.text(14).split(u',', Qt::SkipEmptyParts));
    }

    Result<void> contacts = StoredValues::forEachRow(db,
        "SELECT kind, value, label FROM client_contact WHERE client_id = ?1 AND deleted = 0 ORDER BY position, id", id,
        [&client](SqlStatement& c) -> Result<void> {
            if (c.text(0) == u"email") {
                if (auto email = domain::EmailAddress::parse(c.text(1))) {
                    client.addEmail(email.value());
                }
            } else if (c.text(0) == u"phone") {
                if (auto phone = domain::PhoneNumber::fromE164(c.text(1), c.text(2))) {
                    client.addPhone(phone.value());
                }
            }
            return {};
        });
    if (!contacts) {
        return contacts.error();
    }
    Result<QList<QPair<QUuid, QString>>> tags =
        children(db, "SELECT id, tag FROM client_tag WHERE client_id = ?1 AND deleted = 0 ORDER BY id", id);
    if (!tags) {
        return tags.error();
    }
    QStringList tagNames;
    for (const auto& tag : tags.value()) {
        tagNames.append(tag.second);
    }
    (void)client.setTags(tagNames);
    Result<void> consents = StoredValues::forEachRow(db,
        "SELECT channel, state, at, method, evidence FROM client_consent WHERE client_id = ?1 AND deleted = 0 "
        "ORDER BY at, id",
        id, [&client](SqlStatement& c) -> Result<void> {
            Consent consent;
            consent.channel = StoredValues::fromKey(kChannels, c.text(0), ContactChannel::Email);
            consent.state = StoredValues::fromKey(kConsentStates, c.text(1), Consent::State::Unknown);
            consent.at = QDateTime::fromMSecsSinceEpoch(c.int64(2), Qt::UTC);
            consent.method = StoredValues::fromKey(kConsentMethods, c.text(3), Consent::Method::Import);
            consent.evidence = c.text(4);
            (void)client.recordConsent(consent);
            return {};
        });
    if (!consents) {
        return consents.error();
    }
    return client;
}

constexpr auto kSelectClient = "SELECT id, given_name, family_name, company, notes, stage, source, created_at, "
                               "address_street, address_city, address_region, address_postal_code, address_country, "
                               "birth_date, diagnosis_codes FROM client";

} // namespace

Result<void> insert(WriteScope& scope, const Client& client, const std::function<QUuid()>& newId)
{
    if (Result<void> valid = client.validate(); !valid) {
        return valid;
    }
    if (Result<void> done = scope.changes().insert(QStringLiteral("client"), client.id(), clientFields(client));
        !done) {
        return done;
    }
    if (Result<void> done = insertChildren(scope, client, newId); !done) {
        return done;
    }
    if (Result<void> done = insertConsents(scope, client.id(), client.consentHistory(), newId); !done) {
        return done;
    }
    return scope.search().refresh(QStringLiteral("client"), client.id());
}

Result<void> update(WriteScope& scope, const Client& before, const Client& after)
{
    Q_ASSERT(before.id() == after.id());
    if (Result<void> valid = after.validate(); !valid) {
        return valid;
    }
    if (Result<void> done = scope.changes().updateChanged(
            QStringLiteral("client"), after.id(), clientFields(before), clientFields(after));
        !done) {
        return done;
    }
    SqlCipherDatabase& db = scope.db();
    // Contacts: keep rows whose value is still there (moving them if their order changed), tombstone
    // the rest, add the new ones.
    Result<SqlStatement> existing = db.prepare(
        QStringLiteral("SELECT id, value, position FROM client_contact WHERE client_id = ?1 AND deleted = 0"));
    if (!existing) {
        return existing.error();
    }
    existing.value().bindBlob(1, after.id().toRfc4122());
    QHash<QString, QPair<QUuid, QString>> stored;
    Result<bool> step = existing.value().step();
    while (step && step.value()) {
        stored.insert(
            existing.value().text(1), {QUuid::fromRfc4122(existing.value().blob(0)), existing.value().text(2)});
        step = existing.value().step();
    }
    if (!step) {
        return step.error();
    }
    const QList<Contact> contacts = contactsOf(after);
    for (int i = 0; i < contacts.size(); ++i) {
        const Contact& contact = contacts.at(i);
        const auto found = stored.constFind(contact.value);
        if (found != stored.constEnd()) {
            if (found->second != position(i)) {
                if (Result<void> done = scope.changes().update(
                        QStringLiteral("client_contact"), found->first, {{QStringLiteral("position"), position(i)}});
                    !done) {
                    return done;
                }
            }
            stored.remove(contact.value);
            continue;
        }
        QCborMap fields {{QStringLiteral("client_id"), after.id().toRfc4122()}, {QStringLiteral("kind"), contact.kind},
            {QStringLiteral("value"), contact.value}, {QStringLiteral("label"), text(contact.label)},
            {QStringLiteral("position"), position(i)}};
        if (Result<void> done =
                scope.changes().insert(QStringLiteral("client_contact"), sync::UuidV7::create(), fields);
            !done) {
            return done;
        }
    }
    for (const auto& gone : std::as_const(stored)) {
        if (Result<void> done = scope.changes().remove(QStringLiteral("client_contact"), gone.first); !done) {
            return done;
        }
    }
    // Tags: add the new, tombstone the removed.
    Result<QList<QPair<QUuid, QString>>> tags =
        children(db, "SELECT id, tag FROM client_tag WHERE client_id = ?1 AND deleted = 0 ORDER BY id", after.id());
    if (!tags) {
        return tags.error();
    }
    QStringList remaining = after.tags();
    for (const auto& tag : tags.value()) {
        if (remaining.removeOne(tag.second)) {
            continue;
        }
        if (Result<void> done = scope.changes().remove(QStringLiteral("client_tag"), tag.first); !done) {
            return done;
        }
    }
    for (const QString& tag : std::as_const(remaining)) {
        QCborMap fields {{QStringLiteral("client_id"), after.id().toRfc4122()}, {QStringLiteral("tag"), tag}};
        if (Result<void> done = scope.changes().insert(QStringLiteral("client_tag"), sync::UuidV7::create(), fields);
            !done) {
            return done;
        }
    }
    // Consent history only grows.
    const QList<Consent>& history = after.consentHistory();
    if (history.size() > before.consentHistory().size()) {
        if (Result<void> done =
                insertConsents(scope, after.id(), history.mid(before.consentHistory().size()), &sync::UuidV7::create);
            !done) {
            return done;
        }
    }
    return scope.search().refreshClientAndDependents(after.id());
}

Result<void> remove(WriteScope& scope, const QUuid& id)
{
    // Stripe would go on charging a client nobody could find any more.
    Result<qint64> running = scope.db().queryInt(
        QStringLiteral("SELECT count(*) FROM subscription WHERE client_id = x'%1' AND deleted = 0 AND state IN "
                       "('active', 'past_due')")
            .arg(QString::fromLatin1(id.toRfc4122().toHex())));
    if (!running) {
        return running.error();
    }
    if (running.value() > 0) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "ClientRows", "This client has a subscription Stripe still charges. End it first (Subscriptions tab)."),
            QStringLiteral("client.remove-subscribed"));
    }
    if (Result<void> done = scope.changes().remove(QStringLiteral("client"), id); !done) {
        return done;
    }
    return scope.search().refresh(QStringLiteral("client"), id);
}

Result<void> undelete(WriteScope& scope, const QUuid& id)
{
    SqlCipherDatabase& db = scope.db();
    // When the client was removed: its _deleted stamp. Children tombstoned at or after it went with it.
    Result<SqlStatement*> stamp =
        db.cached("SELECT hlc FROM crdt_field WHERE tbl = 'client' AND row_id = ?1 AND field = '_deleted'");
    if (!stamp) {
        return stamp.error();
    }
    stamp.value()->bindBlob(1, id.toRfc4122());
    Result<bool> found = stamp.value()->step();
    const qint64 removedAt = found && found.value() ? stamp.value()->int64(0) : 0;
    stamp.value()->reset();
    if (!found) {
        return found.error();
    }
    if (Result<void> done = scope.changes().undelete(QStringLiteral("client"), id); !done) {
        return done;
    }
    if (removedAt > 0) {
        for (const char* table : {"client_contact", "client_tag", "client_consent"}) {
            const QString sql =
                QStringLiteral("SELECT t.id FROM %1 t JOIN crdt_field f ON f.tbl = '%1' AND f.row_id = t.id "
                               "AND f.field = '_deleted' WHERE t.client_id = ?1 AND t.deleted = 1 "
                               "AND f.hlc >= %2")
                    .arg(QString::fromLatin1(table))
                    .arg(removedAt);
            const Result<QList<QUuid>> ids = StoredValues::rowIds(db, sql, id);
            if (!ids) {
                return ids.error();
            }
            for (const QUuid& child : ids.value()) {
                if (Result<void> done = scope.changes().undelete(QString::fromLatin1(table), child); !done) {
                    return done;
                }
            }
        }
    }
    return scope.search().refreshClientAndDependents(id);
}

Result<Client> merge(WriteScope& scope, const QUuid& keepId, const QUuid& duplicateId)
{
    if (keepId == duplicateId) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("ClientRows", "A client can't be merged with itself."),
            QStringLiteral("client.merge-self"));
    }
    SqlCipherDatabase& db = scope.db();
    Result<std::optional<Client>> keep = load(db, keepId);
    if (!keep) {
        return keep.error();
    }
    Result<std::optional<Client>> duplicate = load(db, duplicateId);
    if (!duplicate) {
        return duplicate.error();
    }
    if (!keep.value() || !duplicate.value()) {
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("ClientRows", "One of the clients to merge no longer exists."),
            QStringLiteral("client.merge-missing"));
    }
    const Client& before = *keep.value();
    const Client& other = *duplicate.value();
    // Move everything that names the duplicate; its consent history goes along, so a revocation given
    // under the duplicate still holds for the kept client.
    for (const char* table :
        {"booking", "invoice", "contract", "message", "questionnaire_response", "client_consent", "subscription"}) {
        Result<SqlStatement> rows =
            db.prepare(QStringLiteral("SELECT id FROM %1 WHERE client_id = ?1").arg(QString::fromLatin1(table)));
        if (!rows) {
            return rows.error();
        }
        rows.value().bindBlob(1, duplicateId.toRfc4122());
        QList<QUuid> ids;
        Result<bool> step = rows.value().step();
        while (step && step.value()) {
            ids.append(QUuid::fromRfc4122(rows.value().blob(0)));
            step = rows.value().step();
        }
        if (!step) {
            return step.error();
        }
        for (const QUuid& id : std::as_const(ids)) {
            if (Result<void> done = scope.changes().update(
                    QString::fromLatin1(table), id, {{QStringLiteral("client_id"), keepId.toRfc4122()}});
                !done) {
                return done.error();
            }
        }
    }
    Client after = before;
    if (after.givenName().isEmpty() && after.familyName().isEmpty()) {
        after.setGivenName(other.givenName());
        after.setFamilyName(other.familyName());
    }
    if (after.company().isEmpty()) {
        after.setCompany(other.company());
    }
    if (after.source().isEmpty()) {
        after.setSource(other.source());
    }
    if (after.address().isEmpty() && !other.address().isEmpty()) {
        (void)after.setAddress(other.address());
    }
    if (!after.birthDate().isValid()) {
        after.setBirthDate(other.birthDate());
    }
    // The kept client's diagnoses first; when the two lists together exceed a claim's twelve, the kept
    // client's list stays as it is and the duplicate's codes are left to the practitioner.
    (void)after.setDiagnosisCodes(after.diagnosisCodes() + other.diagnosisCodes());
    for (const auto& email : other.emails()) {
        after.addEmail(email);
    }
    for (const auto& phone : other.phones()) {
        after.addPhone(phone);
    }
    for (const QString& tag : other.tags()) {
        (void)after.addTag(tag);
    }
    const QString otherNotes = other.notes().trimmed();
    if (!otherNotes.isEmpty() && !after.notes().contains(otherNotes)) {
        after.setNotes(after.notes().trimmed().isEmpty() ? otherNotes : after.notes().trimmed() + u"\n\n" + otherNotes);
    }
    if (other.stage() > after.stage()) {
        if (other.stage() == domain::PipelineStage::Repeat && after.stage() < domain::PipelineStage::Booked) {
            (void)after.advanceTo(domain::PipelineStage::Booked);
        }
        (void)after.advanceTo(other.stage());
    }
    if (Result<void> done = update(scope, before, after); !done) {
        return done.error();
    }
    if (Result<void> done = remove(scope, duplicateId); !done) {
        return done.error();
    }
    Result<std::optional<Client>> merged = load(db, keepId);
    if (!merged) {
        return merged.error();
    }
    return *merged.value();
}

Result<std::optional<Client>> load(SqlCipherDatabase& db, const QUuid& id)
{
    Result<std::optional<SqlStatement>> row =
        StoredValues::findRow(db, QString::fromLatin1(kSelectClient) + u" WHERE id = ?1 AND deleted = 0", id);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return std::optional<Client>();
    }
    Result<Client> client = readClient(db, *row.value());
    if (!client) {
        return client.error();
    }
    return std::optional<Client>(std::move(client).value());
}

Result<int> forEach(SqlCipherDatabase& db, const std::function<Result<void>(const Client&)>& visit)
{
    Result<SqlStatement> rows = db.prepare(QString::fromLatin1(kSelectClient) + u" WHERE deleted = 0 ORDER BY id");
    if (!rows) {
        return rows.error();
    }
    int count = 0;
    Result<bool> step = rows.value().step();
    while (step && step.value()) {
        Result<Client> client = readClient(db, rows.value());
        if (!client) {
            return client.error();
        }
        if (Result<void> visited = visit(client.value()); !visited) {
            return visited.error();
        }
        ++count;
        step = rows.value().step();
    }
    if (!step) {
        return step.error();
    }
    return count;
}

Result<std::optional<QUuid>> findByContact(SqlCipherDatabase& db, const QString& value)
{
    Result<SqlStatement*> query =
        db.cached("SELECT cc.client_id FROM client_contact cc JOIN client c ON c.id = cc.client_id "
                  "WHERE cc.value = ?1 AND cc.deleted = 0 AND c.deleted = 0 LIMIT 1");
    if (!query) {
        return query.error();
    }
    query.value()->bind(1, value);
    Result<bool> found = query.value()->step();
    if (!found) {
        return found.error();
    }
    std::optional<QUuid> id;
    if (found.value()) {
        id = QUuid::fromRfc4122(query.value()->blob(0));
    }
    query.value()->reset();
    return id;
}

Result<void> addConsent(WriteScope& scope, const QUuid& clientId, const Consent& consent)
{
    return insertConsents(scope, clientId, {consent}, &sync::UuidV7::create);
}

Result<QList<QUuid>> clientsWithPhone(SqlCipherDatabase& db, const QString& e164)
{
    Result<SqlStatement> query = db.prepare(
        QStringLiteral("SELECT DISTINCT cc.client_id FROM client_contact cc JOIN client c ON c.id = cc.client_id "
                       "WHERE cc.kind = 'phone' AND cc.value = ?1 AND cc.deleted = 0 AND c.deleted = 0"));
    if (!query) {
        return query.error();
    }
    query.value().bind(1, e164);
    QList<QUuid> clients;
    for (;;) {
        Result<bool> row = query.value().step();
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            return clients;
        }
        clients.append(QUuid::fromRfc4122(query.value().blob(0)));
    }
}

} // namespace clientele::ClientRows
