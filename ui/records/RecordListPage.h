#pragma once

#include <QList>
#include <QStringList>
#include <QUuid>
#include <QWidget>

class QComboBox;
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
    };

    RecordListPage(const QString& objectName, const QStringList& columns, const QString& iconPath,
        const QString& emptyTitle, const QString& emptyText, QWidget* parent = nullptr);

    void setNote(const QString& note);
    // Choices of the filter combo (hidden without any); filterChanged(index) when one is picked.
    void setFilters(const QStringList& filters);
    int currentFilter() const;
    void setRows(const QList<Row>& rows, const QString& countText);
    void showError(const QString& message);

Q_SIGNALS:
    void filterChanged(int index);
    void clientActivated(const QUuid& id);

private:
    QLabel* m_note = nullptr;
    QComboBox* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    EmptyStatePage* m_empty = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
};

} // namespace clientele::ui
