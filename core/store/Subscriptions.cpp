#include "core/store/Subscriptions.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QJsonArray>

#include "core/domain/Client.h"
#include "core/ports/Clock.h"
#include "core/store/ChangeWriter.h"
#include "core/store/ClientRows.h"
#include "core/store/CommandOutbox.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"
#include "core/store/SubscriptionInvoices.h"
#include "core/store/Transactions.h"
#include "core/sync/UuidV7.h"

namespace clientele {

namespace {

using sync::UuidV7;
using State = Subscription::State;

const QString kTable = QStringLiteral("subscription");
const QString kCheckout = QStringLiteral("stripe.checkout.create");
const QString kUpdate = QStringLiteral("stripe.subscription.update");
const QString kCancel = QStringLiteral("stripe.subscription.cancel");
const QString kPortal = QStringLiteral("stripe.billing_portal.create");
constexpr int kMaxQuantity = 1000;
const QString kStatus = QStringLiteral("stripe.subscription.status");
// The subscription and the outbox's word on its last command (only this computer's commands are in
// its outbox; another device's show as none).
constexpr auto kSelect =
    "SELECT s.id, s.client_id, s.name, s.amount_minor, s.currency, s.interval, s.quantity, s.state, s.url, "
    "s.session_id, s.expires_at, s.stripe_subscription, s.stripe_customer, s.cancel_at_period_end, "
    "s.current_period_end, s.stripe_at, s.portal_url, s.portal_at, s.command_id, s.created_at, o.type, o.state "
    "FROM subscription s LEFT JOIN command_outbox o ON o.command_id = s.command_id ";

constexpr StoredValues::KeyTable<State, 8> kStates {std::pair {State::Requested, "requested"},
    std::pair {State::LinkReady, "link_ready"}, std::pair {State::Failed, "failed"},
    std::pair {State::Withdrawn, "withdrawn"}, std::pair {State::Expired, "expired"},
    std::pair {State::Active, "active"}, std::pair {State::PastDue, "past_due"},
    std::pair {State::Canceled, "canceled"}};

// Stripe's words for the interval, which are also the stored keys.
constexpr StoredValues::KeyTable<Subscription::Interval, 3> kIntervals {
    std::pair {Subscription::Interval::Month, "month"}, std::pair {Subscription::Interval::Week, "week"},
    std::pair {Subscription::Interval::Year, "year"}};

QString translated(const char* text)
{
    return QCoreApplication::translate("Subscriptions", text);
}

Error refused(const char* message)
{
    return Error(Error::Code::InvalidInput, translated(message));
}

QDateTime fromMs(const SqlStatement& row, int column)
{
    return row.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(row.int64(column), Qt::UTC);
}

Subscription readSubscription(const SqlStatement& row)
{
    Subscription subscription;
    subscription.id = UuidV7::fromBytes(row.blob(0));
    subscription.clientId = UuidV7::fromBytes(row.blob(1));
    subscription.name = row.text(2);
    const Result<domain::Currency> currency = domain::Currency::fromCode(row.text(4));
    subscription.unitAmount = currency ? domain::Money(row.int64(3), currency.value()) : domain::Money();
    subscription.interval = StoredValues::fromKey(kIntervals, row.text(5), Subscription::Interval::Month);
    subscription.quantity = static_cast<int>(row.int64(6));
    subscription.state = StoredValues::fromKey(kStates, row.text(7), State::Failed);
    subscription.url = QUrl(row.text(8));
    subscription.sessionId = row.text(9);
    subscription.expiresAt = fromMs(row, 10);
    subscription.stripeSubscription = row.text(11);
    subscription.stripeCustomer = row.text(12);
    subscription.cancelAtPeriodEnd = row.int64(13) != 0;
    subscription.currentPeriodEnd = fromMs(row, 14);
    subscription.portalUrl = QUrl(row.text(16));
    subscription.portalAt = fromMs(row, 17);
    subscription.commandId = UuidV7::fromBytes(row.blob(18));
    subscription.createdAt = fromMs(row, 19);
    const QString commandState = row.text(21);
    if (!row.isNull(20) && row.text(20) != kCheckout && row.text(20) != kPortal) {
        if (commandState == u"queued" || commandState == u"sending") {
            subscription.lastChange = Subscription::Change::Waiting;
        } else if (commandState == u"failed" || commandState == u"attention") {
            subscription.lastChange = Subscription::Change::Failed;
        }
    }
    return subscription;
}

// The time Stripe last spoke about a subscription (ms), so an older event never undoes a newer one.
Result<qint64> stripeAt(SqlCipherDatabase& db, const QUuid& id)
{
    Result<std::optional<SqlStatement>> row =
        StoredValues::findRow(db, QStringLiteral("SELECT coalesce(stripe_at, 0) FROM subscription WHERE id = ?1"), id);
    if (!row) {
        return row.error();
    }
    return row->has_value() ? (*row)->int64(0) : 0;
}

QJsonObject checkoutParams(
    const Subscription& subscription, const std::optional<domain::Client>& client, const QUrl& returnUrl)
{
    QJsonObject params {{QStringLiteral("mode"), QStringLiteral("subscription")},
        {QStringLiteral("currency"), subscription.unitAmount.currency().code().toLower()},
        {QStringLiteral("line_items"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), subscription.name},
                {QStringLiteral("unit_amount"), static_cast<double>(subscription.unitAmount.minorUnits())},
                {QStringLiteral("quantity"), subscription.quantity},
                {QStringLiteral("interval"), StoredValues::keyOf(kIntervals, subscription.interval)}}}},
        {QStringLiteral("client_reference_id"), subscription.clientId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("success_url"), returnUrl.toString()},
        {QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("subscription_id"), subscription.id.toString(QUuid::WithoutBraces)},
                {QStringLiteral("client_id"), subscription.clientId.toString(QUuid::WithoutBraces)}}}};
    if (client) {
        if (const std::optional<domain::EmailAddress> email = client->primaryEmail()) {
            params.insert(QStringLiteral("customer_email"), email->asciiAddress());
        }
    }
    return params;
}

