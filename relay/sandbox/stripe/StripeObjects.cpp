#include "relay/sandbox/stripe/StripeObjects.h"

#include <algorithm>
#include <random>

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include "relay/sandbox/stripe/StripeError.h"
#include "relay/sandbox/stripe/StripeParams.h"

namespace clientele::relay::sandbox {

namespace {

const QString kApiVersion = QStringLiteral("2020-08-27"); // info.version of the spec the params come from
constexpr qint64 kAccountLinkSeconds = 300;
constexpr qint64 kCheckoutSeconds = qint64 {24} * 60 * 60;
constexpr qint64 kMinCheckoutSeconds = qint64 {30} * 60;

QString str(const char* text)
{
    return QString::fromLatin1(text);
}

QJsonObject listOf(const QJsonArray& data, const QString& url)
{
    return QJsonObject {{str("object"), str("list")}, {str("data"), data}, {str("has_more"), false}, {str("url"), url},
        {str("total_count"), data.size()}};
}

// The top-level fields that differ, with their old values (an event's previous_attributes).
QJsonObject previousAttributes(const QJsonObject& before, const QJsonObject& after)
{
    QJsonObject previous;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            previous.insert(it.key(), before.value(it.key()).isUndefined() ? QJsonValue() : before.value(it.key()));
        }
    }
    return previous;
}

qint64 periodEnd(qint64 start, const QString& interval, qint64 count)
{
    const QDateTime from = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    if (interval == u"day") {
        return start + count * 86400;
    }
    if (interval == u"week") {
        return start + count * 7 * 86400;
    }
    if (interval == u"year") {
        return from.addYears(static_cast<int>(count)).toSecsSinceEpoch();
    }
    return from.addMonths(static_cast<int>(count)).toSecsSinceEpoch();
}

// metadata[...] applied as an update: "" removes a key, metadata="" removes all.
QJsonObject mergedMetadata(const QJsonObject& current, const QJsonObject& params)
{
    const QJsonValue value = params.value(str("metadata"));
    if (value.isUndefined()) {
        return current;
    }
    if (value.isString()) {
        return {};
    }
    QJsonObject merged = current;
    const QJsonObject changes = metadataParam(params, str("metadata"), str("metadata"));
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().toString().isEmpty()) {
            merged.remove(it.key());
        } else {
            merged.insert(it.key(), it.value());
        }
    }
    return merged;
}

} // namespace

StripeObjects::StripeObjects(QString publicBaseUrl)
    : m_baseUrl(std::move(publicBaseUrl))
{
}

QString StripeObjects::newId(const QString& prefix)
{
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    thread_local std::mt19937_64 generator {std::random_device {}()};
    std::uniform_int_distribution<int> pick(0, static_cast<int>(sizeof(kAlphabet)) - 2);
    QString id = prefix;
    for (int i = 0; i < 24; ++i) {
        id += QLatin1Char(kAlphabet[pick(generator)]);
    }
    return id;
}

QString StripeObjects::formatAmount(qint64 minorUnits, const QString& currency)
{
    static const QSet<QString> kZeroDecimal {str("bif"), str("clp"), str("djf"), str("gnf"), str("jpy"), str("kmf"),
        str("krw"), str("mga"), str("pyg"), str("rwf"), str("ugx"), str("vnd"), str("vuv"), str("xaf"), str("xof"),
        str("xpf")};
    if (kZeroDecimal.contains(currency)) {
        return QStringLiteral("%1 %2").arg(minorUnits).arg(currency.toUpper());
    }
    return QStringLiteral("%1.%2 %3")
        .arg(minorUnits / 100)
        .arg(std::abs(minorUnits % 100), 2, 10, QLatin1Char('0'))
        .arg(currency.toUpper());
}

QJsonObject& StripeObjects::find(Table& table, const QString& kind, const QString& id, const StripeContext& context,
    const QString& param, int status)
{
    auto it = table.find(id);
    if (it == table.end() || m_owner.value(id) != context.account) {
        throw StripeError::missing(kind, id, param, status);
    }
    return it.value();
}

const QJsonObject& StripeObjects::find(const Table& table, const QString& kind, const QString& id,
    const StripeContext& context, const QString& param, int status) const
{
    const auto it = table.constFind(id);
    if (it == table.constEnd() || m_owner.value(id) != context.account) {
        throw StripeError::missing(kind, id, param, status);
    }
    return it.value();
}

void StripeObjects::addEvent(const QString& type, const QJsonObject& object, const StripeContext& context,
    const QJsonObject& previous, const QString& account)
{
    QJsonObject data {{str("object"), object}};
    if (!previous.isEmpty()) {
        data.insert(str("previous_attributes"), previous);
    }
    QJsonObject event {
        {str("id"), newId(str("evt_"))},
        {str("object"), str("event")},
        {str("api_version"), kApiVersion},
        {str("created"), context.now},
        {str("data"), data},
        {str("livemode"), false},
        {str("pending_webhooks"), m_endpoints},
        {str("request"),
            QJsonObject {
                {str("id"), context.requestId.isEmpty() ? QJsonValue() : QJsonValue(context.requestId)},
                {str("idempotency_key"),
                    context.idempotencyKey.isEmpty() ? QJsonValue() : QJsonValue(context.idempotencyKey)},
            }},
        {str("type"), type},
    };
    const QString owner = account.isEmpty() ? m_owner.value(object.value(str("id")).toString()) : account;
    if (!owner.isEmpty()) {
        event.insert(str("account"), owner);
        m_owner.insert(event.value(str("id")).toString(), owner);
    }
    m_eventIndex.insert(event.value(str("id")).toString(), static_cast<qsizetype>(m_events.size()));
    m_events.push_back(event);
    m_newEvents.push_back(event);
}

std::vector<QJsonObject> StripeObjects::takeNewEvents()
{
    return std::exchange(m_newEvents, {});
}

// ---- Connect accounts ----

