#pragma once

#include <QProcessEnvironment>
#include <QString>

#include "core/Result.h"

namespace clientele::relay {

// Where the relay listens: an IP address and a port (0: any free port).
struct ListenAddress final
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8787;

    // Parses "host:port", "[v6-address]:port" or ":port" (all addresses).
    static Result<ListenAddress> parse(const QString& value);
};

// The relay's configuration, read from the environment (documented in --help).
struct RelayConfig final
{
    ListenAddress listen;
    int drainSeconds = 10; // how long SIGTERM waits for requests in flight

    static Result<RelayConfig> fromEnvironment(const QProcessEnvironment& env);
};

} // namespace clientele::relay
