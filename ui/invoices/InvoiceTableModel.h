#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QLocale>

#include "core/store/Summaries.h"

namespace clientele::ui {

// The invoice list: one row per InvoiceSummary. Money is shown through moneyText and right-aligned,
// dates through the locale; SortRole gives real values (dates, minor units) so sorting is not by text.
// Status texts say "Overdue" for issued invoices whose due date lies before `today`.
class InvoiceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceTableModel)

public:
    enum Column
    {
        NumberColumn,
        ClientColumn,
        IssueDateColumn,
        DueDateColumn,
        TotalColumn,
        BalanceColumn,
        StatusColumn,
        ColumnCount,
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole, // QUuid
        StatusRole, // int(domain::InvoiceStatus)
        OverdueRole, // bool
        CurrencyRole, // QString
        TotalMinorRole, // qint64
        OutstandingMinorRole, // qint64: what is still owed (0 for drafts, void and refunded)
        SearchTextRole, // number and client name, for the text filter
        ToneRole = Qt::UserRole + 64, // int(StatusTone), read by StatusPillDelegate
    };

    explicit InvoiceTableModel(QObject* parent = nullptr);
    ~InvoiceTableModel() override;

    void setInvoices(const QList<InvoiceSummary>& invoices, const QDate& today);
    const QList<InvoiceSummary>& invoices() const { return m_invoices; }
    const QDate& today() const { return m_today; }
    void setLocale(const QLocale& locale);

    // The row of an invoice, or -1.
    int rowOf(const QUuid& id) const;
    // Issued or partially paid with money owed and a due date before today.
    static bool isOverdue(const InvoiceSummary& invoice, const QDate& today);
    static qint64 outstandingMinor(const InvoiceSummary& invoice);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const InvoiceSummary& invoice, int column) const;
    QVariant sortData(const InvoiceSummary& invoice, int column) const;

    QList<InvoiceSummary> m_invoices;
    QDate m_today;
    QLocale m_locale;
};

} // namespace clientele::ui
