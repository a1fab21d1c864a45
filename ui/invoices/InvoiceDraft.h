#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUuid>

#include "core/domain/Invoice.h"
#include "core/domain/InvoiceTotals.h"

namespace clientele::ui {

// The content of a draft invoice as the editor holds it: text as typed, so that a half-typed or
// wrong value ("12,x") survives undo/redo and can be shown next to its cell with what is wrong.
// check() turns it into a domain::Invoice through the domain's own calls and collects their
// refusals per field.
struct InvoiceDraft
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDraft)

public:
    enum LineColumn
    {
        DescriptionColumn,
        QuantityColumn,
        UnitPriceColumn,
        TaxesColumn,
        AmountColumn, // computed, not edited
        LineColumnCount,
    };

    enum class DiscountKind
    {
        None,
        Percentage,
        Amount,
    };

    struct Line
    {
        QUuid id;
        QString description;
        QString quantity;
        QString unitPrice;
        QString taxCodes; // "VAT19, CITY" as typed
        QString position;
        friend bool operator==(const Line&, const Line&) = default;
    };

    struct Tax
    {
        QString code;
        QString name;
        QString rate; // percent as typed: "19" or "7,25"
        bool inclusive = false;
        friend bool operator==(const Tax&, const Tax&) = default;
    };

    struct Installment
    {
        QDate dueDate;
        QString amount;
        friend bool operator==(const Installment&, const Installment&) = default;
    };

    QList<Line> lines;
    QList<Tax> taxes;
    DiscountKind discountKind = DiscountKind::None;
    QString discountValue;
    bool scheduled = false;
    QList<Installment> installments;
    QDate dueDate;
    QString poNumber;
    QString notes;

    friend bool operator==(const InvoiceDraft&, const InvoiceDraft&) = default;

    static InvoiceDraft fromInvoice(const domain::Invoice& invoice, const QLocale& locale);

    // Text for values in the locale, without grouping or symbol, as a person would type them.
    static QString amountText(const domain::Money& amount, const QLocale& locale);
    static QString quantityText(qint64 thousandths, const QLocale& locale);
    static QString percentText(qint64 ppm, const QLocale& locale);
    // Percent as typed ("7,25", "19 %") to parts per million; std::nullopt when it is not a number.
    static std::optional<qint64> parsePercent(const QString& text, const QLocale& locale);
    static std::optional<qint64> parseQuantity(const QString& text, const QLocale& locale);
    static QStringList splitTaxCodes(const QString& text);
};

// What check() found: the invoice as far as it could be built, its totals, and every problem in
// words, keyed by where the editor shows it.
struct InvoiceDraftCheck
{
    domain::Invoice invoice;
    std::optional<domain::InvoiceTotals> totals;
    QList<std::optional<domain::Money>> lineAmounts; // per draft line
    QHash<QPair<int, int>, QString> cellErrors; // (line row, column)
    QStringList lineErrors; // "Line 2, unit price: …"
    QString taxError;
    QString discountError;
    QString scheduleError;
    QString scheduleSummary; // "Scheduled €300.00 of €500.00 — €200.00 left to schedule"
    QString dueDateError;
    QString totalsError;

    bool isValid() const;
    // The first problem, to say why Save is disabled.
    QString firstProblem() const;
};

// Builds `draft` on top of `base` (which supplies id, client, currency, number and status).
InvoiceDraftCheck checkInvoiceDraft(const domain::Invoice& base, const InvoiceDraft& draft, const QLocale& locale);

} // namespace clientele::ui