bool isWebAddress(const QUrl& url)
{
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http");
}

// Stripe's status of a subscription as ours; none for one that says nothing we show (incomplete:
// the first payment is still being made on the page).
std::optional<State> stateOfStatus(const QString& status)
{
    if (status == u"active" || status == u"trialing") {
        return State::Active;
    }
    if (status == u"past_due" || status == u"unpaid") {
        return State::PastDue;
    }
    if (status == u"canceled" || status == u"incomplete_expired") {
        return State::Canceled;
    }
    return std::nullopt;
}

QCborValue msOrNull(const QDateTime& at)
{
    return at.isValid() ? QCborValue(at.toMSecsSinceEpoch()) : QCborValue(QCborValue::Null);
}

// The period group: whether it ends with the period, when the period ends, when Stripe said so.
QCborArray periodGroup(bool cancelAtPeriodEnd, const QCborValue& periodEndMs, qint64 at)
{
    return QCborArray {cancelAtPeriodEnd ? 1 : 0, periodEndMs, at};
}

// What Stripe said about the whole subscription (an event's object, or its status read now): its
// status (never leaving Ended, which is final at Stripe), quantity, period and cancellation, stamped
// `at` (ms). A period end Stripe leaves out keeps the one known.
QCborMap stripeFields(const Subscription& stored, const QJsonObject& said, qint64 at)
{
    QCborMap fields;
    const std::optional<State> state = stateOfStatus(said.value(QStringLiteral("status")).toString());
    if (state && *state != stored.state && stored.state != State::Canceled) {
        fields.insert(QStringLiteral("state"), StoredValues::keyOf(kStates, *state));
    }
    const auto quantity = said.value(QStringLiteral("quantity")).toInteger();
    if (quantity > 0 && quantity != stored.quantity) {
        fields.insert(QStringLiteral("quantity"), quantity);
    }
    const qint64 periodEnd = said.value(QStringLiteral("current_period_end")).toInteger();
    fields.insert(QStringLiteral("period"),
        periodGroup(said.value(QStringLiteral("cancel_at_period_end")).toBool(),
            periodEnd > 0 ? QCborValue(periodEnd * 1000) : msOrNull(stored.currentPeriodEnd), at));
    return fields;
}

