#include "ui/invoices/InvoiceTableModel.h"

#include "core/text/MoneyText.h"
#include "ui/invoices/InvoiceStatusText.h"

namespace clientele::ui {

using domain::InvoiceStatus;

InvoiceTableModel::InvoiceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

InvoiceTableModel::~InvoiceTableModel() = default;

void InvoiceTableModel::setInvoices(const QList<InvoiceSummary>& invoices, const QDate& today)
{
    beginResetModel();
    m_invoices = invoices;
    m_today = today;
    endResetModel();
}

void InvoiceTableModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    if (!m_invoices.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int InvoiceTableModel::rowOf(const QUuid& id) const
{
    for (int row = 0; row < m_invoices.size(); ++row) {
        if (m_invoices.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

bool InvoiceTableModel::isOverdue(const InvoiceSummary& invoice, const QDate& today)
{
    return today.isValid() && invoice.isOverdue(today);
}

qint64 InvoiceTableModel::outstandingMinor(const InvoiceSummary& invoice)
{
    switch (invoice.status) {
    case InvoiceStatus::Issued:
    case InvoiceStatus::PartiallyPaid:
    case InvoiceStatus::Paid:
        return invoice.balanceMinor();
    case InvoiceStatus::Draft:
    case InvoiceStatus::Void:
    case InvoiceStatus::Refunded:
        break;
    }
    return 0;
}

int InvoiceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_invoices.size());
}

int InvoiceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceTableModel::displayData(const InvoiceSummary& invoice, int column) const
{
    switch (column) {
    case NumberColumn:
        return invoice.number.isEmpty() ? tr("Draft") : invoice.number;
    case ClientColumn:
        return invoice.clientName;
    case IssueDateColumn:
        return invoice.issueDate.isValid() ? m_locale.toString(invoice.issueDate, QLocale::ShortFormat) : QString();
    case DueDateColumn:
        return invoice.dueDate.isValid() ? m_locale.toString(invoice.dueDate, QLocale::ShortFormat) : QString();
    case TotalColumn:
        return moneyText(invoice.totalMinor, invoice.currency, m_locale);
    case BalanceColumn:
        if (invoice.status == InvoiceStatus::Draft || invoice.status == InvoiceStatus::Void
            || invoice.status == InvoiceStatus::Refunded) {
            return QStringLiteral("—");
        }
        return moneyText(outstandingMinor(invoice), invoice.currency, m_locale);
    case StatusColumn:
        return invoiceStatusText(invoice.status, isOverdue(invoice, m_today));
    default:
        break;
    }
    return {};
}

QVariant InvoiceTableModel::sortData(const InvoiceSummary& invoice, int column) const
{
    switch (column) {
    case NumberColumn:
        return invoice.number; // drafts (empty) sort first
    case ClientColumn:
        return invoice.clientName;
    case IssueDateColumn:
        return invoice.issueDate;
    case DueDateColumn:
        return invoice.dueDate;
    case TotalColumn:
        return invoice.totalMinor;
    case BalanceColumn:
        return outstandingMinor(invoice);
    case StatusColumn:
        // Most urgent first when sorted ascending: overdue, unpaid, drafts, then closed ones.
        if (isOverdue(invoice, m_today)) {
            return 0;
        }
        switch (invoice.status) {
        case InvoiceStatus::PartiallyPaid:
            return 1;
        case InvoiceStatus::Issued:
            return 2;
        case InvoiceStatus::Draft:
            return 3;
        case InvoiceStatus::Paid:
            return 4;
        case InvoiceStatus::Refunded:
            return 5;
        case InvoiceStatus::Void:
            return 6;
        }
        return 7;
    default:
        break;
    }
    return {};
}

QVariant InvoiceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_invoices.size()) {
        return {};
    }
    const InvoiceSummary& invoice = m_invoices.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(invoice, column);
    case Qt::AccessibleTextRole:
        if (column == BalanceColumn && displayData(invoice, column).toString() == u"—") {
            return tr("Nothing owed");
        }
        return displayData(invoice, column);
    case Qt::TextAlignmentRole:
        if (column == TotalColumn || column == BalanceColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == DueDateColumn && isOverdue(invoice, m_today)) {
            if (const qint64 days = invoice.dueDate.daysTo(m_today); days != 1) {
                return tr("Overdue by %1 days").arg(m_locale.toString(days));
            }
            return tr("Overdue by 1 day");
        }
        return {};
    case Qt::FontRole:
        if (column == NumberColumn && invoice.number.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case SortRole:
        return sortData(invoice, column);
    case IdRole:
        return invoice.id;
    case StatusRole:
        return int(invoice.status);
    case OverdueRole:
        return isOverdue(invoice, m_today);
    case CurrencyRole:
        return invoice.currency;
    case TotalMinorRole:
        return invoice.totalMinor;
    case OutstandingMinorRole:
        return outstandingMinor(invoice);
    case SearchTextRole:
        return QString(invoice.number + u'\n' + invoice.clientName);
    case ToneRole:
        return int(invoiceStatusTone(invoice.status, isOverdue(invoice, m_today)));
    default:
        break;
    }
    return {};
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (section == TotalColumn || section == BalanceColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case ClientColumn:
        return tr("Client");
    case IssueDateColumn:
        return tr("Issued");
    case DueDateColumn:
        return tr("Due");
    case TotalColumn:
        return tr("Total");
    case BalanceColumn:
        return tr("Balance");
    case StatusColumn:
        return tr("Status");
    default:
        break;
    }
    return {};
}

} // namespace clientele::ui
