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
    return {statements(kVersion1, dialect)};
}

} // namespace clientele::relay
