#include "relay/lib/commands/CommandParams.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <functional>
#include <map>

#include "core/domain/PhoneNumber.h"

namespace clientele::relay {

namespace {

Error invalid(const QString& message)
{
    return Error(Error::Code::InvalidInput, message);
}

// Reads and checks the fields of one params object, collecting the first problem.
class Fields final
{
public:
    explicit Fields(const QJsonObject& params)
        : m_params(params)
    {
    }

    QString text(const char* name, bool required, int maxLength = 500)
    {
        const QString key = QString::fromLatin1(name);
        m_known << key;
        const QJsonValue value = m_params.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                fail(QStringLiteral("\"%1\" is required").arg(key));
            }
            return {};
        }
        QString text = value.toString().trimmed();
        if (!value.isString() || text.isEmpty() || text.size() > maxLength) {
            fail(QStringLiteral("\"%1\" must be text of 1 to %2 characters").arg(key).arg(maxLength));
        }
        return text;
    }

    QString prefixed(const char* name, const char* prefix, bool required)
    {
        QString value = text(name, required, 255);
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_]+$"));
        if (!value.isEmpty() && (!value.startsWith(QLatin1String(prefix)) || !idPattern.match(value).hasMatch())) {
            fail(QStringLiteral("\"%1\" must be a Stripe id starting with %2")
                     .arg(QLatin1String(name), QLatin1String(prefix)));
        }
        return value;
    }

    QString url(const char* name, bool required)
    {
        QString value = text(name, required, 2000);
        const QUrl parsed(value, QUrl::StrictMode);
        if (!value.isEmpty()
            && (!parsed.isValid() || parsed.host().isEmpty()
                || (parsed.scheme() != u"https" && parsed.scheme() != u"http"))) {
            fail(QStringLiteral("\"%1\" must be an http(s) URL").arg(QLatin1String(name)));
        }
        return value;
    }

    QString oneOf(const char* name, const QStringList& allowed, bool required)
    {
        QString value = text(name, required, 100);
        if (!value.isEmpty() && !allowed.contains(value)) {
            fail(QStringLiteral("\"%1\" must be one of %2").arg(QLatin1String(name), allowed.join(u", ")));
        }
        return value;
    }

    std::optional<qint64> amount(const char* name, bool required)
    {
        const QString key = QString::fromLatin1(name);
        m_known << key;
        const QJsonValue value = m_params.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                fail(QStringLiteral("\"%1\" is required").arg(key));
            }
            return std::nullopt;
        }
        const double number = value.toDouble(-1);
        // Minor units: whole, positive, and below Stripe's eight-digit limit.
        if (!value.isDouble() || number < 1 || number > 99'999'999
            || number != static_cast<double>(static_cast<qint64>(number))) {
            fail(QStringLiteral("\"%1\" must be a whole amount in minor units from 1 to 99999999").arg(key));
            return std::nullopt;
        }
        return static_cast<qint64>(number);
    }

    std::optional<bool> flag(const char* name)
    {
        const QString key = QString::fromLatin1(name);
        m_known << key;
        const QJsonValue value = m_params.value(key);
        if (value.isUndefined() || value.isNull()) {
            return std::nullopt;
        }
        if (!value.isBool()) {
            fail(QStringLiteral("\"%1\" must be true or false").arg(key));
            return std::nullopt;
        }
        return value.toBool();
    }

    // Up to 20 short string values, as Stripe's metadata allows (keys ≤ 40, values ≤ 500).
    QJsonObject metadata()
    {
        m_known << QStringLiteral("metadata");
        const QJsonValue value = m_params.value(QStringLiteral("metadata"));
        if (value.isUndefined() || value.isNull()) {
            return {};
        }
        QJsonObject object = value.toObject();
        bool ok = value.isObject() && object.size() <= 18; // the relay adds vault_id and command_id
        for (auto it = object.begin(); ok && it != object.end(); ++it) {
            ok = !it.key().isEmpty() && it.key().size() <= 40 && it.value().isString()
                && it.value().toString().size() <= 500 && it.key() != u"vault_id" && it.key() != u"command_id";
        }
        if (!ok) {
            fail(QStringLiteral("\"metadata\" must be up to 18 text values with keys of up to 40 characters "
                                "(vault_id and command_id are set by the relay)"));
        }
        return object;
    }

    QJsonArray array(const char* name)
    {
        const QString key = QString::fromLatin1(name);
        m_known << key;
        return m_params.value(key).toArray();
    }

    void fail(const QString& message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
        }
    }

    // The checked params, or the first problem (including unknown keys).
    Result<QJsonObject> finish(const QJsonObject& checked)
    {
        for (auto it = m_params.begin(); it != m_params.end(); ++it) {
            if (!m_known.contains(it.key())) {
                fail(QStringLiteral("\"%1\" is not a parameter of this command").arg(it.key()));
            }
        }
        if (!m_error.isEmpty()) {
            return invalid(m_error);
        }
        QJsonObject result;
        for (auto it = checked.begin(); it != checked.end(); ++it) {
            const QJsonValue& value = it.value();
            const bool empty = value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
                || (value.isObject() && value.toObject().isEmpty());
            if (!empty) {
                result.insert(it.key(), value);
            }
        }
        return result;
    }