QJsonObject StripeObjects::createAccount(const QJsonObject& params, const StripeContext& context)
{
    const QString type = stringParam(params, str("type"), str("type"));
    QString country = stringParam(params, str("country"), str("country"));
    if (country.isEmpty()) {
        country = str("US");
    }
    if (!QRegularExpression(str("^[A-Z]{2}$")).match(country).hasMatch()) {
        throw StripeError::invalidParam(str("country"), QStringLiteral("Invalid country: %1").arg(country));
    }
    const QString email = stringParam(params, str("email"), str("email"));
    if (!email.isEmpty() && !email.contains(u'@')) {
        throw StripeError::invalidParam(str("email"), QStringLiteral("Invalid email address: %1").arg(email));
    }
    QJsonObject capabilities;
    const QJsonObject requested = objectParam(params, str("capabilities"), str("capabilities"));
    for (auto it = requested.begin(); it != requested.end(); ++it) {
        const QString name = QStringLiteral("capabilities[%1][requested]").arg(it.key());
        if (booleanParam(it.value().toObject(), str("requested"), name).value_or(false)) {
            capabilities.insert(it.key(), str("inactive"));
        }
    }
    const QString id = newId(str("acct_"));
    QJsonObject account {
        {str("id"), id},
        {str("object"), str("account")},
        {str("type"), type.isEmpty() ? str("standard") : type},
        {str("country"), country},
        {str("email"), email.isEmpty() ? QJsonValue() : QJsonValue(email)},
        {str("default_currency"), country == u"US" ? str("usd") : str("eur")},
        {str("capabilities"), capabilities},
        {str("charges_enabled"), false},
        {str("payouts_enabled"), false},
        {str("details_submitted"), false},
        {str("created"), context.now},
        {str("metadata"), metadataParam(params, str("metadata"), str("metadata"))},
        {str("requirements"),
            QJsonObject {
                {str("currently_due"), QJsonArray {str("external_account"), str("tos_acceptance.date")}},
                {str("eventually_due"), QJsonArray {str("external_account"), str("tos_acceptance.date")}},
                {str("past_due"), QJsonArray {str("external_account"), str("tos_acceptance.date")}},
                {str("disabled_reason"), str("requirements.past_due")},
            }},
    };
    m_accounts.insert(id, account);
    return account;
}

QJsonObject StripeObjects::account(const QString& id) const
{
    const auto it = m_accounts.constFind(id);
    if (it == m_accounts.constEnd()) {
        throw StripeError::missing(str("account"), id);
    }
    return it.value();
}

void StripeObjects::markOnboarded(QJsonObject& account)
{
    QJsonObject capabilities = account.value(str("capabilities")).toObject();
    for (auto capability = capabilities.begin(); capability != capabilities.end(); ++capability) {
        capability.value() = str("active");
    }
    account.insert(str("capabilities"), capabilities);
    account.insert(str("charges_enabled"), true);
    account.insert(str("payouts_enabled"), true);
    account.insert(str("details_submitted"), true);
    account.insert(str("requirements"),
        QJsonObject {{str("currently_due"), QJsonArray()}, {str("eventually_due"), QJsonArray()},
            {str("past_due"), QJsonArray()}, {str("disabled_reason"), QJsonValue()}});
}

void StripeObjects::restoreAccount(const QString& accountId, const StripeContext& context)
{
    if (m_accounts.contains(accountId)) {
        return;
    }
    QJsonObject account = createAccount(QJsonObject {{str("type"), str("standard")}}, context);
    m_accounts.remove(account.value(str("id")).toString());
    account.insert(str("id"), accountId);
    markOnboarded(account);
    m_accounts.insert(accountId, account);
}

QJsonObject StripeObjects::completeOnboarding(const QString& accountId, const StripeContext& context)
{
    auto it = m_accounts.find(accountId);
    if (it == m_accounts.end()) {
        throw StripeError::missing(str("account"), accountId);
    }
    const QJsonObject before = it.value();
    QJsonObject& account = it.value();
    markOnboarded(account);
    const QJsonObject previous = previousAttributes(before, account);
    if (!previous.isEmpty()) {
        addEvent(str("account.updated"), account, context, previous, accountId);
    }
    return account;
}

QJsonObject StripeObjects::createAccountLink(const QJsonObject& params, const StripeContext& context)
{
    const QString accountId = requiredString(params, str("account"), str("account"));
    const QString refreshUrl = requiredString(params, str("refresh_url"), str("refresh_url"));
    const QString returnUrl = requiredString(params, str("return_url"), str("return_url"));
    checkUrl(refreshUrl, str("refresh_url"));
    checkUrl(returnUrl, str("return_url"));
    if (!m_accounts.contains(accountId)) {
        throw StripeError::missing(str("account"), accountId, str("account"));
    }
    const QString token = newId(QString());
    m_links.insert(token, AccountLink {accountId, refreshUrl, returnUrl, context.now + kAccountLinkSeconds});
    return QJsonObject {
        {str("object"), str("account_link")},
        {str("created"), context.now},
        {str("expires_at"), context.now + kAccountLinkSeconds},
        {str("url"), QString(m_baseUrl + u"/sandbox/onboarding/" + token)},
    };
}

StripeObjects::LinkVisit StripeObjects::visitAccountLink(const QString& token, qint64 now)
{
    auto it = m_links.find(token);
    if (it == m_links.end()) {
        return {};
    }
    AccountLink& link = it.value();
    if (link.visited || link.used || now > link.expiresAt) {
        return LinkVisit {LinkVisit::Kind::Refresh, link.accountId, link.refreshUrl};
    }
    link.visited = true;
    return LinkVisit {LinkVisit::Kind::Show, link.accountId, link.returnUrl};
}

QString StripeObjects::finishAccountLink(const QString& token, const StripeContext& context)
{
    auto it = m_links.find(token);
    if (it == m_links.end()) {
        throw StripeError::missing(str("account_link"), token);
    }
    if (it->used || context.now > it->expiresAt) {
        return it->refreshUrl;
    }
    it->used = true;
    completeOnboarding(it->accountId, context);
    return it->returnUrl;
}

// ---- Checkout ----

