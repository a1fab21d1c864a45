#pragma once

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLineEdit;

namespace clientele::ui {

class FieldErrorLabel;

// Settings → Relay → Join a Practice…: the pairing code the practice's other computer shows (Settings
// → Relay → Add a Computer…). Says up front what joining does to this computer's practice, and why a
// code is refused, before anything is sent.
class JoinPracticeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JoinPracticeDialog)

public:
    // Why a code cannot be one, or empty when it can.
    using CodeCheck = std::function<QString(const QString& code)>;

    JoinPracticeDialog(const QString& relay, CodeCheck check, QWidget* parent = nullptr);
    ~JoinPracticeDialog() override;

    QString code() const;

private:
    void validate();

    CodeCheck m_check;
    QLineEdit* m_code = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace clientele::ui
