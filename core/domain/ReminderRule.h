#pragma once

namespace clientele::domain {

// One reminder of a service's plan: how long before the start, and how it is sent.
struct ReminderRule final
{
    enum class Channel
    {
        Email,
        Sms,
    };

    int offsetMinutes = 0; // before the start; 7 days = 10'080, 24 h = 1'440
    Channel channel = Channel::Email;

    friend bool operator==(const ReminderRule& a, const ReminderRule& b)
    {
        return a.offsetMinutes == b.offsetMinutes && a.channel == b.channel;
    }
};

} // namespace clientele::domain