QJsonObject StripeObjects::createCheckoutSession(const QJsonObject& params, const StripeContext& context)
{
    const QString mode = requiredString(params, str("mode"), str("mode"));
    if (mode == u"setup") {
        throw StripeError::invalidParam(
            str("mode"), str("The Stripe simulator does not support mode=setup; use payment or subscription."));
    }
    const QString uiMode = stringParam(params, str("ui_mode"), str("ui_mode"));
    if (!uiMode.isEmpty() && uiMode != u"hosted" && uiMode != u"hosted_page") {
        throw StripeError::invalidParam(
            str("ui_mode"), str("The Stripe simulator supports only the hosted Checkout page (ui_mode=hosted)."));
    }
    const QString successUrl = requiredString(params, str("success_url"), str("success_url"));
    checkUrl(successUrl, str("success_url"));
    const QString cancelUrl = stringParam(params, str("cancel_url"), str("cancel_url"));
    if (!cancelUrl.isEmpty()) {
        checkUrl(cancelUrl, str("cancel_url"));
    }
    const QString customerEmail = stringParam(params, str("customer_email"), str("customer_email"));
    if (!customerEmail.isEmpty() && !customerEmail.contains(u'@')) {
        throw StripeError::invalidParam(
            str("customer_email"), QStringLiteral("Invalid email address: %1").arg(customerEmail));
    }
    const QString customer = stringParam(params, str("customer"), str("customer"));
    if (!customer.isEmpty()) {
        find(m_customers, str("customer"), customer, context, str("customer"), 400);
    }
    const QString reference = stringParam(params, str("client_reference_id"), str("client_reference_id"));
    if (reference.size() > 200) {
        throw StripeError::invalidParam(
            str("client_reference_id"), str("Invalid client_reference_id: must be at most 200 characters"));
    }
    const QJsonObject metadata = metadataParam(params, str("metadata"), str("metadata"));

    // Line items: prices made inline (price_data) or existing prices.
    if (!params.value(str("line_items")).isArray() || params.value(str("line_items")).toArray().isEmpty()) {
        throw StripeError::invalidParam(str("line_items"), str("Missing required param: line_items."));
    }
    QJsonArray items;
    QString currency;
    qint64 total = 0;
    bool anyRecurring = false;
    const QJsonArray lineItems = params.value(str("line_items")).toArray();
    for (qsizetype i = 0; i < lineItems.size(); ++i) {
        const QString name = QStringLiteral("line_items[%1]").arg(i);
        if (!lineItems.at(i).isObject()) {
            throw StripeError::invalidParam(name, str("Invalid object"));
        }
        const QJsonObject item = lineItems.at(i).toObject();
        QJsonObject price;
        if (item.contains(str("price"))) {
            const QString priceId = stringParam(item, str("price"), name + u"[price]");
            price = find(m_prices, str("price"), priceId, StripeContext {}, name + u"[price]", 400);
        } else if (item.contains(str("price_data"))) {
            const QString dataName = name + u"[price_data]";
            const QJsonObject data = objectParam(item, str("price_data"), dataName);
            const QString itemCurrency = requiredString(data, str("currency"), dataName + u"[currency]");
            if (!QRegularExpression(str("^[a-z]{3}$")).match(itemCurrency).hasMatch()) {
                throw StripeError::invalidParam(
                    dataName + u"[currency]", QStringLiteral("Invalid currency: %1").arg(itemCurrency));
            }
            const std::optional<qint64> unitAmount =
                integerParam(data, str("unit_amount"), dataName + u"[unit_amount]");
            if (!unitAmount) {
                throw StripeError::invalidParam(dataName + u"[unit_amount]",
                    QStringLiteral("Missing required param: %1[unit_amount].").arg(dataName));
            }
            if (*unitAmount < 0) {
                throw StripeError::invalidParam(
                    dataName + u"[unit_amount]", str("This value must be greater than or equal to 0."));
            }
            const QJsonObject product = objectParam(data, str("product_data"), dataName + u"[product_data]");
            const QString productName = requiredString(product, str("name"), dataName + u"[product_data][name]");
            QJsonValue recurring;
            if (data.contains(str("recurring"))) {
                const QJsonObject recurringParams = objectParam(data, str("recurring"), dataName + u"[recurring]");
                const QString interval =
                    requiredString(recurringParams, str("interval"), dataName + u"[recurring][interval]");
                const qint64 count =
                    integerParam(recurringParams, str("interval_count"), dataName + u"[recurring][interval_count]")
                        .value_or(1);
                recurring = QJsonObject {{str("interval"), interval}, {str("interval_count"), count}};
            }
            const QString priceId = newId(str("price_"));
            price = QJsonObject {
                {str("id"), priceId},
                {str("object"), str("price")},
                {str("currency"), itemCurrency},
                {str("unit_amount"), *unitAmount},
                {str("product"), newId(str("prod_"))},
                {str("nickname"), productName},
                {str("recurring"), recurring},
                {str("type"), recurring.isObject() ? str("recurring") : str("one_time")},
                {str("active"), true},
                {str("livemode"), false},
                {str("created"), context.now},
            };
            m_prices.insert(priceId, price);
        } else {
            throw StripeError::invalidParam(
                name, QStringLiteral("You must specify either `price` or `price_data` in %1.").arg(name));
        }
        const std::optional<qint64> quantity = integerParam(item, str("quantity"), name + u"[quantity]");
        if (!quantity) {
            throw StripeError::invalidParam(
                name + u"[quantity]", QStringLiteral("Missing required param: %1[quantity].").arg(name));
        }
        if (*quantity < 1) {
            throw StripeError::invalidParam(
                name + u"[quantity]", str("This value must be greater than or equal to 1."));
        }
        const QString itemCurrency = price.value(str("currency")).toString();
        if (!currency.isEmpty() && itemCurrency != currency) {
            throw StripeError::invalidParam(name, str("All line items must use the same currency."));
        }
        currency = itemCurrency;
        const bool recurring = price.value(str("recurring")).isObject();
        if (recurring && mode == u"payment") {
            throw StripeError::invalidParam(str("line_items"),
                str("You specified `payment` mode but passed a recurring price. Either switch to `subscription` "
                    "mode or use only one-time prices."));
        }
        anyRecurring = anyRecurring || recurring;
        const qint64 amount = price.value(str("unit_amount")).toInteger() * *quantity;
        total += amount;
        items.append(QJsonObject {{str("id"), newId(str("li_"))}, {str("object"), str("item")},
            {str("amount_total"), amount}, {str("currency"), currency},
            {str("description"), price.value(str("nickname"))}, {str("price"), price}, {str("quantity"), *quantity}});
    }
    if (mode == u"subscription" && !anyRecurring) {
        throw StripeError::invalidParam(str("line_items"),
            str("You must provide at least one recurring price in `subscription` mode when using prices."));
    }
    if (mode == u"payment" && total < 1) {
        throw StripeError::invalidParam(
            str("line_items"), str("The Checkout Session's total amount due must be greater than 0."));
    }

    // Connect: destination charges and subscriptions.
    const QJsonObject intentData = objectParam(params, str("payment_intent_data"), str("payment_intent_data"));
    const QJsonObject subscriptionData = objectParam(params, str("subscription_data"), str("subscription_data"));
    if (!intentData.isEmpty() && mode != u"payment") {
        throw StripeError::invalidParam(
            str("payment_intent_data"), str("You can only specify `payment_intent_data` in `payment` mode."));
    }
    if (!subscriptionData.isEmpty() && mode != u"subscription") {
        throw StripeError::invalidParam(
            str("subscription_data"), str("You can only specify `subscription_data` in `subscription` mode."));
    }
    const auto checkDestination = [&](const QJsonObject& data, const QString& name) {
        QJsonObject transfer = objectParam(data, str("transfer_data"), name + u"[transfer_data]");
        if (data.contains(str("transfer_data"))) {
            const QString destination =
                requiredString(transfer, str("destination"), name + u"[transfer_data][destination]");
            if (!m_accounts.contains(destination)) {
                throw StripeError::missing(str("destination"), destination, name + u"[transfer_data][destination]");
            }
        }
        return transfer;
    };
    const std::optional<qint64> fee =
        integerParam(intentData, str("application_fee_amount"), str("payment_intent_data[application_fee_amount]"));
    if (fee && (*fee < 0 || *fee > total)) {
        throw StripeError::invalidParam(str("payment_intent_data[application_fee_amount]"),
            *fee < 0 ? str("This value must be greater than or equal to 0.")
                     : QStringLiteral("The application fee amount (%1) cannot be greater than the total amount (%2).")
                           .arg(formatAmount(*fee, currency), formatAmount(total, currency)));
    }
    checkDestination(intentData, str("payment_intent_data"));
    metadataParam(intentData, str("metadata"), str("payment_intent_data[metadata]"));
    const std::optional<double> feePercent = decimalParam(
        subscriptionData, str("application_fee_percent"), str("subscription_data[application_fee_percent]"));
    if (feePercent && (*feePercent < 0 || *feePercent > 100)) {
        throw StripeError::invalidParam(
            str("subscription_data[application_fee_percent]"), str("This value must be between 0 and 100."));
    }
    checkDestination(subscriptionData, str("subscription_data"));
    metadataParam(subscriptionData, str("metadata"), str("subscription_data[metadata]"));

    const std::optional<qint64> requestedExpiry = integerParam(params, str("expires_at"), str("expires_at"));
    if (requestedExpiry
        && (*requestedExpiry < context.now + kMinCheckoutSeconds
            || *requestedExpiry > context.now + kCheckoutSeconds)) {
        throw StripeError::invalidParam(str("expires_at"),
            str("The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session "
                "creation."));
    }

    const QString id = newId(str("cs_test_"));
    QJsonObject session {
        {str("id"), id},
        {str("object"), str("checkout.session")},
        {str("amount_subtotal"), total},
        {str("amount_total"), total},
        {str("cancel_url"), cancelUrl.isEmpty() ? QJsonValue() : QJsonValue(cancelUrl)},
        {str("client_reference_id"), reference.isEmpty() ? QJsonValue() : QJsonValue(reference)},
        {str("created"), context.now},
        {str("currency"), currency},
        {str("customer"), customer.isEmpty() ? QJsonValue() : QJsonValue(customer)},
        {str("customer_details"), QJsonValue()},
        {str("customer_email"), customerEmail.isEmpty() ? QJsonValue() : QJsonValue(customerEmail)},
        {str("expires_at"), requestedExpiry.value_or(context.now + kCheckoutSeconds)},
        {str("line_items"), listOf(items, QStringLiteral("/v1/checkout/sessions/%1/line_items").arg(id))},
        {str("livemode"), false},
        {str("metadata"), metadata},
        {str("mode"), mode},
        {str("payment_intent"), QJsonValue()},
        {str("payment_status"), str("unpaid")},
        {str("status"), str("open")},
        {str("subscription"), QJsonValue()},
        {str("success_url"), successUrl},
        {str("ui_mode"), str("hosted")},
        {str("url"), QString(m_baseUrl + u"/sandbox/checkout/" + id)},
        // What paying creates; not part of Stripe's object, removed from what clients see.
        {str("_payment_intent_data"), intentData},
        {str("_subscription_data"), subscriptionData},
    };
    m_sessions.insert(id, session);
    m_owner.insert(id, context.account);
    return checkoutSession(id, context);
}

