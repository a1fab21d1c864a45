#include "ui/settings/EmailController.h"

#include <QCoreApplication>

#include "core/FutureWatch.h"
#include "core/domain/EmailAddress.h"
#include "core/mail/MailDeliveryText.h"
#include "core/mail/MimeWriter.h"
#include "core/oauth/AccessTokenSource.h"
#include "core/oauth/OAuthSession.h"
#include "core/oauth/OAuthTokenKeychain.h"
#include "core/oauth/ReadyFuture.h"
#include "core/ports/OAuthTokenEndpoint.h"
#include "core/ports/SecretStore.h"
#include "core/store/ConnectedAccounts.h"
#include "core/store/EmailOutboxSender.h"
#include "core/store/EmailSettings.h"
#include "ui/practice/PracticeContext.h"
#include "ui/settings/EmailAccountForm.h"
#include "ui/settings/EmailTemplatesEditor.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

using email::EmailAccount;

// What signing in with a connected account needs while the transport lives.
struct EmailController::Signing
{
    std::unique_ptr<OAuthTokenEndpoint> endpoint;
    std::unique_ptr<OAuthSession> session;
};

namespace {

// The scopes that let a connected account's token send mail (specs/PROVIDERS.md §7.4): Gmail's for
// SMTP, and Outlook's SMTP.Send, which Microsoft issues for its own resource when refreshing.
OAuthProviderConfig mailConfig(OAuthProviderConfig config)
{
    if (config.providerId == u"google") {
        if (!config.scopes.contains(QStringLiteral("https://mail.google.com/"))) {
            config.scopes.append(QStringLiteral("https://mail.google.com/"));
        }
    } else if (config.providerId == u"microsoft") {
        config.scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access"),
            QStringLiteral("https://outlook.office.com/SMTP.Send")};
        config.scopeOnRefresh = true;
    }
    return config;
}

QString stageTitle(MailDelivery::Stage stage)
{
    switch (stage) {
    case MailDelivery::Stage::Resolve:
        return EmailController::tr("Server name (DNS)");
    case MailDelivery::Stage::Connect:
        return EmailController::tr("Connection");
    case MailDelivery::Stage::Tls:
        return EmailController::tr("Encryption (TLS)");
    case MailDelivery::Stage::SignIn:
        return EmailController::tr("Sign-in");
    case MailDelivery::Stage::Sender:
        return EmailController::tr("Sender address");
    case MailDelivery::Stage::Recipient:
        return EmailController::tr("Recipient address");
    case MailDelivery::Stage::Data:
    case MailDelivery::Stage::Answer:
        return EmailController::tr("Message");
    case MailDelivery::Stage::Local:
    case MailDelivery::Stage::None:
        break;
    }
    return EmailController::tr("This computer");
}

} // namespace

EmailController::EmailController(EmailAccountForm& form, EmailTemplatesEditor& templates, PracticeContext& context,
    AccountServices services, QString keychainAccount, QObject* parent)
    : QObject(parent)
    , m_form(&form)
    , m_templates(&templates)
    , m_context(context)
    , m_services(std::move(services))
    , m_keychainAccount(std::move(keychainAccount))
    , m_sender(std::make_unique<EmailOutboxSender>(context.store(), context.clock(), EmailOutboxSender::Options {}))
{
    connect(&form, &EmailAccountForm::saveRequested, this, &EmailController::saveAccount);
    connect(&form, &EmailAccountForm::testRequested, this, &EmailController::sendTest);
    connect(&templates, &EmailTemplatesEditor::saveRequested, this, &EmailController::saveTemplate);
    connect(m_sender.get(), &EmailOutboxSender::changed, this,
        [this] { m_context.notifyChanged(PracticeContext::Area::Messages); });
}

EmailController::~EmailController()
{
    // The sender goes before the sessions its transport signs in with.
    m_sender.reset();
}

void EmailController::start()
{
    reloadTemplates();
    reloadSignInAccounts();
    loadAccount();
    m_sender->start();
}

void EmailController::reloadTemplates()
{
    whenReady(this, EmailSettings(m_context.store()).templates(),
        [this](const Result<QList<email::EmailTemplate>>& templates) {
            if (templates && m_templates) {
                m_templates->setTemplates(templates.value());
            }
        });
}

void EmailController::reloadSignInAccounts()
{
    whenReady(this, m_context.connectedAccounts().list(), [this](const Result<QList<ConnectedAccount>>& accounts) {
        if (!accounts || !m_form) {
            return;
        }
        QList<EmailAccountForm::SignInAccount> choices;
        for (const ConnectedAccount& account : accounts.value()) {
            QString name = account.providerId;
            for (const ConnectableProvider& provider : m_services.providers) {
                if (provider.config.providerId == account.providerId && !provider.config.displayName.isEmpty()) {
                    name = provider.config.displayName;
                }
            }
            choices.append({account.id, name, account.account});
        }
        m_form->setSignInAccounts(choices);
        // The account the saved settings sign in with may have come or gone.
        if (m_account.delivery == EmailAccount::Delivery::Server
            && m_account.server.signIn == SmtpAccount::SignIn::OAuth2) {
            useAccount(m_account);
        }
    });
}

