#include "core/store/EmailSettings.h"

#include <QCborValue>
#include <array>

#include "core/ports/Clock.h"
#include "core/store/SettingRows.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"
#include "core/store/Transactions.h"

namespace clientele {

namespace {

using email::EmailAccount;
using email::EmailKind;
using email::EmailTemplate;

constexpr StoredValues::KeyTable<EmailAccount::Delivery, 3> kDeliveryKeys {
    std::pair {EmailAccount::Delivery::Off, "off"}, std::pair {EmailAccount::Delivery::Server, "server"},
    std::pair {EmailAccount::Delivery::Folder, "folder"}};
constexpr StoredValues::KeyTable<SmtpAccount::Security, 2> kSecurityKeys {
    std::pair {SmtpAccount::Security::StartTls, "starttls"}, std::pair {SmtpAccount::Security::ImplicitTls, "tls"}};
constexpr StoredValues::KeyTable<SmtpAccount::SignIn, 2> kSignInKeys {
    std::pair {SmtpAccount::SignIn::Password, "password"}, std::pair {SmtpAccount::SignIn::OAuth2, "oauth2"}};

// The device reminder emails come from (synced).
constexpr auto kRemindersFrom = "email.reminders_from";

QString templateKey(EmailKind kind, const char* part)
{
    return QStringLiteral("email.template.%1.%2").arg(email::emailKindKey(kind), QLatin1String(part));
}

} // namespace

EmailSettings::EmailSettings(Store& store)
    : m_store(store)
{
}

Result<EmailAccount> EmailSettings::accountIn(SqlCipherDatabase& db)
{
    Result<SqlStatement> query = db.prepare(
        QStringLiteral("SELECT delivery, from_name, from_address, reply_to, host, port, security, sign_in, username, "
                       "connected_account, folder FROM email_account WHERE id = 1"));
    if (!query) {
        return query.error();
    }
    Result<bool> found = query.value().step();
    if (!found) {
        return found.error();
    }
    EmailAccount account;
    if (!found.value()) {
        return account;
    }
    const SqlStatement& row = query.value();
    account.delivery = StoredValues::fromKey(kDeliveryKeys, row.text(0), EmailAccount::Delivery::Off);
    account.sender = {row.text(1), row.text(2), row.text(3)};
    account.server.host = row.text(4);
    account.server.port = row.isNull(5) ? 587 : static_cast<int>(row.int64(5));
    account.server.security = StoredValues::fromKey(kSecurityKeys, row.text(6), SmtpAccount::Security::StartTls);
    account.server.signIn = StoredValues::fromKey(kSignInKeys, row.text(7), SmtpAccount::SignIn::Password);
    account.server.username = row.text(8);
    if (!row.isNull(9)) {
        account.connectedAccountId = QUuid::fromRfc4122(row.blob(9));
    }
    account.folder = row.text(10);
    return account;
}

QFuture<Result<EmailAccount>> EmailSettings::account()
{
    return m_store.run([](StoreSession& session) { return accountIn(session.db()); });
}

QFuture<Result<void>> EmailSettings::saveAccount(const EmailAccount& account)
{
    return m_store.run([account](StoreSession& session) { return saveAccountIn(session, account); });
}

Result<void> EmailSettings::saveAccountIn(StoreSession& session, const EmailAccount& account)
{
    if (Result<void> valid = account.validate(); !valid) {
        return valid;
    }
    return inTransaction(session, [&](WriteScope& scope) -> Result<void> {
        Result<SqlStatement> upsert = scope.db().prepare(QStringLiteral(
            "INSERT OR REPLACE INTO email_account (id, delivery, from_name, from_address, reply_to, host, port, "
            "security, sign_in, username, connected_account, folder, updated_at) "
            "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
        if (!upsert) {
            return upsert.error();
        }
        upsert.value()
            .bind(1, StoredValues::keyOf(kDeliveryKeys, account.delivery))
            .bind(2, account.sender.name.trimmed())
            .bind(3, account.sender.address.trimmed())
            .bind(4, account.sender.replyTo.trimmed())
            .bind(5, account.server.host.trimmed())
            .bind(6, account.server.port)
            .bind(7, StoredValues::keyOf(kSecurityKeys, account.server.security))
            .bind(8, StoredValues::keyOf(kSignInKeys, account.server.signIn))
            .bind(9, account.server.username.trimmed())
            .bind(11, account.folder.trimmed())
            .bind(12, scope.clock().nowUtc().toMSecsSinceEpoch());
        if (!account.connectedAccountId.isNull()) {
            upsert.value().bindBlob(10, account.connectedAccountId.toRfc4122());
        }
        if (Result<void> saved = upsert.value().run(); !saved) {
            return saved;
        }
        // Turned off, it stays named: no other computer starts sending the practice's reminders on
        // its own (two might), until one of them saves its email settings.
        if (account.delivery == EmailAccount::Delivery::Off) {
            return Result<void>();
        }
        return SettingRows::write(scope, QString::fromLatin1(kRemindersFrom), QCborValue(scope.changes().deviceId()));
    });
}

Result<bool> EmailSettings::sendsRemindersIn(SqlCipherDatabase& db, const QByteArray& deviceId)
{
    Result<QHash<QString, QCborValue>> stored = SettingRows::read(db, QString::fromLatin1(kRemindersFrom));
    if (!stored) {
        return stored.error();
    }
    const QCborValue chosen = stored->value(QString::fromLatin1(kRemindersFrom));
    return !chosen.isByteArray() || chosen.toByteArray() == deviceId;
}

Result<EmailTemplate> EmailSettings::templateIn(SqlCipherDatabase& db, EmailKind kind)
{
    Result<QHash<QString, QCborValue>> stored =
        SettingRows::read(db, QStringLiteral("email.template.%1.").arg(email::emailKindKey(kind)));
    if (!stored) {
        return stored.error();
    }
    EmailTemplate chosen = EmailTemplate::defaultFor(kind);
    const QCborValue subject = stored->value(templateKey(kind, "subject"));
    const QCborValue body = stored->value(templateKey(kind, "body"));
    if (subject.isString() && body.isString()) {
        chosen.subject = subject.toString();
        chosen.body = body.toString();
    }
    return chosen;
}

QFuture<Result<QList<EmailTemplate>>> EmailSettings::templates()
{
    return m_store.run([](StoreSession& session) -> Result<QList<EmailTemplate>> {
        QList<EmailTemplate> all;
        for (const EmailKind kind : email::allEmailKinds()) {
            Result<EmailTemplate> one = templateIn(session.db(), kind);
            if (!one) {
                return one.error();
            }
            all.append(one.value());
        }
        return all;
    });
}

Result<void> EmailSettings::saveTemplateIn(WriteScope& scope, const EmailTemplate& emailTemplate)
{
    if (Result<void> valid = emailTemplate.validate(); !valid) {
        return valid;
    }
    const bool isDefault = emailTemplate == EmailTemplate::defaultFor(emailTemplate.kind);
    const QCborValue subject = isDefault ? QCborValue() : QCborValue(emailTemplate.subject);
    const QCborValue body = isDefault ? QCborValue() : QCborValue(emailTemplate.body);
    if (Result<void> written = SettingRows::write(scope, templateKey(emailTemplate.kind, "subject"), subject);
        !written) {
        return written;
    }
    return SettingRows::write(scope, templateKey(emailTemplate.kind, "body"), body);
}

QFuture<Result<void>> EmailSettings::saveTemplate(const EmailTemplate& emailTemplate)
{
    return m_store.run([emailTemplate](StoreSession& session) {
        return inTransaction(
            session, [&](WriteScope& scope) -> Result<void> { return saveTemplateIn(scope, emailTemplate); });
    });
}

QFuture<Result<void>> EmailSettings::resetTemplate(EmailKind kind)
{
    return saveTemplate(EmailTemplate::defaultFor(kind));
}

} // namespace clientele
