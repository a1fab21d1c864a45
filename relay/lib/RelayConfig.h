#pragma once

#include <QProcessEnvironment>
#include <QString>

#include "core/Result.h"

namespace clientele::relay {

// The relay's configuration, read from the environment (documented in --help).
struct RelayConfig final
{
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8787;
    int drainSeconds = 10; // how long SIGTERM waits for requests in flight

    static Result<RelayConfig> fromEnvironment(const QProcessEnvironment& env);
    // Parses "host:port", "[v6-address]:port" or ":port"; port 0 asks the system for a free one.
    static Result<void> parseListen(const QString& value, QString& host, quint16& port);
};

} // namespace clientele::relay
