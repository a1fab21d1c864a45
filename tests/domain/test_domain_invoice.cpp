#include <algorithm>
#include <limits>

#include <QTest>
#include <QTimeZone>

#include "core/domain/Currency.h"
#include "core/domain/Invoice.h"
#include "core/domain/InvoiceNumberFormat.h"
#include "core/domain/InvoiceTotals.h"
#include "core/domain/Money.h"
#include "core/domain/PaymentSchedule.h"
#include "core/domain/TaxRate.h"

using namespace clientele;
using namespace clientele::domain;

namespace clientele::domain {
char* toString(const Money& money)
{
    const QString text = money.toDecimalString() + u' ' + money.currency().code();
    return QTest::toString(text);
}
} // namespace clientele::domain

namespace {

Currency currency(const char* code)
{
    return Currency::fromCode(QString::fromLatin1(code)).value();
}

Money usd(qint64 minor)
{
    return Money(minor, currency("USD"));
}

QUuid uuid(uint n)
{
    return QUuid(n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
}

TaxRate rate(const char* code, qint64 ppm, bool inclusive = false)
{
    return TaxRate::create(QString::fromLatin1(code), QString::fromLatin1(code), ppm,
        inclusive ? TaxRate::Inclusion::Inclusive : TaxRate::Inclusion::Exclusive)
        .value();
}

InvoiceLine line(uint n, qint64 quantityThousandths, qint64 unitPriceMinor, const QStringList& taxCodes = {},
    const QString& position = {})
{
    InvoiceLine result;
    result.id = uuid(n);
    result.description = QStringLiteral("Session %1").arg(n);
    result.quantityThousandths = quantityThousandths;
    result.unitPrice = usd(unitPriceMinor);
    result.taxCodes = taxCodes;
    result.position = position.isEmpty() ? QStringLiteral("a%1").arg(n) : position;
    return result;
}

// Arranging a test must not fail; unlike Q_ASSERT this also runs in release builds.
void must(const Result<void>& result)
{
    if (!result.hasValue()) {
        qFatal("arrange step failed: %s", qPrintable(result.error().toString()));
    }
}

QDateTime utc(int day)
{
    return QDateTime(QDate(2025, 3, day), QTime(10, 0), Qt::UTC);
}

Payment payment(uint n, qint64 minor, const QString& reference = {})
{
    return Payment {uuid(1000 + n), usd(minor), utc(2), Payment::Method::Card, reference};
}

Refund refund(uint n, uint paymentN, qint64 minor)
{
    return Refund {uuid(2000 + n), uuid(1000 + paymentN), usd(minor), QStringLiteral("Client cancelled"), utc(5)};
}

// A draft in dollars with the invoice's usual tax table.
Invoice draft()
{
    Invoice invoice(uuid(100), uuid(200), currency("USD"));
    must(invoice.setTaxRates({rate("VAT19", 190000), rate("VAT7", 70000), rate("INCL19", 190000, true)}));
    return invoice;
}

InvoiceTotals totalsOf(const Invoice& invoice)
{
    const Result<InvoiceTotals> totals = invoice.totals();
    if (!totals.hasValue()) {
        qFatal("totals failed: %s", qPrintable(totals.error().toString()));
    }
    return totals.value();
}

// An invoice of 100.00 without tax, brought into the given status through its real transitions.
Invoice invoiceIn(InvoiceStatus status)
{
    Invoice invoice = draft();
    must(invoice.addLine(line(1, 1000, 10000)));
    must(invoice.assignNumber(QStringLiteral("INV-2025-0001")));
    if (status == InvoiceStatus::Draft) {
        return invoice;
    }
    must(invoice.issue(QDate(2025, 3, 1)));
    switch (status) {
    case InvoiceStatus::Draft:
    case InvoiceStatus::Issued:
        break;
    case InvoiceStatus::PartiallyPaid:
        must(invoice.recordPayment(payment(1, 4000)));
        break;
    case InvoiceStatus::Paid:
        must(invoice.recordPayment(payment(1, 4000)));
        must(invoice.recordPayment(payment(2, 6000)));
        break;
    case InvoiceStatus::Void:
        must(invoice.voidInvoice());
        break;
    case InvoiceStatus::Refunded:
        must(invoice.recordPayment(payment(1, 10000)));
        must(invoice.recordRefund(refund(1, 1, 10000)));
        break;
    }
    if (invoice.status() != status) {
        qFatal("could not arrange the invoice status");
    }
    return invoice;
}

enum class Action
{
    Issue,
    EditLine,
    SetDiscount,
    AssignNumber,
    PayPart,
    PayInFull,
    Void,
    RefundPart,
};

Result<void> perform(Invoice& invoice, Action action)
{
    switch (action) {
    case Action::Issue:
        return invoice.issue(QDate(2025, 3, 3));
    case Action::EditLine:
        return invoice.addLine(line(9, 1000, 500));
    case Action::SetDiscount:
        return invoice.setDiscount(InvoiceDiscount::percentage(100000));
    case Action::AssignNumber:
        return invoice.assignNumber(QStringLiteral("INV-2025-0002"));
    case Action::PayPart:
        return invoice.recordPayment(payment(7, 1000));
    case Action::PayInFull: {
        const Money balance = invoice.balanceDue().value();
        return invoice.recordPayment(payment(8, balance.isPositive() ? balance.minorUnits() : 10000));
    }
    case Action::Void:
        return invoice.voidInvoice();
    case Action::RefundPart:
        return invoice.recordRefund(refund(9, 1, 500));
    }
    return {};
}

const char* statusName(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return "a draft";
    case InvoiceStatus::Issued:
        return "an issued invoice";
    case InvoiceStatus::PartiallyPaid:
        return "a partially paid invoice";
    case InvoiceStatus::Paid:
        return "a paid invoice";
    case InvoiceStatus::Void:
        return "a void invoice";
    case InvoiceStatus::Refunded:
        return "a refunded invoice";
    }
    return "";
}

const char* actionName(Action action)
{
    switch (action) {
    case Action::Issue:
        return "is issued";
    case Action::EditLine:
        return "gets a new line";
    case Action::SetDiscount:
        return "gets a discount";
    case Action::AssignNumber:
        return "gets a number";
    case Action::PayPart:
        return "takes a part payment";
    case Action::PayInFull:
        return "takes the balance";
    case Action::Void:
        return "is voided";
    case Action::RefundPart:
        return "is partly refunded";
    }
    return "";
}

} // namespace

