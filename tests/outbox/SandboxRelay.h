#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

#include "tests/relay/RelayProcess.h"

namespace clientele::test {

// The real clientele-relay in sandbox mode (simulated Stripe and Twilio), its database in `dir`.
inline bool startSandboxRelay(RelayProcess& relay, const QTemporaryDir& dir)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("CLIENTELE_RELAY_DB"), dir.filePath(QStringLiteral("relay.sqlite")));
    return relay.startProgram(QStringLiteral(CLIENTELE_RELAY_BINARY), {QStringLiteral("--sandbox")}, env);
}

// The address of a provider the sandbox simulates ("Stripe", "Twilio"), as it announces it at start;
// empty if it did not.
inline QUrl sandboxProviderUrl(RelayProcess& relay, const QString& provider)
{
    const QString announced = QStringLiteral("simulated %1 at").arg(provider);
    if (!QTest::qWaitFor([&] { return relay.transcript().contains(announced); }, 10000)) {
        return {};
    }
    const QRegularExpressionMatch match =
        QRegularExpression(QRegularExpression::escape(announced) + QStringLiteral(" (\\S+)")).match(relay.transcript());
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

// A vault made straight over HTTP with a placeholder public key, for tests that post commands and never
// open the events sealed to it.
struct BareVault
{
    QString id;
    QByteArray token;
};

inline std::optional<BareVault> createBareVault(const RelayProcess& relay)
{
    const HttpReply created = httpCall(QStringLiteral("POST"), relay.url(QStringLiteral("/v1/vaults")),
        QJsonDocument(
            QJsonObject {{QStringLiteral("public_key"), QString::fromLatin1(QByteArray(32, '\x07').toBase64())},
                {QStringLiteral("device_name"), QStringLiteral("Studio laptop")}})
            .toJson(QJsonDocument::Compact));
    if (created.status != 201) {
        return std::nullopt;
    }
    return BareVault {created.json().value(QStringLiteral("vault_id")).toString(),
        created.json().value(QStringLiteral("token")).toString().toLatin1()};
}

} // namespace clientele::test
