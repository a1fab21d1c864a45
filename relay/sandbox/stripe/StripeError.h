#pragma once

#include <QJsonObject>
#include <QString>

namespace clientele::relay::sandbox {

// A Stripe API error as the simulator answers it: {"error":{"type","code","message","param"}}.
// Handlers throw it; the one dispatcher in StripeSimulator turns it into the response (STYLE.md §4:
// HTTP handlers may throw a typed error). `beforeExecution` marks request-validation failures, whose
// answers Stripe does not store under an Idempotency-Key (the client may retry with the same key).
struct StripeError
{
    int status = 400;
    QString type = QStringLiteral("invalid_request_error");
    QString message;
    QString param;
    QString code;
    bool beforeExecution = false;

    QJsonObject body() const
    {
        QJsonObject error {{QStringLiteral("type"), type}, {QStringLiteral("message"), message}};
        if (!param.isEmpty()) {
            error.insert(QStringLiteral("param"), param);
        }
        if (!code.isEmpty()) {
            error.insert(QStringLiteral("code"), code);
        }
        return QJsonObject {{QStringLiteral("error"), error}};
    }

    // A parameter failed validation (400, not stored for idempotency).
    static StripeError invalidParam(const QString& param, const QString& message)
    {
        StripeError error;
        error.message = message;
        error.param = param;
        error.beforeExecution = true;
        return error;
    }

    // No object with this id: 404 resource_missing, like Stripe's "No such checkout.session: 'cs_…'".
    // (A missing object named by a body parameter is a 400 on Stripe.)
    static StripeError missing(
        const QString& kind, const QString& id, const QString& param = QStringLiteral("id"), int status = 404)
    {
        StripeError error;
        error.status = status;
        error.code = QStringLiteral("resource_missing");
        error.message = QStringLiteral("No such %1: '%2'").arg(kind, id);
        error.param = param;
        return error;
    }

    // The request is valid but the object's state refuses it (stored for idempotency).
    static StripeError refused(const QString& message, const QString& code = {}, const QString& param = {})
    {
        StripeError error;
        error.message = message;
        error.code = code;
        error.param = param;
        return error;
    }
};

} // namespace clientele::relay::sandbox
