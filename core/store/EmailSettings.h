#pragma once

#include <QFuture>
#include <QList>

#include "core/Result.h"
#include "core/email/EmailAccount.h"
#include "core/email/EmailTemplate.h"

namespace clientele {

class SqlCipherDatabase;
class Store;
class StoreSession;
class WriteScope;

// Settings → Email in the store: how this computer sends (the email_account row, schema v18,
// device-local) and the practice's templates (setting rows "email.template.<kind>.subject" and
// ".body", synced, so every computer writes the same emails). A kind the practice never edited uses
// EmailTemplate::defaultFor().
class EmailSettings final
{
public:
    explicit EmailSettings(Store& store);

    // Delivery Off until one is saved.
    QFuture<Result<email::EmailAccount>> account();
    // Validates first (nothing is written when invalid).
    QFuture<Result<void>> saveAccount(const email::EmailAccount& account);

    // Every kind, in allEmailKinds() order, edited or default.
    QFuture<Result<QList<email::EmailTemplate>>> templates();
    // Validates first. Saving the default text forgets the edit, so later improvements to the
    // default (and its translation) reach the practice.
    QFuture<Result<void>> saveTemplate(const email::EmailTemplate& emailTemplate);
    QFuture<Result<void>> resetTemplate(email::EmailKind kind);

    static Result<email::EmailAccount> accountIn(SqlCipherDatabase& db);
    // Validates and saves, in a transaction of its own on the storage thread (the demo practice's).
    // A computer set up to send email becomes the one reminder emails come from (the synced setting
    // "email.reminders_from"). One that stops sending email stays named, so reminder emails stop
    // rather than two other computers both taking them over, until another saves its settings.
    static Result<void> saveAccountIn(StoreSession& session, const email::EmailAccount& account);
    // Whether reminder emails are this device's to send: it is the one named, or none is.
    static Result<bool> sendsRemindersIn(SqlCipherDatabase& db, const QByteArray& deviceId);
    static Result<email::EmailTemplate> templateIn(SqlCipherDatabase& db, email::EmailKind kind);
    static Result<void> saveTemplateIn(WriteScope& scope, const email::EmailTemplate& emailTemplate);

private:
    Store& m_store;
};

} // namespace clientele
