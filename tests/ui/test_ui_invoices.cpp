#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "core/domain/Invoice.h"
#include "core/store/Summaries.h"
#include "core/text/MoneyText.h"
#include "ui/EmptyStatePage.h"
#include "ui/Theme.h"
#include "ui/invoices/InvoiceEditor.h"
#include "ui/invoices/InvoiceFilterProxy.h"
#include "ui/invoices/InvoiceListTotals.h"
#include "ui/invoices/InvoiceTableModel.h"
#include "ui/invoices/InvoicesPage.h"
#include "ui/invoices/RecordPaymentDialog.h"
#include "ui/invoices/RecordRefundDialog.h"

using namespace clientele;
using namespace clientele::ui;
using domain::Invoice;
using domain::InvoiceLine;
using domain::InvoiceStatus;
using domain::Money;
using domain::Payment;
using domain::TaxRate;

namespace {

const QDate kToday(2024, 5, 15);

// Fixture set-up that must succeed (unlike Q_ASSERT, also in release builds).
void require(const Result<void>& result)
{
    if (!result) {
        qFatal("fixture refused: %s", qPrintable(result.error().toString()));
    }
}

domain::Currency eur()
{
    return domain::Currency::fromCode(QStringLiteral("EUR")).value();
}

Money euros(qint64 cents)
{
    return Money(cents, eur());
}

InvoiceLine line(const QString& description, qint64 quantityThousandths, qint64 priceCents, const QString& position,
    const QStringList& taxes = {QStringLiteral("VAT19")})
{
    InvoiceLine result;
    result.id = QUuid::createUuid();
    result.description = description;
    result.quantityThousandths = quantityThousandths;
    result.unitPrice = euros(priceCents);
    result.taxCodes = taxes;
    result.position = position;
    return result;
}

// A draft with the 19 % VAT rate and the given lines.
Invoice draftInvoice(const QList<InvoiceLine>& lines = {})
{
    Invoice invoice(QUuid::createUuid(), QUuid::createUuid(), eur());
    const TaxRate vat =
        TaxRate::create(QStringLiteral("VAT19"), QStringLiteral("VAT"), 190'000, TaxRate::Inclusion::Exclusive).value();
    require(invoice.setTaxRates({vat}));
    for (const InvoiceLine& l : lines) {
        require(invoice.addLine(l));
    }
    require(invoice.setDueDate(kToday.addDays(14)));
    return invoice;
}

// Issued: 2 x 150.00 + 19 % = 357.00, optionally with a payment of `paidCents`.
Invoice issuedInvoice(qint64 paidCents = 0)
{
    Invoice invoice = draftInvoice({line(QStringLiteral("Portrait session"), 2'000, 15'000, QStringLiteral("a"))});
    require(invoice.assignNumber(QStringLiteral("INV-2024-0042")));
    require(invoice.issue(kToday.addDays(-10)));
    if (paidCents > 0) {
        Payment payment;
        payment.id = QUuid::createUuid();
        payment.amount = euros(paidCents);
        payment.at = QDateTime(kToday.addDays(-5), QTime(10, 0), Qt::UTC);
        payment.method = Payment::Method::BankTransfer;
        payment.externalReference = QStringLiteral("SEPA-7781");
        require(invoice.recordPayment(payment));
    }
    return invoice;
}

template<typename T>
T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QLatin1String(name));
    if (!widget) {
        qWarning("no child %s", name);
    }
    return widget;
}

// The cell editor that is open in `view`. Closed editors are hidden at once and deleted later, so
// only a visible one counts.
QLineEdit* openCellEditor(QAbstractItemView* view)
{
    for (QLineEdit* edit : view->viewport()->findChildren<QLineEdit*>()) {
        if (edit->isVisible()) {
            return edit;
        }
    }
    return nullptr;
}

// Confirms a cell editor with Enter as a user does. The item delegate commits an editor's text on
// Enter through a queued call, so the commit happens when the event loop runs next: wait for it.
bool pressReturnIn(QLineEdit* edit)
{
    const QPointer<QLineEdit> guard(edit);
    QTest::keyClick(edit, Qt::Key_Return);
    return QTest::qWaitFor([&guard] { return guard.isNull() || !guard->isVisible(); }, 2000);
}

