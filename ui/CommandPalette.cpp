#include "ui/CommandPalette.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include "ui/practice/PracticeContext.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

namespace {

constexpr int kActionRole = Qt::UserRole + 1; // index into m_actions, or -1 for a client
constexpr int kClientRole = Qt::UserRole + 2;
constexpr int kClientResults = 8;

QString plainText(const QAction* action)
{
    QString text = action->text();
    text.remove(u'&');
    return text;
}

} // namespace

CommandPalette::CommandPalette(PracticeContext& context, QList<QAction*> actions, QWidget* parent)
    : QDialog(parent, Qt::Popup)
    , m_context(context)
    , m_actions(std::move(actions))
{
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Command palette"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("commandPaletteInput"));
    m_input->setPlaceholderText(tr("Go to a client or an action…"));
    m_input->setAccessibleName(tr("Go to a client or an action"));
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("commandPaletteResults"));
    m_results->setAccessibleName(tr("Matches"));
    m_results->setUniformItemSizes(true);
    layout->addWidget(m_input);
    layout->addWidget(m_results);
    resize(std::max(520, fontMetrics().horizontalAdvance(QString(60, u'x'))), fontMetrics().height() * 18);
    m_input->installEventFilter(this);
    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::search);
    connect(m_input, &QLineEdit::returnPressed, this, &CommandPalette::activate);
    connect(m_results, &QListWidget::itemActivated, this, &CommandPalette::activate);
    search(QString());
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    // Up and Down move through the matches while the cursor stays in the input.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_results->count() > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            m_results->setCurrentRow(std::clamp(m_results->currentRow() + step, 0, m_results->count() - 1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::search(const QString& text)
{
    m_results->clear();
    const QString needle = text.trimmed();
    for (int i = 0; i < m_actions.size(); ++i) {
        const QAction* action = m_actions.at(i);
        if (!action->isEnabled() || plainText(action).isEmpty()) {
            continue;
        }
        if (needle.isEmpty() || plainText(action).contains(needle, Qt::CaseInsensitive)) {
            const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
            auto* item = new QListWidgetItem(
                shortcut.isEmpty() ? plainText(action) : tr("%1    %2").arg(plainText(action), shortcut), m_results);
            item->setData(kActionRole, i);
        }
    }
    m_results->setCurrentRow(0);
    if (needle.size() < 2) {
        return;
    }
    const int generation = ++m_generation;
    PracticeQueries::ClientFilter filter;
    filter.text = needle;
    filter.limit = kClientResults;
    whenReady(
        this, m_context.queries().clients(filter), [this, generation](const Result<QList<ClientSummary>>& clients) {
            if (generation != m_generation || !clients) {
                return;
            }
            // Clients first: that is what a few typed letters usually mean.
            int row = 0;
            for (const ClientSummary& client : clients.value()) {
                auto* item =
                    new QListWidgetItem(client.email.isEmpty() ? tr("Client: %1").arg(client.name)
                                                               : tr("Client: %1 (%2)").arg(client.name, client.email));
                item->setData(kActionRole, -1);
                item->setData(kClientRole, client.id);
                m_results->insertItem(row++, item);
            }
            m_results->setCurrentRow(0);
        });
}

void CommandPalette::activate()
{
    const QListWidgetItem* item = m_results->currentItem();
    if (!item) {
        return;
    }
    const int action = item->data(kActionRole).toInt();
    const QUuid client = item->data(kClientRole).toUuid();
    accept();
    if (action >= 0 && action < m_actions.size()) {
        m_actions.at(action)->trigger();
    } else if (!client.isNull()) {
        Q_EMIT clientChosen(client);
    }
}

} // namespace clientele::ui
