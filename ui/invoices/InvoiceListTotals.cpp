#include "ui/invoices/InvoiceListTotals.h"

#include <algorithm>

#include <QAbstractItemModel>
#include <QCoreApplication>

#include "core/domain/InvoiceStatus.h"
#include "core/text/MoneyText.h"
#include "ui/invoices/InvoiceTableModel.h"

namespace clientele::ui {

QList<InvoiceListTotals> invoiceListTotals(const QAbstractItemModel& model)
{
    QList<InvoiceListTotals> result;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const QString currency = index.data(InvoiceTableModel::CurrencyRole).toString();
        auto it = std::find_if(
            result.begin(), result.end(), [&currency](const InvoiceListTotals& t) { return t.currency == currency; });
        if (it == result.end()) {
            result.append(InvoiceListTotals {currency, 0, 0, 0});
            it = result.end() - 1;
        }
        ++it->count;
        const auto status = static_cast<domain::InvoiceStatus>(index.data(InvoiceTableModel::StatusRole).toInt());
        if (status != domain::InvoiceStatus::Void) {
            it->totalMinor += index.data(InvoiceTableModel::TotalMinorRole).toLongLong();
        }
        it->outstandingMinor += index.data(InvoiceTableModel::OutstandingMinorRole).toLongLong();
    }
    return result;
}

QString invoiceListTotalsText(const QList<InvoiceListTotals>& totals, const QLocale& locale)
{
    if (totals.isEmpty()) {
        return QCoreApplication::translate("InvoiceListTotals", "No invoices match the filter");
    }
    QStringList parts;
    for (const InvoiceListTotals& t : totals) {
        // Singular and plural spelled out: no plural translation has to be loaded for English to read
        // "1 invoice" and "30 invoices".
        const QString count = t.count == 1
            ? QCoreApplication::translate("InvoiceListTotals", "1 invoice")
            : QCoreApplication::translate("InvoiceListTotals", "%1 invoices").arg(locale.toString(t.count));
        parts.append(QCoreApplication::translate("InvoiceListTotals", "%1 · Total %2 · Outstanding %3")
                         .arg(count, moneyText(t.totalMinor, t.currency, locale),
                             moneyText(t.outstandingMinor, t.currency, locale)));
    }
    return parts.join(QStringLiteral("   |   "));
}

} // namespace clientele::ui
