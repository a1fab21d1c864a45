#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

#include "core/Error.h"
#include "relay/lib/Router.h"

namespace clientele::relay {

// Small pieces every route uses: JSON bodies in and out, query parameters, and Errors as answers.
Response json(http::status status, const QJsonObject& body);
Response error(http::status status, std::string_view code, const QString& message);
// Maps a store or domain Error to its HTTP status; internal details stay in the log.
Response errorFrom(const Error& failure);
// 400 with a specific message unless the body is a JSON object.
std::optional<QJsonObject> jsonBody(const Request& request, Response& failure);
// A query parameter, or empty.
QString queryValue(const Request& request, const QString& name);
// True for a canonical lowercase UUID (what the relay hands out as ids).
bool isUuid(std::string_view text);
QString toQString(std::string_view text);

} // namespace clientele::relay
