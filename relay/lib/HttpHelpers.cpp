#include "relay/lib/HttpHelpers.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

#include "core/Logging.h"

namespace clientele::relay {

Response json(http::status status, const QJsonObject& body)
{
    return Router::jsonResponse(status, body);
}

Response error(http::status status, std::string_view code, const QString& message)
{
    const QByteArray text = message.toUtf8();
    return Router::errorResponse(
        status, code, std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
}

Response errorFrom(const Error& failure)
{
    switch (failure.code()) {
    case Error::Code::InvalidInput:
        return error(http::status::bad_request, "invalid", failure.userMessage());
    case Error::Code::NotFound:
        return error(http::status::not_found, "not_found", failure.userMessage());
    case Error::Code::Conflict:
        return error(http::status::conflict, "conflict", failure.userMessage());
    case Error::Code::PermissionDenied:
        return error(http::status::forbidden, "forbidden", failure.userMessage());
    case Error::Code::Unavailable:
    case Error::Code::Timeout:
    case Error::Code::Network: {
        qCWarning(lcRelay).noquote() << "Unavailable:" << failure.toString();
        Response response = error(http::status::service_unavailable, "unavailable",
            QStringLiteral("The relay cannot reach its database just now; try again shortly."));
        response.set(http::field::retry_after, "5");
        return response;
    }
    default:
        qCWarning(lcRelay).noquote() << "Internal error:" << failure.toString();
        return error(http::status::internal_server_error, "internal", QStringLiteral("The relay failed; try again."));
    }
}

std::optional<QJsonObject> jsonBody(const Request& request, Response& failure)
{
    QJsonParseError parseError;
    const QByteArray body =
        QByteArray::fromRawData(request.body().data(), static_cast<qsizetype>(request.body().size()));
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        failure = error(http::status::bad_request, "malformed_json",
            parseError.error != QJsonParseError::NoError ? QStringLiteral("The body is not valid JSON: %1 at byte %2")
                                                               .arg(parseError.errorString())
                                                               .arg(parseError.offset)
                                                         : QStringLiteral("The body must be a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

QString queryValue(const Request& request, const QString& name)
{
    const std::string_view target = request.target();
    const auto mark = target.find('?');
    if (mark == std::string_view::npos) {
        return {};
    }
    const QUrlQuery query(toQString(target.substr(mark + 1)));
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

bool isUuid(std::string_view text)
{
    if (text.size() != 36) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace clientele::relay
