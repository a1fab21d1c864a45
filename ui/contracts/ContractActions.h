#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include "core/domain/Contract.h"
#include "core/store/Summaries.h"

class QAction;
class QWidget;

namespace clientele::ui {

class PracticeContext;

// What can be done to the contract selected in the Contracts section beyond printing it: Edit Draft…
// (its text, before it goes out) and Mark as Sent (Draft → Sent: the text is frozen and its SHA-256
// recorded). Both are enabled only for a draft. Each change is written by the store, then announced
// with PracticeContext::notifyChanged(Area::Contracts) so the list shows the new status.
class ContractActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContractActions)

public:
    // `dialogParent` is where Edit Draft… opens and where refusals are shown.
    ContractActions(PracticeContext& context, QWidget* dialogParent);
    ~ContractActions() override;

    QAction* editAction() const { return m_edit; }
    QAction* markSentAction() const { return m_markSent; }

    // The contracts as listed, for their status and title.
    void setContracts(const QList<ContractSummary>& contracts);
    // The selected contract (null when none).
    void setCurrent(const QUuid& id);

public Q_SLOTS:
    void editCurrent();
    void markCurrentAsSent();

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void updateActions();

    PracticeContext& m_context;
    QPointer<QWidget> m_dialogParent;
    QHash<QUuid, ContractSummary> m_contracts;
    QUuid m_current;
    bool m_working = false;
    QAction* m_edit = nullptr;
    QAction* m_markSent = nullptr;
};

} // namespace clientele::ui