// Stripe's answer to one change: only what that change set, so an answer arriving after newer
// events (a relay retry replayed from Stripe's idempotency store, say) never undoes them; Stripe
// sends an event for the change too.
QCborMap answerFields(const Subscription& stored, const OutboxCommand& command, qint64 stripeAt)
{
    QCborMap fields;
    const QJsonObject& result = command.result;
    if (command.type == kCancel) {
        if (stored.state != State::Canceled) {
            fields.insert(QStringLiteral("state"), StoredValues::keyOf(kStates, State::Canceled));
        }
        return fields;
    }
    if (command.params.contains(QStringLiteral("quantity"))) {
        const auto quantity = result.value(QStringLiteral("quantity")).toInteger();
        if (quantity > 0 && quantity != stored.quantity) {
            fields.insert(QStringLiteral("quantity"), quantity);
        }
    }
    if (command.params.contains(QStringLiteral("cancel_at_period_end"))) {
        fields.insert(QStringLiteral("period"),
            periodGroup(result.value(QStringLiteral("cancel_at_period_end")).toBool(),
                msOrNull(stored.currentPeriodEnd), stripeAt));
    }
    return fields;
}

// Under the stored row, each step in the caller's transaction.
class Writer
{
public:
    explicit Writer(WriteScope& scope)
        : m_scope(scope)
    {
    }

    Result<Subscription> running(const QUuid& id)
    {
        Result<std::optional<Subscription>> stored = SubscriptionRows::load(m_scope.db(), id);
        if (!stored) {
            return stored.error();
        }
        if (!stored->has_value()) {
            return Error(Error::Code::NotFound,
                translated(QT_TRANSLATE_NOOP("Subscriptions", "The subscription no longer exists.")));
        }
        if (!(*stored)->isRunning() || (*stored)->stripeSubscription.isEmpty()) {
            return refused(QT_TRANSLATE_NOOP(
                "Subscriptions", "Only a subscription the client has paid for and that has not ended can change."));
        }
        return **stored;
    }

    // Queues `type` about the subscription and notes it as the subscription's last command.
    Result<Subscription> queue(Subscription subscription, const QString& type, const QJsonObject& params)
    {
        Result<OutboxCommand> command = CommandOutbox::enqueue(m_scope, type, params, kTable, subscription.id);
        if (!command) {
            return command.error();
        }
        subscription.commandId = command->id;
        if (Result<void> noted = m_scope.changes().update(
                kTable, subscription.id, QCborMap {{QStringLiteral("command_id"), command->id.toRfc4122()}});
            !noted) {
            return noted.error();
        }
        return subscription;
    }

private:
    WriteScope& m_scope;
};

QJsonObject subscriptionParams(const Subscription& subscription, QJsonObject more = {})
{
    more.insert(QStringLiteral("subscription"), subscription.stripeSubscription);
    return more;
}

// A change of a running subscription, in one transaction: `change` checks it and queues its
// command, or refuses.
template<typename Change>
QFuture<Result<Subscription>> changeRunning(Store& store, const QUuid& id, Change change)
{
    return store.run([id, change](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<Subscription> {
            Writer writer(scope);
            Result<Subscription> subscription = writer.running(id);
            if (!subscription) {
                return subscription;
            }
            return change(writer, subscription.value());
        });
    });
}

} // namespace

Subscriptions::Subscriptions(Store& store)
    : m_store(store)
{
}

QFuture<Result<Subscription>> Subscriptions::start(const QUuid& clientId, const QString& name,
    const domain::Money& unitAmount, int quantity, Subscription::Interval interval, const QUrl& returnUrl)
{
    return m_store.run([=](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<Subscription> {
            if (name.trimmed().isEmpty() || name.trimmed().size() > 250) {
                return refused(QT_TRANSLATE_NOOP(
                    "Subscriptions", "Name what the client subscribes to, in at most 250 characters."));
            }
            if (!unitAmount.isPositive()) {
                return refused(QT_TRANSLATE_NOOP("Subscriptions", "A subscription costs more than nothing."));
            }
            if (quantity < 1 || quantity > kMaxQuantity) {
                return refused(QT_TRANSLATE_NOOP("Subscriptions", "The client takes 1 to 1000 of it each period."));
            }
            if (!isWebAddress(returnUrl)) {
                return refused(QT_TRANSLATE_NOOP("Subscriptions",
                    "A subscription link needs a web address to send the client back to after paying."));
            }
            Result<std::optional<domain::Client>> client = ClientRows::load(scope.db(), clientId);
            if (!client) {
                return client.error();
            }
            if (!client->has_value()) {
                return Error(Error::Code::NotFound,
                    translated(QT_TRANSLATE_NOOP("Subscriptions", "The client no longer exists.")));
            }
            Subscription subscription;
            subscription.id = UuidV7::create();
            subscription.clientId = clientId;
            subscription.name = name.trimmed();
            subscription.unitAmount = unitAmount;
            subscription.quantity = quantity;
            subscription.interval = interval;
            subscription.createdAt =
                QDateTime::fromMSecsSinceEpoch(scope.clock().nowUtc().toMSecsSinceEpoch(), Qt::UTC);
            Result<OutboxCommand> command = CommandOutbox::enqueue(
                scope, kCheckout, checkoutParams(subscription, client.value(), returnUrl), kTable, subscription.id);
            if (!command) {
                return command.error();
            }
            subscription.commandId = command->id;
            Result<void> inserted = scope.changes().insert(kTable, subscription.id,
                QCborMap {{QStringLiteral("client_id"), clientId.toRfc4122()},
                    {QStringLiteral("plan"),
                        QCborArray {subscription.name, unitAmount.minorUnits(), unitAmount.currency().code(),
                            StoredValues::keyOf(kIntervals, interval)}},
                    {QStringLiteral("quantity"), quantity},
                    {QStringLiteral("state"), StoredValues::keyOf(kStates, subscription.state)},
                    {QStringLiteral("command_id"), subscription.commandId.toRfc4122()},
                    {QStringLiteral("created_at"), subscription.createdAt.toMSecsSinceEpoch()}});
            if (!inserted) {
                return inserted.error();
            }
            return subscription;
        });
    });
}

