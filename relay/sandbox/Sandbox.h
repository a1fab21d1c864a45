#pragma once

#include <memory>

#include "core/Result.h"

namespace boost::asio {
class io_context;
}

namespace clientele::relay {

struct RelayConfig;
class RelayStore;

// `clientele-relay --sandbox`: simulated Stripe and Twilio in the same process, like Stripe's test
// mode, so the desktop demo and end-to-end tests need no accounts. The simulators listen on loopback
// ports of their own; the relay's configuration is pointed at them, and their webhooks at the relay.
class Sandbox final
{
public:
    // Starts both simulators and rewrites `config` to use them (keys, API bases, sender number, and
    // a loopback public URL when none is set; a listen port of 0 is replaced by a free port).
    static Result<std::unique_ptr<Sandbox>> start(boost::asio::io_context& io, RelayConfig& config);
    ~Sandbox();
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    // Once the relay listens: points the simulators' webhooks at the relay, and brings back the Stripe accounts the
    // relay knows from earlier runs (the simulators keep nothing on disk).
    void connect(const RelayConfig& config, RelayStore& store);
    void stop();

private:
    struct Parts;
    explicit Sandbox(std::unique_ptr<Parts> parts);
    std::unique_ptr<Parts> m_parts;
};

} // namespace clientele::relay
