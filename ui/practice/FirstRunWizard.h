#pragma once

#include <QWidget>

#include "core/domain/PracticeProfile.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace clientele::ui {

class PracticeProfileForm;

// The first start, in the window itself: welcome, the practice's details, how it is protected, and
// the recovery code to keep. Creating runs elsewhere (key derivation takes a second); the gate calls
// showCreating() and then showRecoveryCode() or showCreateFailed().
class FirstRunWizard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)

public:
    static constexpr int kMinimumPassphraseLength = 12;

    explicit FirstRunWizard(QWidget* parent = nullptr);

    void showCreating();
    void showCreateFailed(const QString& message);
    // The code to write down (empty when the user chose their own passphrase: then finished() follows
    // directly), and why the key could not go into the keychain, if it could not.
    void showRecoveryCode(const QString& code, const QString& keychainProblem);

Q_SIGNALS:
    // ownPassphrase is empty when the user chose a recovery code.
    void createRequested(const clientele::domain::PracticeProfile& profile, const QString& ownPassphrase);
    void demoRequested();
    void finished();

private:
    QWidget* buildWelcome();
    QWidget* buildDetails();
    QWidget* buildProtection();
    QWidget* buildCreating();
    QWidget* buildRecovery();
    void updateProtection();
    void printCode();
    void saveCode();

    QStackedWidget* m_steps = nullptr;
    PracticeProfileForm* m_form = nullptr;
    QPushButton* m_detailsNext = nullptr;
    QRadioButton* m_useCode = nullptr;
    QRadioButton* m_usePassphrase = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_protectionError = nullptr;
    QPushButton* m_create = nullptr;
    QLabel* m_creatingStatus = nullptr;
    QLabel* m_code = nullptr;
    QLabel* m_keychainWarning = nullptr;
    QCheckBox* m_codeKept = nullptr;
    QPushButton* m_finish = nullptr;
    QString m_codeText;
};

} // namespace clientele::ui