private:
    const QJsonObject& m_params;
    QSet<QString> m_known;
    QString m_error;
};

QJsonValue optionalAmount(const std::optional<qint64>& amount)
{
    return amount ? QJsonValue(static_cast<double>(*amount)) : QJsonValue();
}

QJsonValue optionalFlag(const std::optional<bool>& flag)
{
    return flag ? QJsonValue(*flag) : QJsonValue();
}

Result<QJsonObject> accountCreate(const QJsonObject& params)
{
    Fields f(params);
    const QString country = f.text("country", true, 2);
    static const QRegularExpression countryPattern(QStringLiteral("^[A-Z]{2}$"));
    if (!country.isEmpty() && !countryPattern.match(country).hasMatch()) {
        f.fail(QStringLiteral("\"country\" must be a two-letter ISO country code such as DE"));
    }
    const QString email = f.text("email", false, 254);
    if (!email.isEmpty() && !email.contains(u'@')) {
        f.fail(QStringLiteral("\"email\" must be an email address"));
    }
    return f.finish({{QStringLiteral("country"), country}, {QStringLiteral("email"), email}});
}

Result<QJsonObject> accountLink(const QJsonObject& params)
{
    Fields f(params);
    return f.finish({{QStringLiteral("refresh_url"), f.url("refresh_url", true)},
        {QStringLiteral("return_url"), f.url("return_url", true)}});
}

Result<QJsonObject> checkout(const QJsonObject& params)
{
    Fields f(params);
    const QString mode = f.oneOf("mode", {QStringLiteral("payment"), QStringLiteral("subscription")}, true);
    const QString currency = f.text("currency", true, 3).toLower();
    static const QRegularExpression currencyPattern(QStringLiteral("^[a-z]{3}$"));
    if (!currency.isEmpty() && !currencyPattern.match(currency).hasMatch()) {
        f.fail(QStringLiteral("\"currency\" must be a three-letter ISO 4217 code such as eur"));
    }
    QJsonArray lines;
    const QJsonArray given = f.array("line_items");
    if (given.isEmpty() || given.size() > 100) {
        f.fail(QStringLiteral("\"line_items\" must list 1 to 100 items"));
    }
    for (const auto& item : given) {
        Fields line(item.toObject());
        const QString name = line.text("name", true, 250);
        const std::optional<qint64> unitAmount = line.amount("unit_amount", true);
        const std::optional<qint64> quantity = line.amount("quantity", true);
        const QString interval = line.oneOf("interval",
            {QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("year")},
            mode == u"subscription");
        if (mode == u"payment" && !interval.isEmpty()) {
            line.fail(QStringLiteral("\"interval\" is only for subscriptions"));
        }
        Result<QJsonObject> checkedLine =
            line.finish({{QStringLiteral("name"), name}, {QStringLiteral("unit_amount"), optionalAmount(unitAmount)},
                {QStringLiteral("quantity"), optionalAmount(quantity)}, {QStringLiteral("interval"), interval}});
        if (!checkedLine) {
            f.fail(QStringLiteral("line item %1: %2").arg(lines.size() + 1).arg(checkedLine.error().userMessage()));
            break;
        }
        lines.append(*checkedLine);
    }
    const QString email = f.text("customer_email", false, 254);
    return f.finish({{QStringLiteral("mode"), mode}, {QStringLiteral("currency"), currency},
        {QStringLiteral("line_items"), lines}, {QStringLiteral("customer_email"), email},
        {QStringLiteral("client_reference_id"), f.text("client_reference_id", false, 200)},
        {QStringLiteral("success_url"), f.url("success_url", true)},
        {QStringLiteral("cancel_url"), f.url("cancel_url", false)}, {QStringLiteral("metadata"), f.metadata()}});
}

