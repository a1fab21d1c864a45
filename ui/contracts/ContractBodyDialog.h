#pragma once

#include <QDialog>
#include <QUuid>

#include "core/domain/Contract.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace clientele::ui {

class PracticeContext;

// Edit Draft…: the text of a draft contract, as rendered from its template, to change before it is
// sent. Save stores it (ContractRepository::setBody); a refusal (it was sent meanwhile) stays in the
// dialog. Once sent, a contract's text is final and this dialog is not offered.
class ContractBodyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContractBodyDialog)

public:
    ContractBodyDialog(PracticeContext& context, const QUuid& contractId, QWidget* parent);
    ~ContractBodyDialog() override;

    QString errorText() const;

Q_SIGNALS:
    void saved(const clientele::domain::Contract& contract);

private:
    void loaded(const domain::Contract& contract);
    void save();
    void showProblem(const QString& message);
    void updateButtons();

    PracticeContext& m_context;
    QUuid m_contractId;
    QString m_loadedBody;
    bool m_loaded = false;
    bool m_working = false;
    QLabel* m_heading = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QString m_problem;
};

} // namespace clientele::ui
