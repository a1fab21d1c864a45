#include "core/store/TableSpec.h"

namespace clientele {

namespace {

FieldSpec column(const char* name)
{
    return FieldSpec {QString::fromLatin1(name), {QString::fromLatin1(name)}};
}

FieldSpec group(const char* name, std::initializer_list<const char*> columns)
{
    FieldSpec spec {QString::fromLatin1(name), {}};
    for (const char* c : columns) {
        spec.columns.append(QString::fromLatin1(c));
    }
    return spec;
}

QList<TableSpec> buildTables()
{
    return {
        {QStringLiteral("client"),
            {column("given_name"), column("family_name"), column("company"), column("notes"), column("stage"),
                column("source"), column("created_at"),
                group("address",
                    {"address_street", "address_city", "address_region", "address_postal_code", "address_country"}),
                column("birth_date"), column("diagnosis_codes")}},
        {QStringLiteral("client_contact"),
            {column("client_id"), column("kind"), column("value"), column("label"), column("position")}},
        {QStringLiteral("client_tag"), {column("client_id"), column("tag")}},
        {QStringLiteral("client_consent"),
            {column("client_id"), column("channel"), column("state"), column("at"), column("method"),
                column("evidence")}},
        {QStringLiteral("service"),
            {column("name"), column("description"), column("duration_min"), column("buffer_before_min"),
                column("buffer_after_min"), group("price", {"price_minor", "price_currency"}),
                group("deposit", {"deposit_kind", "deposit_value"}), column("contract_template_id"),
                column("questionnaire_template_id"), column("reminder_plan"), column("video"), column("active"),
                group("procedure", {"procedure_code", "procedure_modifiers", "place_of_service", "procedure_units"})}},
        {QStringLiteral("service_package"),
            {column("service_id"), column("name"), column("sessions"),
                group("price", {"price_minor", "price_currency"}), column("validity_days")}},
        {QStringLiteral("booking"),
            {column("client_id"), column("service_id"), group("schedule", {"start_utc", "end_utc", "tz"}),
                column("status"), column("phone"), column("location"), column("video_link"), column("notes"),
                column("cancel_reason"), column("series_id"), column("recurrence")}},
        {QStringLiteral("booking_origin"),
            {column("booking_id"), column("calendar"), column("uid"), column("recurrence_id")}},
        {QStringLiteral("calendar_source"),
            {column("kind"), column("name"), column("account"), column("remote_id"), column("blocks"),
                column("receives"), column("label")}},
        {QStringLiteral("busy_block"),
            {column("source_id"), column("uid"), column("recurrence_id"),
                group("schedule", {"start_utc", "end_utc", "tz"}), column("all_day"), column("title"), column("busy")}},
        {QStringLiteral("booking_reschedule"),
            {column("booking_id"), group("from_schedule", {"from_start_utc", "from_end_utc", "from_tz"}),
                group("to_schedule", {"to_start_utc", "to_end_utc", "to_tz"}), column("at"), column("reason"),
                column("by_whom")}},
        {QStringLiteral("booking_status_change"),
            {column("booking_id"), column("from_status"), column("to_status"), column("at"), column("reason")}},
        {QStringLiteral("invoice"),
            {column("client_id"), column("booking_id"), column("series"), column("number"), column("status"),
                column("currency"), column("issue_date"), column("due_date"), column("po_number"), column("notes"),
                group("discount", {"discount_kind", "discount_value"}), column("tax_policy"), column("rounding"),
                column("total_minor"), column("paid_minor")}},
        {QStringLiteral("invoice_tax_rate"),
            {column("invoice_id"), group("rate", {"code", "name", "rate_ppm", "inclusive"})}},
        {QStringLiteral("invoice_installment"),
            {column("invoice_id"), group("installment", {"due_date", "amount_minor"})}},
        {QStringLiteral("invoice_line"),
            {column("invoice_id"), column("position"), column("description"),
                group("line", {"quantity_milli", "unit_price_minor", "tax_codes"})}},
        {QStringLiteral("payment_request"),
            {column("invoice_id"), group("amount", {"amount_minor", "currency"}), column("state"),
                group("link", {"url", "session_id", "expires_at"}), column("command_id"), column("created_at")}},
        {QStringLiteral("refund_request"),
            {column("invoice_id"), column("payment_id"), group("amount", {"amount_minor", "currency"}),
                column("reason"), column("state"), column("refund_ref"), column("note"), column("command_id"),
                column("created_at")}},
        {QStringLiteral("subscription"),
            {column("client_id"), group("plan", {"name", "amount_minor", "currency", "interval"}), column("quantity"),
                column("state"), group("link", {"url", "session_id", "expires_at"}),
                group("stripe", {"stripe_subscription", "stripe_customer"}),
                group("period", {"cancel_at_period_end", "current_period_end", "stripe_at"}),
                group("portal", {"portal_url", "portal_at"}), column("command_id"), column("created_at")}},
        {QStringLiteral("payment_dispute"),
            {column("invoice_id"), column("payment_id"), group("amount", {"amount_minor", "currency"}),
                column("reason"), column("status"), column("due_by"), column("opened_at")}},
        {QStringLiteral("payment"),
            {column("invoice_id"), column("kind"), group("amount", {"amount_minor", "currency"}), column("method"),
                column("at"), column("reference"), column("refund_of"), column("reason")}},
        {QStringLiteral("contract_template"), {column("name"), column("body")}},
        {QStringLiteral("contract"),
            {column("client_id"), column("booking_id"), column("template_id"), column("title"), column("body"),
                column("status"), column("sent_at"), group("signature", {"signed_at", "signed_sha256"}),
                // Its own register rather than a group with sent_at: sent_at has been a register of its
                // own since version 1, and renaming it would orphan the changes already recorded.
                column("body_sha256")}},
        {QStringLiteral("questionnaire_template"), {column("name"), column("questions")}},
        {QStringLiteral("questionnaire_response"),
            {column("template_id"), column("client_id"), column("booking_id"), column("answers"),
                column("submitted_at")}},
        {QStringLiteral("deliverable"),
            {column("booking_id"), column("path"), column("size_bytes"), column("sha256"), column("mime"),
                column("state")}},
        {QStringLiteral("message"),
            {column("client_id"), column("booking_id"), column("channel"), column("direction"), column("subject"),
                column("body"), column("address"), column("state"), column("provider_id"), column("error"),
                column("at")}},
        {QStringLiteral("booking_reminder"),
            {column("booking_id"), column("offset_minutes"), column("channel"), column("starts_at"), column("due_at"),
                column("state"), column("reason"), column("message_id"), column("at")}},
        {QStringLiteral("booking_reply"), {column("booking_id"), column("message_id"), column("kind"), column("at")}},
        {QStringLiteral("availability_rule"), {column("weekday"), group("hours", {"start_minute", "end_minute"})}},
        {QStringLiteral("availability_exception"),
            {column("date"), group("hours", {"closed", "start_minute", "end_minute"})}},
        {QStringLiteral("setting"), {column("key"), column("value")}},
    };
}

} // namespace

const FieldSpec* TableSpec::field(const QString& fieldName) const
{
    for (const FieldSpec& spec : fields) {
        if (spec.name == fieldName) {
            return &spec;
        }
    }
    return nullptr;
}

const QList<TableSpec>& syncedTables()
{
    static const QList<TableSpec> tables = buildTables();
    return tables;
}

const TableSpec* tableSpec(const QString& table)
{
    for (const TableSpec& spec : syncedTables()) {
        if (spec.name == table) {
            return &spec;
        }
    }
    return nullptr;
}

} // namespace clientele