void EmailController::loadAccount()
{
    whenReady(this, EmailSettings(m_context.store()).account(), [this](const Result<EmailAccount>& account) {
        if (!account) {
            Q_EMIT statusMessage(account.error().userMessage());
            return;
        }
        useAccount(account.value());
        if (!m_form) {
            return;
        }
        if (!m_services.keychain) {
            m_form->setAccount(account.value(), false);
            return;
        }
        whenReady(this, m_services.keychain->read(m_keychainAccount, EmailAccount::passwordPurpose()),
            [this, stored = account.value()](const Result<SecretStore::Secret>& secret) {
                if (m_form) {
                    m_form->setAccount(stored, secret.hasValue());
                }
            });
    });
}

void EmailController::useAccount(const EmailAccount& account)
{
    m_account = account;
    std::shared_ptr<Signing> signing;
    std::shared_ptr<MailTransport> transport = transportFor(account, QString(), signing);
    m_sender->setTransport(transport);
    // The old session may still sign in an attempt under way; it goes with its transport.
    m_signing = signing;
}

AccessTokenSource EmailController::passwordSource(const QString& typedPassword) const
{
    AccessTokenSource source;
    if (!typedPassword.isEmpty()) {
        source.token = [password = typedPassword.toUtf8()] { return readyFuture(Result<QByteArray>(password)); };
        return source;
    }
    SecretStore* keychain = m_services.keychain;
    const QString account = m_keychainAccount;
    source.token = [keychain, account]() -> QFuture<Result<QByteArray>> {
        if (!keychain) {
            return readyFuture(Result<QByteArray>(Error(Error::Code::Unavailable,
                QCoreApplication::translate("EmailController",
                    "The system keychain, where the mail server’s "
                    "password is kept, is not available."))));
        }
        return keychain->read(account, EmailAccount::passwordPurpose())
            .then(QtFuture::Launch::Sync, [](const Result<SecretStore::Secret>& secret) -> Result<QByteArray> {
                if (!secret) {
                    if (secret.error().code() == Error::Code::NotFound) {
                        return Error(Error::Code::NotFound,
                            QCoreApplication::translate("EmailController",
                                "No password for the mail server is saved on this computer. Enter it in Settings → "
                                "Email."));
                    }
                    return secret.error();
                }
                return QByteArray(reinterpret_cast<const char*>(secret.value()->data()),
                    static_cast<qsizetype>(secret.value()->size()));
            });
    };
    return source;
}

std::shared_ptr<MailTransport> EmailController::transportFor(
    const EmailAccount& account, const QString& typedPassword, std::shared_ptr<Signing>& keep)
{
    switch (account.delivery) {
    case EmailAccount::Delivery::Off:
        return nullptr;
    case EmailAccount::Delivery::Folder:
        return m_services.folderTransportFor ? m_services.folderTransportFor(account.folder) : nullptr;
    case EmailAccount::Delivery::Server:
        break;
    }
    if (!m_services.smtpTransportFor) {
        return nullptr;
    }
    if (account.server.signIn == SmtpAccount::SignIn::Password) {
        return m_services.smtpTransportFor(account.server, passwordSource(typedPassword));
    }
    // A connected account: its provider's token endpoint and a session of its own, which refreshes
    // the token and saves it back to the keychain.
    // Deleted on this (the UI) thread whichever thread lets go of it last: the session is a QObject here.
    keep = std::shared_ptr<Signing>(new Signing, [](Signing* signing) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [signing] { delete signing; }, Qt::QueuedConnection);
    });
    AccessTokenSource source;
    // Until the account is found (the next answer of the store): a temporary refusal, so an email
    // tried meanwhile waits rather than fails.
    source.token = [] {
        return readyFuture(Result<QByteArray>(Error(Error::Code::Unavailable,
            QCoreApplication::translate("EmailController",
                "The connected account to sign in with is gone. Choose another in Settings → Email."))));
    };
    std::shared_ptr<MailTransport> transport = m_services.smtpTransportFor(account.server, source);
    // The account and its provider are looked up now; until then the transport answers as above.
    std::weak_ptr<Signing> weakSigning = keep;
    whenReady(this, m_context.connectedAccounts().list(),
        [this, account, weakSigning](const Result<QList<ConnectedAccount>>& accounts) {
            const std::shared_ptr<Signing> signing = weakSigning.lock();
            if (!signing || !accounts || !m_services.keychain || !m_services.tokenEndpointFor) {
                return;
            }
            for (const ConnectedAccount& connected : accounts.value()) {
                if (connected.id != account.connectedAccountId) {
                    continue;
                }
                for (const ConnectableProvider& provider : m_services.providers) {
                    if (provider.config.providerId != connected.providerId) {
                        continue;
                    }
                    const OAuthProviderConfig config = mailConfig(provider.config);
                    signing->endpoint = m_services.tokenEndpointFor(config);
                    signing->session = std::make_unique<OAuthSession>(config,
                        OAuthTokenKeychain(
                            *m_services.keychain, m_keychainAccount, connected.providerId, connected.account),
                        *signing->endpoint, m_context.clock());
                    // The sender's transport follows the account it was made for.
                    // The transport holds the session through its credentials, so an attempt under way keeps it.
                    AccessTokenSource tokens;
                    tokens.token = [signing] { return signing->session->accessToken(); };
                    tokens.tokenAfterUnauthorized = [signing](const QByteArray& rejected) {
                        return signing->session->accessTokenAfterUnauthorized(rejected);
                    };
                    if (m_signing == signing) {
                        m_sender->setTransport(m_services.smtpTransportFor(account.server, tokens));
                    } else if (m_testSigning == signing) {
                        m_testTransport = m_services.smtpTransportFor(account.server, tokens);
                    }
                }
            }
        });
    return transport;
}

