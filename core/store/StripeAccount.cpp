#include "core/store/StripeAccount.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QJsonObject>

#include "core/store/CommandOutbox.h"
#include "core/store/SettingRows.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "core/store/Transactions.h"

namespace clientele {

namespace {

const QString kSubject = QStringLiteral("stripe_account");
const QString kCreate = QStringLiteral("stripe.account.create");
const QString kLink = QStringLiteral("stripe.account_link.create");

// The one account of the practice, as the outbox names what its commands are about.
QUuid accountSubject()
{
    static const QUuid kId = QUuid::createUuidV5(
        QUuid(QStringLiteral("{5e0b8a47-2f1d-4c39-a6e2-9b7d3c1f0e58}")), QStringLiteral("stripe-account"));
    return kId;
}

QString key(const char* name)
{
    return u"payments.stripe." + QLatin1String(name);
}

Result<void> put(WriteScope& scope, const char* name, const QCborValue& value)
{
    return SettingRows::write(scope, key(name), value);
}

Result<void> askForSetupLink(WriteScope& scope, const QUrl& returnUrl)
{
    const QJsonObject params {
        {QStringLiteral("return_url"), returnUrl.toString()}, {QStringLiteral("refresh_url"), returnUrl.toString()}};
    if (Result<OutboxCommand> queued = CommandOutbox::enqueue(scope, kLink, params, kSubject, accountSubject());
        !queued) {
        return queued.error();
    }
    if (Result<void> done = put(scope, "problem", QCborValue(QCborValue::Null)); !done) {
        return done;
    }
    return put(scope, "stage", QStringLiteral("requested"));
}

StripeAccountState stateFrom(const QHash<QString, QCborValue>& values)
{
    StripeAccountState state;
    state.accountId = values.value(key("account_id")).toString();
    state.chargesEnabled = values.value(key("charges_enabled")).toBool();
    state.detailsSubmitted = values.value(key("details_submitted")).toBool();
    state.setupUrl = QUrl(values.value(key("setup_url")).toString());
    const qint64 expires = values.value(key("setup_expires")).toInteger();
    if (expires > 0) {
        state.setupUrlExpires = QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC);
    }
    state.problem = values.value(key("problem")).toString();
    const QString stage = values.value(key("stage")).toString();
    if (state.chargesEnabled) {
        state.stage = StripeAccountState::Stage::Ready;
    } else if (stage == u"failed") {
        state.stage = StripeAccountState::Stage::Failed;
    } else if (stage == u"requested") {
        state.stage = StripeAccountState::Stage::Requested;
    } else if (!state.accountId.isEmpty()) {
        state.stage = StripeAccountState::Stage::SettingUp;
    }
    return state;
}

} // namespace

StripeAccount::StripeAccount(Store& store)
    : m_store(store)
{
}

QFuture<Result<StripeAccountState>> StripeAccount::state()
{
    return m_store.run([](StoreSession& session) -> Result<StripeAccountState> {
        Result<QHash<QString, QCborValue>> values = SettingRows::read(session.db(), QStringLiteral("payments.stripe."));
        if (!values) {
            return values.error();
        }
        return stateFrom(values.value());
    });
}

QFuture<Result<void>> StripeAccount::connect(const QString& country, const QString& email, const QUrl& returnUrl)
{
    return m_store.run([country, email, returnUrl](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<void> {
            if (country.size() != 2) {
                return Error(Error::Code::InvalidInput,
                    QCoreApplication::translate(
                        "StripeAccount", "Set the practice's country in Settings → Practice first: Stripe needs it."),
                    QStringLiteral("stripe.no-country"));
            }
            QJsonObject params {{QStringLiteral("country"), country.toUpper()}};
            if (!email.isEmpty()) {
                params.insert(QStringLiteral("email"), email);
            }
            // The setup link follows once the account exists (StripeAccountRows::applyCommand).
            if (Result<void> kept = put(scope, "return_url", returnUrl.toString()); !kept) {
                return kept;
            }
            if (Result<OutboxCommand> queued =
                    CommandOutbox::enqueue(scope, kCreate, params, kSubject, accountSubject());
                !queued) {
                return queued.error();
            }
            if (Result<void> done = put(scope, "problem", QCborValue(QCborValue::Null)); !done) {
                return done;
            }
            return put(scope, "stage", QStringLiteral("requested"));
        });
    });
}

QFuture<Result<void>> StripeAccount::requestSetupLink(const QUrl& returnUrl)
{
    return m_store.run([returnUrl](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return askForSetupLink(scope, returnUrl); });
    });
}

namespace StripeAccountRows {

Result<void> applyCommand(WriteScope& scope, const OutboxCommand& before, const OutboxCommand& after)
{
    if (after.subjectTable != kSubject || after.state == before.state) {
        return {};
    }
    if (after.state == OutboxState::Failed || after.state == OutboxState::Cancelled) {
        if (Result<void> done = put(scope, "problem", after.lastError); !done) {
            return done;
        }
        return put(scope, "stage", after.state == OutboxState::Failed ? QStringLiteral("failed") : QString());
    }
    if (after.state != OutboxState::Sent) {
        return {};
    }
    if (after.type == kCreate) {
        if (Result<void> done = put(scope, "account_id", after.result.value(QStringLiteral("account_id")).toString());
            !done) {
            return done;
        }
        Result<QHash<QString, QCborValue>> values = SettingRows::read(scope.db(), key("return_url"));
        if (!values) {
            return values.error();
        }
        return askForSetupLink(scope, QUrl(values->value(key("return_url")).toString()));
    }
    if (after.type == kLink) {
        if (Result<void> done = put(scope, "setup_url", after.result.value(QStringLiteral("url")).toString()); !done) {
            return done;
        }
        const qint64 expires = after.result.value(QStringLiteral("expires_at")).toInteger();
        if (Result<void> done = put(scope, "setup_expires", expires > 0 ? QCborValue(expires * 1000) : QCborValue());
            !done) {
            return done;
        }
        return put(scope, "stage", QString());
    }
    return {};
}

Result<bool> applyAccountUpdate(WriteScope& scope, const QJsonObject& account)
{
    Result<QHash<QString, QCborValue>> values = SettingRows::read(scope.db(), key("account_id"));
    if (!values) {
        return values.error();
    }
    const QString ours = values->value(key("account_id")).toString();
    const QString id = account.value(QStringLiteral("id")).toString();
    if (id.isEmpty() || (!ours.isEmpty() && ours != id)) {
        return false;
    }
    if (ours.isEmpty()) {
        // The account.updated event came before the answer to the command that made it.
        if (Result<void> done = put(scope, "account_id", id); !done) {
            return done.error();
        }
    }
    if (Result<void> done = put(scope, "charges_enabled", account.value(QStringLiteral("charges_enabled")).toBool());
        !done) {
        return done.error();
    }
    if (Result<void> done =
            put(scope, "details_submitted", account.value(QStringLiteral("details_submitted")).toBool());
        !done) {
        return done.error();
    }
    return true;
}

} // namespace StripeAccountRows

} // namespace clientele