void StripeObjects::expireIfDue(QJsonObject& session, const StripeContext& context)
{
    if (session.value(str("status")).toString() == u"open"
        && context.now >= session.value(str("expires_at")).toInteger()) {
        session.insert(str("status"), str("expired"));
        session.insert(str("url"), QJsonValue());
        QJsonObject visible = session;
        visible.remove(str("_payment_intent_data"));
        visible.remove(str("_subscription_data"));
        visible.remove(str("line_items"));
        addEvent(str("checkout.session.expired"), visible, context);
    }
}

QJsonObject StripeObjects::checkoutSession(const QString& id, const StripeContext& context)
{
    QJsonObject& session = find(m_sessions, str("checkout.session"), id, context);
    expireIfDue(session, context);
    QJsonObject visible = session;
    visible.remove(str("_payment_intent_data"));
    visible.remove(str("_subscription_data"));
    visible.remove(str("line_items")); // includable with expand[]=line_items on Stripe
    return visible;
}

QJsonObject StripeObjects::checkoutSessionForPage(const QString& id, const StripeContext& context)
{
    StripeContext owner = context;
    owner.account = m_owner.value(id);
    QJsonObject visible = checkoutSession(id, owner);
    visible.insert(str("line_items"), m_sessions.value(id).value(str("line_items")));
    return visible;
}

QJsonObject StripeObjects::expireCheckoutSession(const QString& id, const StripeContext& context)
{
    QJsonObject& session = find(m_sessions, str("checkout.session"), id, context);
    expireIfDue(session, context);
    if (session.value(str("status")).toString() != u"open") {
        throw StripeError::refused(
            str("Only Checkout Sessions with a status in [\"open\"] can be expired."), QString(), str("session"));
    }
    session.insert(str("expires_at"), context.now);
    expireIfDue(session, context);
    return checkoutSession(id, context);
}