// Starts editing a cell with F2, replaces its text and commits with Enter.
bool typeIntoCell(QTableWidget* table, int row, int column, const QString& text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit* edit = openCellEditor(table);
    if (!edit) {
        return false;
    }
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    return pressReturnIn(edit);
}

// Starts editing a cell with F2 and types `text` without confirming it; returns the open editor.
QLineEdit* typeWithoutConfirming(QTableWidget* table, int row, int column, const QString& text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit* edit = openCellEditor(table);
    if (edit) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    return edit;
}

InvoiceSummary summary(const QString& number, const QString& client, InvoiceStatus status, QDate issued, QDate due,
    qint64 total, qint64 paid, const QString& currency = QStringLiteral("EUR"))
{
    InvoiceSummary s;
    s.id = QUuid::createUuid();
    s.clientId = QUuid::createUuid();
    s.clientName = client;
    s.number = number;
    s.status = status;
    s.currency = currency;
    s.issueDate = issued;
    s.dueDate = due;
    s.totalMinor = total;
    s.paidMinor = paid;
    return s;
}

QList<InvoiceSummary> demoInvoices()
{
    const QStringList clients {QStringLiteral("Amelia Hartmann"), QStringLiteral("Ben Okafor"),
        QStringLiteral("Clara Jiménez"), QStringLiteral("Daniel Weiß"), QStringLiteral("Elif Yilmaz"),
        QStringLiteral("Fiona MacLeod"), QStringLiteral("Gustavo Pereira"), QStringLiteral("Hannah Schäfer"),
        QStringLiteral("Isaac Thompson"), QStringLiteral("Julia Novak"), QStringLiteral("Kenji Watanabe"),
        QStringLiteral("Lena Fischer & Tom Becker (Wedding)"), QStringLiteral("Mira Kovač"),
        QStringLiteral("Noah Schneider"), QStringLiteral("Olivia Brown")};
    QList<InvoiceSummary> list;
    for (int i = 0; i < 30; ++i) {
        const QString& client = clients.at(i % clients.size());
        const QDate issued = kToday.addDays(qint64 {-3} * (30 - i));
        const qint64 total = 12'000 + (i * 7'919) % 180'000;
        InvoiceStatus status = InvoiceStatus::Paid;
        qint64 paid = total;
        switch (i % 7) {
        case 0:
            status = InvoiceStatus::Issued;
            paid = 0;
            break;
        case 1:
            status = InvoiceStatus::PartiallyPaid;
            paid = total / 3;
            break;
        case 2:
            status = InvoiceStatus::Draft;
            paid = 0;
            break;
        case 5:
            status = i > 20 ? InvoiceStatus::Issued : InvoiceStatus::Void;
            paid = 0;
            break;
        case 6:
            status = i == 13 ? InvoiceStatus::Refunded : InvoiceStatus::Paid;
            break;
        default:
            break;
        }
        const QString number = status == InvoiceStatus::Draft
            ? QString()
            : QStringLiteral("INV-2024-%1").arg(i + 11, 4, 10, QLatin1Char('0'));
        list.append(summary(number, client, status, status == InvoiceStatus::Draft ? QDate() : issued,
            status == InvoiceStatus::Draft ? QDate() : issued.addDays(14), total, paid));
    }
    return list;
}

} // namespace

