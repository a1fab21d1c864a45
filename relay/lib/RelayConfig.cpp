#include "relay/lib/RelayConfig.h"

#include <QFile>

namespace clientele::relay {

namespace {

Error invalid(const QString& name, const QString& why)
{
    return Error(Error::Code::InvalidInput, QStringLiteral("%1 %2").arg(name, why));
}

// KEY=VALUE lines; blank lines and lines starting with # are ignored.
Result<QProcessEnvironment> readConfigFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error(
            Error::Code::Io, QStringLiteral("Cannot read the configuration file %1").arg(path), file.errorString());
    }
    QProcessEnvironment values;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            return Error(
                Error::Code::InvalidInput, QStringLiteral("%1 line %2 is not KEY=VALUE").arg(path).arg(lineNumber));
        }
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"')) {
            value = value.mid(1, value.size() - 2);
        }
        values.insert(line.left(equals).trimmed(), value);
    }
    return values;
}

Result<QUrl> baseUrl(const QString& name, const QString& value, bool allowPath)
{
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http")
        || url.hasQuery() || url.hasFragment() || (!allowPath && url.path().size() > 1)) {
        return invalid(name,
            QStringLiteral("must be an http(s) base URL such as https://relay.example.com, not "
                           "\"%1\"")
                .arg(value));
    }
    return url;
}

Result<double> rate(const QString& name, const QString& value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || number < 0 || number > 1e6) {
        return invalid(
            name, QStringLiteral("must be a number of requests per second (0: no limit), not \"%1\"").arg(value));
    }
    return number;
}

} // namespace

Result<RelayConfig> RelayConfig::fromEnvironment(const QProcessEnvironment& environment)
{
    QProcessEnvironment env = environment;
    const QString file = environment.value(QStringLiteral("CLIENTELE_RELAY_CONFIG"));
    if (!file.isEmpty()) {
        Result<QProcessEnvironment> fromFile = readConfigFile(file);
        if (!fromFile) {
            return fromFile.error();
        }
        env = fromFile.value();
        for (const QString& key : environment.keys()) {
            env.insert(key, environment.value(key));
        }
    }

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

    // systemd's StateDirectory= sets STATE_DIRECTORY; otherwise the working directory.
    const QString stateDirectory = env.value(QStringLiteral("STATE_DIRECTORY"));
    const QString database = env.value(QStringLiteral("CLIENTELE_RELAY_DB"),
        stateDirectory.isEmpty() ? QStringLiteral("clientele-relay.sqlite") : stateDirectory + u"/relay.sqlite");
    Result<DatabaseLocation> location = DatabaseLocation::parse(database);
    if (!location) {
        return location.error();
    }
    config.database = location.value();

    const auto urlSetting = [&env](const char* name, QUrl& target, bool allowPath) -> Result<void> {
        const QString value = env.value(QString::fromLatin1(name));
        if (value.isEmpty()) {
            return {};
        }
        Result<QUrl> url = baseUrl(QString::fromLatin1(name), value, allowPath);
        if (!url) {
            return url.error();
        }
        target = url.value();
        return {};
    };
    if (Result<void> done = urlSetting("CLIENTELE_RELAY_PUBLIC_URL", config.publicUrl, true); !done) {
        return done.error();
    }
    if (Result<void> done = urlSetting("STRIPE_API_BASE", config.stripeApiBase, false); !done) {
        return done.error();
    }
    if (Result<void> done = urlSetting("TWILIO_API_BASE", config.twilioApiBase, false); !done) {
        return done.error();
    }
    config.stripeSecretKey = env.value(QStringLiteral("STRIPE_SECRET_KEY"));
    config.stripeWebhookSecret = env.value(QStringLiteral("STRIPE_WEBHOOK_SECRET"));
    config.twilioAccountSid = env.value(QStringLiteral("TWILIO_ACCOUNT_SID"));
    config.twilioAuthToken = env.value(QStringLiteral("TWILIO_AUTH_TOKEN"));
    config.twilioFrom = env.value(QStringLiteral("TWILIO_FROM"));
    if (!config.twilioFrom.isEmpty() && !config.twilioFrom.startsWith(u'+') && !config.twilioFrom.startsWith(u"MG")) {
        return invalid(QStringLiteral("TWILIO_FROM"),
            QStringLiteral("must be an E.164 number such as +15005550006 or a Messaging Service SID (MG…)"));
    }
    if (!config.stripeSecretKey.isEmpty() && !config.stripeSecretKey.startsWith(u"sk_")
        && !config.stripeSecretKey.startsWith(u"rk_")) {
        return invalid(QStringLiteral("STRIPE_SECRET_KEY"), QStringLiteral("must start with sk_ or rk_"));
    }
    if (!config.stripeWebhookSecret.isEmpty() && !config.stripeWebhookSecret.startsWith(u"whsec_")) {
        return invalid(QStringLiteral("STRIPE_WEBHOOK_SECRET"), QStringLiteral("must start with whsec_"));
    }
    if (!config.twilioAccountSid.isEmpty() && !config.twilioAccountSid.startsWith(u"AC")) {
        return invalid(QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("must start with AC"));
    }
    if (!config.twilioAuthToken.isEmpty() && config.publicUrl.isEmpty()) {
        return invalid(QStringLiteral("CLIENTELE_RELAY_PUBLIC_URL"),
            QStringLiteral("is needed with TWILIO_AUTH_TOKEN: Twilio signs the URL it calls"));
    }
    const QString fee = env.value(QStringLiteral("CLIENTELE_RELAY_APPLICATION_FEE_PERCENT"));
    if (!fee.isEmpty()) {
        bool ok = false;
        config.applicationFeePercent = fee.toDouble(&ok);
        if (!ok || config.applicationFeePercent < 0.5 || config.applicationFeePercent > 50) {
            return invalid(QStringLiteral("CLIENTELE_RELAY_APPLICATION_FEE_PERCENT"),
                QStringLiteral("must be a percentage from 0.5 to 50, not \"%1\"").arg(fee));
        }
    }
    const QString lease = env.value(QStringLiteral("CLIENTELE_RELAY_COMMAND_LEASE_SECONDS"));
    if (!lease.isEmpty()) {
        bool ok = false;
        config.commandLeaseSeconds = lease.toInt(&ok);
        if (!ok || config.commandLeaseSeconds < 1 || config.commandLeaseSeconds > 3600) {
            return invalid(QStringLiteral("CLIENTELE_RELAY_COMMAND_LEASE_SECONDS"),
                QStringLiteral("must be 1 to 3600 seconds, not \"%1\"").arg(lease));
        }
    }
    config.metricsToken = env.value(QStringLiteral("CLIENTELE_RELAY_METRICS_TOKEN"));
    for (const auto& [name, target] : {std::pair {"CLIENTELE_RELAY_RATE_PER_IP", &config.ratePerIp},
             std::pair {"CLIENTELE_RELAY_RATE_PER_DEVICE", &config.ratePerDevice}}) {
        const QString value = env.value(QString::fromLatin1(name));
        if (value.isEmpty()) {
            continue;
        }
        Result<double> parsed = rate(QString::fromLatin1(name), value);
        if (!parsed) {
            return parsed.error();
        }
        *target = parsed.value();
    }
    return config;
}

QString RelayConfig::publicUrlOf(QStringView pathAndQuery) const
{
    if (publicUrl.isEmpty()) {
        return {};
    }
    QString base = publicUrl.toString(QUrl::FullyEncoded);
    if (base.endsWith(u'/')) {
        base.chop(1);
    }
    return base + pathAndQuery;
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