QJsonObject StripeObjects::payCheckoutSession(const QString& id, const StripeContext& context)
{
    auto it = m_sessions.find(id);
    if (it == m_sessions.end()) {
        throw StripeError::missing(str("checkout.session"), id);
    }
    StripeContext owner = context;
    owner.account = m_owner.value(id);
    QJsonObject& session = it.value();
    expireIfDue(session, owner);
    if (session.value(str("status")).toString() != u"open") {
        throw StripeError::refused(QStringLiteral("This Checkout Session is %1 and can no longer be paid.")
                                       .arg(session.value(str("status")).toString()),
            str("checkout_session_not_open"));
    }
    const QString email = session.value(str("customer_email")).toString(str("jane.client@example.com"));
    session.insert(str("status"), str("complete"));
    session.insert(str("payment_status"), str("paid"));
    session.insert(str("url"), QJsonValue());
    session.insert(str("customer_details"), QJsonObject {{str("email"), email}, {str("name"), str("Jane Client")}});
    const QString currency = session.value(str("currency")).toString();
    const qint64 total = session.value(str("amount_total")).toInteger();

    QString customer = session.value(str("customer")).toString();
    if (customer.isEmpty() && session.value(str("mode")).toString() == u"subscription") {
        customer = newId(str("cus_"));
        m_customers.insert(customer,
            QJsonObject {{str("id"), customer}, {str("object"), str("customer")}, {str("email"), email},
                {str("created"), owner.now}, {str("livemode"), false}, {str("metadata"), QJsonObject()}});
        m_owner.insert(customer, owner.account);
        session.insert(str("customer"), customer);
    }

    QJsonObject intentEvent;
    QJsonObject subscriptionObject;
    if (session.value(str("mode")).toString() == u"payment") {
        const QJsonObject data = session.value(str("_payment_intent_data")).toObject();
        const QString intentId = newId(str("pi_"));
        const QString chargeId = newId(str("ch_"));
        const QJsonValue fee = data.value(str("application_fee_amount")).isString()
            ? QJsonValue(data.value(str("application_fee_amount")).toString().toLongLong())
            : QJsonValue();
        const QJsonValue transfer = data.contains(str("transfer_data")) ? QJsonValue(QJsonObject {{str("destination"),
                                        data.value(str("transfer_data")).toObject().value(str("destination"))}})
                                                                        : QJsonValue();
        const QJsonObject metadata = data.value(str("metadata")).toObject();
        const QJsonObject charge {
            {str("id"), chargeId},
            {str("object"), str("charge")},
            {str("amount"), total},
            {str("amount_captured"), total},
            {str("amount_refunded"), 0},
            {str("application_fee_amount"), fee},
            {str("captured"), true},
            {str("created"), owner.now},
            {str("currency"), currency},
            {str("customer"), customer.isEmpty() ? QJsonValue() : QJsonValue(customer)},
            {str("livemode"), false},
            {str("metadata"), metadata},
            {str("paid"), true},
            {str("payment_intent"), intentId},
            {str("refunded"), false},
            {str("status"), str("succeeded")},
            {str("transfer_data"), transfer},
        };
        intentEvent = QJsonObject {
            {str("id"), intentId},
            {str("object"), str("payment_intent")},
            {str("amount"), total},
            {str("amount_capturable"), 0},
            {str("amount_received"), total},
            {str("application_fee_amount"), fee},
            {str("capture_method"), str("automatic")},
            {str("created"), owner.now},
            {str("currency"), currency},
            {str("customer"), customer.isEmpty() ? QJsonValue() : QJsonValue(customer)},
            {str("latest_charge"), chargeId},
            {str("livemode"), false},
            {str("metadata"), metadata},
            {str("status"), str("succeeded")},
            {str("transfer_data"), transfer},
        };
        m_charges.insert(chargeId, charge);
        m_paymentIntents.insert(intentId, intentEvent);
        m_owner.insert(chargeId, owner.account);
        m_owner.insert(intentId, owner.account);
        session.insert(str("payment_intent"), intentId);
    } else {
        subscriptionObject = completeSubscription(session, customer, owner);
    }

    QJsonObject completed = checkoutSession(id, owner);
    addEvent(str("checkout.session.completed"), completed, owner);
    if (!intentEvent.isEmpty()) {
        addEvent(str("payment_intent.succeeded"), intentEvent, owner);
    } else {
        addEvent(str("customer.subscription.created"), subscriptionObject, owner);
        const QString invoiceId = subscriptionObject.value(str("latest_invoice")).toString();
        addEvent(str("invoice.paid"), m_invoices.value(invoiceId), owner);
    }
    return completed;
}

QJsonObject StripeObjects::completeSubscription(
    QJsonObject& session, const QString& customer, const StripeContext& context)
{
    const QJsonObject data = session.value(str("_subscription_data")).toObject();
    const QString id = newId(str("sub_"));
    const QString invoiceId = newId(str("in_"));
    QJsonArray items;
    QString interval = str("month");
    qint64 intervalCount = 1;
    for (const auto& line : session.value(str("line_items")).toObject().value(str("data")).toArray()) {
        const QJsonObject price = line.toObject().value(str("price")).toObject();
        if (!price.value(str("recurring")).isObject()) {
            continue; // one-time prices are on the first invoice only
        }
        interval = price.value(str("recurring")).toObject().value(str("interval")).toString();
        intervalCount = price.value(str("recurring")).toObject().value(str("interval_count")).toInteger(1);
        items.append(QJsonObject {{str("id"), newId(str("si_"))}, {str("object"), str("subscription_item")},
            {str("price"), price}, {str("quantity"), line.toObject().value(str("quantity"))}, {str("subscription"), id},
            {str("created"), context.now}});
    }
    const QJsonValue feePercent = data.value(str("application_fee_percent")).isString()
        ? QJsonValue(data.value(str("application_fee_percent")).toString().toDouble())
        : QJsonValue();
    const QJsonValue transfer = data.contains(str("transfer_data"))
        ? QJsonValue(
            QJsonObject {{str("destination"), data.value(str("transfer_data")).toObject().value(str("destination"))}})
        : QJsonValue();
    QJsonObject subscription {
        {str("id"), id},
        {str("object"), str("subscription")},
        {str("application_fee_percent"), feePercent},
        {str("cancel_at"), QJsonValue()},
        {str("cancel_at_period_end"), false},
        {str("canceled_at"), QJsonValue()},
        {str("created"), context.now},
        {str("currency"), session.value(str("currency"))},
        {str("current_period_start"), context.now},
        {str("current_period_end"), periodEnd(context.now, interval, intervalCount)},
        {str("customer"), customer},
        {str("ended_at"), QJsonValue()},
        {str("items"), listOf(items, QStringLiteral("/v1/subscription_items?subscription=%1").arg(id))},
        {str("latest_invoice"), invoiceId},
        {str("livemode"), false},
        {str("metadata"), data.value(str("metadata")).toObject()},
        {str("start_date"), context.now},
        {str("status"), str("active")},
        {str("transfer_data"), transfer},
    };
    const qint64 total = session.value(str("amount_total")).toInteger();
    const QJsonObject invoice {
        {str("id"), invoiceId},
        {str("object"), str("invoice")},
        {str("amount_due"), total},
        {str("amount_paid"), total},
        {str("amount_remaining"), 0},
        {str("billing_reason"), str("subscription_create")},
        {str("created"), context.now},
        {str("currency"), session.value(str("currency"))},
        {str("customer"), customer},
        {str("livemode"), false},
        {str("paid"), true},
        {str("status"), str("paid")},
        {str("subscription"), id},
        {str("subscription_details"), QJsonObject {{str("metadata"), data.value(str("metadata")).toObject()}}},
    };
    m_subscriptions.insert(id, subscription);
    m_invoices.insert(invoiceId, invoice);
    m_owner.insert(id, context.account);
    m_owner.insert(invoiceId, context.account);
    session.insert(str("subscription"), id);
    return subscription;
}

// ---- Payments and refunds ----

QJsonObject StripeObjects::paymentIntent(const QString& id, const StripeContext& context) const
{
    return find(m_paymentIntents, str("payment_intent"), id, context);
}

