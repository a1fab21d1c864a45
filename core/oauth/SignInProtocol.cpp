#include "core/oauth/SignInProtocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <array>
#include <utility>

namespace clientele {

namespace {

constexpr std::array kKinds {
    std::pair {SignInOutcome::Kind::Redirect, "redirect"},
    std::pair {SignInOutcome::Kind::Closed, "closed"},
    std::pair {SignInOutcome::Kind::LoadFailed, "load_failed"},
    std::pair {SignInOutcome::Kind::UntrustedCertificate, "untrusted_certificate"},
};

QByteArray compactLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<QJsonObject> objectOf(const QByteArray& line)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

} // namespace

QByteArray SignInRequest::toLine() const
{
    return compactLine({
        {QStringLiteral("url"), authorizationUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("redirect"), redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("title"), windowTitle},
        {QStringLiteral("provider"), providerName},
        {QStringLiteral("locale"), localeName},
    });
}

std::optional<SignInRequest> SignInRequest::fromLine(const QByteArray& line)
{
    const std::optional<QJsonObject> object = objectOf(line);
    if (!object) {
        return std::nullopt;
    }
    SignInRequest request;
    request.authorizationUrl = QUrl(object->value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    request.redirectUri = QUrl(object->value(QStringLiteral("redirect")).toString(), QUrl::StrictMode);
    request.windowTitle = object->value(QStringLiteral("title")).toString();
    request.providerName = object->value(QStringLiteral("provider")).toString();
    request.localeName = object->value(QStringLiteral("locale")).toString();
    // Only web pages are shown; a file: or javascript: URL is not a sign-in.
    const QString scheme = request.authorizationUrl.scheme();
    if (!request.authorizationUrl.isValid() || (scheme != u"https" && scheme != u"http")
        || !request.redirectUri.isValid() || request.redirectUri.scheme().isEmpty()) {
        return std::nullopt;
    }
    return request;
}

QByteArray SignInOutcome::toLine() const
{
    QJsonObject object;
    for (const auto& [k, name] : kKinds) {
        if (k == kind) {
            object.insert(QStringLiteral("outcome"), QLatin1StringView(name));
        }
    }
    if (kind == Kind::Redirect) {
        object.insert(QStringLiteral("redirect"), redirect.toString(QUrl::FullyEncoded));
    }
    if (!detail.isEmpty()) {
        object.insert(QStringLiteral("detail"), detail);
    }
    return compactLine(object);
}

std::optional<SignInOutcome> SignInOutcome::fromLine(const QByteArray& line)
{
    const std::optional<QJsonObject> object = objectOf(line);
    if (!object) {
        return std::nullopt;
    }
    const QString name = object->value(QStringLiteral("outcome")).toString();
    for (const auto& [kind, kindName] : kKinds) {
        if (name == QLatin1StringView(kindName)) {
            SignInOutcome outcome;
            outcome.kind = kind;
            outcome.redirect = QUrl(object->value(QStringLiteral("redirect")).toString(), QUrl::StrictMode);
            outcome.detail = object->value(QStringLiteral("detail")).toString();
            if (kind == Kind::Redirect && !outcome.redirect.isValid()) {
                return std::nullopt;
            }
            return outcome;
        }
    }
    return std::nullopt;
}

} // namespace clientele
