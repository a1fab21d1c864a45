#pragma once

#include <QDialog>
#include <QUuid>

class QDateEdit;
class QLabel;
class QPushButton;

namespace clientele::ui {

class DocumentPrinting;
class PracticeContext;

// A superbill for one client: the period (the previous calendar month unless changed), then
// Print Preview… or Save as PDF…. When the superbill cannot be made (no NPI, no date of birth, a
// service without a CPT code), the builder's words, which say what to fix, stay in the dialog.
class SuperbillDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuperbillDialog)

public:
    SuperbillDialog(PracticeContext& context, const QUuid& clientId, const QString& clientName, QWidget* parent);
    ~SuperbillDialog() override;

    DocumentPrinting* printing() const { return m_printing; }
    // The refusal shown, empty when there is none.
    QString errorText() const;

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void periodChanged();
    void showProblem(const QString& message);

    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_saved = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_save = nullptr;
    DocumentPrinting* m_printing = nullptr;
    QString m_problem;
};

} // namespace clientele::ui
