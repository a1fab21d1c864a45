#include "relay/lib/RelayConfig.h"

namespace clientele::relay {

Result<RelayConfig> RelayConfig::fromEnvironment(const QProcessEnvironment& env)
{
    RelayConfig config;
    const QString listen = env.value(QStringLiteral("CLIENTELE_RELAY_LISTEN"));
    if (!listen.isEmpty()) {
        Result<ListenAddress> parsed = ListenAddress::parse(listen);
        if (!parsed) {
            return parsed.error();
        }
        config.listen = parsed.value();
    }
    const QString drain = env.value(QStringLiteral("CLIENTELE_RELAY_DRAIN_SECONDS"));
    if (!drain.isEmpty()) {
        bool ok = false;
        const int seconds = drain.toInt(&ok);
        if (!ok || seconds < 0 || seconds > 600) {
            return Error(Error::Code::InvalidInput,
                QStringLiteral("CLIENTELE_RELAY_DRAIN_SECONDS must be a whole number of seconds from 0 "
                               "to 600, not \"%1\"")
                    .arg(drain));
        }
        config.drainSeconds = seconds;
    }
    return config;
}

Result<ListenAddress> ListenAddress::parse(const QString& value)
{
    const auto invalid = [&value](const QString& why) {
        return Error(Error::Code::InvalidInput,
            QStringLiteral("CLIENTELE_RELAY_LISTEN must look like 127.0.0.1:8787 or [::1]:8787, not "
                           "\"%1\": %2")
                .arg(value, why));
    };
    QString hostPart;
    QString portPart;
    if (value.startsWith(u'[')) {
        const qsizetype close = value.indexOf(u"]:");
        if (close < 0) {
            return invalid(QStringLiteral("an IPv6 address needs brackets and a port"));
        }
        hostPart = value.mid(1, close - 1);
        portPart = value.mid(close + 2);
    } else {
        const qsizetype colon = value.lastIndexOf(u':');
        if (colon < 0) {
            return invalid(QStringLiteral("the port is missing"));
        }
        hostPart = value.left(colon);
        portPart = value.mid(colon + 1);
        if (hostPart.contains(u':')) {
            return invalid(QStringLiteral("put an IPv6 address in brackets"));
        }
    }
    bool ok = false;
    const uint number = portPart.toUInt(&ok);
    if (!ok || number > 65535) {
        return invalid(QStringLiteral("the port must be a number from 0 to 65535"));
    }
    return ListenAddress {hostPart.isEmpty() ? QStringLiteral("0.0.0.0") : hostPart, static_cast<quint16>(number)};
}

} // namespace clientele::relay
