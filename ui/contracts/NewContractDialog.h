#pragma once

#include <QDialog>
#include <QList>
#include <QUuid>

#include "core/domain/Contract.h"
#include "core/domain/ContractTemplate.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace clientele::ui {

class PracticeContext;

// New Contract for one client: a template and, for templates that speak of a session, one of the
// client's bookings; Create Draft renders it in the store (ContractRepository::draftFromTemplate).
// When the template asks for a value the records do not have ("There is no value for the merge
// field {{booking.date}}"), the store's words stay in the dialog and nothing is stored.
class NewContractDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewContractDialog)

public:
    NewContractDialog(PracticeContext& context, const QUuid& clientId, const QString& clientName, QWidget* parent);
    ~NewContractDialog() override;

    // The refusal shown, empty when there is none.
    QString errorText() const;

Q_SIGNALS:
    // The draft is stored; the dialog closes.
    void created(const clientele::domain::Contract& contract);
    // "Open Contract Templates": there is no template yet and the user wants to write one.
    void templatesRequested();

private:
    void templatesLoaded(const QList<domain::ContractTemplate>& templates);
    void templateChanged();
    void createDraft();
    void showProblem(const QString& message);
    void updateButtons();
    // The chosen template uses booking, service or invoice fields, which only a booking can fill.
    bool templateNeedsBooking() const;

    PracticeContext& m_context;
    QUuid m_clientId;
    QString m_clientName;
    QList<domain::ContractTemplate> m_templates;
    bool m_templatesLoaded = false;
    bool m_working = false;
    QComboBox* m_template = nullptr;
    QComboBox* m_booking = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_openTemplates = nullptr;
    QPushButton* m_create = nullptr;
    QString m_problem;
};

} // namespace clientele::ui
