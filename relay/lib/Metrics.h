#pragma once

#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace clientele::relay {

// Prometheus counters and gauges for /metrics (text exposition format 0.0.4). Families are declared
// up front with their help text, so they show up (at zero) before anything happened.
class Metrics final
{
public:
    using Labels = std::vector<std::pair<std::string, std::string>>;

    Metrics();

    void add(const std::string& family, const Labels& labels = {}, double amount = 1);
    void set(const std::string& family, const Labels& labels, double value);
    double value(const std::string& family, const Labels& labels = {}) const;
    std::string render() const;

private:
    struct Family
    {
        std::string type; // "counter" or "gauge"
        std::string help;
        std::map<std::string, double> series; // rendered label set → value
    };
    void declare(const std::string& name, const std::string& type, const std::string& help,
        const std::vector<Labels>& initialSeries = {{}});
    static std::string labelText(const Labels& labels);

    mutable std::mutex m_mutex;
    std::map<std::string, Family> m_families;
};

} // namespace clientele::relay
