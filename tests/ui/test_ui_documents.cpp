// Printing and PDFs through the real widgets over a real encrypted practice (SQLCipher in a temporary
// folder): an issued invoice saved as PDF and read back with poppler, its print preview, the
// superbill dialog's refusal, the new client and service fields for superbills, and the batch export
// of a period's invoices.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/ComponentVersions.h"
#include "core/sync/UuidV7.h"
#include "tests/store/StoreTestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/PracticeWorkspace.h"
#include "ui/Theme.h"
#include "ui/clients/ClientEditor.h"
#include "ui/clients/ClientsPage.h"
#include "ui/invoices/InvoiceEditor.h"
#include "ui/invoices/InvoicesPage.h"
#include "ui/practice/PracticeContext.h"
#include "ui/printing/DocumentPrinting.h"
#include "ui/printing/InvoiceExportDialog.h"
#include "ui/printing/InvoicePdfExport.h"
#include "ui/printing/SuperbillDialog.h"
#include "ui/settings/ServicesEditor.h"
#include "ui/settings/SettingsPage.h"

using namespace clientele;
using namespace clientele::ui;

namespace {

constexpr int kSlowMs = 20000;

using uitest::find;
using uitest::require;
using uitest::shoot;
using uitest::value;

void type(QWidget* widget, const QString& text)
{
    widget->setFocus();
    if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
    }
    QTest::keyClicks(widget, text);
}

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000)) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestUiDocuments final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestPractice> m_practice;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PracticeContext> m_context;
    std::unique_ptr<PracticeWorkspace> m_workspace;
    QTemporaryDir m_out;
    domain::Client m_client;
    domain::Invoice m_invoice;

    QWidget* page(Section section) const { return m_window->sectionPage(section); }
    QDate today() const { return m_context->today(); }

    // Opens the client's detail in the Clients section.
    void showClient()
    {
        m_window->setCurrentSection(Section::Clients);
        QWidget* clients = page(Section::Clients);
        static_cast<ClientsPage*>(clients)->showClient(m_client.id());
        auto* detail = find(clients, "clientDetail");
        QTRY_VERIFY_WITH_TIMEOUT(detail->isVisible(), kSlowMs);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(clients, "clientDetailName")->text(), m_client.displayName(), kSlowMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ClienteleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("ClienteleTestDocuments"));
        QSettings().clear();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(Theme::lightPalette());
        QVERIFY(m_out.isValid());

        m_practice = std::make_unique<test::TestPractice>();
        Store& store = *m_practice->store;
        // A US practice without an NPI yet: invoices print, superbills are refused until it is added.
        domain::PracticeProfile profile;
        profile.name = QStringLiteral("Calm Minds Counseling");
        profile.currency = domain::Currency::fromCode(QStringLiteral("USD")).value();
        profile.timeZoneId = QStringLiteral("America/New_York");
        profile.localeName = QStringLiteral("en_US");
        profile.taxId = QStringLiteral("12-3456789");
        profile.paperSize = domain::PaperSize::Letter;
        profile.address.streetLines = {QStringLiteral("200 Main Street, Suite 4")};
        profile.address.city = QStringLiteral("Springfield");
        profile.address.region = QStringLiteral("IL");
        profile.address.postalCode = QStringLiteral("62701");
        profile.address.countryCode = QStringLiteral("US");
        SettingsRepository settings(store);
        require(settings.saveProfile(profile));

        m_context =
            std::make_unique<PracticeContext>(store, m_practice->clock, m_practice->files, value(settings.profile()));
        m_client = domain::Client(sync::UuidV7::create(), m_practice->clock.nowUtc());
        m_client.setGivenName(QStringLiteral("Jane"));
        m_client.setFamilyName(QStringLiteral("Doe"));
        require(m_context->clients().add(m_client));

        domain::Invoice draft(sync::UuidV7::create(), m_client.id(), profile.currency);
        domain::InvoiceLine line;
        line.id = sync::UuidV7::create();
        line.description = QStringLiteral("Individual therapy, 53 minutes");
        line.unitPrice = domain::Money(15'000, profile.currency);
        line.position = QStringLiteral("a");
        QVERIFY(draft.addLine(line));
        QVERIFY(draft.setDueDate(today().addDays(14)));
        require(m_context->invoices().add(draft));
        m_invoice = value(m_context->invoices().issue(draft.id(), today()));
        QVERIFY(!m_invoice.number().isEmpty());

        m_window = std::make_unique<MainWindow>(ComponentVersions {});
        m_workspace = std::make_unique<PracticeWorkspace>(*m_context, *m_window);
        m_window->showWorkspace();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        DocumentPrinting::setSavePathChooser({});
        m_workspace.reset();
        m_window.reset();
        m_context.reset();
        if (m_practice && m_practice->store->isOpen()) {
            (void)test::await(m_practice->store->lock());
        }
    }

    void anIssuedInvoiceIsSavedAsPdf()
    {
        m_window->setCurrentSection(Section::Invoices);
        auto* invoices = static_cast<InvoicesPage*>(page(Section::Invoices));
        auto* table = find<QTableView>(invoices, "invoiceTable");
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kSlowMs);
        table->setFocus();
        table->selectRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(invoices->editor()->loadedInvoice().id(), m_invoice.id(), kSlowMs);

        auto* printing = find<DocumentPrinting>(invoices, "invoicePrinting");
        QVERIFY(printing->savePdfAction()->isEnabled());
        // Ctrl+P prints the invoice while the section is on screen; the receipt waits for a payment.
        QCOMPARE(printing->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        QVERIFY(printing->printAction()->isEnabled());
        QVERIFY(!find<DocumentPrinting>(invoices, "receiptPrinting")->previewAction()->isEnabled());
        auto* menuButton = find<QPushButton>(invoices, "invoiceDocumentsButton");
        QVERIFY(menuButton->isVisible());
        QVERIFY(menuButton->menu()->actions().contains(printing->savePdfAction()));
        QVERIFY(shoot(m_window.get(), QStringLiteral("invoice-editor.png")));

        QString suggested;
        const QString path = m_out.filePath(QStringLiteral("invoice.pdf"));
        DocumentPrinting::setSavePathChooser([&suggested, path](QWidget*, const QString&, const QString& proposal) {
            suggested = proposal;
            return QString(path); // a copy: the chooser outlives nothing it refers to
        });
        QSignalSpy saved(printing, &DocumentPrinting::pdfSaved);
        printing->savePdfAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kSlowMs);
        QCOMPARE(saved.constFirst().constFirst().toString(), path);

        // Suggested: the document's own name, in the user's Documents folder.
        QCOMPARE(QFileInfo(suggested).absolutePath(),
            QFileInfo(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).absoluteFilePath());
        QVERIFY2(QFileInfo(suggested).fileName().contains(m_invoice.number()), qPrintable(suggested));
        QVERIFY(QFileInfo(suggested).fileName().endsWith(QStringLiteral(".pdf")));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == "%PDF");
        const QString text = pdfText(path);
        QVERIFY2(text.contains(m_invoice.number()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("$150.00")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Jane Doe")), qPrintable(text));
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("invoice.pdf")));
    }

    void ctrlPPrintsTheShownInvoice()
    {
        auto* invoices = static_cast<InvoicesPage*>(page(Section::Invoices));
        QVERIFY(invoices->isVisible());
        // A window shortcut needs its window active (under a real X server the test may start elsewhere).
        m_window->activateWindow();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        QDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = invoices->findChild<QDialog*>(QStringLiteral("documentPrintDialog"))) && dialog->isVisible(),
            kSlowMs);
        QVERIFY(dialog->windowTitle().contains(m_invoice.number()));
        dialog->reject();
        QTRY_VERIFY(!invoices->findChild<QDialog*>(QStringLiteral("documentPrintDialog")));
    }

    void theInvoicePreviewOpensWithoutWaiting()
    {
        auto* invoices = static_cast<InvoicesPage*>(page(Section::Invoices));
        auto* printing = find<DocumentPrinting>(invoices, "invoicePrinting");
        QSignalSpy shown(printing, &DocumentPrinting::previewShown);
        printing->previewAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, kSlowMs);
        auto* dialog = qobject_cast<QPrintPreviewDialog*>(shown.constFirst().constFirst().value<QWidget*>());
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->windowTitle().contains(m_invoice.number()));
        QTest::qWait(200); // the preview pages paint
        QVERIFY(shoot(dialog, QStringLiteral("print-preview.png")));
        dialog->close();
        QTRY_VERIFY(invoices->findChildren<QPrintPreviewDialog*>().isEmpty());
    }

    void theSuperbillSaysWhatIsMissing()
    {
        showClient();
        QWidget* clients = page(Section::Clients);
        QVERIFY(find<QPushButton>(clients, "clientStatementButton")->isVisible());
        QVERIFY(shoot(m_window.get(), QStringLiteral("client-detail.png")));
        QTest::mouseClick(find<QPushButton>(clients, "clientSuperbillButton"), Qt::LeftButton);
        auto* dialog = clients->findChild<SuperbillDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // The previous calendar month unless changed.
        const QDate first(today().year(), today().month(), 1);
        QCOMPARE(find<QDateEdit>(dialog, "superbillFromDateEdit")->date(), first.addMonths(-1));
        QCOMPARE(find<QDateEdit>(dialog, "superbillToDateEdit")->date(), first.addDays(-1));

        QTest::mouseClick(find<QPushButton>(dialog, "superbillPreviewButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), kSlowMs);
        QVERIFY2(dialog->errorText().contains(QStringLiteral("NPI")), qPrintable(dialog->errorText()));
        QVERIFY(dialog->errorText().contains(QStringLiteral("Settings")));
        QVERIFY(find<QLabel>(dialog, "superbillErrorLabel")->isVisible());
        QVERIFY(find<QPushButton>(dialog, "superbillSavePdfButton")->isEnabled());

        // A period that ends before it starts is refused in place, before anything is asked of the store.
        find<QDateEdit>(dialog, "superbillToDateEdit")->setDate(first.addMonths(-2));
        QVERIFY(!find<QPushButton>(dialog, "superbillPreviewButton")->isEnabled());
        QVERIFY(dialog->errorText().contains(QStringLiteral("ends before it starts")));
        find<QDateEdit>(dialog, "superbillToDateEdit")->setDate(first.addDays(-1));
        QVERIFY(find<QPushButton>(dialog, "superbillPreviewButton")->isEnabled());
        QTest::mouseClick(find<QPushButton>(dialog, "superbillSavePdfButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorText().contains(QStringLiteral("NPI")), kSlowMs);

        QVERIFY(shoot(dialog, QStringLiteral("superbill-dialog.png")));
        dialog->close();
    }

    void theClientEditorChecksDiagnosisCodes()
    {
        showClient();
        QWidget* clients = page(Section::Clients);
        QTest::mouseClick(find<QPushButton>(clients, "clientEditButton"), Qt::LeftButton);
        auto* editor = find<ClientEditor>(clients, "clientEditor");
        QTRY_VERIFY(editor->isVisible());
        auto* save = find<QPushButton>(editor, "clientSaveButton");
        auto* diagnoses = find<QLineEdit>(editor, "clientDiagnosisEdit");
        auto* error = find(editor, "clientDiagnosisErrorLabel");
        QVERIFY(save->isEnabled());
        QVERIFY(!error->isVisible());

        type(diagnoses, QStringLiteral("XYZ"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->accessibleName().contains(QStringLiteral("XYZ")), qPrintable(error->accessibleName()));
        QVERIFY(!save->isEnabled());
        QVERIFY(shoot(m_window.get(), QStringLiteral("client-editor.png")));

        type(diagnoses, QStringLiteral("f411"));
        QVERIFY(!error->isVisible());
        QVERIFY(save->isEnabled());
        // The date of birth is "not set" until the user says it is known.
        auto* known = find<QCheckBox>(editor, "clientBirthDateKnownCheck");
        auto* birthDate = find<QDateEdit>(editor, "clientBirthDateEdit");
        QVERIFY(!known->isChecked());
        QVERIFY(!birthDate->isEnabled());
        QCOMPARE(birthDate->text(), QStringLiteral("Not set"));
        known->setFocus();
        QTest::keyClick(known, Qt::Key_Space);
        QVERIFY(birthDate->isEnabled());
        birthDate->setDate(QDate(1985, 3, 12));
        QTest::mouseClick(save, Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(
            value(m_context->clients().find(m_client.id()))->diagnosisCodes() == QStringList {QStringLiteral("F41.1")},
            kSlowMs);
        m_client = *value(m_context->clients().find(m_client.id()));
        QCOMPARE(m_client.birthDate(), QDate(1985, 3, 12));
    }

    void theServiceEditorSavesAProcedureCode()
    {
        m_window->setCurrentSection(Section::Settings);
        QWidget* settings = page(Section::Settings);
        find<QListWidget>(settings, "settingsSectionList")->setCurrentRow(1); // Services
        QTRY_VERIFY(find(settings, "serviceEmptyState")->isVisible());
        QTest::mouseClick(find<QPushButton>(settings, "serviceEmptyAddButton"), Qt::LeftButton);
        type(find(settings, "serviceNameEdit"), QStringLiteral("Psychotherapy, 60 minutes"));
        type(find(settings, "servicePriceEdit"), QStringLiteral("150.00"));
        type(find(settings, "serviceProcedureCodeEdit"), QStringLiteral("9083"));
        type(find(settings, "serviceModifiersEdit"), QStringLiteral("95"));
        auto* place = find<QComboBox>(settings, "servicePlaceOfServiceCombo");
        place->setCurrentIndex(place->findData(QStringLiteral("02")));
        auto* save = find<QPushButton>(settings, "serviceSaveButton");

        // A code of the wrong shape is explained under its field, and nothing is stored.
        QTest::mouseClick(save, Qt::LeftButton);
        auto* editor = settings->findChild<ServicesEditor*>();
        QVERIFY(!editor->fieldError(QStringLiteral("procedureCode")).isEmpty());
        QVERIFY(find(settings, "serviceProcedureCodeErrorLabel")->isVisible());
        QVERIFY(shoot(m_window.get(), QStringLiteral("service-editor.png")));

        type(find(settings, "serviceProcedureCodeEdit"), QStringLiteral("90837"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(editor->fieldError(QStringLiteral("procedureCode")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(value(m_context->services().all()).size() == 1, kSlowMs);
        const domain::Service service = value(m_context->services().all()).constFirst();
        QCOMPARE(service.procedureCoding().code, QStringLiteral("90837"));
        QCOMPARE(service.procedureCoding().modifiers, QStringList {QStringLiteral("95")});
        QCOMPARE(service.procedureCoding().placeOfService, QStringLiteral("02"));
        QCOMPARE(service.procedureCoding().units, 1);
    }

    void thePracticeProfileKeepsFontAndPaper()
    {
        m_window->setCurrentSection(Section::Settings);
        QWidget* settings = page(Section::Settings);
        find<QListWidget>(settings, "settingsSectionList")->setCurrentRow(0); // Practice
        auto* paper = find<QComboBox>(settings, "profilePaperSizeCombo");
        QTRY_VERIFY(paper->isVisible());
        find<QScrollArea>(settings, "profileScrollArea")->ensureWidgetVisible(paper, 50, 300);
        QVERIFY(shoot(m_window.get(), QStringLiteral("practice-profile.png")));
        QCOMPARE(paper->currentData().toString(), QStringLiteral("letter"));
        paper->setCurrentIndex(paper->findData(QStringLiteral("a4")));
        auto* npi = find<QLineEdit>(settings, "profileNpiEdit");
        type(npi, QStringLiteral("1234567893"));
        QTest::mouseClick(find<QPushButton>(settings, "profileSaveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(value(m_context->settings().profile()).paperSize == domain::PaperSize::A4, kSlowMs);
        const domain::PracticeProfile profile = value(m_context->settings().profile());
        QCOMPARE(profile.npi, QStringLiteral("1234567893"));
        QCOMPARE(profile.documentFont, QStringLiteral("DejaVu Sans"));
    }

    void contractActionsNeedASelection()
    {
        m_window->setCurrentSection(Section::Contracts);
        QWidget* contracts = page(Section::Contracts);
        auto* preview = find<QPushButton>(contracts, "contractPreviewButton");
        auto* save = find<QPushButton>(contracts, "contractSavePdfButton");
        QVERIFY(preview && save);
        QVERIFY(!preview->isEnabled());
        QVERIFY(!save->isEnabled());
        QVERIFY(shoot(m_window.get(), QStringLiteral("contracts.png")));
    }

    void theExportDialogProposesLastMonth()
    {
        InvoiceExportDialog dialog(today(), m_window.get());
        const QDate first(today().year(), today().month(), 1);
        QCOMPARE(find<QDateEdit>(&dialog, "exportFromDateEdit")->date(), first.addMonths(-1));
        QCOMPARE(find<QDateEdit>(&dialog, "exportToDateEdit")->date(), first.addDays(-1));
        auto* ok = find<QPushButton>(&dialog, "exportOkButton");
        QVERIFY(ok->isEnabled());
        find<QDateEdit>(&dialog, "exportToDateEdit")->setDate(first.addMonths(-2));
        QVERIFY(!ok->isEnabled());
        QVERIFY(find<QLabel>(&dialog, "exportErrorLabel")->text().contains(QStringLiteral("ends before it starts")));
        find<QDateEdit>(&dialog, "exportToDateEdit")->setDate(first.addDays(-1));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(shoot(&dialog, QStringLiteral("export-dialog.png")));
    }

    void aPeriodsInvoicesAreExportedWithoutOverwriting()
    {
        const QString folder = m_out.filePath(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(folder));
        // A file of the same name is already there: it stays, and the export gets " (2)".
        InvoicePdfExport probe(*m_context, today(), today(), folder);
        QSignalSpy written(&probe, &InvoicePdfExport::fileWritten);
        QSignalSpy finished(&probe, &InvoicePdfExport::finished);
        probe.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSlowMs);
        QCOMPARE(finished.constFirst().at(0).toInt(), 1);
        QCOMPARE(finished.constFirst().at(1).toString(), QString());
        const QString first = written.constFirst().constFirst().toString();
        QVERIFY2(QFileInfo(first).fileName().contains(m_invoice.number()), qPrintable(first));

        InvoicePdfExport again(*m_context, today().addDays(-31), today(), folder);
        QSignalSpy againWritten(&again, &InvoicePdfExport::fileWritten);
        QSignalSpy againFinished(&again, &InvoicePdfExport::finished);
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(againFinished.size(), 1, kSlowMs);
        const QString second = againWritten.constFirst().constFirst().toString();
        QCOMPARE(QFileInfo(second).completeBaseName(), QFileInfo(first).completeBaseName() + QStringLiteral(" (2)"));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
        QVERIFY(pdfText(second).contains(m_invoice.number()));

        // Nothing issued in the period: nothing written, no error.
        InvoicePdfExport empty(*m_context, today().addYears(-3), today().addYears(-2), folder);
        QSignalSpy emptyFinished(&empty, &InvoicePdfExport::finished);
        empty.start();
        QTRY_COMPARE_WITH_TIMEOUT(emptyFinished.size(), 1, kSlowMs);
        QCOMPARE(emptyFinished.constFirst().at(0).toInt(), 0);
        QCOMPARE(empty.total(), 0);
    }
};

QTEST_MAIN(TestUiDocuments)
#include "test_ui_documents.moc"