QJsonObject StripeObjects::createRefund(const QJsonObject& params, const StripeContext& context)
{
    const QString intentId = stringParam(params, str("payment_intent"), str("payment_intent"));
    QString chargeId = stringParam(params, str("charge"), str("charge"));
    if (intentId.isEmpty() == chargeId.isEmpty()) {
        throw StripeError::invalidParam(intentId.isEmpty() ? str("charge") : str("payment_intent"),
            str("One of the following params should be provided for this request: payment_intent or charge."));
    }
    const std::optional<qint64> requested = integerParam(params, str("amount"), str("amount"));
    if (requested && *requested < 1) {
        throw StripeError::invalidParam(str("amount"), str("This value must be greater than or equal to 1."));
    }
    const QJsonObject metadata = metadataParam(params, str("metadata"), str("metadata"));
    if (!intentId.isEmpty()) {
        const QJsonObject& intent =
            find(m_paymentIntents, str("payment_intent"), intentId, context, str("payment_intent"), 400);
        chargeId = intent.value(str("latest_charge")).toString();
    }
    QJsonObject& charge = find(m_charges, str("charge"), chargeId, context, str("charge"), 400);
    const QString currency = charge.value(str("currency")).toString();
    const qint64 remaining = charge.value(str("amount")).toInteger() - charge.value(str("amount_refunded")).toInteger();
    if (remaining <= 0) {
        throw StripeError::refused(
            QStringLiteral("Charge %1 has already been refunded.").arg(chargeId), str("charge_already_refunded"));
    }
    const qint64 amount = requested.value_or(remaining);
    if (amount > remaining) {
        throw StripeError::refused(QStringLiteral("Refund amount (%1) is greater than unrefunded amount on charge (%2)")
                                       .arg(formatAmount(amount, currency), formatAmount(remaining, currency)),
            str("amount_too_large"), str("amount"));
    }
    const QJsonObject before = charge;
    charge.insert(str("amount_refunded"), charge.value(str("amount_refunded")).toInteger() + amount);
    charge.insert(str("refunded"), amount == remaining);
    const QString id = newId(str("re_"));
    const QString reason = stringParam(params, str("reason"), str("reason"));
    QJsonObject refund {
        {str("id"), id},
        {str("object"), str("refund")},
        {str("amount"), amount},
        {str("charge"), chargeId},
        {str("created"), context.now},
        {str("currency"), currency},
        {str("metadata"), metadata},
        {str("payment_intent"), charge.value(str("payment_intent"))},
        {str("reason"), reason.isEmpty() ? QJsonValue() : QJsonValue(reason)},
        {str("status"), str("succeeded")},
    };
    m_refunds.insert(id, refund);
    m_owner.insert(id, context.account);
    addEvent(str("charge.refunded"), charge, context, previousAttributes(before, charge));
    addEvent(str("refund.created"), refund, context);
    return refund;
}

QJsonObject StripeObjects::refund(const QString& id, const StripeContext& context) const
{
    return find(m_refunds, str("refund"), id, context);
}

// ---- Disputes ----

QJsonObject StripeObjects::openDispute(
    const QString& paymentIntentId, const QString& reason, const StripeContext& context)
{
    static const QStringList reasons {str("bank_cannot_process"), str("credit_not_processed"),
        str("customer_initiated"), str("debit_not_authorized"), str("duplicate"), str("fraudulent"), str("general"),
        str("incorrect_account_details"), str("insufficient_funds"), str("product_not_received"),
        str("product_unacceptable"), str("subscription_canceled"), str("unrecognized")};
    if (!reasons.contains(reason)) {
        throw StripeError::invalidParam(str("reason"), QStringLiteral("Invalid dispute reason: %1").arg(reason));
    }
    const auto intent = m_paymentIntents.constFind(paymentIntentId);
    if (intent == m_paymentIntents.constEnd()) {
        throw StripeError::missing(str("payment_intent"), paymentIntentId, str("payment_intent"), 404);
    }
    const QString chargeId = intent->value(str("latest_charge")).toString();
    QJsonObject& charge = m_charges[chargeId];
    if (charge.value(str("disputed")).toBool()) {
        throw StripeError::refused(
            QStringLiteral("Charge %1 is already disputed.").arg(chargeId), str("charge_disputed"));
    }
    charge.insert(str("disputed"), true);
    const QString id = newId(str("dp_"));
    // Stripe gives about a week to answer (evidence_details.due_by).
    constexpr qint64 kWeek = qint64 {7} * 24 * 3600;
    QJsonObject dispute {
        {str("id"), id},
        {str("object"), str("dispute")},
        {str("amount"), charge.value(str("amount")).toInteger() - charge.value(str("amount_refunded")).toInteger()},
        {str("charge"), chargeId},
        {str("created"), context.now},
        {str("currency"), charge.value(str("currency"))},
        {str("evidence_details"),
            QJsonObject {{str("due_by"), context.now + kWeek}, {str("has_evidence"), false}, {str("past_due"), false},
                {str("submission_count"), 0}}},
        {str("is_charge_refundable"), false},
        {str("livemode"), false},
        {str("metadata"), QJsonObject()},
        {str("payment_intent"), paymentIntentId},
        {str("reason"), reason},
        {str("status"), str("needs_response")},
    };
    m_disputes.insert(id, dispute);
    m_owner.insert(id, m_owner.value(chargeId));
    StripeContext owner = context;
    owner.account = m_owner.value(chargeId);
    addEvent(str("charge.dispute.created"), dispute, owner);
    addEvent(str("charge.dispute.funds_withdrawn"), dispute, owner);
    return dispute;
}

QJsonObject StripeObjects::closeDispute(const QString& disputeId, const QString& status, const StripeContext& context)
{
    if (status != u"won" && status != u"lost") {
        throw StripeError::invalidParam(str("status"), str("A dispute closes as won or lost."));
    }
    const auto found = m_disputes.find(disputeId);
    if (found == m_disputes.end()) {
        throw StripeError::missing(str("dispute"), disputeId, str("id"), 404);
    }
    QJsonObject& dispute = found.value();
    const QString current = dispute.value(str("status")).toString();
    if (current == u"won" || current == u"lost") {
        throw StripeError::refused(
            QStringLiteral("Dispute %1 is already closed.").arg(disputeId), str("dispute_closed"));
    }
    const QJsonObject before = dispute;
    dispute.insert(str("status"), status);
    StripeContext owner = context;
    owner.account = m_owner.value(disputeId);
    if (status == u"won") {
        addEvent(str("charge.dispute.funds_reinstated"), dispute, owner);
    }
    addEvent(str("charge.dispute.closed"), dispute, owner, previousAttributes(before, dispute));
    return dispute;
}

// ---- Subscriptions ----

QJsonObject StripeObjects::subscription(const QString& id, const StripeContext& context) const
{
    return find(m_subscriptions, str("subscription"), id, context);
}