class TestDomainInvoice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- totals -------------------------------------------------------------------------------

    void totalsWithSeveralRates()
    {
        Invoice invoice = draft();
        QVERIFY(invoice.addLine(line(1, 2000, 10000, {QStringLiteral("VAT19")})).hasValue());
        QVERIFY(invoice.addLine(line(2, 1000, 5000, {QStringLiteral("VAT7")})).hasValue());
        QVERIFY(invoice.addLine(line(3, 1000, 1000)).hasValue());
        const InvoiceTotals totals = totalsOf(invoice);
        QCOMPARE(totals.subtotal(), usd(26000));
        QCOMPARE(totals.discountTotal(), usd(0));
        QCOMPARE(totals.netTotal(), usd(26000));
        QCOMPARE(totals.taxFor(QStringLiteral("VAT19")), usd(3800));
        QCOMPARE(totals.taxFor(QStringLiteral("VAT7")), usd(350));
        QCOMPARE(totals.taxFor(QStringLiteral("INCL19")), usd(0));
        QCOMPARE(totals.taxTotal(), usd(4150));
        QCOMPARE(totals.addedTaxTotal(), usd(4150));
        QCOMPARE(totals.grandTotal(), usd(30150));
        // Only the rates in use, in the order of the tax table.
        QCOMPARE(totals.rates().size(), qsizetype(2));
        QCOMPARE(totals.rates().at(0).rate.code(), QStringLiteral("VAT19"));
        QCOMPARE(totals.rates().at(0).taxable, usd(20000));
        QCOMPARE(totals.rates().at(1).rate.code(), QStringLiteral("VAT7"));
        QCOMPARE(totals.rates().at(1).taxable, usd(5000));
        QCOMPARE(totals.lines().size(), qsizetype(3));
        QCOMPARE(totals.lines().at(0).amount, usd(20000));
    }

    void inclusiveAndExclusiveTax_data()
    {
        QTest::addColumn<bool>("inclusive");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("ratePpm");
        QTest::addColumn<qint64>("tax");
        QTest::addColumn<qint64>("grandTotal");
        QTest::addRow("19 %% on top of 100.00")
            << false << qint64(10000) << qint64(190000) << qint64(1900) << qint64(11900);
        QTest::addRow("19 %% inside 119.00")
            << true << qint64(11900) << qint64(190000) << qint64(1900) << qint64(11900);
        QTest::addRow("19 %% inside 10.00 is 1.5966")
            << true << qint64(1000) << qint64(190000) << qint64(160) << qint64(1000);
        QTest::addRow("7.25 %% on top of 10.00 is 0.725")
            << false << qint64(1000) << qint64(72500) << qint64(73) << qint64(1073);
        QTest::addRow("7.25 %% inside 10.00 is 0.676")
            << true << qint64(1000) << qint64(72500) << qint64(68) << qint64(1000);
        QTest::addRow("a zero rate on top") << false << qint64(1000) << qint64(0) << qint64(0) << qint64(1000);
    }
    void inclusiveAndExclusiveTax()
    {
        QFETCH(bool, inclusive);
        QFETCH(qint64, price);
        QFETCH(qint64, ratePpm);
        QFETCH(qint64, tax);
        QFETCH(qint64, grandTotal);
        Invoice invoice(uuid(100), uuid(200), currency("USD"));
        QVERIFY(invoice.setTaxRates({rate("T", ratePpm, inclusive)}).hasValue());
        QVERIFY(invoice.addLine(line(1, 1000, price, {QStringLiteral("T")})).hasValue());
        const InvoiceTotals totals = totalsOf(invoice);
        QCOMPARE(totals.taxTotal(), usd(tax));
        QCOMPARE(totals.grandTotal(), usd(grandTotal));
        QCOMPARE(totals.addedTaxTotal(), usd(inclusive ? 0 : tax));
        QCOMPARE(totals.netTotal(), usd(price));
    }

    void twoIncludedRatesShareTheGrossPrice()
    {
        Invoice invoice(uuid(100), uuid(200), currency("USD"));
        QVERIFY(invoice.setTaxRates({rate("STATE", 100000, true), rate("CITY", 50000, true)}).hasValue());
        QVERIFY(invoice.addLine(line(1, 1000, 1150, {QStringLiteral("STATE"), QStringLiteral("CITY")})).hasValue());
        const InvoiceTotals totals = totalsOf(invoice);
        QCOMPARE(totals.taxFor(QStringLiteral("STATE")), usd(100));
        QCOMPARE(totals.taxFor(QStringLiteral("CITY")), usd(50));
        QCOMPARE(totals.grandTotal(), usd(1150));
    }

    void aLineCannotMixIncludedAndAddedTax()
    {
        Invoice invoice = draft();
        QVERIFY(invoice.addLine(line(1, 1000, 1000, {QStringLiteral("VAT19"), QStringLiteral("INCL19")})).hasValue());
        QVERIFY(invoice.assignNumber(QStringLiteral("INV-1")).hasValue());
        const Result<InvoiceTotals> totals = invoice.totals();
        QVERIFY(!totals.hasValue());
        QCOMPARE(totals.error().code(), Error::Code::InvalidInput);
        QVERIFY(!invoice.issue(QDate(2025, 3, 1)).hasValue());
        QCOMPARE(invoice.status(), InvoiceStatus::Draft);
    }

    void quantitiesInThousandths_data()
    {
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("amount");
        QTest::addRow("one and a half hours at 33.33") << qint64(1500) << qint64(3333) << qint64(5000);
        QTest::addRow("a quarter at 10.00") << qint64(250) << qint64(1000) << qint64(250);
        QTest::addRow("one thousandth at 0.01 rounds to zero") << qint64(1) << qint64(1) << qint64(0);
        QTest::addRow("twelve units at 80.00") << qint64(12000) << qint64(8000) << qint64(96000);
    }
    void quantitiesInThousandths()
    {
        QFETCH(qint64, quantity);
        QFETCH(qint64, price);
        QFETCH(qint64, amount);
        Invoice invoice = draft();
        QVERIFY(invoice.addLine(line(1, quantity, price)).hasValue());
        QCOMPARE(totalsOf(invoice).subtotal(), usd(amount));
    }

    void discountsComeOffBeforeTax_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("discountTotal");
        QTest::addColumn<QList<qint64>>("lineDiscounts");
        QTest::addColumn<qint64>("taxTotal");
        QTest::addColumn<qint64>("grandTotal");
        const int none = static_cast<int>(InvoiceDiscount::Kind::None);
        const int percentage = static_cast<int>(InvoiceDiscount::Kind::Percentage);
        const int fixed = static_cast<int>(InvoiceDiscount::Kind::Fixed);
        QTest::addRow("no discount") << none << qint64(0) << qint64(0) << QList<qint64> {0, 0} << qint64(2250)
                                     << qint64(17250);
        QTest::addRow("10 %% off both lines") << percentage << qint64(100000) << qint64(1500)
                                              << QList<qint64> {1000, 500} << qint64(2025) << qint64(15525);
        QTest::addRow("10.00 off, spread 2:1 with the odd cent on the larger line")
            << fixed << qint64(1000) << qint64(1000) << QList<qint64> {667, 333} << qint64(2100) << qint64(16100);
        QTest::addRow("33.3333 %% off rounds the discount once")
            << percentage << qint64(333333) << qint64(5000) << QList<qint64> {3333, 1667} << qint64(1500)
            << qint64(11500);
        QTest::addRow("100 %% off leaves nothing to tax")
            << percentage << Money::kPpm << qint64(15000) << QList<qint64> {10000, 5000} << qint64(0) << qint64(0);
        QTest::addRow("a fixed discount of the whole subtotal")
            << fixed << qint64(15000) << qint64(15000) << QList<qint64> {10000, 5000} << qint64(0) << qint64(0);
    }
    void discountsComeOffBeforeTax()
    {
        QFETCH(int, kind);
        QFETCH(qint64, value);
        QFETCH(qint64, discountTotal);
        QFETCH(QList<qint64>, lineDiscounts);
        QFETCH(qint64, taxTotal);
        QFETCH(qint64, grandTotal);
        Invoice invoice = draft();
        QVERIFY(invoice.addLine(line(1, 1000, 10000, {QStringLiteral("VAT19")})).hasValue());
        QVERIFY(invoice.addLine(line(2, 1000, 5000, {QStringLiteral("VAT7")})).hasValue());
        switch (static_cast<InvoiceDiscount::Kind>(kind)) {
        case InvoiceDiscount::Kind::None:
            break;
        case InvoiceDiscount::Kind::Percentage:
            QVERIFY(invoice.setDiscount(InvoiceDiscount::percentage(value)).hasValue());
            break;
        case InvoiceDiscount::Kind::Fixed:
            QVERIFY(invoice.setDiscount(InvoiceDiscount::fixed(usd(value))).hasValue());
            break;
        }
        const InvoiceTotals totals = totalsOf(invoice);
        QCOMPARE(totals.subtotal(), usd(15000));
        QCOMPARE(totals.discountTotal(), usd(discountTotal));
        QList<qint64> discounts;
        qint64 spread = 0;
        for (const InvoiceTotals::LineTotal& lineTotal : totals.lines()) {
            discounts.append(lineTotal.discount.minorUnits());
            spread += lineTotal.discount.minorUnits();
            QCOMPARE(lineTotal.net.minorUnits(), lineTotal.amount.minorUnits() - lineTotal.discount.minorUnits());
        }
        QCOMPARE(discounts, lineDiscounts);
        QCOMPARE(spread, discountTotal); // not a cent lost or created by spreading
        QCOMPARE(totals.taxTotal(), usd(taxTotal));
        QCOMPARE(totals.grandTotal(), usd(grandTotal));
        QCOMPARE(
            totals.grandTotal().minorUnits(), totals.netTotal().minorUnits() + totals.addedTaxTotal().minorUnits());
    }

    void discountsAreValidated()
    {
        Invoice invoice = draft();
        QVERIFY(invoice.addLine(line(1, 1000, 10000)).hasValue());
        QVERIFY(!invoice.setDiscount(InvoiceDiscount::percentage(0)).hasValue());
        QVERIFY(!invoice.setDiscount(InvoiceDiscount::percentage(Money::kPpm + 1)).hasValue());
        QVERIFY(!invoice.setDiscount(InvoiceDiscount::fixed(Money(100, currency("EUR")))).hasValue());
        QVERIFY(!invoice.setDiscount(InvoiceDiscount::fixed(usd(0))).hasValue());
        QVERIFY(!invoice.setDiscount(InvoiceDiscount::fixed(usd(-5))).hasValue());
        QCOMPARE(invoice.discount(), InvoiceDiscount::none());

        // A discount above the subtotal is accepted while editing but refused by totals and issue.
        QVERIFY(invoice.setDiscount(InvoiceDiscount::fixed(usd(10001))).hasValue());
        QVERIFY(invoice.assignNumber(QStringLiteral("INV-1")).hasValue());
        QVERIFY(!invoice.totals().hasValue());
        const Result<void> issued = invoice.issue(QDate(2025, 3, 1));
        QVERIFY(!issued.hasValue());
        QCOMPARE(invoice.status(), InvoiceStatus::Draft);
        QVERIFY(invoice.setDiscount(InvoiceDiscount::fixed(usd(10000))).hasValue());
        QVERIFY(invoice.issue(QDate(2025, 3, 1)).hasValue());
        QCOMPARE(totalsOf(invoice).grandTotal(), usd(0));
    }

    void perLineAndPerInvoiceRoundingDiffer_data()
    {
        QTest::addColumn<bool>("inclusive");
        QTest::addColumn<qint64>("ratePpm");
        QTest::addColumn<int>("lines");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("perLineTax");
        QTest::addColumn<qint64>("perInvoiceTax");
        QTest::addRow("three times 0.10 at 15 %% added: 0.06 against 0.05")
            << false << qint64(150000) << 3 << qint64(10) << qint64(6) << qint64(5);
        QTest::addRow("three times 0.10 at 19 %% included: 0.06 against 0.05")
            << true << qint64(190000) << 3 << qint64(10) << qint64(6) << qint64(5);
        QTest::addRow("two times 0.07 at 7 %% added: 0.00 against 0.01")
            << false << qint64(70000) << 2 << qint64(7) << qint64(0) << qint64(1);
        QTest::addRow("three times 1.05 at 19 %% added: both 0.60")
            << false << qint64(190000) << 3 << qint64(105) << qint64(60) << qint64(60);
    }
    void perLineAndPerInvoiceRoundingDiffer()
    {
        QFETCH(bool, inclusive);
        QFETCH(qint64, ratePpm);
        QFETCH(int, lines);
        QFETCH(qint64, price);
        QFETCH(qint64, perLineTax);
        QFETCH(qint64, perInvoiceTax);
        Invoice invoice(uuid(100), uuid(200), currency("USD"));
        QVERIFY(invoice.setTaxRates({rate("T", ratePpm, inclusive)}).hasValue());
        for (int i = 0; i < lines; ++i) {
            QVERIFY(invoice.addLine(line(static_cast<uint>(i + 1), 1000, price, {QStringLiteral("T")})).hasValue());
        }
        const qint64 net = price * lines;
        QCOMPARE(invoice.taxRoundingPolicy(), TaxRoundingPolicy::PerLine);
        InvoiceTotals totals = totalsOf(invoice);
        QCOMPARE(totals.taxTotal(), usd(perLineTax));
        QCOMPARE(totals.grandTotal(), usd(inclusive ? net : net + perLineTax));

        QVERIFY(invoice.setTaxRoundingPolicy(TaxRoundingPolicy::PerInvoice).hasValue());
        totals = totalsOf(invoice);
        QCOMPARE(totals.taxTotal(), usd(perInvoiceTax));
        QCOMPARE(totals.grandTotal(), usd(inclusive ? net : net + perInvoiceTax));
        QCOMPARE(totals.rates().at(0).taxable, usd(net));
    }

    void theInvoiceRoundingModeAppliesToTax()
    {
        Invoice invoice(uuid(100), uuid(200), currency("USD"));
        QVERIFY(invoice.setTaxRates({rate("T", 50000)}).hasValue());
        QVERIFY(invoice.addLine(line(1, 1000, 50, {QStringLiteral("T")})).hasValue());
        QCOMPARE(totalsOf(invoice).taxTotal(), usd(3)); // 2.5 cents, commercial rounding
        QVERIFY(invoice.setRounding(Rounding::HalfEven).hasValue());
        QCOMPARE(totalsOf(invoice).taxTotal(), usd(2)); // banker's rounding
        QVERIFY(invoice.setRounding(Rounding::Up).hasValue());
        QCOMPARE(totalsOf(invoice).taxTotal(), usd(3));
        QVERIFY(invoice.setRounding(Rounding::Down).hasValue());
        QCOMPARE(totalsOf(invoice).taxTotal(), usd(2));
    }

    // ---- lines --------------------------------------------------------------------------------

    void invalidLinesAreRefused_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("code");
        const int invalid = static_cast<int>(Error::Code::InvalidInput);
        QTest::addRow("a line without an id") << 0 << invalid;
        QTest::addRow("a line that is already there") << 1 << static_cast<int>(Error::Code::Conflict);
        QTest::addRow("a line without a description") << 2 << invalid;
        QTest::addRow("a quantity of zero") << 3 << invalid;
        QTest::addRow("a negative quantity") << 4 << invalid;
        QTest::addRow("a price in euro on a dollar invoice") << 5 << invalid;
        QTest::addRow("a negative price") << 6 << invalid;
        QTest::addRow("a tax code missing from the table") << 7 << invalid;
        QTest::addRow("the same tax code twice") << 8 << invalid;
        QTest::addRow("an amount too large to compute") << 9 << invalid;
    }
    void invalidLinesAreRefused()
    {
        QFETCH(int, which);
        QFETCH(int, code);
        Invoice invoice = draft();
        QVERIFY(invoice.addLine(line(1, 1000, 1000)).hasValue());
        InvoiceLine bad = line(2, 1000, 1000);
        switch (which) {
        case 0:
            bad.id = QUuid();
            break;
        case 1:
            bad.id = uuid(1);
            break;
        case 2:
            bad.description = QStringLiteral("  ");
            break;
        case 3:
            bad.quantityThousandths = 0;
            break;
        case 4:
            bad.quantityThousandths = -1000;
            break;
        case 5:
            bad.unitPrice = Money(1000, currency("EUR"));
            break;
        case 6:
            bad.unitPrice = usd(-1);
            break;
        case 7:
            bad.taxCodes = {QStringLiteral("GST")};
            break;
        case 8:
            bad.taxCodes = {QStringLiteral("VAT7"), QStringLiteral("VAT7")};
            break;
        case 9:
            bad.unitPrice = usd(std::numeric_limits<qint64>::max());
            bad.quantityThousandths = 2000;
            break;
        default:
            QFAIL("unknown row");
        }
        const Result<void> result = invoice.addLine(bad);
        QVERIFY(!result.hasValue());
        QCOMPARE(static_cast<int>(result.error().code()), code);
        QVERIFY(!result.error().userMessage().isEmpty());
        QCOMPARE(invoice.lines().size(), qsizetype(1));
    }

    void linesKeepTheirFractionalOrder()
    {
        Invoice invoice = draft();
        QVERIFY(invoice.addLine(line(1, 1000, 100, {}, QStringLiteral("m"))).hasValue());
        QVERIFY(invoice.addLine(line(2, 1000, 200, {}, QStringLiteral("c"))).hasValue());
        QVERIFY(invoice.addLine(line(3, 1000, 300, {}, QStringLiteral("x"))).hasValue());
        const auto ids = [&invoice]() {
            QList<QUuid> result;
            for (const InvoiceLine& l : invoice.lines()) {
                result.append(l.id);
            }
            return result;
        };
        QCOMPARE(ids(), (QList<QUuid> {uuid(2), uuid(1), uuid(3)}));
        InvoiceLine moved = line(3, 2000, 300, {}, QStringLiteral("a"));
        QVERIFY(invoice.updateLine(moved).hasValue());
        QCOMPARE(ids(), (QList<QUuid> {uuid(3), uuid(2), uuid(1)}));
        QCOMPARE(invoice.lines().first().quantityThousandths, qint64(2000));
        QVERIFY(invoice.removeLine(uuid(2)).hasValue());
        QCOMPARE(ids(), (QList<QUuid> {uuid(3), uuid(1)}));
        QCOMPARE(invoice.removeLine(uuid(2)).error().code(), Error::Code::NotFound);
        QCOMPARE(invoice.updateLine(line(42, 1000, 1)).error().code(), Error::Code::NotFound);
    }

    void theTaxTableProtectsCodesInUse()
    {
        Invoice invoice = draft();
        QVERIFY(invoice.addLine(line(1, 1000, 1000, {QStringLiteral("VAT7")})).hasValue());
        QVERIFY(!invoice.setTaxRates({rate("VAT19", 190000)}).hasValue());
        QVERIFY(!invoice.setTaxRates({rate("VAT7", 70000), rate("VAT7", 80000)}).hasValue());
        QVERIFY(invoice.setTaxRates({rate("VAT7", 80000)}).hasValue());
        QCOMPARE(totalsOf(invoice).taxTotal(), usd(80));
    }

    void taxRatesAreValidated()
    {
        QVERIFY(!TaxRate::create(QString(), QStringLiteral("No code"), 1000, TaxRate::Inclusion::Exclusive).hasValue());
        QVERIFY(!TaxRate::create(QStringLiteral("NEG"), {}, -1, TaxRate::Inclusion::Exclusive).hasValue());
        QVERIFY(!TaxRate::create(QStringLiteral("HUGE"), {}, TaxRate::kMaxRatePpm + 1, TaxRate::Inclusion::Exclusive)
                     .hasValue());
        const TaxRate zero = TaxRate::create(QStringLiteral(" Z "), {}, 0, TaxRate::Inclusion::Inclusive).value();
        QCOMPARE(zero.code(), QStringLiteral("Z"));
        QCOMPARE(zero.name(), QStringLiteral("Z"));
        QVERIFY(zero.isInclusive());
    }

    // ---- status transitions -------------------------------------------------------------------

    void everyStatusAndAction_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<int>("after");
        using S = InvoiceStatus;
        using A = Action;
        const auto row = [](S status, A action, bool allowed, S after) {
            QTest::addRow("%s %s: %s", statusName(status), actionName(action), allowed ? "allowed" : "refused")
                << static_cast<int>(status) << static_cast<int>(action) << allowed << static_cast<int>(after);
        };
        const auto refused = [&row](S status, A action) { row(status, action, false, status); };

        row(S::Draft, A::Issue, true, S::Issued);
        row(S::Draft, A::EditLine, true, S::Draft);
        row(S::Draft, A::SetDiscount, true, S::Draft);
        row(S::Draft, A::AssignNumber, true, S::Draft);
        refused(S::Draft, A::PayPart);
        refused(S::Draft, A::PayInFull);
        refused(S::Draft, A::Void);
        refused(S::Draft, A::RefundPart);

        refused(S::Issued, A::Issue);
        refused(S::Issued, A::EditLine);
        refused(S::Issued, A::SetDiscount);
        refused(S::Issued, A::AssignNumber);
        row(S::Issued, A::PayPart, true, S::PartiallyPaid);
        row(S::Issued, A::PayInFull, true, S::Paid);
        row(S::Issued, A::Void, true, S::Void);
        refused(S::Issued, A::RefundPart);

        refused(S::PartiallyPaid, A::Issue);
        refused(S::PartiallyPaid, A::EditLine);
        refused(S::PartiallyPaid, A::SetDiscount);
        refused(S::PartiallyPaid, A::AssignNumber);
        row(S::PartiallyPaid, A::PayPart, true, S::PartiallyPaid);
        row(S::PartiallyPaid, A::PayInFull, true, S::Paid);
        refused(S::PartiallyPaid, A::Void);
        row(S::PartiallyPaid, A::RefundPart, true, S::PartiallyPaid);

        refused(S::Paid, A::Issue);
        refused(S::Paid, A::EditLine);
        refused(S::Paid, A::SetDiscount);
        refused(S::Paid, A::AssignNumber);
        refused(S::Paid, A::PayPart);
        refused(S::Paid, A::PayInFull);
        refused(S::Paid, A::Void);
        row(S::Paid, A::RefundPart, true, S::PartiallyPaid);

        for (const S closed : {S::Void, S::Refunded}) {
            for (const A action : {A::Issue, A::EditLine, A::SetDiscount, A::AssignNumber, A::PayPart, A::PayInFull,
                     A::Void, A::RefundPart}) {
                refused(closed, action);
            }
        }
    }
    void everyStatusAndAction()
    {
        QFETCH(int, status);
        QFETCH(int, action);
        QFETCH(bool, allowed);
        QFETCH(int, after);
        Invoice invoice = invoiceIn(static_cast<InvoiceStatus>(status));
        const qsizetype lines = invoice.lines().size();
        const qsizetype payments = invoice.payments().size();
        const qsizetype refunds = invoice.refunds().size();
        const QString number = invoice.number();

        const Result<void> result = perform(invoice, static_cast<Action>(action));
        QCOMPARE(result.hasValue(), allowed);
        QCOMPARE(static_cast<int>(invoice.status()), after);
        if (!allowed) {
            // Refused for the status itself, explained in words, and nothing changed.
            QCOMPARE(result.error().code(), Error::Code::Conflict);
            QVERIFY(!result.error().userMessage().isEmpty());
            QCOMPARE(invoice.lines().size(), lines);
            QCOMPARE(invoice.payments().size(), payments);
            QCOMPARE(invoice.refunds().size(), refunds);
            QCOMPARE(invoice.number(), number);
        }
    }

    void issuingNeedsACompleteInvoice_data()
    {
        QTest::addColumn<int>("gap");
        QTest::addRow("no lines") << 0;
        QTest::addRow("no number") << 1;
        QTest::addRow("no issue date") << 2;
        QTest::addRow("a due date before the issue date") << 3;
        QTest::addRow("a schedule that no longer matches the total") << 4;
        QTest::addRow("a discount larger than the subtotal") << 5;
    }
    void issuingNeedsACompleteInvoice()
    {
        QFETCH(int, gap);
        Invoice invoice = draft();
        if (gap != 0) {
            QVERIFY(invoice.addLine(line(1, 1000, 10000, {QStringLiteral("VAT7")})).hasValue());
        }
        if (gap != 1) {
            QVERIFY(invoice.assignNumber(QStringLiteral("INV-2025-0001")).hasValue());
        }
        QDate issueDate(2025, 3, 10);
        switch (gap) {
        case 2:
            issueDate = QDate();
            break;
        case 3:
            QVERIFY(invoice.setDueDate(QDate(2025, 3, 9)).hasValue());
            break;
        case 4:
            QVERIFY(invoice.setPaymentSchedule(PaymentSchedule::equalMonthly(usd(10700), 2, QDate(2025, 4, 1)).value())
                        .hasValue());
            QVERIFY(invoice.addLine(line(2, 1000, 100)).hasValue());
            break;
        case 5:
            QVERIFY(invoice.setDiscount(InvoiceDiscount::fixed(usd(20000))).hasValue());
            break;
        default:
            break;
        }
        const Result<void> result = invoice.issue(issueDate);
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().code(), Error::Code::InvalidInput);
        QVERIFY(!result.error().userMessage().isEmpty());
        QCOMPARE(invoice.status(), InvoiceStatus::Draft);
    }

    void issuingMakesItDueOnReceiptByDefault()
    {
        Invoice invoice = invoiceIn(InvoiceStatus::Draft);
        QVERIFY(!invoice.dueDate().isValid());
        QVERIFY(invoice.issue(QDate(2025, 3, 10)).hasValue());
        QCOMPARE(invoice.issueDate(), QDate(2025, 3, 10));
        QCOMPARE(invoice.dueDate(), QDate(2025, 3, 10));
        QCOMPARE(invoice.balanceDue().value(), usd(10000));
        // An extension is fine; a due date before the issue date is not.
        QVERIFY(invoice.setDueDate(QDate(2025, 4, 10)).hasValue());
        QVERIFY(!invoice.setDueDate(QDate(2025, 3, 9)).hasValue());
        QCOMPARE(invoice.dueDate(), QDate(2025, 4, 10));
        // Free text stays editable; the PO number a corporate client asks for afterwards.
        invoice.setPoNumber(QStringLiteral("PO-7781"));
        QCOMPARE(invoice.poNumber(), QStringLiteral("PO-7781"));
    }

    // ---- payments and refunds -----------------------------------------------------------------

    void partialPaymentsUntilPaid()
    {
        Invoice invoice = draft();
        QVERIFY(invoice.addLine(line(1, 2000, 10000, {QStringLiteral("VAT19")})).hasValue());
        QVERIFY(invoice.addLine(line(2, 1000, 5000, {QStringLiteral("VAT7")})).hasValue());
        QVERIFY(invoice.addLine(line(3, 1000, 1000)).hasValue());
        QVERIFY(invoice.assignNumber(QStringLiteral("INV-2025-0007")).hasValue());
        QVERIFY(invoice.issue(QDate(2025, 3, 1)).hasValue());
        QCOMPARE(invoice.balanceDue().value(), usd(30150));

        QVERIFY(invoice.recordPayment(payment(1, 10000, QStringLiteral("pi_1"))).hasValue());
        QCOMPARE(invoice.status(), InvoiceStatus::PartiallyPaid);
        QCOMPARE(invoice.amountPaid(), usd(10000));
        QCOMPARE(invoice.balanceDue().value(), usd(20150));

        const Result<void> over = invoice.recordPayment(payment(2, 20151));
        QVERIFY(!over.hasValue());
        QCOMPARE(over.error().code(), Error::Code::InvalidInput);
        QVERIFY(over.error().userMessage().contains(QStringLiteral("201.51 USD")));
        QVERIFY(over.error().userMessage().contains(QStringLiteral("201.50 USD")));
        QCOMPARE(invoice.status(), InvoiceStatus::PartiallyPaid);

        QVERIFY(invoice.recordPayment(payment(3, 20150, QStringLiteral("pi_3"))).hasValue());
        QCOMPARE(invoice.status(), InvoiceStatus::Paid);
        QCOMPARE(invoice.balanceDue().value(), usd(0));
        QCOMPARE(invoice.amountPaid(), usd(30150));
        QCOMPARE(invoice.netPaid(), usd(30150));
    }

    void invalidPaymentsAreRefused_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("code");
        const int invalid = static_cast<int>(Error::Code::InvalidInput);
        const int conflict = static_cast<int>(Error::Code::Conflict);
        QTest::addRow("a payment without an id") << 0 << invalid;
        QTest::addRow("the same payment id twice") << 1 << conflict;
        QTest::addRow("the same Stripe payment intent twice") << 2 << conflict;
        QTest::addRow("a payment without a time") << 3 << invalid;
        QTest::addRow("a payment in euro") << 4 << invalid;
        QTest::addRow("a payment of zero") << 5 << invalid;
        QTest::addRow("a negative payment") << 6 << invalid;
        QTest::addRow("one cent more than the balance") << 7 << invalid;
    }
    void invalidPaymentsAreRefused()
    {
        QFETCH(int, which);
        QFETCH(int, code);
        Invoice invoice = invoiceIn(InvoiceStatus::Issued);
        QVERIFY(invoice.recordPayment(payment(1, 1000, QStringLiteral("pi_A"))).hasValue());
        Payment bad = payment(2, 1000);
        switch (which) {
        case 0:
            bad.id = QUuid();
            break;
        case 1:
            bad.id = uuid(1001);
            break;
        case 2:
            bad.externalReference = QStringLiteral("pi_A");
            break;
        case 3:
            bad.at = QDateTime();
            break;
        case 4:
            bad.amount = Money(1000, currency("EUR"));
            break;
        case 5:
            bad.amount = usd(0);
            break;
        case 6:
            bad.amount = usd(-100);
            break;
        case 7:
            bad.amount = usd(9001);
            break;
        default:
            QFAIL("unknown row");
        }
        const Result<void> result = invoice.recordPayment(bad);
        QVERIFY(!result.hasValue());
        QCOMPARE(static_cast<int>(result.error().code()), code);
        QVERIFY(!result.error().userMessage().isEmpty());
        QCOMPARE(invoice.payments().size(), qsizetype(1));
        QCOMPARE(invoice.balanceDue().value(), usd(9000));
    }

    void paymentTimesAreKeptInUtc()
    {
        Invoice invoice = invoiceIn(InvoiceStatus::Issued);
        Payment p = payment(1, 1000);
        p.at = QDateTime(QDate(2025, 3, 2), QTime(12, 0), QTimeZone(2 * 3600));
        QVERIFY(invoice.recordPayment(p).hasValue());
        QCOMPARE(invoice.payments().first().at.timeSpec(), Qt::UTC);
        QCOMPARE(invoice.payments().first().at, QDateTime(QDate(2025, 3, 2), QTime(10, 0), Qt::UTC));
    }

    void refundsDrawOnTheirPayment()
    {
        Invoice invoice = invoiceIn(InvoiceStatus::Issued);
        QVERIFY(invoice.recordPayment(payment(1, 6000)).hasValue());
        QVERIFY(invoice.recordPayment(payment(2, 4000)).hasValue());
        QCOMPARE(invoice.status(), InvoiceStatus::Paid);

        QVERIFY(invoice.recordRefund(refund(1, 2, 1000)).hasValue());
        QCOMPARE(invoice.status(), InvoiceStatus::PartiallyPaid);
        QCOMPARE(invoice.netPaid(), usd(9000));
        QCOMPARE(invoice.balanceDue().value(), usd(1000));
        QCOMPARE(invoice.refundableAmount(uuid(1002)), usd(3000));

        const Result<void> tooMuch = invoice.recordRefund(refund(2, 2, 3001));
        QVERIFY(!tooMuch.hasValue());
        QCOMPARE(tooMuch.error().code(), Error::Code::InvalidInput);
        QVERIFY(tooMuch.error().userMessage().contains(QStringLiteral("30.00 USD")));

        QCOMPARE(invoice.recordRefund(refund(3, 9, 100)).error().code(), Error::Code::NotFound);
        QCOMPARE(invoice.recordRefund(refund(1, 1, 100)).error().code(), Error::Code::Conflict); // same refund id
        Refund noReason = refund(4, 1, 100);
        noReason.reason = QStringLiteral(" ");
        QCOMPARE(invoice.recordRefund(noReason).error().code(), Error::Code::InvalidInput);
        Refund zero = refund(5, 1, 0);
        QCOMPARE(invoice.recordRefund(zero).error().code(), Error::Code::InvalidInput);
        Refund euro = refund(6, 1, 100);
        euro.amount = Money(100, currency("EUR"));
        QCOMPARE(invoice.recordRefund(euro).error().code(), Error::Code::InvalidInput);
        QCOMPARE(invoice.refunds().size(), qsizetype(1));

        QVERIFY(invoice.recordRefund(refund(7, 2, 3000)).hasValue());
        QCOMPARE(invoice.status(), InvoiceStatus::PartiallyPaid);
        QCOMPARE(invoice.refundableAmount(uuid(1002)), usd(0));
        QVERIFY(invoice.recordRefund(refund(8, 1, 6000)).hasValue());
        QCOMPARE(invoice.status(), InvoiceStatus::Refunded);
        QCOMPARE(invoice.amountPaid(), usd(10000));
        QCOMPARE(invoice.amountRefunded(), usd(10000));
        QCOMPARE(invoice.netPaid(), usd(0));
        QCOMPARE(invoice.balanceDue().value(), usd(0));
        QVERIFY(!invoice.isOverdue(QDate(2030, 1, 1)));
    }

    void aPartlyRefundedInvoiceCanBePaidAgain()
    {
        Invoice invoice = invoiceIn(InvoiceStatus::Paid);
        QVERIFY(invoice.recordRefund(refund(1, 1, 4000)).hasValue());
        QCOMPARE(invoice.balanceDue().value(), usd(4000));
        QVERIFY(invoice.recordPayment(payment(3, 4000)).hasValue());
        QCOMPARE(invoice.status(), InvoiceStatus::Paid);
    }

    // ---- payment schedules --------------------------------------------------------------------

    void equalMonthlyInstalments_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("count");
        QTest::addColumn<QDate>("firstDue");
        QTest::addColumn<QList<qint64>>("amounts");
        QTest::addColumn<QList<QDate>>("dates");
        QTest::addRow("100.00 in three from the end of January in a leap year")
            << qint64(10000) << 3 << QDate(2024, 1, 31) << QList<qint64> {3334, 3333, 3333}
            << QList<QDate> {QDate(2024, 1, 31), QDate(2024, 2, 29), QDate(2024, 3, 31)};
        QTest::addRow("one instalment is the whole total")
            << qint64(12345) << 1 << QDate(2025, 5, 1) << QList<qint64> {12345} << QList<QDate> {QDate(2025, 5, 1)};
        QTest::addRow("0.05 in four") << qint64(5) << 4 << QDate(2025, 11, 15) << QList<qint64> {2, 1, 1, 1}
                                      << QList<QDate> {QDate(2025, 11, 15), QDate(2025, 12, 15), QDate(2026, 1, 15),
                                             QDate(2026, 2, 15)};
    }
    void equalMonthlyInstalments()
    {
        QFETCH(qint64, total);
        QFETCH(int, count);
        QFETCH(QDate, firstDue);
        QFETCH(QList<qint64>, amounts);
        QFETCH(QList<QDate>, dates);
        const Result<PaymentSchedule> schedule = PaymentSchedule::equalMonthly(usd(total), count, firstDue);
        QVERIFY(schedule.hasValue());
        QList<qint64> gotAmounts;
        QList<QDate> gotDates;
        for (const PaymentSchedule::Installment& installment : schedule->installments()) {
            gotAmounts.append(installment.amount.minorUnits());
            gotDates.append(installment.dueDate);
        }
        QCOMPARE(gotAmounts, amounts);
        QCOMPARE(gotDates, dates);
        QCOMPARE(schedule->total(), usd(total));
        QVERIFY(schedule->matches(usd(total)).hasValue());
    }

    void depositThenRest_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("depositPpm");
        QTest::addColumn<QDate>("eventDate");
        QTest::addColumn<int>("daysBefore");
        QTest::addColumn<qint64>("deposit");
        QTest::addColumn<QDate>("restDue");
        const QDate booked(2025, 1, 10);
        QTest::addRow("30 %% now, the rest two weeks before the wedding")
            << qint64(250000) << qint64(300000) << QDate(2025, 6, 14) << 14 << qint64(75000) << QDate(2025, 5, 31);
        QTest::addRow("a third of 100.01 rounds the deposit, the rest absorbs it")
            << qint64(10001) << qint64(333333) << QDate(2025, 3, 1) << 7 << qint64(3334) << QDate(2025, 2, 22);
        QTest::addRow("a late booking makes the rest due now")
            << qint64(50000) << qint64(500000) << QDate(2025, 1, 15) << 14 << qint64(25000) << booked;
        QTest::addRow("the rest on the day itself")
            << qint64(1000) << qint64(100000) << QDate(2025, 2, 1) << 0 << qint64(100) << QDate(2025, 2, 1);
    }
    void depositThenRest()
    {
        QFETCH(qint64, total);
        QFETCH(qint64, depositPpm);
        QFETCH(QDate, eventDate);
        QFETCH(int, daysBefore);
        QFETCH(qint64, deposit);
        QFETCH(QDate, restDue);
        const QDate booked(2025, 1, 10);
        const Result<PaymentSchedule> schedule =
            PaymentSchedule::depositThenRest(usd(total), depositPpm, Rounding::HalfUp, booked, eventDate, daysBefore);
        QVERIFY(schedule.hasValue());
        QCOMPARE(schedule->installments().size(), qsizetype(2));
        QCOMPARE(schedule->installments().at(0).dueDate, booked);
        QCOMPARE(schedule->installments().at(0).amount, usd(deposit));
        QCOMPARE(schedule->installments().at(1).dueDate, restDue);
        QCOMPARE(schedule->installments().at(1).amount, usd(total - deposit));
        QCOMPARE(schedule->total(), usd(total));
    }

    void schedulesAlwaysSumToTheTotal()
    {
        for (qint64 total = 2; total < 100000; total = total * 3 + 7) {
            for (int count = 1; count <= 12 && count <= total; ++count) {
                const Result<PaymentSchedule> monthly =
                    PaymentSchedule::equalMonthly(usd(total), count, QDate(2025, 1, 31));
                QVERIFY(monthly.hasValue());
                QCOMPARE(monthly->total(), usd(total));
            }
            for (const qint64 ppm : {qint64(1), qint64(150000), qint64(333333), qint64(500000), qint64(999999)}) {
                const Result<PaymentSchedule> deposit = PaymentSchedule::depositThenRest(
                    usd(total), ppm, Rounding::HalfEven, QDate(2025, 1, 1), QDate(2025, 6, 1), 30);
                if (deposit.hasValue()) {
                    QCOMPARE(deposit->total(), usd(total));
                } else {
                    // Only when one part would round to nothing.
                    QVERIFY(total * ppm / Money::kPpm == 0 || total * ppm / Money::kPpm >= total - 1);
                }
            }
        }
    }

    void impossibleSchedulesAreRefused()
    {
        QVERIFY(!PaymentSchedule::equalMonthly(usd(10000), 0, QDate(2025, 1, 1)).hasValue());
        QVERIFY(!PaymentSchedule::equalMonthly(usd(10000), PaymentSchedule::kMaxInstallments + 1, QDate(2025, 1, 1))
                     .hasValue());
        QVERIFY(!PaymentSchedule::equalMonthly(usd(2), 3, QDate(2025, 1, 1)).hasValue()); // a zero instalment
        QVERIFY(!PaymentSchedule::equalMonthly(usd(100), 2, QDate()).hasValue());
        QVERIFY(
            !PaymentSchedule::depositThenRest(usd(10000), 0, Rounding::HalfUp, QDate(2025, 1, 1), QDate(2025, 2, 1), 1)
                 .hasValue());
        QVERIFY(!PaymentSchedule::depositThenRest(
            usd(10000), Money::kPpm, Rounding::HalfUp, QDate(2025, 1, 1), QDate(2025, 2, 1), 1)
                     .hasValue());
        QVERIFY(!PaymentSchedule::depositThenRest(
            usd(10000), 300000, Rounding::HalfUp, QDate(2025, 1, 1), QDate(2025, 2, 1), -1)
                     .hasValue());
        QVERIFY(
            !PaymentSchedule::depositThenRest(usd(1), 300000, Rounding::HalfUp, QDate(2025, 1, 1), QDate(2025, 2, 1), 1)
                 .hasValue());

        using I = PaymentSchedule::Installment;
        QVERIFY(!PaymentSchedule::create({}).hasValue());
        QVERIFY(
            !PaymentSchedule::create({I {QDate(2025, 2, 1), usd(100)}, I {QDate(2025, 1, 1), usd(100)}}).hasValue());
        QVERIFY(!PaymentSchedule::create({I {QDate(2025, 1, 1), usd(0)}}).hasValue());
        QVERIFY(!PaymentSchedule::create({I {QDate(), usd(100)}}).hasValue());
        QVERIFY(!PaymentSchedule::create(
            {I {QDate(2025, 1, 1), usd(100)}, I {QDate(2025, 2, 1), Money(100, currency("EUR"))}})
                     .hasValue());
        const PaymentSchedule ok =
            PaymentSchedule::create({I {QDate(2025, 1, 1), usd(100)}, I {QDate(2025, 1, 1), usd(50)}}).value();
        QVERIFY(ok.matches(usd(150)).hasValue());
        const Result<void> mismatch = ok.matches(usd(151));
        QVERIFY(!mismatch.hasValue());
        QVERIFY(mismatch.error().userMessage().contains(QStringLiteral("1.50")));
        QVERIFY(mismatch.error().userMessage().contains(QStringLiteral("1.51")));
    }

    void anInvoiceOnlyTakesAScheduleThatMatchesItsTotal()
    {
        Invoice invoice = invoiceIn(InvoiceStatus::Draft);
        const Result<void> wrong =
            invoice.setPaymentSchedule(PaymentSchedule::equalMonthly(usd(9999), 3, QDate(2025, 4, 1)).value());
        QVERIFY(!wrong.hasValue());
        QVERIFY(!invoice.paymentSchedule().has_value());
        QVERIFY(invoice.setPaymentSchedule(PaymentSchedule::equalMonthly(usd(10000), 3, QDate(2025, 4, 1)).value())
                    .hasValue());
        QVERIFY(invoice.issue(QDate(2025, 3, 1)).hasValue());
        // Renegotiated after issue: still has to add up.
        QVERIFY(invoice.setPaymentSchedule(PaymentSchedule::equalMonthly(usd(10000), 4, QDate(2025, 4, 1)).value())
                    .hasValue());
        QCOMPARE(invoice.paymentSchedule()->installments().size(), qsizetype(4));
        QVERIFY(invoice.setPaymentSchedule(std::nullopt).hasValue());
        QVERIFY(invoice.recordPayment(payment(1, 10000)).hasValue());
        QCOMPARE(invoice.setPaymentSchedule(PaymentSchedule::equalMonthly(usd(10000), 2, QDate(2025, 4, 1)).value())
                     .error()
                     .code(),
            Error::Code::Conflict);
    }

    // ---- overdue ------------------------------------------------------------------------------

    void overdueByDueDate_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("overdue");
        const int issued = static_cast<int>(InvoiceStatus::Issued);
        QTest::addRow("on the due day it is not yet overdue") << issued << QDate(2025, 3, 15) << false;
        QTest::addRow("the day after the due day it is") << issued << QDate(2025, 3, 16) << true;
        QTest::addRow("before the due day it is not") << issued << QDate(2025, 3, 1) << false;
        QTest::addRow("a partly paid invoice with a balance is")
            << static_cast<int>(InvoiceStatus::PartiallyPaid) << QDate(2025, 4, 1) << true;
        QTest::addRow("a paid invoice never is") << static_cast<int>(InvoiceStatus::Paid) << QDate(2025, 4, 1) << false;
        QTest::addRow("a void invoice never is") << static_cast<int>(InvoiceStatus::Void) << QDate(2025, 4, 1) << false;
        QTest::addRow("a draft never is") << static_cast<int>(InvoiceStatus::Draft) << QDate(2025, 4, 1) << false;
    }
    void overdueByDueDate()
    {
        QFETCH(int, status);
        QFETCH(QDate, today);
        QFETCH(bool, overdue);
        Invoice invoice = invoiceIn(InvoiceStatus::Draft);
        QVERIFY(invoice.setDueDate(QDate(2025, 3, 15)).hasValue());
        switch (static_cast<InvoiceStatus>(status)) {
        case InvoiceStatus::Draft:
            break;
        case InvoiceStatus::Issued:
            QVERIFY(invoice.issue(QDate(2025, 3, 1)).hasValue());
            break;
        case InvoiceStatus::PartiallyPaid:
            QVERIFY(invoice.issue(QDate(2025, 3, 1)).hasValue());
            QVERIFY(invoice.recordPayment(payment(1, 100)).hasValue());
            break;
        case InvoiceStatus::Paid:
            QVERIFY(invoice.issue(QDate(2025, 3, 1)).hasValue());
            QVERIFY(invoice.recordPayment(payment(1, 10000)).hasValue());
            break;
        case InvoiceStatus::Void:
            QVERIFY(invoice.issue(QDate(2025, 3, 1)).hasValue());
            QVERIFY(invoice.voidInvoice().hasValue());
            break;
        case InvoiceStatus::Refunded:
            QFAIL("not used");
        }
        QCOMPARE(invoice.isOverdue(today), overdue);
    }

    void overdueByInstalment()
    {
        Invoice invoice = invoiceIn(InvoiceStatus::Draft);
        QVERIFY(invoice.setDueDate(QDate(2025, 6, 1)).hasValue());
        QVERIFY(invoice
                    .setPaymentSchedule(PaymentSchedule::depositThenRest(
                        usd(10000), 300000, Rounding::HalfUp, QDate(2025, 3, 1), QDate(2025, 6, 15), 14)
                                            .value())
                    .hasValue());
        QVERIFY(invoice.issue(QDate(2025, 3, 1)).hasValue());
        QVERIFY(!invoice.isOverdue(QDate(2025, 3, 1)));
        QVERIFY(invoice.isOverdue(QDate(2025, 3, 2))); // the deposit is late
        QVERIFY(invoice.recordPayment(payment(1, 3000)).hasValue());
        QVERIFY(!invoice.isOverdue(QDate(2025, 3, 2)));
        QVERIFY(!invoice.isOverdue(QDate(2025, 6, 1)));
        QVERIFY(invoice.isOverdue(QDate(2025, 6, 2))); // the rest was due on 1 June
        QVERIFY(invoice.recordPayment(payment(2, 7000)).hasValue());
        QVERIFY(!invoice.isOverdue(QDate(2025, 6, 2)));
    }

    // ---- invoice numbers ----------------------------------------------------------------------

    void numbersAreFormattedAndReadBack_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<qint64>("counter");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addRow("year and four-digit counter")
            << QStringLiteral("INV-{YYYY}-{####}") << qint64(42) << QDate(2025, 3, 1) << QStringLiteral("INV-2025-0042")
            << 2025 << 0;
        QTest::addRow("short year and month") << QStringLiteral("{YY}{MM}-{###}") << qint64(7) << QDate(2025, 1, 31)
                                              << QStringLiteral("2501-007") << 2025 << 1;
        QTest::addRow("a plain running number")
            << QStringLiteral("R{######}") << qint64(123456) << QDate() << QStringLiteral("R123456") << 0 << 0;
        QTest::addRow("counter before the year") << QStringLiteral("{####}/{YYYY}") << qint64(1) << QDate(2026, 12, 31)
                                                 << QStringLiteral("0001/2026") << 2026 << 0;
        QTest::addRow("digits in the literal text") << QStringLiteral("S2-{YYYY}-{##}") << qint64(99)
                                                    << QDate(2025, 7, 4) << QStringLiteral("S2-2025-99") << 2025 << 0;
    }
    void numbersAreFormattedAndReadBack()
    {
        QFETCH(QString, pattern);
        QFETCH(qint64, counter);
        QFETCH(QDate, date);
        QFETCH(QString, number);
        QFETCH(int, year);
        QFETCH(int, month);
        const Result<InvoiceNumberFormat> format = InvoiceNumberFormat::fromPattern(pattern);
        QVERIFY(format.hasValue());
        QCOMPARE(format->format(counter, date).value(), number);
        const Result<InvoiceNumberFormat::Parsed> parsed = format->parse(number);
        QVERIFY(parsed.hasValue());
        QCOMPARE(parsed->counter, counter);
        QCOMPARE(parsed->year, year);
        QCOMPARE(parsed->month, month);
    }

    void badPatternsAreRefused_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addRow("empty") << QString();
        QTest::addRow("no counter") << QStringLiteral("INV-{YYYY}");
        QTest::addRow("two counters") << QStringLiteral("{###}{##}");
        QTest::addRow("a month without a year") << QStringLiteral("{MM}-{###}");
        QTest::addRow("two years") << QStringLiteral("{YYYY}{YY}-{###}");
        QTest::addRow("an unknown token") << QStringLiteral("{XYZ}-{#}");
        QTest::addRow("an unclosed brace") << QStringLiteral("INV-{###");
        QTest::addRow("a stray closing brace") << QStringLiteral("INV}-{###}");
        QTest::addRow("a counter wider than twelve digits") << QStringLiteral("{#############}");
    }
    void badPatternsAreRefused()
    {
        QFETCH(QString, pattern);
        const Result<InvoiceNumberFormat> format = InvoiceNumberFormat::fromPattern(pattern);
        QVERIFY(!format.hasValue());
        QCOMPARE(format.error().code(), Error::Code::InvalidInput);
    }

    void foreignNumbersAreNotRead_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addRow("a short counter") << QStringLiteral("INV-2025-042");
        QTest::addRow("a long counter") << QStringLiteral("INV-2025-00042");
        QTest::addRow("counter zero") << QStringLiteral("INV-2025-0000");
        QTest::addRow("another prefix") << QStringLiteral("inv-2025-0001");
        QTest::addRow("trailing text") << QStringLiteral("INV-2025-0001x");
        QTest::addRow("a letter in the year") << QStringLiteral("INV-20a5-0001");
        QTest::addRow("empty") << QString();
    }
    void foreignNumbersAreNotRead()
    {
        QFETCH(QString, number);
        const InvoiceNumberFormat format =
            InvoiceNumberFormat::fromPattern(QStringLiteral("INV-{YYYY}-{####}")).value();
        QVERIFY(!format.parse(number).hasValue());
        if (!number.isEmpty()) { // an empty last number means "the first of the series"
            QVERIFY(!format.nextNumber(number, QDate(2025, 3, 1)).hasValue());
        }
    }

    void numbersStayGaplessAndSortable()
    {
        const InvoiceNumberFormat format =
            InvoiceNumberFormat::fromPattern(QStringLiteral("INV-{YYYY}-{####}")).value();
        QStringList issued;
        QString last;
        // 1'500 invoices in 2025, then the counter restarts in 2026.
        for (int i = 0; i < 1510; ++i) {
            const QDate date = i < 1500 ? QDate(2025, 1, 1).addDays(i / 5) : QDate(2026, 1, 2);
            const Result<QString> next = format.nextNumber(last, date);
            QVERIFY2(next.hasValue(), qPrintable(last));
            const qint64 counter = format.parse(next.value()).value().counter;
            QCOMPARE(counter, i < 1500 ? qint64(i + 1) : qint64(i - 1500 + 1)); // no gap, no repeat
            issued.append(next.value());
            last = next.value();
        }
        QStringList sorted = issued;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, issued); // text order is issue order
        QCOMPARE(issued.first(), QStringLiteral("INV-2025-0001"));
        QCOMPARE(issued.at(1499), QStringLiteral("INV-2025-1500"));
        QCOMPARE(issued.at(1500), QStringLiteral("INV-2026-0001"));
    }

    void numberingRefusesToBreakTheSequence()
    {
        const InvoiceNumberFormat yearly =
            InvoiceNumberFormat::fromPattern(QStringLiteral("INV-{YYYY}-{####}")).value();
        const Result<QString> backdated = yearly.nextNumber(QStringLiteral("INV-2026-0003"), QDate(2025, 12, 31));
        QVERIFY(!backdated.hasValue());
        QCOMPARE(backdated.error().code(), Error::Code::Conflict);
        QCOMPARE(yearly.nextNumber(QStringLiteral("INV-2026-0003"), QDate(2026, 12, 31)).value(),
            QStringLiteral("INV-2026-0004"));
        QVERIFY(!yearly.nextNumber({}, QDate()).hasValue());

        const InvoiceNumberFormat small = InvoiceNumberFormat::fromPattern(QStringLiteral("Q{##}")).value();
        QCOMPARE(small.maxCounter(), qint64(99));
        QVERIFY(!small.restartsEachPeriod());
        QCOMPARE(small.nextNumber({}, QDate()).value(), QStringLiteral("Q01"));
        QCOMPARE(small.nextNumber(QStringLiteral("Q98"), QDate()).value(), QStringLiteral("Q99"));
        QVERIFY(!small.nextNumber(QStringLiteral("Q99"), QDate()).hasValue()); // never "Q100", which sorts first
        QVERIFY(!small.format(0, QDate()).hasValue());
        QVERIFY(!small.format(100, QDate()).hasValue());

        const InvoiceNumberFormat monthly =
            InvoiceNumberFormat::fromPattern(QStringLiteral("{YYYY}{MM}-{###}")).value();
        QVERIFY(monthly.restartsEachPeriod());
        QCOMPARE(
            monthly.nextNumber(QStringLiteral("202501-005"), QDate(2025, 1, 20)).value(), QStringLiteral("202501-006"));
        QCOMPARE(
            monthly.nextNumber(QStringLiteral("202501-005"), QDate(2025, 2, 1)).value(), QStringLiteral("202502-001"));
        QCOMPARE(
            monthly.nextNumber(QStringLiteral("202512-120"), QDate(2026, 1, 1)).value(), QStringLiteral("202601-001"));
    }
};

QTEST_GUILESS_MAIN(TestDomainInvoice)
#include "test_domain_invoice.moc"