QFuture<Result<Subscription>> Subscriptions::changeQuantity(const QUuid& id, int quantity)
{
    return changeRunning(
        m_store, id, [quantity](Writer& writer, const Subscription& subscription) -> Result<Subscription> {
            if (quantity < 1 || quantity > kMaxQuantity) {
                return refused(QT_TRANSLATE_NOOP("Subscriptions", "The client takes 1 to 1000 of it each period."));
            }
            if (quantity == subscription.quantity) {
                return refused(QT_TRANSLATE_NOOP("Subscriptions", "The subscription has that quantity already."));
            }
            return writer.queue(
                subscription, kUpdate, subscriptionParams(subscription, {{QStringLiteral("quantity"), quantity}}));
        });
}

QFuture<Result<Subscription>> Subscriptions::cancelAtPeriodEnd(const QUuid& id, bool cancel)
{
    return changeRunning(
        m_store, id, [cancel](Writer& writer, const Subscription& subscription) -> Result<Subscription> {
            if (subscription.cancelAtPeriodEnd == cancel) {
                return refused(cancel
                        ? QT_TRANSLATE_NOOP("Subscriptions", "The subscription already ends at the end of this period.")
                        : QT_TRANSLATE_NOOP("Subscriptions", "The subscription is not set to end."));
            }
            return writer.queue(subscription, kUpdate,
                subscriptionParams(subscription, {{QStringLiteral("cancel_at_period_end"), cancel}}));
        });
}

QFuture<Result<Subscription>> Subscriptions::cancelNow(const QUuid& id)
{
    return changeRunning(m_store, id, [](Writer& writer, const Subscription& subscription) {
        return writer.queue(subscription, kCancel, subscriptionParams(subscription));
    });
}

QFuture<Result<Subscription>> Subscriptions::requestPortalLink(const QUuid& id, const QUrl& returnUrl)
{
    return m_store.run([=](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<Subscription> {
            Result<std::optional<Subscription>> stored = SubscriptionRows::load(scope.db(), id);
            if (!stored) {
                return stored.error();
            }
            if (!stored->has_value()) {
                return Error(Error::Code::NotFound,
                    translated(QT_TRANSLATE_NOOP("Subscriptions", "The subscription no longer exists.")));
            }
            if ((*stored)->stripeSubscription.isEmpty()) {
                return refused(QT_TRANSLATE_NOOP(
                    "Subscriptions", "The billing portal opens once the client has paid for the subscription."));
            }
            if (!isWebAddress(returnUrl)) {
                return refused(QT_TRANSLATE_NOOP(
                    "Subscriptions", "The billing portal needs a web address to send the client back to."));
            }
            return Writer(scope).queue(**stored, kPortal,
                subscriptionParams(**stored, {{QStringLiteral("return_url"), returnUrl.toString()}}));
        });
    });
}

QFuture<Result<QList<Subscription>>> Subscriptions::forClient(const QUuid& clientId)
{
    return m_store.run(
        [clientId](StoreSession& session) { return SubscriptionRows::ofClient(session.db(), clientId); });
}

