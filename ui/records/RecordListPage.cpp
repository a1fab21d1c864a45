#include "ui/records/RecordListPage.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/EmptyStatePage.h"
#include "ui/widgets/PanelParts.h"

namespace clientele::ui {

namespace {
constexpr int kClientRole = Qt::UserRole + 1;
constexpr int kSortRole = Qt::UserRole + 2;
constexpr int kRecordRole = Qt::UserRole + 3;
} // namespace

RecordListPage::RecordListPage(const QString& objectName, const QStringList& columns, const QString& iconPath,
    const QString& emptyTitle, const QString& emptyText, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 0);
    m_note = new QLabel(this);
    m_note->setObjectName(objectName + u"Note");
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    auto* toolbar = new QHBoxLayout;
    m_toolbar = toolbar;
    m_filter = new QComboBox(this);
    m_filter->setObjectName(objectName + u"Filter");
    m_filter->setAccessibleName(tr("Show"));
    m_filter->hide();
    m_search = new QLineEdit(this);
    m_search->setObjectName(objectName + u"Search");
    m_search->setPlaceholderText(tr("Filter this list…"));
    m_search->setAccessibleName(tr("Filter this list"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    toolbar->addWidget(m_filter);
    toolbar->addWidget(m_search, 2);
    toolbar->addWidget(m_count, 1);
    layout->addWidget(m_note);
    layout->addLayout(toolbar);

    m_model = new QStandardItemModel(0, int(columns.size()), this);
    m_model->setHorizontalHeaderLabels(columns);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(kSortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_stack = new QStackedWidget(this);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(objectName + u"Table");
    m_table->setModel(m_proxy);
    setUpRecordTable(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty = new EmptyStatePage(iconPath, emptyTitle, emptyText, m_stack);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &RecordListPage::filterChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QUuid id = m_proxy->index(index.row(), 0).data(kClientRole).toUuid();
        if (!id.isNull()) {
            Q_EMIT clientActivated(id);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { Q_EMIT currentRecordChanged(currentRecordId()); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { Q_EMIT currentRecordChanged(currentRecordId()); });
}

void RecordListPage::addRecordActions(const QList<QAction*>& actions)
{
    for (QAction* action : actions) {
        auto* button = new QPushButton(action->text(), this);
        QString name = action->objectName();
        name.replace(QStringLiteral("Action"), QStringLiteral("Button"));
        button->setObjectName(name); // "contractPreviewAction" → "contractPreviewButton"
        button->setAccessibleName(action->text().remove(u'&'));
        button->setToolTip(action->toolTip());
        button->setAutoDefault(false);
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] {
            button->setEnabled(action->isEnabled());
            button->setText(action->text());
        });
        m_toolbar->addWidget(button);
        m_table->addAction(action);
    }
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QUuid RecordListPage::currentRecordId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent())) {
        return {};
    }
    return m_proxy->index(current.row(), 0).data(kRecordRole).toUuid();
}

void RecordListPage::selectRecord(const QUuid& recordId)
{
    m_pendingRecord = selectRow(recordId) ? QUuid() : recordId;
}

bool RecordListPage::selectRow(const QUuid& recordId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(kRecordRole).toUuid() == recordId) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void RecordListPage::setNote(const QString& note)
{
    m_note->setText(note);
}

void RecordListPage::setFilters(const QStringList& filters)
{
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItems(filters);
    m_filter->setVisible(!filters.isEmpty());
}

int RecordListPage::currentFilter() const
{
    return std::max(0, m_filter->currentIndex());
}

void RecordListPage::setRows(const QList<Row>& rows, const QString& countText)
{
    const QUuid selected = currentRecordId();
    m_model->removeRows(0, m_model->rowCount());
    m_model->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Row& row = rows.at(r);
        for (int c = 0; c < row.cells.size() && c < m_model->columnCount(); ++c) {
            auto* item = new QStandardItem(row.cells.at(c));
            item->setData(c < row.sortValues.size() ? row.sortValues.at(c) : QVariant(row.cells.at(c)), kSortRole);
            item->setToolTip(row.cells.at(c));
            if (c == 0) {
                item->setData(row.clientId, kClientRole);
                item->setData(row.recordId, kRecordRole);
            }
            m_model->setItem(r, c, item);
        }
    }
    for (int c = 0; c + 1 < m_model->columnCount(); ++c) {
        m_table->resizeColumnToContents(c);
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
    }
    m_count->setText(countText);
    m_stack->setCurrentWidget(rows.isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
    // A record asked for stays pending until a later list has it; the selection only stays if it is listed.
    if (!m_pendingRecord.isNull()) {
        selectRecord(m_pendingRecord);
    } else if (!selected.isNull()) {
        selectRow(selected);
    }
}

void RecordListPage::showError(const QString& message)
{
    m_count->setText(message);
}

} // namespace clientele::ui
