#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

#include "core/email/EmailAccount.h"
#include "ui/settings/AccountConnector.h"

namespace clientele {
class EmailOutboxSender;
class MailTransport;
class OAuthSession;
class OAuthTokenEndpoint;
struct AccessTokenSource;
struct QueuedEmail;
} // namespace clientele

namespace clientele::ui {

class EmailAccountForm;
class EmailTemplatesEditor;
class PracticeContext;

// Runs Settings → Email and the email outbox of the open practice: loads and saves this computer's
// account (the password into the keychain) and the practice's templates, sends the test message with
// the form as it is, and keeps an EmailOutboxSender going through the saved account: the mail server
// with the password or a connected account's token, or the .eml folder. Emails queued anywhere in the
// app (Area::Outbox) wake it; every state change tells the views (Area::Messages).
class EmailController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailController)

public:
    // keychainAccount: the practice's keychain account (its vault id); services: the keychain, the
    // providers and their token endpoints, for signing in with a connected account.
    EmailController(EmailAccountForm& form, EmailTemplatesEditor& templates, PracticeContext& context,
        AccountServices services, QString keychainAccount, QObject* parent = nullptr);
    ~EmailController() override;

    // Loads the page and starts sending what waits (marking what an earlier run left mid-attempt).
    void start();
    void reloadTemplates();
    // Connected accounts came or went: the page's sign-in choices, and the transport if it used one.
    void reloadSignInAccounts();
    EmailOutboxSender& sender() { return *m_sender; }

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void loadAccount();
    void saveAccount(const email::EmailAccount& account, const QString& password);
    void sendTest(const email::EmailAccount& account, const QString& password);
    void saveTemplate(const email::EmailTemplate& emailTemplate);
    // The transport for `account` (nullptr when it sends nothing); a typed password is used as it is,
    // else the keychain's. Sessions and endpoints it needs are kept in `keep`.
    struct Signing;
    std::shared_ptr<MailTransport> transportFor(
        const email::EmailAccount& account, const QString& typedPassword, std::shared_ptr<Signing>& keep);
    AccessTokenSource passwordSource(const QString& typedPassword) const;
    void useAccount(const email::EmailAccount& account);

    QPointer<EmailAccountForm> m_form;
    QPointer<EmailTemplatesEditor> m_templates;
    PracticeContext& m_context;
    AccountServices m_services;
    QString m_keychainAccount;
    std::unique_ptr<EmailOutboxSender> m_sender;
    std::shared_ptr<Signing> m_signing; // of the sender's transport
    std::shared_ptr<Signing> m_testSigning; // of the test message's
    email::EmailAccount m_account;
    std::shared_ptr<MailTransport> m_testTransport;
};

} // namespace clientele::ui