QJsonObject StripeObjects::updateSubscription(
    const QString& id, const QJsonObject& params, const StripeContext& context)
{
    QJsonObject& subscription = find(m_subscriptions, str("subscription"), id, context);
    const QJsonObject before = subscription;
    if (subscription.value(str("status")).toString() == u"canceled") {
        const QStringList allowed {str("metadata"), str("cancellation_details"), str("expand")};
        for (auto it = params.begin(); it != params.end(); ++it) {
            if (!allowed.contains(it.key())) {
                throw StripeError::refused(
                    str("A canceled subscription can only update its cancellation_details and metadata."));
            }
        }
    }
    QJsonObject updated = subscription;
    if (const std::optional<bool> atPeriodEnd =
            booleanParam(params, str("cancel_at_period_end"), str("cancel_at_period_end"))) {
        updated.insert(str("cancel_at_period_end"), *atPeriodEnd);
        updated.insert(
            str("cancel_at"), *atPeriodEnd ? QJsonValue(updated.value(str("current_period_end"))) : QJsonValue());
        updated.insert(str("canceled_at"), *atPeriodEnd ? QJsonValue(context.now) : QJsonValue());
    }
    updated.insert(str("metadata"), mergedMetadata(subscription.value(str("metadata")).toObject(), params));
    if (const std::optional<double> percent =
            decimalParam(params, str("application_fee_percent"), str("application_fee_percent"))) {
        updated.insert(str("application_fee_percent"), *percent);
    }
    if (params.contains(str("items"))) {
        if (!params.value(str("items")).isArray()) {
            throw StripeError::invalidParam(str("items"), str("Invalid array"));
        }
        QJsonObject list = updated.value(str("items")).toObject();
        QJsonArray current = list.value(str("data")).toArray();
        const QJsonArray changes = params.value(str("items")).toArray();
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const QString name = QStringLiteral("items[%1]").arg(i);
            const QJsonObject change = changes.at(i).toObject();
            const QString itemId = stringParam(change, str("id"), name + u"[id]");
            const QString priceId = stringParam(change, str("price"), name + u"[price]");
            const std::optional<qint64> quantity = integerParam(change, str("quantity"), name + u"[quantity]");
            const bool deleted = booleanParam(change, str("deleted"), name + u"[deleted]").value_or(false);
            if (quantity && *quantity < 0) {
                throw StripeError::invalidParam(
                    name + u"[quantity]", str("This value must be greater than or equal to 0."));
            }
            QJsonObject price;
            if (!priceId.isEmpty()) {
                price = find(m_prices, str("price"), priceId, StripeContext {}, name + u"[price]", 400);
            }
            if (itemId.isEmpty()) {
                if (price.isEmpty()) {
                    throw StripeError::invalidParam(
                        name + u"[price]", QStringLiteral("Missing required param: %1[price].").arg(name));
                }
                current.append(QJsonObject {{str("id"), newId(str("si_"))}, {str("object"), str("subscription_item")},
                    {str("price"), price}, {str("quantity"), quantity.value_or(1)}, {str("subscription"), id},
                    {str("created"), context.now}});
                continue;
            }
            const auto match = std::find_if(current.begin(), current.end(),
                [&](const QJsonValue& item) { return item.toObject().value(str("id")).toString() == itemId; });
            if (match == current.end()) {
                throw StripeError::missing(str("subscription_item"), itemId, name + u"[id]");
            }
            if (deleted) {
                current.erase(match);
                continue;
            }
            QJsonObject item = match->toObject();
            if (!price.isEmpty()) {
                item.insert(str("price"), price);
            }
            if (quantity) {
                item.insert(str("quantity"), *quantity);
            }
            *match = item;
        }
        if (current.isEmpty()) {
            throw StripeError::invalidParam(str("items"), str("A subscription must have at least one active plan."));
        }
        list.insert(str("data"), current);
        list.insert(str("total_count"), current.size());
        updated.insert(str("items"), list);
    }
    subscription = updated;
    const QJsonObject previous = previousAttributes(before, subscription);
    if (!previous.isEmpty()) {
        addEvent(str("customer.subscription.updated"), subscription, context, previous);
    }
    return subscription;
}

QJsonObject StripeObjects::cancelSubscription(
    const QString& id, const QJsonObject& params, const StripeContext& context)
{
    QJsonObject& subscription = find(m_subscriptions, str("subscription"), id, context);
    (void)booleanParam(params, str("invoice_now"), str("invoice_now"));
    (void)booleanParam(params, str("prorate"), str("prorate"));
    if (subscription.value(str("status")).toString() == u"canceled") {
        throw StripeError::refused(
            QStringLiteral("A canceled subscription can only update its cancellation_details and metadata."));
    }
    subscription.insert(str("status"), str("canceled"));
    subscription.insert(str("canceled_at"), context.now);
    subscription.insert(str("ended_at"), context.now);
    const QJsonObject details = objectParam(params, str("cancellation_details"), str("cancellation_details"));
    subscription.insert(str("cancellation_details"),
        QJsonObject {{str("comment"), details.value(str("comment"))}, {str("feedback"), details.value(str("feedback"))},
            {str("reason"), str("cancellation_requested")}});
    addEvent(str("customer.subscription.deleted"), subscription, context);
    return subscription;
}

QJsonObject StripeObjects::renewSubscription(const QString& id, bool paid, const StripeContext& context)
{
    const auto found = m_subscriptions.find(id);
    if (found == m_subscriptions.end()) {
        throw StripeError::missing(str("subscription"), id, str("id"), 404);
    }
    QJsonObject& subscription = found.value();
    if (subscription.value(str("status")).toString() == u"canceled") {
        throw StripeError::refused(QStringLiteral("Subscription %1 is canceled.").arg(id));
    }
    StripeContext owner = context;
    owner.account = m_owner.value(id);
    const QJsonObject before = subscription;
    const qint64 periodStart = subscription.value(str("current_period_end")).toInteger();
    if (subscription.value(str("cancel_at_period_end")).toBool()) {
        subscription.insert(str("status"), str("canceled"));
        subscription.insert(str("ended_at"), periodStart);
        addEvent(str("customer.subscription.deleted"), subscription, owner);
        return subscription;
    }
    // A card declined at the last renewal: Stripe retries that period's open invoice, and the
    // period does not move on again.
    const QString openInvoice = subscription.value(str("latest_invoice")).toString();
    if (subscription.value(str("status")).toString() == u"past_due" && m_invoices.contains(openInvoice)
        && m_invoices.value(openInvoice).value(str("status")).toString() == u"open") {
        if (!paid) {
            addEvent(str("invoice.payment_failed"), m_invoices.value(openInvoice), owner);
            return subscription;
        }
        QJsonObject& invoice = m_invoices[openInvoice];
        invoice.insert(str("amount_paid"), invoice.value(str("amount_due")));
        invoice.insert(str("amount_remaining"), 0);
        invoice.insert(str("paid"), true);
        invoice.insert(str("status"), str("paid"));
        subscription.insert(str("status"), str("active"));
        addEvent(str("invoice.paid"), invoice, owner);
        addEvent(str("customer.subscription.updated"), subscription, owner, previousAttributes(before, subscription));
        return subscription;
    }
    qint64 total = 0;
    QString interval = str("month");
    qint64 intervalCount = 1;
    for (const auto& value : subscription.value(str("items")).toObject().value(str("data")).toArray()) {
        const QJsonObject item = value.toObject();
        const QJsonObject price = item.value(str("price")).toObject();
        total += price.value(str("unit_amount")).toInteger() * item.value(str("quantity")).toInteger(1);
        interval = price.value(str("recurring")).toObject().value(str("interval")).toString(interval);
        intervalCount = price.value(str("recurring")).toObject().value(str("interval_count")).toInteger(1);
    }
    const QString invoiceId = newId(str("in_"));
    const QJsonObject invoice {
        {str("id"), invoiceId},
        {str("object"), str("invoice")},
        {str("amount_due"), total},
        {str("amount_paid"), paid ? total : 0},
        {str("amount_remaining"), paid ? 0 : total},
        {str("billing_reason"), str("subscription_cycle")},
        {str("created"), context.now},
        {str("currency"), subscription.value(str("currency"))},
        {str("customer"), subscription.value(str("customer"))},
        {str("livemode"), false},
        {str("paid"), paid},
        {str("status"), paid ? str("paid") : str("open")},
        {str("subscription"), id},
        {str("subscription_details"), QJsonObject {{str("metadata"), subscription.value(str("metadata"))}}},
    };
    m_invoices.insert(invoiceId, invoice);
    m_owner.insert(invoiceId, owner.account);
    subscription.insert(str("latest_invoice"), invoiceId);
    // The new period starts either way; a declined card leaves its invoice open and the
    // subscription past due until a retry pays it.
    subscription.insert(str("current_period_start"), periodStart);
    subscription.insert(str("current_period_end"), periodEnd(periodStart, interval, intervalCount));
    if (paid) {
        subscription.insert(str("status"), str("active"));
        addEvent(str("invoice.paid"), invoice, owner);
    } else {
        subscription.insert(str("status"), str("past_due"));
        addEvent(str("invoice.payment_failed"), invoice, owner);
    }
    addEvent(str("customer.subscription.updated"), subscription, owner, previousAttributes(before, subscription));
    return subscription;
}