QFuture<Result<std::optional<Subscription>>> Subscriptions::find(const QUuid& id)
{
    return m_store.run([id](StoreSession& session) { return SubscriptionRows::load(session.db(), id); });
}

namespace SubscriptionRows {

Result<std::optional<Subscription>> load(SqlCipherDatabase& db, const QUuid& id)
{
    Result<std::optional<SqlStatement>> row =
        StoredValues::findRow(db, QLatin1String(kSelect) + u"WHERE s.id = ?1 AND s.deleted = 0", id);
    if (!row) {
        return row.error();
    }
    if (!row->has_value()) {
        return std::optional<Subscription>();
    }
    return std::optional(readSubscription(**row));
}

Result<QList<Subscription>> ofClient(SqlCipherDatabase& db, const QUuid& clientId)
{
    Result<SqlStatement> query = db.prepare(
        QLatin1String(kSelect) + u"WHERE s.client_id = ?1 AND s.deleted = 0 ORDER BY s.created_at DESC, s.id DESC");
    if (!query) {
        return query.error();
    }
    query.value().bindBlob(1, clientId.toRfc4122());
    return StoredValues::readRows<Subscription>(query.value(), readSubscription);
}

Result<void> apply(WriteScope& scope, const OutboxCommand& before, const OutboxCommand& after)
{
    if (after.subjectTable != kTable) {
        return {};
    }
    Result<std::optional<Subscription>> stored = load(scope.db(), after.subjectId);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        return {};
    }
    const Subscription& subscription = **stored;
    const auto update = [&scope, &subscription](const QCborMap& fields) {
        return fields.isEmpty() ? Result<void>() : scope.changes().update(kTable, subscription.id, fields);
    };
    const auto stateField = [](State state) {
        return QCborMap {{QStringLiteral("state"), StoredValues::keyOf(kStates, state)}};
    };
    // Retry in the outbox: under a new id (refused by the provider), or the same id back in the queue
    // (withdrawn, or its outcome unknown).
    const bool sentBack = before.state == OutboxState::Cancelled || before.state == OutboxState::Failed
        || before.state == OutboxState::NeedsAttention;
    if (after.id == before.id && sentBack && after.state == OutboxState::Queued
        && (after.type == kUpdate || after.type == kCancel) && after.id != subscription.commandId) {
        return Error(Error::Code::Conflict,
            translated(QT_TRANSLATE_NOOP("Subscriptions",
                "A newer change to this subscription replaced this one. Make the change again if you still "
                "want it.")));
    }
    if (after.id != before.id) {
        // A link again only while none exists and nothing is paid (else a second subscription could
        // be charged); a change only if no newer one replaced it (else it would undo that one).
        if (after.type == kCheckout && subscription.state != State::Failed && subscription.state != State::Withdrawn) {
            return Error(Error::Code::Conflict,
                translated(QT_TRANSLATE_NOOP(
                    "Subscriptions", "This subscription has its link already, or the client has paid it.")));
        }
        if (after.type != kStatus && before.id != subscription.commandId) {
            return Error(Error::Code::Conflict,
                translated(QT_TRANSLATE_NOOP("Subscriptions",
                    "A newer change to this subscription replaced this one. Make the change again if you still "
                    "want it.")));
        }
        QCborMap fields {{QStringLiteral("command_id"), after.id.toRfc4122()}};
        if (after.type == kCheckout) {
            fields.insert(QStringLiteral("state"), StoredValues::keyOf(kStates, State::Requested));
        }
        return after.type == kStatus ? Result<void>() : update(fields);
    }
    if (after.type == kCheckout) {
        if (subscription.state == State::Withdrawn && after.state == OutboxState::Queued) {
            return update(stateField(State::Requested));
        }
        if (subscription.state != State::Requested || after.state == before.state) {
            return {};
        }
        switch (after.state) {
        case OutboxState::Cancelled:
            return update(stateField(State::Withdrawn));
        case OutboxState::Failed:
            return update(stateField(State::Failed));
        case OutboxState::Sent: {
            const auto expires = after.result.value(QStringLiteral("expires_at")).toInteger();
            QCborMap fields = stateField(State::LinkReady);
            fields.insert(QStringLiteral("link"),
                QCborArray {after.result.value(QStringLiteral("url")).toString(),
                    after.result.value(QStringLiteral("session_id")).toString(),
                    expires > 0 ? QCborValue(expires * 1000) : QCborValue(QCborValue::Null)});
            return update(fields);
        }
        case OutboxState::Queued:
        case OutboxState::Sending:
        case OutboxState::NeedsAttention:
            break;
        }
        return {};
    }
    if (after.state != OutboxState::Sent || before.state == OutboxState::Sent) {
        return {}; // a change that failed leaves the subscription as it was; the outbox says why
    }
    if (after.type == kPortal) {
        return update(QCborMap {{QStringLiteral("portal"),
            QCborArray {
                after.result.value(QStringLiteral("url")).toString(), scope.clock().nowUtc().toMSecsSinceEpoch()}}});
    }
    Result<qint64> last = stripeAt(scope.db(), subscription.id);
    if (!last) {
        return last.error();
    }
    if (after.type == kStatus) {
        // Stripe's subscription as it is now: newer than any event it had sent before.
        return update(stripeFields(subscription, after.result, last.value()));
    }
    if ((after.type == kUpdate || after.type == kCancel) && after.id == subscription.commandId) {
        return update(answerFields(subscription, after, last.value()));
    }
    return {}; // an older change's answer: its event has said what Stripe made of it
}

