#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QAbstractItemModel;

namespace clientele::ui {

// The figures under the invoice list, per currency, of the rows a model (usually the filter proxy)
// shows: how many, their total (void invoices left out: they are owed by nobody) and what is still
// outstanding on them.
struct InvoiceListTotals
{
    QString currency;
    int count = 0;
    qint64 totalMinor = 0;
    qint64 outstandingMinor = 0;
};

// Reads the InvoiceTableModel roles of every row of `model`; currencies in order of first appearance.
QList<InvoiceListTotals> invoiceListTotals(const QAbstractItemModel& model);
// "12 invoices · Total €4,200.00 · Outstanding €650.00", one such part per currency.
QString invoiceListTotalsText(const QList<InvoiceListTotals>& totals, const QLocale& locale = {});

} // namespace clientele::ui
