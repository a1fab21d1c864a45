#pragma once

#include <QList>
#include <QUuid>
#include <QWidget>

#include "core/email/EmailAccount.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace clientele::ui {

class FieldErrorLabel;

// Settings → Email, the account: how this computer sends (not at all, through the practitioner's mail
// server, or into a folder of .eml files), who emails come from, and the server: its name, port and
// encryption (filled in for well-known providers from the address), and signing in with a password
// (kept in the keychain) or a connected Google or Microsoft account. Send Test Message tries the
// form as it is, before it is saved, and says what failed. Only shows and asks; EmailController works.
class EmailAccountForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailAccountForm)

public:
    // A connected account the server can be signed in to with (its token).
    struct SignInAccount
    {
        QUuid id;
        QString providerName; // "Google", "Microsoft 365"
        QString address;
    };

    explicit EmailAccountForm(QWidget* parent = nullptr);
    ~EmailAccountForm() override;

    // The stored account; passwordSaved: the keychain holds its password (the field then stays empty).
    void setAccount(const email::EmailAccount& account, bool passwordSaved);
    void setSignInAccounts(const QList<SignInAccount>& accounts);
    // The form as it is now, and the password typed (empty: keep the saved one).
    email::EmailAccount account() const;
    QString password() const;

    void showBusy(const QString& message);
    void showOutcome(const QString& message, bool error);
    QString outcome() const;

Q_SIGNALS:
    void saveRequested(const clientele::email::EmailAccount& account, const QString& password);
    void testRequested(const clientele::email::EmailAccount& account, const QString& password);

private:
    void addressEdited();
    void updatePresetHint();
    void updateVisibility();
    bool checkForm();

    QComboBox* m_delivery = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_replyTo = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_hostLabel = nullptr;
    QWidget* m_hostRow = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_security = nullptr;
    QComboBox* m_signIn = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_preset = nullptr;
    QLabel* m_folderLabel = nullptr;
    QWidget* m_folderRow = nullptr;
    QLabel* m_folderHint = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_outcome = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QList<SignInAccount> m_signInAccounts;
    QUuid m_storedSignInAccount;
    bool m_passwordSaved = false;
    bool m_busy = false;
};

} // namespace clientele::ui