Result<bool> applyStripe(WriteScope& scope, const QString& type, const QJsonObject& object, qint64 eventCreated)
{
    const QUuid id = QUuid::fromString(
        object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("subscription_id")).toString());
    if (id.isNull()) {
        return false;
    }
    Result<std::optional<Subscription>> stored = load(scope.db(), id);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        return false;
    }
    const Subscription& subscription = **stored;
    if (type == u"invoice.paid") {
        return SubscriptionInvoices::recordPaidPeriod(scope, subscription, object, eventCreated);
    }
    QCborMap fields;
    // Stripe's ids come once, from whichever event names them first.
    const QString stripeId = object.value(QStringLiteral("object")).toString() == u"subscription"
        ? object.value(QStringLiteral("id")).toString()
        : object.value(QStringLiteral("subscription")).toString();
    const QString customer = object.value(QStringLiteral("customer")).toString();
    if (subscription.stripeSubscription.isEmpty() && stripeId.startsWith(u"sub_")) {
        fields.insert(QStringLiteral("stripe"), QCborArray {stripeId, customer});
    }
    if (type == u"checkout.session.completed") {
        const bool waiting = subscription.state != State::Active && subscription.state != State::PastDue
            && subscription.state != State::Canceled;
        if (waiting && object.value(QStringLiteral("payment_status")).toString() == u"paid") {
            fields.insert(QStringLiteral("state"), StoredValues::keyOf(kStates, State::Active));
        }
    } else if (type == u"checkout.session.expired") {
        if (subscription.state == State::LinkReady || subscription.state == State::Requested) {
            fields.insert(QStringLiteral("state"), StoredValues::keyOf(kStates, State::Expired));
        }
    } else if (type.startsWith(u"customer.subscription.")) {
        Result<qint64> last = stripeAt(scope.db(), id);
        if (!last) {
            return last.error();
        }
        // Stripe stamps events in seconds. Within one second: created, then updated (in the order
        // they arrive), then deleted, which nothing undoes.
        const qint64 rank = type.endsWith(u".deleted") ? 2 : (type.endsWith(u".created") ? 0 : 1);
        const qint64 at = eventCreated * 1000 + rank;
        if (at >= last.value()) {
            QCborMap said = stripeFields(subscription, object, at);
            if (type.endsWith(u".deleted") && subscription.state != State::Canceled) {
                said.insert(QStringLiteral("state"), StoredValues::keyOf(kStates, State::Canceled));
            }
            for (auto it = said.cbegin(); it != said.cend(); ++it) {
                fields.insert(it.key(), it.value());
            }
        }
        if (at == last.value() && rank == 1 && !subscription.stripeSubscription.isEmpty()) {
            // Two updates in one second, perhaps not in Stripe's order: ask Stripe how it is now.
            Result<OutboxCommand> asked = CommandOutbox::enqueue(scope, kStatus,
                {{QStringLiteral("subscription"), subscription.stripeSubscription}}, kTable, subscription.id);
            if (!asked) {
                return asked.error();
            }
        }
    }
    if (fields.isEmpty()) {
        return false;
    }
    if (Result<void> updated = scope.changes().update(kTable, id, fields); !updated) {
        return updated.error();
    }
    return true;
}

} // namespace SubscriptionRows

} // namespace clientele
