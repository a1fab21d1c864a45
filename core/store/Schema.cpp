#include "core/store/Schema.h"

namespace clientele {

namespace {

// Version 1: the practice and the change capture of SYNC.md §3.5.
// Synced tables: id BLOB PRIMARY KEY (UUIDv7), deleted/purged flags, no UNIQUE or enforced foreign
// keys (replicas may transiently violate them; the app validates). Instants are Unix milliseconds
// UTC; calendar dates are ISO text. A field group (SYNC.md §3.4) is several columns written as one
// register, e.g. schedule = start_utc, end_utc, tz.
constexpr auto kVersion1 = R"sql(
CREATE TABLE client (
    id BLOB PRIMARY KEY, given_name TEXT, family_name TEXT, company TEXT, notes TEXT,
    stage TEXT NOT NULL DEFAULT 'inquiry', source TEXT, created_at INTEGER,
    address_street TEXT, address_city TEXT, address_region TEXT, address_postal_code TEXT, address_country TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE TABLE client_contact (
    id BLOB PRIMARY KEY, client_id BLOB, kind TEXT, value TEXT, label TEXT, position TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX client_contact_client ON client_contact(client_id);
CREATE INDEX client_contact_value ON client_contact(value);
CREATE TABLE client_tag (
    id BLOB PRIMARY KEY, client_id BLOB, tag TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX client_tag_client ON client_tag(client_id);
-- Consent is a history (when and how it was given or revoked), so it is insert-only child rows.
CREATE TABLE client_consent (
    id BLOB PRIMARY KEY, client_id BLOB, channel TEXT, state TEXT, at INTEGER, method TEXT, evidence TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX client_consent_client ON client_consent(client_id, at);

CREATE TABLE service (
    id BLOB PRIMARY KEY, name TEXT, description TEXT, duration_min INTEGER, buffer_before_min INTEGER,
    buffer_after_min INTEGER, price_minor INTEGER, price_currency TEXT, deposit_kind TEXT, deposit_value INTEGER,
    contract_template_id BLOB, questionnaire_template_id BLOB, reminder_plan BLOB, video INTEGER, active INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE TABLE service_package (
    id BLOB PRIMARY KEY, service_id BLOB, name TEXT, sessions INTEGER, price_minor INTEGER, price_currency TEXT,
    validity_days INTEGER, deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);

CREATE TABLE booking (
    id BLOB PRIMARY KEY, client_id BLOB, service_id BLOB, start_utc INTEGER, end_utc INTEGER, tz TEXT,
    status TEXT, phone TEXT, location TEXT, video_link TEXT, notes TEXT, cancel_reason TEXT,
    series_id BLOB, recurrence TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX booking_start ON booking(start_utc);
CREATE INDEX booking_client ON booking(client_id);
CREATE TABLE booking_reschedule (
    id BLOB PRIMARY KEY, booking_id BLOB, from_start_utc INTEGER, from_end_utc INTEGER, from_tz TEXT,
    to_start_utc INTEGER, to_end_utc INTEGER, to_tz TEXT, at INTEGER, reason TEXT, by_whom TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX booking_reschedule_booking ON booking_reschedule(booking_id);

CREATE TABLE invoice (
    id BLOB PRIMARY KEY, client_id BLOB, booking_id BLOB, series TEXT, number TEXT, status TEXT,
    currency TEXT, issue_date TEXT, due_date TEXT, po_number TEXT, notes TEXT,
    discount_kind TEXT, discount_value INTEGER, tax_policy TEXT, rounding TEXT, total_minor INTEGER, paid_minor INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX invoice_client ON invoice(client_id);
CREATE INDEX invoice_number ON invoice(series, number);
CREATE TABLE invoice_line (
    id BLOB PRIMARY KEY, invoice_id BLOB, position TEXT, description TEXT,
    quantity_milli INTEGER, unit_price_minor INTEGER, tax_codes TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX invoice_line_invoice ON invoice_line(invoice_id);
CREATE TABLE invoice_tax_rate (
    id BLOB PRIMARY KEY, invoice_id BLOB, code TEXT, name TEXT, rate_ppm INTEGER, inclusive INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX invoice_tax_rate_invoice ON invoice_tax_rate(invoice_id);
CREATE TABLE invoice_installment (
    id BLOB PRIMARY KEY, invoice_id BLOB, due_date TEXT, amount_minor INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX invoice_installment_invoice ON invoice_installment(invoice_id);
CREATE TABLE payment (
    id BLOB PRIMARY KEY, invoice_id BLOB, kind TEXT, amount_minor INTEGER, currency TEXT, method TEXT,
    at INTEGER, reference TEXT, refund_of BLOB, reason TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX payment_invoice ON payment(invoice_id);

CREATE TABLE contract_template (
    id BLOB PRIMARY KEY, name TEXT, body TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE TABLE contract (
    id BLOB PRIMARY KEY, client_id BLOB, booking_id BLOB, template_id BLOB, title TEXT, body TEXT, status TEXT,
    sent_at INTEGER, signed_at INTEGER, signed_sha256 TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX contract_client ON contract(client_id);
CREATE TABLE questionnaire_template (
    id BLOB PRIMARY KEY, name TEXT, questions BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE TABLE questionnaire_response (
    id BLOB PRIMARY KEY, template_id BLOB, client_id BLOB, booking_id BLOB, answers BLOB, submitted_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE TABLE deliverable (
    id BLOB PRIMARY KEY, booking_id BLOB, path TEXT, size_bytes INTEGER, sha256 TEXT, mime TEXT, state TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX deliverable_booking ON deliverable(booking_id);
CREATE TABLE message (
    id BLOB PRIMARY KEY, client_id BLOB, booking_id BLOB, channel TEXT, direction TEXT, subject TEXT, body TEXT,
    address TEXT, state TEXT, provider_id TEXT, error TEXT, at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX message_client ON message(client_id, at);
CREATE TABLE availability_rule (
    id BLOB PRIMARY KEY, weekday INTEGER, start_minute INTEGER, end_minute INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE TABLE availability_exception (
    id BLOB PRIMARY KEY, date TEXT, closed INTEGER, start_minute INTEGER, end_minute INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE TABLE setting (
    id BLOB PRIMARY KEY, key TEXT, value BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);

CREATE TABLE crdt_field (
    tbl TEXT NOT NULL, row_id BLOB NOT NULL, field TEXT NOT NULL, hlc INTEGER NOT NULL, device BLOB NOT NULL,
    PRIMARY KEY (tbl, row_id, field)) WITHOUT ROWID;
CREATE TABLE change_log (
    local_seq INTEGER PRIMARY KEY, change_id BLOB NOT NULL UNIQUE,
    tbl TEXT NOT NULL, row_id BLOB NOT NULL, field TEXT NOT NULL,
    value BLOB, hlc INTEGER NOT NULL, device BLOB NOT NULL, origin INTEGER NOT NULL);
CREATE INDEX change_log_local ON change_log(origin, local_seq);
CREATE TABLE push_batch (
    batch_id BLOB PRIMARY KEY, first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL, ciphertext BLOB NOT NULL,
    hlc_max INTEGER NOT NULL, state TEXT NOT NULL, relay_seq INTEGER);
CREATE TABLE command_outbox (
    command_id BLOB PRIMARY KEY, type TEXT NOT NULL, params BLOB NOT NULL, state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, result BLOB, created_hlc INTEGER NOT NULL);
CREATE TABLE crdt_conflict (
    tbl TEXT, row_id BLOB, field TEXT, loser_value BLOB, loser_hlc INTEGER, loser_device BLOB,
    winner_hlc INTEGER, winner_device BLOB, seen INTEGER DEFAULT 0);
CREATE TABLE sync_state (k TEXT PRIMARY KEY, v BLOB);
)sql";

// Version 2: full-text search over clients, bookings and invoices (FTS4; SQLite 3.15 has no FTS5).
// search_doc maps FTS rowids to the UUID rows they index. Clients have an index of their own: a
// client's name also appears in each of their bookings and invoices, and keeping those out makes
// the client search-as-you-type lists an order of magnitude shorter. The index lives inside the
// encrypted database like everything else. Existing rows are indexed by the store after the migration.
constexpr auto kVersion2 = R"sql(
CREATE TABLE search_doc (docid INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_id BLOB NOT NULL, UNIQUE (tbl, row_id));
CREATE VIRTUAL TABLE search_client_fts USING fts4(title, body, tokenize=unicode61 "remove_diacritics=1", prefix="1,2,3");
CREATE VIRTUAL TABLE search_record_fts USING fts4(title, body, tokenize=unicode61 "remove_diacritics=1", prefix="2,3");
INSERT INTO sync_state(k, v) VALUES ('search_rebuild', 1);
)sql";

// Version 3: the desktop's lists and Today view, and a booking's status history.
// - booking_window covers the calendar's "sessions overlapping [from, to)" scan: the end is checked in
//   the index, so only bookings actually in the window are read from the table.
// - Overdue and unpaid invoices, unsigned contracts and failed messages are small subsets of large
//   tables, each found through an index on its state.
// - booking_status_change: insert-only rows, one per status change (like booking_reschedule).
// - setting rows are found by key; their ids are derived from the key (UUIDv5), so two devices
//   that save the same setting write the same row.
constexpr auto kVersion3 = R"sql(
CREATE INDEX booking_window ON booking(start_utc, end_utc);
CREATE INDEX invoice_status_due ON invoice(status, due_date);
CREATE INDEX invoice_booking ON invoice(booking_id);
CREATE INDEX contract_status ON contract(status);
CREATE INDEX contract_booking ON contract(booking_id);
CREATE INDEX message_state ON message(state, at);
CREATE INDEX message_at ON message(at);
CREATE INDEX client_tag_tag ON client_tag(tag COLLATE NOCASE);
CREATE INDEX questionnaire_response_client ON questionnaire_response(client_id);
CREATE INDEX service_package_service ON service_package(service_id);
CREATE INDEX setting_key ON setting(key);
CREATE INDEX availability_exception_date ON availability_exception(date);
CREATE TABLE booking_status_change (
    id BLOB PRIMARY KEY, booking_id BLOB, from_status TEXT, to_status TEXT, at INTEGER, reason TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX booking_status_change_booking ON booking_status_change(booking_id);
)sql";

// Version 4: what superbills and frozen contracts need.
// - A client's birth date (ISO date) and ICD-10-CM diagnosis codes (comma-joined, in claim pointer
//   order A–L): a superbill names the patient by both.
// - A service's procedure coding (CPT/HCPCS code, comma-joined modifiers, place of service, units),
//   written as one register so two devices' edits never pair one code with another's modifiers.
// - The SHA-256 of a contract's body as sent: sending freezes the body, and the hash shows whether
//   what is stored is still what the client received.
// Plain ADD COLUMNs: existing rows read as "not filled in", which every new field allows.
constexpr auto kVersion4 = R"sql(
ALTER TABLE client ADD COLUMN birth_date TEXT;
ALTER TABLE client ADD COLUMN diagnosis_codes TEXT;
ALTER TABLE service ADD COLUMN procedure_code TEXT;
ALTER TABLE service ADD COLUMN procedure_modifiers TEXT;
ALTER TABLE service ADD COLUMN place_of_service TEXT;
ALTER TABLE service ADD COLUMN procedure_units INTEGER;
ALTER TABLE contract ADD COLUMN body_sha256 TEXT;
)sql";

// Version 5: time blocked by calendars outside Clientele.
// - calendar_source: a calendar whose events block time: an imported .ics file now, connected
//   Google and Microsoft calendars later. `blocks` says whether its events count against
//   availability; `label` how exported events name clients (name, initials, code).
// - busy_block: one row per event occurrence (recurring events are expanded when imported), keyed
//   by the source, the event's UID and the occurrence's start (recurrence_id, 0 for a single event),
//   so importing the file again updates rows instead of adding them. All-day events are stored as
//   the instants of their days in the practice's zone, with all_day set for display.
constexpr auto kVersion5 = R"sql(
CREATE TABLE calendar_source (
    id BLOB PRIMARY KEY, kind TEXT, name TEXT, account TEXT, remote_id TEXT, blocks INTEGER, receives INTEGER,
    label TEXT, deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE TABLE busy_block (
    id BLOB PRIMARY KEY, source_id BLOB, uid TEXT, recurrence_id INTEGER, start_utc INTEGER, end_utc INTEGER,
    tz TEXT, all_day INTEGER, title TEXT, busy INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX busy_block_window ON busy_block(start_utc, end_utc);
CREATE INDEX busy_block_event ON busy_block(source_id, uid, recurrence_id);
)sql";

// Version 6: accounts connected on this device (Google, Microsoft 365). Device-local, like the
// keychain entry holding each account's tokens: not in the change capture (TableSpec), so another
// device never lists an account it has no tokens for. keychain_purpose names that entry.
constexpr auto kVersion6 = R"sql(
CREATE TABLE connected_account (
    id BLOB PRIMARY KEY, provider TEXT NOT NULL, account TEXT NOT NULL, keychain_purpose TEXT NOT NULL,
    connected_at INTEGER NOT NULL, last_sync_at INTEGER, last_error TEXT, UNIQUE (provider, account));
)sql";

// Version 7: two-way sync with connected Google and Microsoft calendars (CalendarSync).
// Connected calendars are calendar_source rows of kind "google"/"microsoft" with the account's email
// in `account` and the provider's calendar id in `remote_id` (columns of version 5): synced, so every
// device knows which calendars block time and which one receives bookings. The three new tables are
// device-local (not in TableSpec, like connected_account):
// - calendar_sync_state: the provider's opaque sync token per calendar. It belongs to this device's
//   conversation with the provider; another device's token would skip changes this one never saw.
// - calendar_event_link: which provider event shows which booking, its etag (If-Match) and what was
//   last written to it (pushed_start/pushed_end, pushed_hash of the written fields). Not synced: the
//   provider is the shared truth, because every event Clientele writes carries the booking id
//   (clienteleBookingId: Google private extended property, Graph single-value property) and Graph
//   creates carry a transactionId. A device without a link first pulls and links the events it finds
//   by that marker (also a create whose answer was lost), so two devices of the same practice never
//   create a second event for a booking they both know. Syncing etags would only churn the change log.
// - calendar_proposal: an outside move or cancellation of a booking's event, pending until the
//   practitioner accepts (the booking changes through the booking write path, which is synced) or
//   dismisses it (the booking is written back to the event). Each device that sees the outside change
//   records its own; one resolved elsewhere is superseded once the event and the booking agree.
constexpr auto kVersion7 = R"sql(
CREATE INDEX calendar_source_remote ON calendar_source(kind, account, remote_id);
CREATE TABLE calendar_sync_state (
    source_id BLOB PRIMARY KEY, sync_state TEXT NOT NULL, synced_at INTEGER NOT NULL);
CREATE TABLE calendar_event_link (
    source_id BLOB NOT NULL, booking_id BLOB NOT NULL, event_id TEXT NOT NULL, etag TEXT,
    pushed_start INTEGER, pushed_end INTEGER, pushed_hash TEXT, PRIMARY KEY (source_id, booking_id));
CREATE INDEX calendar_event_link_event ON calendar_event_link(source_id, event_id);
CREATE TABLE calendar_proposal (
    id BLOB PRIMARY KEY, booking_id BLOB NOT NULL, source_id BLOB NOT NULL, event_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('moved', 'cancelled')), proposed_start INTEGER, proposed_end INTEGER,
    etag TEXT, seen_at INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'dismissed', 'superseded')), resolved_at INTEGER);
CREATE INDEX calendar_proposal_booking ON calendar_proposal(booking_id, state);
)sql";

// Version 8: sessions imported from an .ics file (BookingImport). booking_origin remembers which
// event occurrence (UID and RECURRENCE-ID, as in busy_block) each imported booking came from, so
// importing a newer export of the same calendar moves those bookings instead of doubling them, and
// a booking deleted after its import is not brought back. Synced: another device importing the
// same file finds the bookings this one made.
constexpr auto kVersion8 = R"sql(
CREATE TABLE booking_origin (
    id BLOB PRIMARY KEY, booking_id BLOB, calendar TEXT, uid TEXT, recurrence_id INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX booking_origin_event ON booking_origin(uid, recurrence_id);
)sql";

// Version 9: this device's connection to a relay (RelayLinks). Device-local, like connected_account:
// its token is in this device's keychain, and another device of the practice joins as itself.
constexpr auto kVersion9 = R"sql(
CREATE TABLE relay_link (
    id INTEGER PRIMARY KEY CHECK (id = 1), url TEXT NOT NULL, vault_id TEXT NOT NULL, device_id TEXT NOT NULL,
    device_name TEXT NOT NULL, connected_at INTEGER NOT NULL);
)sql";

// Version 10: the outbox of side effects (SYNC.md §3.9, CommandOutbox) as the app uses it. Version
// 1's table was never written to, so it is made again: what each command is about, its state as the
// outbox shows it, and when the sender looks at it next. Device-local, like relay_link. And invoices'
// payment links (PaymentRequests), synced.
constexpr auto kVersion10 = R"sql(
DROP TABLE command_outbox;
CREATE TABLE command_outbox (
    command_id BLOB PRIMARY KEY, type TEXT NOT NULL, params BLOB NOT NULL,
    subject_table TEXT NOT NULL, subject_id BLOB NOT NULL,
    state TEXT NOT NULL, relay_state TEXT, attempts INTEGER NOT NULL DEFAULT 0, posted INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL, last_error TEXT, result BLOB,
    created_hlc INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE INDEX command_outbox_due ON command_outbox(state, next_attempt_at);
CREATE INDEX command_outbox_subject ON command_outbox(subject_id, created_at);
CREATE INDEX command_outbox_created ON command_outbox(created_at);
CREATE TABLE payment_request (
    id BLOB PRIMARY KEY, invoice_id BLOB, amount_minor INTEGER, currency TEXT, state TEXT, url TEXT,
    session_id TEXT, expires_at INTEGER, command_id BLOB, created_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX payment_request_invoice ON payment_request(invoice_id);
)sql";

// Version 11: the inbox (VaultInbox). How far this device has read the vault's log at the relay,
// per vault, and the events it applied, by the batch id the relay gave each: an event read twice (a
// cursor lost with a new connection, say) is recognised and not applied again. Device-local: what
// the events changed reaches other devices as ordinary synced rows. No event content is kept.
constexpr auto kVersion11 = R"sql(
CREATE TABLE vault_inbox (vault_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE inbox_event (
    batch_id TEXT PRIMARY KEY, vault_id TEXT NOT NULL, seq INTEGER NOT NULL, provider TEXT, type TEXT,
    outcome TEXT NOT NULL, note TEXT, applied_at INTEGER NOT NULL);
CREATE INDEX inbox_event_applied ON inbox_event(applied_at);
)sql";

// Version 12: clients' answers by text to a reminder about a session (a reply C confirms they come,
// R asks to reschedule), as rows of their own next to the booking. Synced, like the booking.
constexpr auto kVersion12 = R"sql(
CREATE TABLE booking_reply (
    id BLOB PRIMARY KEY, booking_id BLOB, message_id BLOB, kind TEXT, at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX booking_reply_booking ON booking_reply(booking_id, at);
)sql";

// Version 13: reminders. Each reminder of a session (its service's plan) is a row once it has been
// dealt with: queued as a text, or skipped with the reason (its moment passed while the computer was
// off, no consent). Its id is derived from the booking, the rule and the session's start, so a
// restart, a second round or a second device finds it done. Synced. And a time after which an
// outbox command is not sent any more (a reminder that would arrive too late).
constexpr auto kVersion13 = R"sql(
CREATE TABLE booking_reminder (
    id BLOB PRIMARY KEY, booking_id BLOB, offset_minutes INTEGER, channel TEXT, starts_at INTEGER, due_at INTEGER,
    state TEXT, reason TEXT, message_id BLOB, at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX booking_reminder_booking ON booking_reminder(booking_id);
ALTER TABLE command_outbox ADD COLUMN expires_at INTEGER;
)sql";

// Version 14: money back to clients through Stripe. Refunds the practice asked for, waiting for
// Stripe (the refund itself goes on the invoice once made, as a payment row of kind refund), and
// clients' banks disputing card payments. Both synced.
constexpr auto kVersion14 = R"sql(
CREATE TABLE refund_request (
    id BLOB PRIMARY KEY, invoice_id BLOB, payment_id BLOB, amount_minor INTEGER, currency TEXT, reason TEXT,
    state TEXT, refund_ref TEXT, note TEXT, command_id BLOB, created_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX refund_request_invoice ON refund_request(invoice_id);
CREATE INDEX refund_request_payment ON refund_request(payment_id);
CREATE TABLE payment_dispute (
    id BLOB PRIMARY KEY, invoice_id BLOB, payment_id BLOB, amount_minor INTEGER, currency TEXT, reason TEXT,
    status TEXT, due_by INTEGER, opened_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX payment_dispute_invoice ON payment_dispute(invoice_id);
CREATE INDEX payment_dispute_status ON payment_dispute(status, due_by);
CREATE INDEX payment_reference ON payment(reference);
)sql";

// Version 15: clients' subscriptions through Stripe (a coaching plan each month): the plan, how many
// of it each period, the checkout link that starts it, and what Stripe last said about it. Synced.
constexpr auto kVersion15 = R"sql(
CREATE TABLE subscription (
    id BLOB PRIMARY KEY, client_id BLOB, name TEXT, amount_minor INTEGER, currency TEXT, interval TEXT,
    quantity INTEGER, state TEXT, url TEXT, session_id TEXT, expires_at INTEGER, stripe_subscription TEXT,
    stripe_customer TEXT, cancel_at_period_end INTEGER, current_period_end INTEGER, stripe_at INTEGER,
    portal_url TEXT, portal_at INTEGER, command_id BLOB, created_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX subscription_client ON subscription(client_id);
)sql";

// Version 16: syncing the practice's changes through the relay (SYNC.md §3.6), per vault the practice
// has been connected to: how far this device has sealed its own changes into batches and how far it
// has applied the other devices' batches. A sealed batch remembers its vault, so one sealed for a
// vault left since is never sent to another. sync_pending names the changes received but not taken
// in (a table, field or value this version does not know), to be taken in after an update.
constexpr auto kVersion16 = R"sql(
CREATE TABLE sync_cursor (
    vault_id TEXT PRIMARY KEY, sealed_upto INTEGER NOT NULL DEFAULT 0, pulled_seq INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER);
ALTER TABLE push_batch ADD COLUMN vault_id TEXT;
CREATE INDEX push_batch_vault ON push_batch(vault_id, state);
CREATE TABLE sync_pending (change_id BLOB PRIMARY KEY, reason TEXT NOT NULL, at INTEGER);
)sql";

// Version 17: this device's place in the relay's vault (0 made it, then 1, 2, … as computers
// joined), which its invoice number series follows (InvoiceSeries). Device-local.
constexpr auto kVersion17 = R"sql(
ALTER TABLE relay_link ADD COLUMN ordinal INTEGER;
)sql";

// Version 18: the outbox of email this device sends through the practitioner's own mail server. Each
// row is one message of the synced `message` table (the client's history), finished as MIME when it
// was queued, so every attempt sends the same bytes with the same Message-ID. Device-local: the
// computer that wrote an email sends it. And how this computer sends email (Settings → Email): its
// mail server or a folder, device-local like the connected account it may sign in with; the password
// is in the keychain.
constexpr auto kVersion18 = R"sql(
CREATE TABLE email_outbox (
    message_id BLOB PRIMARY KEY, mime BLOB NOT NULL, envelope_from TEXT NOT NULL, envelope_to TEXT NOT NULL,
    header_id TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL, stage TEXT, reply_code INTEGER, reply TEXT, last_error TEXT,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expires_at INTEGER, queued_at INTEGER NOT NULL);
CREATE INDEX email_outbox_due ON email_outbox(state, next_attempt_at);
CREATE INDEX email_outbox_created ON email_outbox(created_at);
CREATE TABLE email_account (
    id INTEGER PRIMARY KEY CHECK (id = 1), delivery TEXT NOT NULL, from_name TEXT, from_address TEXT,
    reply_to TEXT, host TEXT, port INTEGER, security TEXT, sign_in TEXT, username TEXT, connected_account BLOB,
    folder TEXT, updated_at INTEGER NOT NULL);
)sql";

} // namespace

const QList<Migration>& schemaMigrations()
{
    static const QList<Migration> migrations {
        {1, "practice tables and change capture", kVersion1},
        {2, "full-text search index", kVersion2},
        {3, "indexes for lists and Today, booking status history", kVersion3},
        {4, "superbill codes of clients and services, hash of a sent contract's body", kVersion4},
        {5, "calendars outside Clientele and the time they block", kVersion5},
        {6, "accounts connected on this device", kVersion6},
        {7, "two-way calendar sync: sync states, booking events, proposed changes", kVersion7},
        {8, "where imported sessions came from", kVersion8},
        {9, "this device's connection to a relay", kVersion9},
        {10, "the outbox of payments and texts, payment links", kVersion10},
        {11, "the inbox of the vault's events", kVersion11},
        {12, "clients' replies to reminders", kVersion12},
        {13, "reminders sent or skipped, outbox commands that expire", kVersion13},
        {14, "refunds through Stripe, disputed payments", kVersion14},
        {15, "clients' subscriptions through Stripe", kVersion15},
        {16, "syncing changes through the relay", kVersion16},
        {17, "this computer's invoice number series", kVersion17},
        {18, "the outbox of email, this computer's email account", kVersion18},
    };
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

} // namespace clientele
