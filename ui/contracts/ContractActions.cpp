#include "ui/contracts/ContractActions.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

#include "ui/contracts/ContractBodyDialog.h"
#include "ui/practice/PracticeContext.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

ContractActions::ContractActions(PracticeContext& context, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_context(context)
    , m_dialogParent(dialogParent)
{
    m_edit = new QAction(tr("Edit D&raft…"), this);
    m_edit->setObjectName(QStringLiteral("contractEditDraftAction"));
    m_edit->setToolTip(tr("Change the text of the draft before you send it"));
    m_markSent = new QAction(tr("Mark as &Sent"), this);
    m_markSent->setObjectName(QStringLiteral("contractMarkSentAction"));
    m_markSent->setToolTip(tr("Record that the client has the contract: its text becomes final"));
    connect(m_edit, &QAction::triggered, this, &ContractActions::editCurrent);
    connect(m_markSent, &QAction::triggered, this, &ContractActions::markCurrentAsSent);
    updateActions();
}

ContractActions::~ContractActions() = default;

void ContractActions::setContracts(const QList<ContractSummary>& contracts)
{
    m_contracts.clear();
    for (const ContractSummary& contract : contracts) {
        m_contracts.insert(contract.id, contract);
    }
    updateActions();
}

void ContractActions::setCurrent(const QUuid& id)
{
    m_current = id;
    updateActions();
}

void ContractActions::updateActions()
{
    const auto found = m_contracts.constFind(m_current);
    const bool draft =
        !m_current.isNull() && found != m_contracts.constEnd() && found->status == domain::ContractStatus::Draft;
    m_edit->setEnabled(draft && !m_working);
    m_markSent->setEnabled(draft && !m_working);
}

void ContractActions::editCurrent()
{
    if (m_current.isNull() || !m_dialogParent) {
        return;
    }
    auto* dialog = new ContractBodyDialog(m_context, m_current, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContractBodyDialog::saved, this, [this](const domain::Contract& contract) {
        Q_EMIT statusMessage(tr("Draft “%1” saved").arg(contract.title()));
        m_context.notifyChanged(PracticeContext::Area::Contracts);
    });
    dialog->open();
}

void ContractActions::markCurrentAsSent()
{
    const auto found = m_contracts.constFind(m_current);
    if (m_current.isNull() || m_working || found == m_contracts.constEnd()) {
        return;
    }
    const QString title = found->title;
    m_working = true;
    updateActions();
    whenReady(this, m_context.contracts().send(m_current, m_context.clock().nowUtc()),
        [this, title](const Result<domain::Contract>& sent) {
            m_working = false;
            if (!sent) {
                updateActions();
                QMessageBox::warning(m_dialogParent, tr("Mark as Sent"),
                    tr("“%1” could not be marked as sent: %2").arg(title, sent.error().userMessage()));
                return;
            }
            // Until the list reloads, the row is known to be sent.
            auto row = m_contracts.find(sent->id());
            if (row != m_contracts.end()) {
                row->status = sent->status();
                row->sentAt = sent->sentAt();
            }
            updateActions();
            Q_EMIT statusMessage(tr("“%1” marked as sent; its text is now final").arg(title));
            m_context.notifyChanged(PracticeContext::Area::Contracts);
        });
}

} // namespace clientele::ui