Result<QJsonObject> checkoutExpire(const QJsonObject& params)
{
    Fields f(params);
    return f.finish({{QStringLiteral("session"), f.prefixed("session", "cs_", true)}});
}

Result<QJsonObject> refund(const QJsonObject& params)
{
    Fields f(params);
    return f.finish({{QStringLiteral("payment_intent"), f.prefixed("payment_intent", "pi_", true)},
        {QStringLiteral("amount"), optionalAmount(f.amount("amount", false))},
        {QStringLiteral("reason"),
            f.oneOf("reason",
                {QStringLiteral("duplicate"), QStringLiteral("fraudulent"), QStringLiteral("requested_by_customer")},
                true)},
        {QStringLiteral("metadata"), f.metadata()}});
}

Result<QJsonObject> subscriptionUpdate(const QJsonObject& params)
{
    Fields f(params);
    const std::optional<bool> cancelAtPeriodEnd = f.flag("cancel_at_period_end");
    // How many of the plan each period (sessions a month): the only item of a subscription the
    // desktop makes.
    const std::optional<qint64> quantity = f.amount("quantity", false);
    if (quantity && (*quantity < 1 || *quantity > 1000)) {
        f.fail(QStringLiteral("\"quantity\" must be 1 to 1000"));
    }
    const QJsonObject metadata = f.metadata();
    if (!cancelAtPeriodEnd && !quantity && metadata.isEmpty()) {
        f.fail(QStringLiteral("Give \"cancel_at_period_end\", \"quantity\" or \"metadata\" to change"));
    }
    return f.finish({{QStringLiteral("subscription"), f.prefixed("subscription", "sub_", true)},
        {QStringLiteral("cancel_at_period_end"), optionalFlag(cancelAtPeriodEnd)},
        {QStringLiteral("quantity"), optionalAmount(quantity)}, {QStringLiteral("metadata"), metadata}});
}

Result<QJsonObject> subscriptionOnly(const QJsonObject& params)
{
    Fields f(params);
    return f.finish({{QStringLiteral("subscription"), f.prefixed("subscription", "sub_", true)}});
}

Result<QJsonObject> billingPortal(const QJsonObject& params)
{
    Fields f(params);
    return f.finish({{QStringLiteral("subscription"), f.prefixed("subscription", "sub_", true)},
        {QStringLiteral("return_url"), f.url("return_url", true)}});
}

Result<QJsonObject> smsSend(const QJsonObject& params)
{
    Fields f(params);
    const QString to = f.text("to", true, 20);
    if (!to.isEmpty() && !domain::PhoneNumber::fromE164(to)) {
        f.fail(QStringLiteral("\"to\" must be a phone number in E.164 form, such as +4915112345678"));
    }
    // Twilio takes up to 1,600 characters and splits them into segments.
    return f.finish({{QStringLiteral("to"), to}, {QStringLiteral("body"), f.text("body", true, 1600)}});
}

using Checker = std::function<Result<QJsonObject>(const QJsonObject&)>;

const std::map<QString, Checker>& checkers()
{
    static const std::map<QString, Checker> table {
        {QStringLiteral("stripe.account.create"), accountCreate},
        {QStringLiteral("stripe.account_link.create"), accountLink},
        {QStringLiteral("stripe.checkout.create"), checkout},
        {QStringLiteral("stripe.checkout.expire"), checkoutExpire},
        {QStringLiteral("stripe.refund.create"), refund},
        {QStringLiteral("stripe.subscription.update"), subscriptionUpdate},
        {QStringLiteral("stripe.subscription.cancel"), subscriptionOnly},
        {QStringLiteral("stripe.subscription.status"), subscriptionOnly},
        {QStringLiteral("stripe.billing_portal.create"), billingPortal},
        {QStringLiteral("twilio.sms.send"), smsSend},
    };
    return table;
}

} // namespace

bool isKnownCommandType(const QString& type)
{
    return checkers().count(type) == 1;
}

Result<QJsonObject> checkedCommandParams(const QString& type, const QJsonObject& params)
{
    const auto it = checkers().find(type);
    if (it == checkers().end()) {
        return invalid(QStringLiteral("\"%1\" is not a command this relay runs").arg(type));
    }
    return it->second(params);
}

} // namespace clientele::relay
