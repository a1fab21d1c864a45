#pragma once

#include <QList>
#include <QStringList>
#include <QUuid>
#include <QWidget>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QSortFilterProxyModel;
class QTableView;
class QLineEdit;

namespace clientele::ui {

class EmptyStatePage;

// A read-only list of records of one kind (contracts, messages): a note on what it shows, an optional
// filter, a search field, a sortable table and an empty state. Activating a row asks to open its client.
// Actions on the selected record (Print Preview…, Save as PDF…) appear as buttons beside the search
// and in the row's context menu; their owner enables them from currentRecordChanged(). The selected
// record stays selected when the rows are set again.
class RecordListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListPage)

public:
    struct Row
    {
        QUuid clientId;
        QStringList cells;
        QList<QVariant> sortValues; // per cell; empty: sort by the text
        QUuid recordId; // the contract or message itself
    };

    RecordListPage(const QString& objectName, const QStringList& columns, const QString& iconPath,
        const QString& emptyTitle, const QString& emptyText, QWidget* parent = nullptr);

    void setNote(const QString& note);
    // Choices of the filter combo (hidden without any); filterChanged(index) when one is picked.
    void setFilters(const QStringList& filters);
    int currentFilter() const;
    void setRows(const QList<Row>& rows, const QString& countText);
    void showError(const QString& message);
    // Buttons on the toolbar and entries of the rows' context menu, in this order.
    void addRecordActions(const QList<QAction*>& actions);
    // The selected row's record, null when none is selected.
    QUuid currentRecordId() const;
    // Selects the record's row, now or when setRows() next lists it (a record just created).
    void selectRecord(const QUuid& recordId);

Q_SIGNALS:
    void filterChanged(int index);
    void clientActivated(const QUuid& id);
    void currentRecordChanged(const QUuid& recordId);

private:
    bool selectRow(const QUuid& recordId);

    QLabel* m_note = nullptr;
    QComboBox* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QHBoxLayout* m_toolbar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    EmptyStatePage* m_empty = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QUuid m_pendingRecord;
};

} // namespace clientele::ui
