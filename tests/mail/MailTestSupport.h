#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "core/email/EmailAccount.h"
#include "core/mail/MimeWriter.h"
#include "core/store/EmailOutbox.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/StoreSession.h"
#include "core/store/Transactions.h"
#include "core/sync/UuidV7.h"
#include "tests/store/StoreTestSupport.h"

// What the email tests on a practice share: an email in the outbox, a way of sending that writes
// .eml files, and counting rows.
namespace clientele::test::mail {

inline const QString kFrom = QStringLiteral("ada@practice.example");
inline const QString kClient = QStringLiteral("juergen@client.example");

// One email from Ada to Jürgen (an invoice, with a PDF of `attachmentBytes` when not 0) queued in the
// outbox, not sent after `expiresAt` when valid.
inline QueuedEmail queueEmail(TestPractice& practice, int attachmentBytes = 0, const QDateTime& expiresAt = {})
{
    clientele::mail::MailMessage mail;
    mail.from = {QStringLiteral("Ada Lindqvist"), kFrom};
    mail.to = {{QStringLiteral("Jürgen Müller"), kClient}};
    mail.subject = QStringLiteral("Ihre Rechnung");
    mail.text = QStringLiteral("Guten Tag Jürgen, anbei Ihre Rechnung.");
    mail.messageId = clientele::mail::newMessageId(kFrom);
    if (attachmentBytes > 0) {
        mail.attachments = {{QStringLiteral("rechnung.pdf"), QByteArrayLiteral("application/pdf"),
            QByteArray(attachmentBytes, 'x'), {}}};
    }
    const QByteArray mime = clientele::mail::writeMime(mail).value();
    const auto message = domain::Message::outbound(sync::UuidV7::create(), sync::UuidV7::create(),
        domain::ContactChannel::Email, kClient, kFrom, mail.subject, mail.text, practice.clock.nowUtc());
    return practice
        .run([&](StoreSession& session) {
            return inTransaction(session, [&](WriteScope& scope) {
                return EmailOutbox::enqueueIn(
                    scope, message.value(), mime, MailEnvelope {kFrom, {kClient}}, mail.messageId, expiresAt);
            });
        })
        .value();
}

// Sending into a folder of .eml files, from the Lumen Studio.
inline email::EmailAccount folderAccount(const QString& folder)
{
    email::EmailAccount account;
    account.delivery = email::EmailAccount::Delivery::Folder;
    account.sender = {QStringLiteral("Lumen Studio"), QStringLiteral("hello@lumen.example"), {}};
    account.folder = folder;
    return account;
}

// The first column of the first row of `sql`, a count.
inline int count(TestPractice& practice, const QString& sql)
{
    return practice
        .run([sql](StoreSession& session) -> Result<int> {
            Result<SqlStatement> query = session.db().prepare(sql);
            if (!query) {
                return query.error();
            }
            if (Result<bool> found = query.value().step(); !found) {
                return found.error();
            }
            return static_cast<int>(query.value().int64(0));
        })
        .value();
}

} // namespace clientele::test::mail
