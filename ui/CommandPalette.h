#pragma once

#include <QDialog>
#include <QList>
#include <QUuid>

class QAction;
class QLineEdit;
class QListWidget;

namespace clientele::ui {

class PracticeContext;

// Ctrl+K: type a few letters to jump to any client or run any menu action (go to a section, new
// client, lock…), then Enter. Clients come from the same search-as-you-type index as the Clients list.
class CommandPalette final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    CommandPalette(PracticeContext& context, QList<QAction*> actions, QWidget* parent = nullptr);

Q_SIGNALS:
    void clientChosen(const QUuid& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    void activate();

    PracticeContext& m_context;
    QList<QAction*> m_actions;
    QLineEdit* m_input = nullptr;
    QListWidget* m_results = nullptr;
    int m_generation = 0;
};

} // namespace clientele::ui
