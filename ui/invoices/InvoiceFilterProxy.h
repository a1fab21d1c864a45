#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace clientele::ui {

// Which invoices the list shows.
enum class InvoiceFilter
{
    All,
    Drafts,
    Unpaid, // issued or partially paid, overdue or not
    Overdue,
    Paid,
    Closed, // void or refunded
};

// Filters an InvoiceTableModel by status group and by text (number or client name, any case) and
// sorts by the model's SortRole.
class InvoiceFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceFilterProxy)

public:
    explicit InvoiceFilterProxy(QObject* parent = nullptr);
    ~InvoiceFilterProxy() override;

    InvoiceFilter filter() const { return m_filter; }
    void setFilter(InvoiceFilter filter);
    const QString& searchText() const { return m_searchText; }
    void setSearchText(const QString& text);

    // The translated name of a filter, for the combobox.
    static QString filterName(InvoiceFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    InvoiceFilter m_filter = InvoiceFilter::All;
    QString m_searchText;
};

} // namespace clientele::ui
