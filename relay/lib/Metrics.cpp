#include "relay/lib/Metrics.h"

#include <QtGlobal>
#include <cmath>
#include <sstream>

namespace clientele::relay {

Metrics::Metrics()
{
    declare("clientele_relay_http_requests_total", "counter", "HTTP requests answered, by status class.",
        {{{"class", "2xx"}}, {{"class", "4xx"}}, {{"class", "5xx"}}});
    declare("clientele_relay_webhooks_total", "counter",
        "Provider webhooks received, by provider and result (accepted, duplicate, bad_signature, malformed, "
        "unconfigured).",
        {{{"provider", "stripe"}, {"result", "accepted"}}});
    declare("clientele_relay_events_delivered_total", "counter",
        "Provider events sealed to a vault and appended to its mailbox, by provider.", {{{"provider", "stripe"}}});
    declare("clientele_relay_commands_total", "counter",
        "Commands by type and the state they reached (accepted when posted, then succeeded, failed, retried).");
    declare("clientele_relay_sms_total", "counter",
        "SMS by state: sent (accepted by Twilio), delivered, undelivered, failed.",
        {{{"state", "sent"}}, {{"state", "delivered"}}, {{"state", "failed"}}});
    declare("clientele_relay_payments_succeeded_total", "counter",
        "Stripe payments that succeeded (checkout sessions paid), from verified webhooks.");
    declare("clientele_relay_batches_appended_total", "counter", "Sealed change batches stored in vault logs.");
    declare("clientele_relay_vaults_created_total", "counter", "Vaults created.");
    declare("clientele_relay_devices_paired_total", "counter", "Devices added to a vault by pairing.");
    declare("clientele_relay_devices_revoked_total", "counter", "Devices revoked.");
    declare("clientele_relay_auth_failures_total", "counter",
        "Requests refused for their credentials, by reason (missing, unknown, revoked, other_vault).",
        {{{"reason", "unknown"}}});
    declare("clientele_relay_rate_limited_total", "counter", "Requests refused with 429, by scope (ip, device).",
        {{{"scope", "ip"}}, {{"scope", "device"}}});
    declare("clientele_relay_long_polls_active", "gauge", "Mailbox long-polls waiting for a new entry.");
    declare("clientele_relay_feeds_published_total", "counter", "Calendar feed bodies stored by devices.");
    declare("clientele_relay_feed_fetches_total", "counter",
        "Calendar feed fetches by result: served, unchanged (304), unknown (no such feed), refused (the token "
        "does not open it).",
        {{{"result", "served"}}, {{"result", "unchanged"}}, {{"result", "unknown"}}, {{"result", "refused"}}});
}

void Metrics::declare(
    const std::string& name, const std::string& type, const std::string& help, const std::vector<Labels>& initialSeries)
{
    Family& family = m_families[name];
    family.type = type;
    family.help = help;
    for (const Labels& labels : initialSeries) {
        family.series.emplace(labelText(labels), 0.0);
    }
}

std::string Metrics::labelText(const Labels& labels)
{
    if (labels.empty()) {
        return {};
    }
    std::string text = "{";
    for (std::size_t i = 0; i < labels.size(); ++i) {
        text += (i ? "," : "") + labels[i].first + "=\"";
        for (char c : labels[i].second) {
            if (c == '\\' || c == '"') {
                text += '\\';
            }
            text += c == '\n' ? 'n' : c;
        }
        text += '"';
    }
    return text + "}";
}

void Metrics::add(const std::string& family, const Labels& labels, double amount)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_families.find(family);
    Q_ASSERT_X(it != m_families.end(), "Metrics::add", family.c_str());
    if (it != m_families.end()) {
        it->second.series[labelText(labels)] += amount;
    }
}

void Metrics::set(const std::string& family, const Labels& labels, double value)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_families.find(family);
    Q_ASSERT_X(it != m_families.end(), "Metrics::set", family.c_str());
    if (it != m_families.end()) {
        it->second.series[labelText(labels)] = value;
    }
}

double Metrics::value(const std::string& family, const Labels& labels) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_families.find(family);
    if (it == m_families.end()) {
        return 0;
    }
    const auto series = it->second.series.find(labelText(labels));
    return series == it->second.series.end() ? 0 : series->second;
}

std::string Metrics::render() const
{
    std::ostringstream out;
    std::lock_guard lock(m_mutex);
    for (const auto& [name, family] : m_families) {
        out << "# HELP " << name << ' ' << family.help << '\n' << "# TYPE " << name << ' ' << family.type << '\n';
        for (const auto& [labels, value] : family.series) {
            out << name << labels << ' ' << static_cast<long long>(std::llround(value)) << '\n';
        }
    }
    return out.str();
}

} // namespace clientele::relay
