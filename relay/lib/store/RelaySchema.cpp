#include "relay/lib/store/RelaySchema.h"

namespace clientele::relay {

namespace {

// Version 1: vaults, devices, pairing offers, the per-vault log and webhook events (SYNC.md part 2).
const char* const kVersion1[] = {
    "CREATE TABLE vault (id TEXT PRIMARY KEY, head_seq BIGINT NOT NULL DEFAULT 0, public_key %BLOB% NOT NULL, "
    "recovery_blob %BLOB%, created_at BIGINT NOT NULL)",
    // token_hash is the SHA-256 of a 256-bit random token: unique, and looked up on every request.
    "CREATE TABLE device (id TEXT PRIMARY KEY, vault_id TEXT NOT NULL REFERENCES vault(id), "
    "token_hash %BLOB% NOT NULL UNIQUE, name TEXT NOT NULL, pulled_seq BIGINT NOT NULL DEFAULT 0, "
    "created_at BIGINT NOT NULL, last_seen BIGINT NOT NULL DEFAULT 0, revoked_at BIGINT NOT NULL DEFAULT 0)",
    "CREATE INDEX device_by_vault ON device(vault_id)",
    // A claimed or expired offer is deleted, sealed keys and all.
    "CREATE TABLE pairing (id TEXT PRIMARY KEY, vault_id TEXT NOT NULL REFERENCES vault(id), "
    "code_hash %BLOB% NOT NULL UNIQUE, sealed_keys %BLOB% NOT NULL, created_by TEXT NOT NULL, "
    "created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)",
    "CREATE TABLE batch (vault_id TEXT NOT NULL REFERENCES vault(id), seq BIGINT NOT NULL, batch_id TEXT NOT NULL, "
    "device_id TEXT NOT NULL, key_id INTEGER NOT NULL, hlc_max BIGINT NOT NULL DEFAULT 0, "
    "received_at BIGINT NOT NULL, blob %BLOB% NOT NULL, PRIMARY KEY (vault_id, seq), UNIQUE (vault_id, batch_id))",
    "CREATE TABLE inbound_event (provider TEXT NOT NULL, event_id TEXT NOT NULL, vault_id TEXT, payload %BLOB%, "
    "payload_sha256 %BLOB% NOT NULL, received_at BIGINT NOT NULL, processed_at BIGINT NOT NULL DEFAULT 0, "
    "outcome TEXT, PRIMARY KEY (provider, event_id))",
    "CREATE INDEX inbound_event_unprocessed ON inbound_event(processed_at, received_at)",
};

// Version 2: side-effect commands with exactly-once effects (SYNC.md §3.9), the practice's Stripe
// connected account, and SMS opt-outs per vault and phone number.
const char* const kVersion2[] = {
    // params is the JSON the relay must read to execute the command; it is set to NULL once the
    // command is final, and params_sha256 stays to recognise a retried POST.
    "CREATE TABLE command (id TEXT PRIMARY KEY, vault_id TEXT NOT NULL REFERENCES vault(id), device_id TEXT NOT "
    "NULL, type TEXT NOT NULL, params %BLOB%, params_sha256 %BLOB% NOT NULL, state TEXT NOT NULL, "
    "attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at BIGINT NOT NULL, provider_ref TEXT, result %BLOB%, "
    "error_code TEXT, error_message TEXT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)",
    "CREATE INDEX command_due ON command(state, next_attempt_at)",
    "CREATE INDEX command_by_provider_ref ON command(provider_ref)",
    "CREATE TABLE stripe_account (vault_id TEXT PRIMARY KEY REFERENCES vault(id), account_id TEXT NOT NULL UNIQUE, "
    "created_at BIGINT NOT NULL)",
    // Which vault last texted a number: inbound replies on the shared sender go to that vault.
    "CREATE TABLE sms_contact (phone TEXT NOT NULL, vault_id TEXT NOT NULL REFERENCES vault(id), "
    "last_sent_at BIGINT NOT NULL, PRIMARY KEY (phone, vault_id))",
    "CREATE INDEX sms_contact_latest ON sms_contact(phone, last_sent_at)",
    "CREATE TABLE sms_opt_out (vault_id TEXT NOT NULL REFERENCES vault(id), phone TEXT NOT NULL, keyword TEXT NOT "
    "NULL, changed_at BIGINT NOT NULL, opted_out INTEGER NOT NULL, PRIMARY KEY (vault_id, phone))",
};

// Version 3: subscribable calendar feeds, sealed with a key only the feed's URL carries.
const char* const kVersion3[] = {
    "CREATE TABLE calendar_feed (id TEXT PRIMARY KEY, vault_id TEXT NOT NULL REFERENCES vault(id), "
    "sealed %BLOB% NOT NULL, updated_at BIGINT NOT NULL)",
    "CREATE INDEX calendar_feed_by_vault ON calendar_feed(vault_id)",
};

// Version 4: which vault a Stripe payment belongs to, learnt from the paid Checkout Session. A dispute
// (and a refund made in Stripe's dashboard) carries no metadata of ours, only the payment intent.
const char* const kVersion4[] = {
    "CREATE TABLE stripe_payment (payment_intent TEXT PRIMARY KEY, vault_id TEXT NOT NULL REFERENCES vault(id), "
    "created_at BIGINT NOT NULL)",
};

// Version 5: a pairing offer keeps the hash of the proof that the claimant knows the whole code.
// Offers made before it asked for no proof; they are dropped (a new code takes a minute).
const char* const kVersion5[] = {
    "DELETE FROM pairing",
    "ALTER TABLE pairing ADD COLUMN proof_hash %BLOB%",
};

// Version 6: each device's place in its vault, in the order devices were added (0 for the one that
// made the vault), handed out under the vault's row lock so two devices never share one. The
// desktop numbers its invoices in a series of its own by it. Devices made before are numbered by
// the time they were made.
const char* const kVersion6[] = {
    "ALTER TABLE vault ADD COLUMN device_count BIGINT NOT NULL DEFAULT 0",
    "ALTER TABLE device ADD COLUMN ordinal BIGINT",
    ("UPDATE device SET ordinal = (SELECT count(*) FROM device d2 WHERE d2.vault_id = device.vault_id AND "
     "(d2.created_at < device.created_at OR (d2.created_at = device.created_at AND d2.id < device.id)))"),
    "UPDATE vault SET device_count = (SELECT count(*) FROM device WHERE device.vault_id = vault.id)",
};

QStringList statements(const auto& list, SqlDialect dialect)
{
    const QString blob = dialect == SqlDialect::Postgresql ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    QStringList result;
    for (const char* statement : list) {
        result << QString::fromLatin1(statement).replace(QStringLiteral("%BLOB%"), blob);
    }
    return result;
}

} // namespace

QList<QStringList> relaySchemaSteps(SqlDialect dialect)
{
    return {statements(kVersion1, dialect), statements(kVersion2, dialect), statements(kVersion3, dialect),
        statements(kVersion4, dialect), statements(kVersion5, dialect), statements(kVersion6, dialect)};
}

} // namespace clientele::relay