// ---- Billing portal ----

QJsonObject StripeObjects::createPortalSession(const QJsonObject& params, const StripeContext& context)
{
    const QString customer = requiredString(params, str("customer"), str("customer"));
    find(m_customers, str("customer"), customer, context, str("customer"), 400);
    const QString returnUrl = stringParam(params, str("return_url"), str("return_url"));
    if (!returnUrl.isEmpty()) {
        checkUrl(returnUrl, str("return_url"));
    }
    const QString id = newId(str("bps_"));
    QJsonObject session {
        {str("id"), id},
        {str("object"), str("billing_portal.session")},
        {str("configuration"), str("bpc_sandbox")},
        {str("created"), context.now},
        {str("customer"), customer},
        {str("livemode"), false},
        {str("locale"), QJsonValue()},
        {str("on_behalf_of"), QJsonValue()},
        {str("return_url"), returnUrl.isEmpty() ? QJsonValue() : QJsonValue(returnUrl)},
        {str("url"), QString(m_baseUrl + u"/sandbox/billing/" + id)},
    };
    m_portalSessions.insert(id, session);
    m_owner.insert(id, context.account);
    return session;
}

QJsonObject StripeObjects::portalSession(const QString& id) const
{
    const auto it = m_portalSessions.constFind(id);
    if (it == m_portalSessions.constEnd()) {
        throw StripeError::missing(str("billing_portal.session"), id);
    }
    return it.value();
}

// ---- Events ----

QJsonObject StripeObjects::event(const QString& id, const StripeContext& context) const
{
    const auto it = m_eventIndex.constFind(id);
    if (it == m_eventIndex.constEnd() || m_owner.value(id) != context.account) {
        throw StripeError::missing(str("event"), id);
    }
    return m_events.at(static_cast<std::size_t>(it.value()));
}

QJsonObject StripeObjects::anyEvent(const QString& id) const
{
    const auto it = m_eventIndex.constFind(id);
    return it == m_eventIndex.constEnd() ? QJsonObject() : m_events.at(static_cast<std::size_t>(it.value()));
}

QJsonObject StripeObjects::listEvents(const QJsonObject& params, const StripeContext& context) const
{
    const qint64 limit = integerParam(params, str("limit"), str("limit")).value_or(10);
    if (limit < 1 || limit > 100) {
        throw StripeError::invalidParam(str("limit"), str("This value must be between 1 and 100."));
    }
    const QString startingAfter = stringParam(params, str("starting_after"), str("starting_after"));
    const QString endingBefore = stringParam(params, str("ending_before"), str("ending_before"));
    if (!startingAfter.isEmpty() && !endingBefore.isEmpty()) {
        throw StripeError::invalidParam(
            str("ending_before"), str("You may only specify one of these parameters: ending_before, starting_after."));
    }
    const QString type = stringParam(params, str("type"), str("type"));
    const auto typeMatches = [&](const QJsonObject& event) {
        if (type.isEmpty()) {
            return true;
        }
        const QString eventType = event.value(str("type")).toString();
        return type.endsWith(u'*') ? eventType.startsWith(type.left(type.size() - 1)) : eventType == type;
    };
    // Newest first, as Stripe lists.
    std::vector<const QJsonObject*> visible;
    for (auto it = m_events.rbegin(); it != m_events.rend(); ++it) {
        if (m_owner.value(it->value(str("id")).toString()) == context.account && typeMatches(*it)) {
            visible.push_back(&*it);
        }
    }
    const auto position = [&](const QString& id, const QString& param) {
        const auto found = std::find_if(visible.begin(), visible.end(),
            [&](const QJsonObject* event) { return event->value(str("id")).toString() == id; });
        if (found == visible.end()) {
            throw StripeError::missing(str("event"), id, param, 400);
        }
        return static_cast<qsizetype>(found - visible.begin());
    };
    qsizetype begin = 0;
    qsizetype end = static_cast<qsizetype>(visible.size());
    if (!startingAfter.isEmpty()) {
        begin = position(startingAfter, str("starting_after")) + 1;
        end = std::min(end, begin + limit);
    } else if (!endingBefore.isEmpty()) {
        end = position(endingBefore, str("ending_before"));
        begin = std::max<qsizetype>(0, end - limit);
    } else {
        end = std::min(end, begin + limit);
    }
    QJsonArray data;
    for (qsizetype i = begin; i < end; ++i) {
        data.append(*visible.at(static_cast<std::size_t>(i)));
    }
    const bool hasMore = endingBefore.isEmpty() ? end < static_cast<qsizetype>(visible.size()) : begin > 0;
    return QJsonObject {
        {str("object"), str("list")}, {str("data"), data}, {str("has_more"), hasMore}, {str("url"), str("/v1/events")}};
}

} // namespace clientele::relay::sandbox