void EmailController::saveAccount(const EmailAccount& account, const QString& password)
{
    m_form->showBusy(tr("Saving…"));
    auto saved = [this, account](const Result<void>& done) {
        if (!done) {
            if (m_form) {
                m_form->showOutcome(done.error().userMessage(), true);
            }
            return;
        }
        if (m_form) {
            m_form->showOutcome(tr("Saved. Emails go out this way from now on."), false);
        }
        loadAccount();
        Q_EMIT statusMessage(tr("Email settings saved."));
    };
    const bool storesPassword = !password.isEmpty() && account.delivery == EmailAccount::Delivery::Server
        && account.server.signIn == SmtpAccount::SignIn::Password;
    if (!storesPassword) {
        whenReady(this, EmailSettings(m_context.store()).saveAccount(account), saved);
        return;
    }
    if (!m_services.keychain) {
        m_form->showOutcome(tr("The system keychain is not available, so the password cannot be kept safely. "
                               "Sign in with a connected account instead, or try again once the keychain runs."),
            true);
        return;
    }
    SecureBytes secret;
    secret.append(password.toUtf8().toStdString());
    // The password first: an account saved without it would fail at the first email.
    whenReady(this, m_services.keychain->write(m_keychainAccount, EmailAccount::passwordPurpose(), secret),
        [this, account, saved](const Result<void>& written) {
            if (!written) {
                if (m_form) {
                    m_form->showOutcome(written.error().userMessage(), true);
                }
                return;
            }
            whenReady(this, EmailSettings(m_context.store()).saveAccount(account), saved);
        });
}

void EmailController::sendTest(const EmailAccount& account, const QString& password)
{
    mail::MailMessage test;
    test.from = {account.sender.name, account.sender.address};
    test.to = {{account.sender.name, account.sender.address}};
    test.subject = tr("Clientele test message");
    test.text = tr("This message shows that Clientele can send email from %1 through %2.")
                    .arg(account.sender.address,
                        account.delivery == EmailAccount::Delivery::Folder ? account.folder : account.server.host);
    test.messageId = mail::newMessageId(account.sender.address);
    test.date = m_context.clock().nowUtc().toLocalTime();
    const Result<QByteArray> mime = mail::writeMime(test);
    if (!mime) {
        m_form->showOutcome(mime.error().userMessage(), true);
        return;
    }
    m_testSigning.reset();
    m_testTransport = transportFor(account, password, m_testSigning);
    if (!m_testTransport) {
        m_form->showOutcome(tr("Choose how this computer sends email first."), true);
        return;
    }
    m_form->showBusy(tr("Sending a test message to %1…").arg(account.sender.address));
    const auto parsed = domain::EmailAddress::parse(account.sender.address);
    const QString ascii = parsed ? parsed->asciiAddress() : account.sender.address;
    // A connected account's session is found first; the transport is replaced once it is.
    auto send = [this, ascii, mime = mime.value()]() {
        onFinished(this, m_testTransport->send({ascii, {ascii}}, mime), [this](const MailDelivery& delivery) {
            if (!m_form) {
                return;
            }
            if (delivery.isAccepted()) {
                m_form->showOutcome(tr("The test message was sent. Look for it in your inbox."), false);
                return;
            }
            //: %1 is what failed (Sign-in, Encryption (TLS), …), %2 what went wrong in a sentence
            m_form->showOutcome(
                tr("%1 failed: %2").arg(stageTitle(delivery.stage), mail::describeDelivery(delivery)), true);
        });
    };
    if (account.delivery == EmailAccount::Delivery::Server && account.server.signIn == SmtpAccount::SignIn::OAuth2) {
        whenReady(
            this, m_context.connectedAccounts().list(), [send](const Result<QList<ConnectedAccount>>&) { send(); });
        return;
    }
    send();
}

void EmailController::saveTemplate(const email::EmailTemplate& emailTemplate)
{
    whenReady(this, EmailSettings(m_context.store()).saveTemplate(emailTemplate),
        [this, kind = emailTemplate.kind](const Result<void>& done) {
            if (!done) {
                if (m_templates) {
                    m_templates->showSaveError(done.error().userMessage());
                }
                return;
            }
            Q_EMIT statusMessage(tr("The “%1” email is saved.").arg(email::emailKindName(kind)));
            m_context.notifyChanged(PracticeContext::Area::Settings);
            reloadTemplates();
        });
}

} // namespace clientele::ui
