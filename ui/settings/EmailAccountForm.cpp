#include "ui/settings/EmailAccountForm.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/settings/FieldErrorLabel.h"
#include "ui/widgets/PanelParts.h"

namespace clientele::ui {

namespace {

using email::EmailAccount;

} // namespace

EmailAccountForm::EmailAccountForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emailAccountForm"));
    setAccessibleName(tr("Email account"));

    auto* intro = makeHint(tr("Emails to clients go out from your own mailbox, so replies come to you. While this "
                              "computer is offline they wait in the outbox and go out once it is back."),
        this);

    m_delivery = new QComboBox(this);
    m_delivery->setObjectName(QStringLiteral("emailDeliveryCombo"));
    m_delivery->addItem(tr("Do not send email from this computer"), int(EmailAccount::Delivery::Off));
    m_delivery->addItem(tr("Through my mail server"), int(EmailAccount::Delivery::Server));
    m_delivery->addItem(tr("Save each email as a file (for trying out)"), int(EmailAccount::Delivery::Folder));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("emailSenderNameEdit"));
    m_name->setPlaceholderText(tr("Your practice’s name"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("emailSenderAddressEdit"));
    m_address->setPlaceholderText(tr("you@example.com"));
    m_replyTo = new QLineEdit(this);
    m_replyTo->setObjectName(QStringLiteral("emailReplyToEdit"));
    m_replyTo->setPlaceholderText(tr("Optional: where replies go, if not to the sender"));

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("emailServerEdit"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("emailPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("emailSecurityCombo"));
    m_security->addItem(tr("STARTTLS (usually port 587)"), int(SmtpAccount::Security::StartTls));
    m_security->addItem(tr("TLS (usually port 465)"), int(SmtpAccount::Security::ImplicitTls));
    m_signIn = new QComboBox(this);
    m_signIn->setObjectName(QStringLiteral("emailSignInCombo"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("emailUserEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("emailPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_preset = makeHint(QString(), this);
    m_preset->setObjectName(QStringLiteral("emailPresetHint"));
    // The server's name and port on one row; the row's label names the name field.
    m_hostRow = new QWidget(this);
    auto* hostRow = new QHBoxLayout(m_hostRow);
    hostRow->setContentsMargins(0, 0, 0, 0);
    m_host->setParent(m_hostRow);
    m_port->setParent(m_hostRow);
    auto* portLabel = new QLabel(tr("P&ort:"), m_hostRow);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    m_hostLabel = new QLabel(tr("Mail &server:"), this);
    m_hostLabel->setBuddy(m_host);

    m_folderRow = new QWidget(this);
    m_folder = new QLineEdit(m_folderRow);
    m_folder->setObjectName(QStringLiteral("emailFolderEdit"));
    auto* chooseFolder = new QPushButton(tr("C&hoose…"), m_folderRow);
    chooseFolder->setObjectName(QStringLiteral("emailChooseFolderButton"));
    connect(chooseFolder, &QPushButton::clicked, this, [this]() {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for Emails"), m_folder->text());
        if (!folder.isEmpty()) {
            m_folder->setText(folder);
        }
    });
    auto* folderRow = new QHBoxLayout(m_folderRow);
    folderRow->setContentsMargins(0, 0, 0, 0);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(chooseFolder);
    m_folderLabel = new QLabel(tr("&Folder:"), this);
    m_folderLabel->setBuddy(m_folder);
    m_folderHint =
        makeHint(tr("Nothing is sent: each email is saved as an .eml file that any mail program opens."), this);

    m_save = new QPushButton(tr("Sa&ve"), this);
    m_save->setObjectName(QStringLiteral("emailSaveButton"));
    m_test = new QPushButton(tr("Send &Test Message"), this);
    m_test->setObjectName(QStringLiteral("emailTestButton"));
    m_test->setToolTip(tr("Sends a short email to the sender address with the settings as they are now"));
    m_error = new FieldErrorLabel(m_save, this);
    m_error->setObjectName(QStringLiteral("emailAccountError"));
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("emailOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addStretch(1);

    // One form, so every label and field lines up; the rows of the way not chosen are hidden.
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("Send e&mail:"), m_delivery);
    m_form->addRow(tr("From &name:"), m_name);
    m_form->addRow(tr("From &address:"), m_address);
    m_form->addRow(tr("&Reply to:"), m_replyTo);
    m_form->addRow(m_hostLabel, m_hostRow);
    m_form->addRow(tr("&Encryption:"), m_security);
    m_form->addRow(tr("Sign &in with:"), m_signIn);
    m_form->addRow(tr("&User name:"), m_username);
    m_form->addRow(tr("&Password:"), m_password);
    m_form->addRow(QString(), m_preset);
    m_form->addRow(m_folderLabel, m_folderRow);
    m_form->addRow(QString(), m_folderHint);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_outcome);
    showOutcome(QString(), false);

    connect(m_delivery, &QComboBox::currentIndexChanged, this, &EmailAccountForm::updateVisibility);
    connect(m_signIn, &QComboBox::currentIndexChanged, this, &EmailAccountForm::updateVisibility);
    connect(m_address, &QLineEdit::editingFinished, this, &EmailAccountForm::addressEdited);
    connect(m_address, &QLineEdit::textChanged, this, &EmailAccountForm::updatePresetHint);
    connect(m_save, &QPushButton::clicked, this, [this]() {
        if (checkForm()) {
            Q_EMIT saveRequested(account(), password());
        }
    });
    connect(m_test, &QPushButton::clicked, this, [this]() {
        if (checkForm()) {
            Q_EMIT testRequested(account(), password());
        }
    });
    setSignInAccounts({});
    updateVisibility();
}

EmailAccountForm::~EmailAccountForm() = default;

void EmailAccountForm::setAccount(const EmailAccount& account, bool passwordSaved)
{
    m_delivery->setCurrentIndex(m_delivery->findData(int(account.delivery)));
    m_name->setText(account.sender.name);
    m_address->setText(account.sender.address);
    m_replyTo->setText(account.sender.replyTo);
    m_host->setText(account.server.host);
    m_port->setValue(account.server.port);
    m_security->setCurrentIndex(m_security->findData(int(account.server.security)));
    m_username->setText(account.server.username);
    m_folder->setText(account.folder);
    m_storedSignInAccount = account.server.signIn == SmtpAccount::SignIn::OAuth2 ? account.connectedAccountId : QUuid();
    m_signIn->setCurrentIndex(std::max(0, m_signIn->findData(m_storedSignInAccount)));
    m_passwordSaved = passwordSaved;
    m_password->clear();
    m_error->clear();
    updateVisibility();
}

void EmailAccountForm::setSignInAccounts(const QList<SignInAccount>& accounts)
{
    m_signInAccounts = accounts;
    const QUuid chosen = m_signIn->currentData().toUuid();
    m_signIn->clear();
    m_signIn->addItem(tr("Password"), QUuid());
    for (const SignInAccount& each : accounts) {
        //: Sign in with: a connected account, e.g. "Google account ada@gmail.com"
        m_signIn->addItem(tr("%1 account %2").arg(each.providerName, each.address), each.id);
    }
    const QUuid wanted = chosen.isNull() ? m_storedSignInAccount : chosen;
    m_signIn->setCurrentIndex(std::max(0, m_signIn->findData(wanted)));
}

EmailAccount EmailAccountForm::account() const
{
    EmailAccount account;
    account.delivery = static_cast<EmailAccount::Delivery>(m_delivery->currentData().toInt());
    account.sender = {m_name->text().trimmed(), m_address->text().trimmed(), m_replyTo->text().trimmed()};
    account.server.host = m_host->text().trimmed();
    account.server.port = m_port->value();
    account.server.security = static_cast<SmtpAccount::Security>(m_security->currentData().toInt());
    account.connectedAccountId = m_signIn->currentData().toUuid();
    account.server.signIn =
        account.connectedAccountId.isNull() ? SmtpAccount::SignIn::Password : SmtpAccount::SignIn::OAuth2;
    account.server.username = m_username->text().trimmed();
    account.folder = m_folder->text().trimmed();
    return account;
}

QString EmailAccountForm::password() const
{
    return m_password->text();
}

void EmailAccountForm::showBusy(const QString& message)
{
    m_busy = !message.isEmpty();
    m_save->setEnabled(!m_busy);
    m_test->setEnabled(!m_busy && account().delivery != EmailAccount::Delivery::Off);
    showOutcomeText(m_outcome, message, false);
}

void EmailAccountForm::showOutcome(const QString& message, bool error)
{
    m_busy = false;
    updateVisibility();
    showOutcomeText(m_outcome, message, error);
}

QString EmailAccountForm::outcome() const
{
    return m_outcome->isVisible() || !m_outcome->text().isEmpty() ? m_outcome->text() : QString();
}

void EmailAccountForm::addressEdited()
{
    // A known provider's server for the address, unless one is filled in already.
    const auto preset = email::mailServerFor(m_address->text());
    if (preset && m_host->text().trimmed().isEmpty()) {
        m_host->setText(preset->host);
        m_port->setValue(preset->port);
        m_security->setCurrentIndex(m_security->findData(int(preset->security)));
    }
    if (!m_address->text().trimmed().isEmpty() && m_username->text().trimmed().isEmpty()) {
        m_username->setText(m_address->text().trimmed());
    }
    updatePresetHint();
}

void EmailAccountForm::updatePresetHint()
{
    const auto preset = email::mailServerFor(m_address->text());
    const bool server = m_delivery->currentData().toInt() == int(EmailAccount::Delivery::Server);
    m_form->setRowVisible(m_preset, server && preset.has_value());
    if (!preset) {
        m_preset->clear();
        return;
    }
    m_preset->setText(preset->oauthProviderId.isEmpty()
            ? tr("%1: sign in with an app password made in your %1 account’s security settings.").arg(preset->provider)
            : tr("%1: sign in with your connected %1 account (Settings → Connected Accounts), or with an app "
                 "password made in its security settings.")
                  .arg(preset->provider));
}

void EmailAccountForm::updateVisibility()
{
    const auto delivery = static_cast<EmailAccount::Delivery>(m_delivery->currentData().toInt());
    const bool server = delivery == EmailAccount::Delivery::Server;
    const bool folder = delivery == EmailAccount::Delivery::Folder;
    for (QWidget* row : {static_cast<QWidget*>(m_hostRow), static_cast<QWidget*>(m_security),
             static_cast<QWidget*>(m_signIn), static_cast<QWidget*>(m_username), static_cast<QWidget*>(m_password)}) {
        m_form->setRowVisible(row, server);
    }
    m_form->setRowVisible(m_folderRow, folder);
    m_form->setRowVisible(m_folderHint, folder);
    updatePresetHint();
    const bool withPassword = m_signIn->currentData().toUuid().isNull();
    m_password->setEnabled(withPassword);
    if (!withPassword) {
        m_password->clear();
    }
    m_password->setPlaceholderText(withPassword
            ? (m_passwordSaved ? tr("Saved in the keychain; type to replace it") : QString())
            : tr("Not needed: the connected account signs in"));
    m_name->setEnabled(delivery != EmailAccount::Delivery::Off);
    m_address->setEnabled(delivery != EmailAccount::Delivery::Off);
    m_replyTo->setEnabled(delivery != EmailAccount::Delivery::Off);
    m_save->setEnabled(!m_busy);
    m_test->setEnabled(!m_busy && delivery != EmailAccount::Delivery::Off);
}

bool EmailAccountForm::checkForm()
{
    const EmailAccount current = account();
    if (Result<void> valid = current.validate(); !valid) {
        m_error->showError(valid.error().userMessage());
        return false;
    }
    const bool needsPassword = current.delivery == EmailAccount::Delivery::Server
        && current.server.signIn == SmtpAccount::SignIn::Password && !m_passwordSaved && m_password->text().isEmpty();
    if (needsPassword) {
        m_error->showError(tr("Enter the password (for Gmail and Outlook, an app password)."));
        return false;
    }
    m_error->clear();
    return true;
}

} // namespace clientele::ui
