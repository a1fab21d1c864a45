#include "ui/invoices/InvoiceFilterProxy.h"

#include "core/domain/InvoiceStatus.h"
#include "ui/invoices/InvoiceTableModel.h"

namespace clientele::ui {

using domain::InvoiceStatus;

InvoiceFilterProxy::InvoiceFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InvoiceTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

InvoiceFilterProxy::~InvoiceFilterProxy() = default;

void InvoiceFilterProxy::setFilter(InvoiceFilter filter)
{
    if (filter != m_filter) {
        m_filter = filter;
        invalidateRowsFilter();
    }
}

void InvoiceFilterProxy::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed != m_searchText) {
        m_searchText = trimmed;
        invalidateRowsFilter();
    }
}

QString InvoiceFilterProxy::filterName(InvoiceFilter filter)
{
    switch (filter) {
    case InvoiceFilter::All:
        return tr("All invoices");
    case InvoiceFilter::Drafts:
        return tr("Drafts");
    case InvoiceFilter::Unpaid:
        return tr("Unpaid");
    case InvoiceFilter::Overdue:
        return tr("Overdue");
    case InvoiceFilter::Paid:
        return tr("Paid");
    case InvoiceFilter::Closed:
        return tr("Void or refunded");
    }
    return {};
}

bool InvoiceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = static_cast<InvoiceStatus>(index.data(InvoiceTableModel::StatusRole).toInt());
    bool statusMatches = true;
    switch (m_filter) {
    case InvoiceFilter::All:
        break;
    case InvoiceFilter::Drafts:
        statusMatches = status == InvoiceStatus::Draft;
        break;
    case InvoiceFilter::Unpaid:
        statusMatches = status == InvoiceStatus::Issued || status == InvoiceStatus::PartiallyPaid;
        break;
    case InvoiceFilter::Overdue:
        statusMatches = index.data(InvoiceTableModel::OverdueRole).toBool();
        break;
    case InvoiceFilter::Paid:
        statusMatches = status == InvoiceStatus::Paid;
        break;
    case InvoiceFilter::Closed:
        statusMatches = status == InvoiceStatus::Void || status == InvoiceStatus::Refunded;
        break;
    }
    if (!statusMatches) {
        return false;
    }
    if (m_searchText.isEmpty()) {
        return true;
    }
    return index.data(InvoiceTableModel::SearchTextRole).toString().contains(m_searchText, Qt::CaseInsensitive);
}

} // namespace clientele::ui
