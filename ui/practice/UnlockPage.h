#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clientele::ui {

// The locked practice: nothing of it is visible, only a way back in. Either the keychain opens it with
// one click (after an idle lock) or the user types the recovery code or their passphrase (when the
// keychain has no key, is locked or does not answer).
class UnlockPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockPage)

public:
    explicit UnlockPage(QWidget* parent = nullptr);

    // Shown while the keychain or the key derivation works: inputs disabled, a short status.
    void showBusy(const QString& status);
    // Ready for input; `problem` says why the passphrase is needed or why the last try failed.
    void showReady(const QString& problem, bool keychainAvailable);
    // Text under the title, e.g. the demo practice's passphrase.
    void setHint(const QString& hint);

Q_SIGNALS:
    void keychainUnlockRequested();
    void passphraseEntered(const QString& passphrase);

private:
    void submit();

    QLabel* m_status = nullptr;
    QLabel* m_hint = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_keychain = nullptr;
};

} // namespace clientele::ui
