#pragma once

namespace clientele::domain {

// How the practice reaches a client. Consent is recorded per channel because the law treats them
// differently (SMS needs an explicit opt-in, email to an existing client does not).
enum class ContactChannel
{
    Email,
    Sms,
};

} // namespace clientele::domain