class TestUiInvoices final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ClienteleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("ClienteleTestInvoices"));
        QSettings().clear();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(Theme::lightPalette());
    }

    void addingLinesUpdatesTheTotals()
    {
        InvoiceEditor editor;
        editor.setToday(kToday);
        editor.setInvoice(draftInvoice());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* table = child<QTableWidget>(&editor, "invoiceLinesTable");
        auto* add = child<QPushButton>(&editor, "invoiceAddLineButton");
        QVERIFY(table && add);

        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QLineEdit* description = openCellEditor(table);
        QVERIFY2(description, "adding a line opens its description for typing");
        QTest::keyClicks(description, QStringLiteral("Portrait session"));
        QVERIFY(pressReturnIn(description));
        QVERIFY(typeIntoCell(table, 0, InvoiceDraft::QuantityColumn, QStringLiteral("2")));
        QVERIFY(typeIntoCell(table, 0, InvoiceDraft::UnitPriceColumn, QStringLiteral("150.00")));

        QTest::mouseClick(add, Qt::LeftButton);
        QLineEdit* second = openCellEditor(table);
        QVERIFY(second);
        QTest::keyClicks(second, QStringLiteral("Prints"));
        QVERIFY(pressReturnIn(second));
        QVERIFY(typeIntoCell(table, 1, InvoiceDraft::UnitPriceColumn, QStringLiteral("50")));

        // 2 x 150 + 50 = 350, plus 19 % VAT (the new line inherits the tax of the line above) = 416.50.
        QCOMPARE(table->item(0, InvoiceDraft::AmountColumn)->text(), moneyText(euros(30'000), editor.locale()));
        QCOMPARE(
            child<QLabel>(&editor, "invoiceSubtotalValueLabel")->text(), moneyText(euros(35'000), editor.locale()));
        QCOMPARE(child<QLabel>(&editor, "invoiceTotalValueLabel")->text(), moneyText(euros(41'650), editor.locale()));
        QVERIFY(child<QPushButton>(&editor, "invoiceSaveButton")->isEnabled());
    }

    void aTypedPriceIsKeptWhenAddingALine()
    {
        // A user types a price and goes straight to "Add Line" (Alt+A or a click) without Enter.
        InvoiceEditor editor;
        editor.setInvoice(draftInvoice({line(QStringLiteral("Coaching"), 1'000, 9'000, QStringLiteral("a"))}));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* table = child<QTableWidget>(&editor, "invoiceLinesTable");
        QVERIFY(typeWithoutConfirming(table, 0, InvoiceDraft::UnitPriceColumn, QStringLiteral("120")));
        QTest::mouseClick(child<QPushButton>(&editor, "invoiceAddLineButton"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, InvoiceDraft::UnitPriceColumn)->text(), QStringLiteral("120"));
        QCOMPARE(
            child<QLabel>(&editor, "invoiceSubtotalValueLabel")->text(), moneyText(euros(12'000), editor.locale()));
        // The new line's description is open for typing, and only one editor is open.
        QLineEdit* description = openCellEditor(table);
        QVERIFY(description);
        QVERIFY(description->text().isEmpty());
    }

    void saveWhileEditingACellChecksWhatWasTyped()
    {
        InvoiceEditor editor;
        editor.setInvoice(draftInvoice({line(QStringLiteral("Coaching"), 1'000, 9'000, QStringLiteral("a"))}));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* table = child<QTableWidget>(&editor, "invoiceLinesTable");
        int saves = 0;
        std::optional<Invoice> saved;
        connect(&editor, &InvoiceEditor::saveRequested, this, [&](const Invoice& invoice) {
            ++saves;
            saved = invoice;
        });

        // Ctrl+S with "12,x" still in the cell: nothing is saved, and the reason is shown.
        QLineEdit* edit = typeWithoutConfirming(table, 0, InvoiceDraft::UnitPriceColumn, QStringLiteral("12,x"));
        QVERIFY(edit);
        QTest::keySequence(edit, QKeySequence(QKeySequence::Save));
        QCOMPARE(saves, 0);
        QVERIFY(!child<QPushButton>(&editor, "invoiceSaveButton")->isEnabled());
        QVERIFY(child<QLabel>(&editor, "invoiceSaveReasonLabel")->text().contains(QStringLiteral("not a price")));

        // Ctrl+S with a good price still in the cell saves that price.
        edit = typeWithoutConfirming(table, 0, InvoiceDraft::UnitPriceColumn, QStringLiteral("95.50"));
        QVERIFY(edit);
        QTest::keySequence(edit, QKeySequence(QKeySequence::Save));
        QCOMPARE(saves, 1);
        QCOMPARE(saved->lines().first().unitPrice, euros(9'550));
    }

    void aBadPriceIsExplainedAndDisablesSave()
    {
        InvoiceEditor editor;
        editor.setInvoice(draftInvoice({line(QStringLiteral("Coaching"), 1'000, 9'000, QStringLiteral("a"))}));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* table = child<QTableWidget>(&editor, "invoiceLinesTable");
        auto* save = child<QPushButton>(&editor, "invoiceSaveButton");
        QVERIFY(save->isEnabled());

        QVERIFY(typeIntoCell(table, 0, InvoiceDraft::UnitPriceColumn, QStringLiteral("12,x")));
        QVERIFY(!save->isEnabled());
        auto* reason = child<QLabel>(&editor, "invoiceSaveReasonLabel");
        QVERIFY(reason->isVisible());
        QVERIFY2(reason->text().contains(QStringLiteral("not a price")), qPrintable(reason->text()));
        auto* linesError = child<QLabel>(&editor, "invoiceLinesErrorLabel");
        QVERIFY(linesError->isVisible());
        QVERIFY(linesError->text().contains(QStringLiteral("Line 1, unit price")));
        QVERIFY(!table->item(0, InvoiceDraft::UnitPriceColumn)->toolTip().isEmpty());

        // Ctrl+S does nothing while the draft is invalid.
        int saves = 0;
        connect(&editor, &InvoiceEditor::saveRequested, this, [&saves] { ++saves; });
        QTest::keySequence(table, QKeySequence(QKeySequence::Save));
        QCOMPARE(saves, 0);

        QVERIFY(typeIntoCell(table, 0, InvoiceDraft::UnitPriceColumn, QStringLiteral("95.50")));
        QVERIFY(save->isEnabled());
        QVERIFY(!linesError->isVisible());
    }

    void undoRestoresARemovedLine()
    {
        InvoiceEditor editor;
        editor.setInvoice(draftInvoice({line(QStringLiteral("Session"), 1'000, 10'000, QStringLiteral("a")),
            line(QStringLiteral("Travel"), 1'000, 2'500, QStringLiteral("b"))}));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto* table = child<QTableWidget>(&editor, "invoiceLinesTable");
        QCOMPARE(table->rowCount(), 2);

        const QRect firstRow = table->visualItemRect(table->item(0, InvoiceDraft::DescriptionColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, firstRow.center());
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(table));
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, InvoiceDraft::DescriptionColumn)->text(), QStringLiteral("Travel"));

        QTest::keySequence(table, QKeySequence(QKeySequence::Undo));
        QTRY_COMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, InvoiceDraft::DescriptionColumn)->text(), QStringLiteral("Session"));
        QVERIFY(!editor.isModified());

        QTest::keySequence(table, QKeySequence(QKeySequence::Redo));
        QTRY_COMPARE(table->rowCount(), 1);
    }

    void saveRequestedCarriesTheEditedInvoice()
    {
        const Invoice original = draftInvoice({line(QStringLiteral("Session"), 1'000, 10'000, QStringLiteral("a"))});
        InvoiceEditor editor;
        editor.setInvoice(original);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* table = child<QTableWidget>(&editor, "invoiceLinesTable");
        QVERIFY(typeIntoCell(table, 0, InvoiceDraft::DescriptionColumn, QStringLiteral("Family session, 90 min")));
        QVERIFY(typeIntoCell(table, 0, InvoiceDraft::QuantityColumn, QStringLiteral("1.5")));
        auto* po = child<QLineEdit>(&editor, "invoicePoNumberEdit");
        QTest::keyClicks(po, QStringLiteral("PO-881"));
        auto* discountCombo = child<QComboBox>(&editor, "invoiceDiscountCombo");
        discountCombo->setCurrentIndex(discountCombo->findData(int(InvoiceDraft::DiscountKind::Percentage)));
        QTest::keyClicks(child<QLineEdit>(&editor, "invoiceDiscountEdit"), QStringLiteral("10"));

        std::optional<Invoice> saved;
        connect(&editor, &InvoiceEditor::saveRequested, this, [&saved](const Invoice& invoice) { saved = invoice; });
        QTest::mouseClick(child<QPushButton>(&editor, "invoiceSaveButton"), Qt::LeftButton);
        QVERIFY(saved.has_value());
        QCOMPARE(saved->id(), original.id());
        QCOMPARE(saved->lines().size(), 1);
        QCOMPARE(saved->lines().first().id, original.lines().first().id);
        QCOMPARE(saved->lines().first().description, QStringLiteral("Family session, 90 min"));
        QCOMPARE(saved->lines().first().quantityThousandths, 1'500);
        QCOMPARE(saved->poNumber(), QStringLiteral("PO-881"));
        QCOMPARE(saved->discount(), domain::InvoiceDiscount::percentage(100'000));
        // 150.00 - 10 % = 135.00, + 19 % = 160.65
        QCOMPARE(saved->totals()->grandTotal(), euros(16'065));
    }

    void theFilterShowsOverdueInvoices()
    {
        InvoiceTableModel model;
        model.setInvoices({summary(QStringLiteral("INV-1"), QStringLiteral("Ann"), InvoiceStatus::Issued,
                               kToday.addDays(-30), kToday.addDays(-2), 10'000, 0),
                              summary(QStringLiteral("INV-2"), QStringLiteral("Bob"), InvoiceStatus::Issued,
                                  kToday.addDays(-3), kToday.addDays(10), 20'000, 0),
                              summary(QStringLiteral("INV-3"), QStringLiteral("Cat"), InvoiceStatus::Paid,
                                  kToday.addDays(-40), kToday.addDays(-20), 30'000, 30'000),
                              summary(QString(), QStringLiteral("Dan"), InvoiceStatus::Draft, {}, {}, 5'000, 0)},
            kToday);
        InvoiceFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilter(InvoiceFilter::Overdue);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, InvoiceTableModel::NumberColumn).data().toString(), QStringLiteral("INV-1"));
        QVERIFY(proxy.index(0, InvoiceTableModel::StatusColumn).data().toString().contains(QStringLiteral("Overdue")));
        proxy.setFilter(InvoiceFilter::Unpaid);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilter(InvoiceFilter::All);
        proxy.setSearchText(QStringLiteral("dan"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, InvoiceTableModel::NumberColumn).data().toString(), QStringLiteral("Draft"));
        proxy.setSearchText({});
        const QList<InvoiceListTotals> totals = invoiceListTotals(proxy);
        QCOMPARE(totals.size(), 1);
        QCOMPARE(totals.first().count, 4);
        QCOMPARE(totals.first().totalMinor, 65'000);
        QCOMPARE(totals.first().outstandingMinor, 30'000);
        QCOMPARE(model.index(0, InvoiceTableModel::TotalColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>()
                & Qt::AlignRight,
            Qt::AlignRight);
        QCOMPARE(model.index(1, InvoiceTableModel::TotalColumn).data(InvoiceTableModel::SortRole).toLongLong(), 20'000);

        // The same through the page's combobox.
        InvoicesPage page;
        page.setInvoices(model.invoices(), kToday);
        auto* combo = child<QComboBox>(&page, "invoiceFilterCombo");
        combo->setCurrentIndex(combo->findData(int(InvoiceFilter::Overdue)));
        QCOMPARE(child<QTableView>(&page, "invoiceTable")->model()->rowCount(), 1);
        QVERIFY(child<QLabel>(&page, "invoiceTotalsLabel")->text().contains(QStringLiteral("1 invoice")));
        combo->setCurrentIndex(combo->findData(int(InvoiceFilter::All)));
    }

    void thePaymentDialogRefusesTooMuch()
    {
        const Invoice invoice = issuedInvoice(10'000); // 357.00 total, 100.00 paid -> 257.00 due
        RecordPaymentDialog dialog(invoice, kToday);
        auto* amount = child<QLineEdit>(&dialog, "paymentAmountEdit");
        auto* ok = child<QPushButton>(&dialog, "paymentOkButton");
        auto* method = child<QComboBox>(&dialog, "paymentMethodCombo");
        QVERIFY(amount && ok && method);
        QCOMPARE(amount->text(), InvoiceDraft::amountText(euros(25'700), dialog.locale()));
        QVERIFY(ok->isEnabled());

        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("300"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(
            dialog.errorText().contains(QStringLiteral("more than the balance due")), qPrintable(dialog.errorText()));

        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("120.50"));
        QVERIFY(ok->isEnabled());
        method->setCurrentIndex(method->findData(int(Payment::Method::Cash)));
        QTest::keyClicks(child<QLineEdit>(&dialog, "paymentReferenceEdit"), QStringLiteral("Receipt 12"));
        const Payment payment = dialog.payment();
        QCOMPARE(payment.amount, euros(12'050));
        QCOMPARE(payment.method, Payment::Method::Cash);
        QCOMPARE(payment.externalReference, QStringLiteral("Receipt 12"));
        QCOMPARE(payment.at.toLocalTime().date(), kToday);
        QVERIFY(!payment.id.isNull());
        Invoice paid = invoice;
        QVERIFY(paid.recordPayment(payment));
        QCOMPARE(paid.status(), InvoiceStatus::PartiallyPaid);
    }

    void thePaymentDialogSuggestsTheNextInstalment()
    {
        Invoice invoice = draftInvoice({line(QStringLiteral("Wedding"), 1'000, 100'000, QStringLiteral("a"), {})});
        auto schedule =
            domain::PaymentSchedule::create({{kToday.addDays(-1), euros(30'000)}, {kToday.addDays(30), euros(70'000)}});
        QVERIFY(invoice.setPaymentSchedule(schedule.value()));
        QVERIFY(invoice.assignNumber(QStringLiteral("INV-7")));
        QVERIFY(invoice.issue(kToday.addDays(-2)));
        QCOMPARE(RecordPaymentDialog::suggestedAmount(invoice, kToday), euros(30'000));
    }

    void theRefundDialogRequiresAReason()
    {
        const Invoice invoice = issuedInvoice(20'000);
        RecordRefundDialog dialog(invoice, kToday);
        auto* ok = child<QPushButton>(&dialog, "refundOkButton");
        auto* amount = child<QLineEdit>(&dialog, "refundAmountEdit");
        auto* reason = child<QLineEdit>(&dialog, "refundReasonEdit");
        QVERIFY(ok && amount && reason);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("reason")), qPrintable(dialog.errorText()));

        QTest::keyClicks(reason, QStringLiteral("Session cancelled by the practice"));
        QVERIFY(ok->isEnabled());
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("250"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.errorText().contains(QStringLiteral("left to refund")));
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("80"));
        QVERIFY(ok->isEnabled());
        const domain::Refund refund = dialog.refund();
        QCOMPARE(refund.amount, euros(8'000));
        QCOMPARE(refund.paymentId, invoice.payments().first().id);
        QCOMPARE(refund.reason, QStringLiteral("Session cancelled by the practice"));
        Invoice refunded = invoice;
        QVERIFY(refunded.recordRefund(refund));
    }

    void aCardPaymentThroughStripeIsRefundedToTheCardByDefault()
    {
        // A bank transfer can only be recorded as refunded: no choice is offered.
        const Invoice transfer = issuedInvoice(20'000);
        RecordRefundDialog byTransfer(transfer, kToday);
        QVERIFY(!byTransfer.throughStripe());
        QVERIFY(!child<QRadioButton>(&byTransfer, "refundThroughStripeRadio")->isVisibleTo(&byTransfer));
        QCOMPARE(child<QPushButton>(&byTransfer, "refundOkButton")->text(), QStringLiteral("Refund"));

        Invoice card = issuedInvoice();
        Payment payment;
        payment.id = QUuid::createUuid();
        payment.amount = euros(20'000);
        payment.at = QDateTime(kToday.addDays(-5), QTime(10, 0), Qt::UTC);
        payment.method = Payment::Method::Card;
        payment.externalReference = QStringLiteral("pi_3OzExample");
        QVERIFY(card.recordPayment(payment));
        RecordRefundDialog dialog(card, kToday);
        auto* stripe = child<QRadioButton>(&dialog, "refundThroughStripeRadio");
        auto* recordOnly = child<QRadioButton>(&dialog, "refundRecordOnlyRadio");
        auto* reasons = child<QComboBox>(&dialog, "refundStripeReasonCombo");
        QVERIFY(stripe->isVisibleTo(&dialog) && stripe->isChecked());
        QVERIFY(dialog.throughStripe());
        QVERIFY(reasons->isVisibleTo(&dialog));
        QVERIFY(!child<QDateEdit>(&dialog, "refundDateEdit")->isEnabled()); // dated when Stripe makes it
        QCOMPARE(child<QPushButton>(&dialog, "refundOkButton")->text(), QStringLiteral("Refund to Card"));
        reasons->setCurrentIndex(reasons->findData(int(RefundRequest::StripeReason::Duplicate)));
        QCOMPARE(dialog.stripeReason(), RefundRequest::StripeReason::Duplicate);

        // Given back some other way (cash at the studio): recorded as made, on the chosen date.
        recordOnly->setChecked(true);
        QVERIFY(!dialog.throughStripe());
        QVERIFY(!reasons->isVisibleTo(&dialog));
        QVERIFY(child<QDateEdit>(&dialog, "refundDateEdit")->isEnabled());
        QCOMPARE(child<QPushButton>(&dialog, "refundOkButton")->text(), QStringLiteral("Refund"));
    }

    void anIssuedInvoiceIsReadOnly()
    {
        InvoiceEditor editor;
        editor.setToday(kToday);
        editor.setClientName(QStringLiteral("Amelia Hartmann"));
        editor.setInvoice(issuedInvoice(10'000));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.isReadOnly());
        QVERIFY(!child<QPushButton>(&editor, "invoiceSaveButton")->isVisible());
        QVERIFY(!child<QPushButton>(&editor, "invoiceAddLineButton")->isVisible());
        QVERIFY(child<QPushButton>(&editor, "invoiceRecordPaymentButton")->isVisible());
        QVERIFY(child<QPushButton>(&editor, "invoiceRefundButton")->isVisible());
        QVERIFY(!child<QPushButton>(&editor, "invoiceVoidButton")->isVisible());
        auto* table = child<QTableWidget>(&editor, "invoiceLinesTable");
        QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(child<QLineEdit>(&editor, "invoicePoNumberEdit")->isReadOnly());
        QCOMPARE(child<QLabel>(&editor, "invoiceNumberLabel")->text(), QStringLiteral("INV-2024-0042"));
        QCOMPARE(child<QWidget>(&editor, "invoiceStatusPill")->accessibleName(), QStringLiteral("Partially paid"));
        QCOMPARE(child<QTableWidget>(&editor, "invoiceHistoryTable")->rowCount(), 1);
        QCOMPARE(child<QLabel>(&editor, "invoiceBalanceValueLabel")->text(), moneyText(euros(25'700), editor.locale()));

        // Typing and Delete change nothing.
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->rowCount(), 1);

        int payments = 0;
        connect(&editor, &InvoiceEditor::recordPaymentRequested, this, [&payments] { ++payments; });
        QTest::mouseClick(child<QPushButton>(&editor, "invoiceRecordPaymentButton"), Qt::LeftButton);
        QCOMPARE(payments, 1);
    }

    void thePageShowsAnEmptyStateAndRemembersItsSort()
    {
        {
            InvoicesPage page;
            auto* stack = page.findChild<QStackedWidget*>();
            QVERIFY(stack);
            // While the first list is on its way the page says so instead of claiming there is none.
            QVERIFY(!qobject_cast<EmptyStatePage*>(stack->currentWidget()));
            QCOMPARE(page.findChild<QLabel*>(QStringLiteral("invoiceTotalsLabel"))->text(),
                QStringLiteral("Loading invoices…"));
            page.setInvoices({}, QDate(2026, 11, 26));
            QVERIFY(qobject_cast<EmptyStatePage*>(stack->currentWidget()));
            QVERIFY(static_cast<EmptyStatePage*>(stack->currentWidget())->text().contains(QStringLiteral("Ctrl+N")));
            int requests = 0;
            connect(&page, &InvoicesPage::newInvoiceRequested, this, [&requests] { ++requests; });
            QTest::mouseClick(child<QPushButton>(&page, "newInvoiceButton"), Qt::LeftButton);
            QCOMPARE(requests, 1);

            page.setInvoices(demoInvoices(), kToday);
            QVERIFY(!qobject_cast<EmptyStatePage*>(stack->currentWidget()));
            auto* table = child<QTableView>(&page, "invoiceTable");
            table->sortByColumn(InvoiceTableModel::TotalColumn, Qt::AscendingOrder);
            table->setColumnWidth(InvoiceTableModel::NumberColumn, 177);
        }
        InvoicesPage again;
        auto* table = child<QTableView>(&again, "invoiceTable");
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(InvoiceTableModel::TotalColumn));
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(table->columnWidth(InvoiceTableModel::NumberColumn), 177);
        QSettings().clear();
    }

    void selectingARowAsksForTheInvoice()
    {
        InvoicesPage page;
        const QList<InvoiceSummary> invoices = demoInvoices();
        page.setInvoices(invoices, kToday);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QUuid selected;
        connect(&page, &InvoicesPage::invoiceSelected, this, [&selected](const QUuid& id) { selected = id; });
        auto* table = child<QTableView>(&page, "invoiceTable");
        const QRect rect = table->visualRect(table->model()->index(2, InvoiceTableModel::ClientColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(selected, table->model()->index(2, 0).data(InvoiceTableModel::IdRole).toUuid());
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("issued");
        QTest::newRow("light, a draft open") << false << false;
        QTest::newRow("dark, an issued invoice open") << true << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        QFETCH(bool, issued);
        QApplication::setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
        InvoicesPage page;
        page.resize(1280, 800);
        page.setInvoices(demoInvoices(), kToday);

        Invoice invoice;
        if (issued) {
            invoice = issuedInvoice(10'000);
        } else {
            invoice = draftInvoice(
                {line(QStringLiteral("Wedding photography, full day (10 hours)"), 1'000, 240'000, QStringLiteral("a")),
                    line(QStringLiteral("Second shooter"), 6'000, 6'500, QStringLiteral("b")),
                    line(QStringLiteral("Fine-art album, 30 × 30 cm"), 1'000, 45'000, QStringLiteral("c"))});
            QVERIFY(invoice.setDiscount(domain::InvoiceDiscount::fixed(euros(10'000))));
            const Money total = invoice.totals()->grandTotal();
            auto schedule = domain::PaymentSchedule::create(
                {{kToday, euros(90'000)}, {kToday.addDays(60), Money(total.minorUnits() - 90'000, total.currency())}});
            QVERIFY(invoice.setPaymentSchedule(schedule.value()));
            invoice.setPoNumber(QStringLiteral("HL-2024-17"));
            invoice.setNotes(QStringLiteral("Thank you! Please pay by bank transfer to DE12 3456 7890 1234 5678 90."));
        }
        page.showInvoice(invoice, QStringLiteral("Lena Fischer & Tom Becker (Wedding)"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCoreApplication::processEvents();

        const QByteArray dir = qgetenv("CLIENTELE_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(dir));
            const QString name = QStringLiteral("invoices-%1-%2.png")
                                     .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"),
                                         issued ? QStringLiteral("issued") : QStringLiteral("draft"));
            QVERIFY(page.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name)));
        }
        QApplication::setPalette(Theme::lightPalette());
        QSettings().clear();
    }
};

QTEST_MAIN(TestUiInvoices)
#include "test_ui_invoices.moc"
