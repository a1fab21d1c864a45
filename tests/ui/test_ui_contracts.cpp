// Contract templates and contracts through the real widgets over a real encrypted practice (SQLCipher
// in a temporary folder): a template is checked as it is typed and saved from Settings → Contract
// Templates, New Contract on a client's page drafts from it (or says in place what is missing), and
// the Contracts section edits the draft and marks it sent, which freezes its text with its SHA-256.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

#include "core/ComponentVersions.h"
#include "core/store/ContractRepository.h"
#include "core/sync/UuidV7.h"
#include "tests/store/StoreTestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/PracticeWorkspace.h"
#include "ui/Theme.h"
#include "ui/clients/ClientsPage.h"
#include "ui/contracts/ContractBodyDialog.h"
#include "ui/contracts/NewContractDialog.h"
#include "ui/practice/PracticeContext.h"
#include "ui/records/RecordListPage.h"
#include "ui/settings/ContractTemplatesEditor.h"
#include "ui/settings/SettingsPage.h"

using namespace clientele;
using namespace clientele::ui;

namespace {

constexpr int kSlowMs = 20000;

using uitest::find;
using uitest::require;
using uitest::screenshotDir;
using uitest::shoot;
using uitest::value;

void replaceText(QLineEdit* line, const QString& text)
{
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClicks(line, text);
}

void replaceText(QPlainTextEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestUiContracts final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestPractice> m_practice;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PracticeContext> m_context;
    std::unique_ptr<PracticeWorkspace> m_workspace;
    domain::Client m_client;
    QUuid m_contractId;

    QWidget* page(Section section) const { return m_window->sectionPage(section); }
    ContractTemplatesEditor* templatesEditor() const
    {
        return static_cast<SettingsPage*>(page(Section::Settings))->contractTemplatesEditor();
    }
    QList<ContractSummary> storedContracts() const { return value(m_context->queries().contracts(100)); }
    domain::Contract storedContract(const QUuid& id) const
    {
        const std::optional<domain::Contract> contract = value(m_context->contracts().find(id));
        if (!contract) {
            qFatal("contract not stored");
        }
        return *contract;
    }

    // Focus follows the active window: under a real X server without a window manager the test may
    // start behind another window, and the window does not become active again by itself after a dialog.
    bool activateWindow()
    {
        m_window->activateWindow();
        QApplication::setActiveWindow(m_window.get());
        return QTest::qWaitForWindowActive(m_window.get());
    }

    void showClient()
    {
        m_window->setCurrentSection(Section::Clients);
        QWidget* clients = page(Section::Clients);
        static_cast<ClientsPage*>(clients)->showClient(m_client.id());
        auto* detail = find(clients, "clientDetail");
        QTRY_VERIFY_WITH_TIMEOUT(detail->isVisible(), kSlowMs);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(clients, "clientDetailName")->text(), m_client.displayName(), kSlowMs);
    }

    // Opens New Contract… on the client's page and waits until its templates are listed (null if they never are).
    NewContractDialog* openNewContract()
    {
        showClient();
        if (QTest::currentTestFailed()) {
            return nullptr;
        }
        QWidget* clients = page(Section::Clients);
        QTest::mouseClick(find<QPushButton>(clients, "clientNewContractButton"), Qt::LeftButton);
        auto* dialog = clients->findChild<NewContractDialog*>();
        if (!dialog) {
            return nullptr;
        }
        const bool ready = QTest::qWaitFor(
            [dialog] {
                return dialog->isVisible() && find<QComboBox>(dialog, "newContractTemplateCombo")->isEnabled();
            },
            kSlowMs);
        return ready ? dialog : nullptr;
    }

    // The Contracts section's table, once it shows `count` rows.
    QTableView* contractsTable(int count)
    {
        auto* table = find<QTableView>(page(Section::Contracts), "contractsPageTable");
        (void)QTest::qWaitFor([table, count] { return table->model()->rowCount() == count; }, kSlowMs);
        return table;
    }

    QString statusOfRow(QTableView* table, int row) const { return table->model()->index(row, 2).data().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ClienteleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("ClienteleTestContracts"));
        QSettings().clear();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(Theme::lightPalette());

        m_practice = std::make_unique<test::TestPractice>();
        Store& store = *m_practice->store;
        domain::PracticeProfile profile;
        profile.name = QStringLiteral("Anna Berg Photography");
        profile.currency = domain::Currency::fromCode(QStringLiteral("EUR")).value();
        profile.timeZoneId = QStringLiteral("Europe/Berlin");
        profile.localeName = QStringLiteral("en_GB");
        SettingsRepository settings(store);
        require(settings.saveProfile(profile));

        m_context =
            std::make_unique<PracticeContext>(store, m_practice->clock, m_practice->files, value(settings.profile()));
        m_client = domain::Client(sync::UuidV7::create(), m_practice->clock.nowUtc());
        m_client.setGivenName(QStringLiteral("Jane"));
        m_client.setFamilyName(QStringLiteral("Doe"));
        require(m_context->clients().add(m_client));

        m_window = std::make_unique<MainWindow>(ComponentVersions {});
        m_workspace = std::make_unique<PracticeWorkspace>(*m_context, *m_window);
        m_window->showWorkspace();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(activateWindow());
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        m_window.reset();
        m_context.reset();
        if (m_practice && m_practice->store->isOpen()) {
            (void)test::await(m_practice->store->lock());
        }
    }

    void withoutTemplatesNewContractLeadsToSettings()
    {
        showClient();
        QWidget* clients = page(Section::Clients);
        QTest::mouseClick(find<QPushButton>(clients, "clientNewContractButton"), Qt::LeftButton);
        auto* dialog = clients->findChild<NewContractDialog*>();
        QVERIFY(dialog);
        auto* open = find<QPushButton>(dialog, "newContractOpenTemplatesButton");
        auto* templates = find<QComboBox>(dialog, "newContractTemplateCombo");
        QTRY_COMPARE_WITH_TIMEOUT(templates->currentText(), QStringLiteral("No templates yet"), kSlowMs);
        QVERIFY(!templates->isEnabled());
        QVERIFY(open->isVisible());
        QVERIFY(!find<QPushButton>(dialog, "newContractCreateButton")->isEnabled());
        QVERIFY2(find<QLabel>(dialog, "newContractHintLabel")->text().contains(QStringLiteral("no contract templates")),
            qPrintable(find<QLabel>(dialog, "newContractHintLabel")->text()));
        QVERIFY(shoot(dialog, QStringLiteral("new-contract-no-templates.png")));
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_VERIFY(!clients->findChild<NewContractDialog*>());
        QCOMPARE(m_window->currentSection(), Section::Settings);
        QCOMPARE(
            static_cast<SettingsPage*>(page(Section::Settings))->currentPage(), SettingsPage::Page::ContractTemplates);
        QVERIFY(activateWindow());
    }

    void anUnknownFieldIsRefusedAsItIsTyped()
    {
        m_window->setCurrentSection(Section::Settings);
        auto* settings = static_cast<SettingsPage*>(page(Section::Settings));
        settings->setCurrentPage(SettingsPage::Page::ContractTemplates);
        ContractTemplatesEditor* editor = templatesEditor();
        QTRY_VERIFY(editor->isVisible());
        // No template yet: the empty state says what they are for.
        auto* emptyAdd = find<QPushButton>(editor, "contractTemplateEmptyAddButton");
        QTRY_VERIFY(emptyAdd->isVisible());
        QTest::mouseClick(emptyAdd, Qt::LeftButton);
        auto* name = find<QLineEdit>(editor, "contractTemplateNameEdit");
        auto* body = find<QPlainTextEdit>(editor, "contractTemplateBodyEdit");
        auto* save = find<QPushButton>(editor, "contractTemplateSaveButton");
        QTRY_VERIFY(name->hasFocus());
        // A template needs a name, and says so before anything is typed.
        QVERIFY(!editor->fieldError(QStringLiteral("name")).isEmpty());
        QVERIFY(!save->isEnabled());

        replaceText(name, QStringLiteral("Agreement"));
        QVERIFY(editor->fieldError(QStringLiteral("name")).isEmpty());
        QVERIFY(save->isEnabled());
        replaceText(body, QStringLiteral("Agreement with {{client.nmae}}"));
        QCOMPARE(editor->fieldError(QStringLiteral("body")),
            QStringLiteral("The merge field {{client.nmae}} does not exist."));
        QVERIFY(find(editor, "contractTemplateBodyErrorLabel")->isVisible());
        QVERIFY(!save->isEnabled());
        QCOMPARE(find<QListWidget>(editor, "contractTemplateList")->item(0)->text(),
            QStringLiteral("Agreement (not saved)"));
        QVERIFY(shoot(m_window.get(), QStringLiteral("contract-template-error.png")));
        // Enter in the name does not save an invalid template.
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(value(m_context->contracts().listTemplates()).isEmpty());
    }

    void aValidTemplateIsSaved()
    {
        ContractTemplatesEditor* editor = templatesEditor();
        auto* body = find<QPlainTextEdit>(editor, "contractTemplateBodyEdit");
        auto* save = find<QPushButton>(editor, "contractTemplateSaveButton");
        // Typed up to the field, which comes from the Insert Field menu at the cursor.
        replaceText(body, QStringLiteral("Agreement with "));
        // Every merge field is offered, grouped by what it comes from.
        auto* button = find<QPushButton>(editor, "contractTemplateInsertFieldButton");
        QVERIFY(button->menu());
        QCOMPARE(button->menu()->actions().size(), 6); // client, booking, service, invoice, practice, contract
        for (const QString& field : domain::ContractTemplate::knownFields()) {
            QVERIFY2(editor->findChild<QAction*>(QStringLiteral("insertField_") + field), qPrintable(field));
        }
        if (!screenshotDir().isEmpty()) {
            // The menu and its Client submenu, as the user sees them.
            QMenu* menu = button->menu();
            menu->popup(button->mapToGlobal(QPoint(0, button->height())));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            QMenu* client = menu->actions().constFirst()->menu();
            client->popup(menu->mapToGlobal(QPoint(menu->width(), 0)));
            QVERIFY(QTest::qWaitForWindowExposed(client));
            QVERIFY(shoot(menu, QStringLiteral("contract-template-field-menu.png")));
            QVERIFY(shoot(client, QStringLiteral("contract-template-field-menu-client.png")));
            client->close();
            menu->close();
            QTRY_VERIFY(!menu->isVisible());
        }
        QAction* insert = find<QAction>(editor, "insertField_client.name");
        QVERIFY(insert);
        insert->trigger();
        QCOMPARE(body->toPlainText(), QStringLiteral("Agreement with {{client.name}}"));
        QVERIFY(body->hasFocus());
        QVERIFY(editor->fieldError(QStringLiteral("body")).isEmpty());
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);

        auto* list = find<QListWidget>(editor, "contractTemplateList");
        QTRY_COMPARE_WITH_TIMEOUT(list->item(0)->text(), QStringLiteral("Agreement"), kSlowMs);
        QCOMPARE(list->count(), 1);
        const QList<domain::ContractTemplate> stored = value(m_context->contracts().listTemplates());
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().name(), QStringLiteral("Agreement"));
        QCOMPARE(stored.constFirst().body(), QStringLiteral("Agreement with {{client.name}}"));
        QCOMPARE(editor->currentTemplateId(), stored.constFirst().id());
        QVERIFY(!find<QPushButton>(editor, "contractTemplateRevertButton")->isEnabled());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("saved")));
    }

    void editsAreKeptWhenSwitchingTemplates()
    {
        ContractTemplatesEditor* editor = templatesEditor();
        auto* list = find<QListWidget>(editor, "contractTemplateList");
        auto* body = find<QPlainTextEdit>(editor, "contractTemplateBodyEdit");
        const QUuid first = editor->currentTemplateId();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral(" (draft)"));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Agreement (not saved)"));
        QTest::mouseClick(find<QPushButton>(editor, "contractTemplateAddButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        editor->selectTemplate(first);
        QCOMPARE(body->toPlainText(), QStringLiteral("Agreement with {{client.name}} (draft)"));
        // Revert goes back to what is stored; the new, unsaved one is removed without asking.
        QTest::mouseClick(find<QPushButton>(editor, "contractTemplateRevertButton"), Qt::LeftButton);
        QCOMPARE(body->toPlainText(), QStringLiteral("Agreement with {{client.name}}"));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Agreement"));
        list->setCurrentRow(1);
        editor->setRemoveConfirmation([](const QString&) {
            qFatal("a template never saved is removed without asking");
            return false;
        });
        QTest::mouseClick(find<QPushButton>(editor, "contractTemplateRemoveButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QCOMPARE(editor->currentTemplateId(), first);
    }

    void newContractDraftsFromTheTemplate()
    {
        NewContractDialog* dialog = openNewContract();
        QVERIFY(dialog);
        auto* templates = find<QComboBox>(dialog, "newContractTemplateCombo");
        QCOMPARE(templates->count(), 1);
        QCOMPARE(templates->currentText(), QStringLiteral("Agreement"));
        QVERIFY(!find<QPushButton>(dialog, "newContractOpenTemplatesButton")->isVisible());
        QCOMPARE(find<QComboBox>(dialog, "newContractBookingCombo")->currentText(), QStringLiteral("No booking"));
        QVERIFY(shoot(dialog, QStringLiteral("new-contract-dialog.png")));
        QTest::mouseClick(find<QPushButton>(dialog, "newContractCreateButton"), Qt::LeftButton);

        // The draft opens in the Contracts section, selected.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentSection(), Section::Contracts, kSlowMs);
        QTableView* table = contractsTable(1);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Agreement"));
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Jane Doe"));
        QCOMPARE(statusOfRow(table, 0), QStringLiteral("Draft"));
        auto* contracts = static_cast<RecordListPage*>(page(Section::Contracts));
        QTRY_VERIFY_WITH_TIMEOUT(!contracts->currentRecordId().isNull(), kSlowMs);
        m_contractId = contracts->currentRecordId();
        const domain::Contract stored = storedContract(m_contractId);
        QCOMPARE(stored.status(), domain::ContractStatus::Draft);
        QCOMPARE(stored.clientId(), m_client.id());
        QVERIFY2(stored.body().contains(QStringLiteral("Jane Doe")), qPrintable(stored.body()));
        QVERIFY(stored.bodySha256().isEmpty());
        QVERIFY(find<QPushButton>(contracts, "contractMarkSentButton")->isEnabled());
        QVERIFY(find<QPushButton>(contracts, "contractEditDraftButton")->isEnabled());
        QVERIFY(find<QPushButton>(contracts, "contractPreviewButton")->isEnabled());
    }

    void aDraftsTextCanBeChanged()
    {
        auto* contracts = static_cast<RecordListPage*>(page(Section::Contracts));
        QTest::mouseClick(find<QPushButton>(contracts, "contractEditDraftButton"), Qt::LeftButton);
        auto* dialog = contracts->findChild<ContractBodyDialog*>();
        QVERIFY(dialog);
        auto* body = find<QPlainTextEdit>(dialog, "contractBodyEdit");
        QTRY_VERIFY_WITH_TIMEOUT(body->isEnabled(), kSlowMs);
        QCOMPARE(body->toPlainText(), QStringLiteral("Agreement with Jane Doe"));
        auto* save = find<QPushButton>(dialog, "contractBodySaveButton");
        QVERIFY(!save->isEnabled()); // nothing changed yet
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral(", photographed in Berlin."));
        QVERIFY(save->isEnabled());
        QVERIFY(shoot(dialog, QStringLiteral("contract-edit-draft.png")));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!contracts->findChild<ContractBodyDialog*>(), kSlowMs);
        QCOMPARE(
            storedContract(m_contractId).body(), QStringLiteral("Agreement with Jane Doe, photographed in Berlin."));
        QCOMPARE(contracts->currentRecordId(), m_contractId);
    }

    void markAsSentFreezesTheText()
    {
        auto* contracts = static_cast<RecordListPage*>(page(Section::Contracts));
        auto* markSent = find<QPushButton>(contracts, "contractMarkSentButton");
        QVERIFY(markSent->isEnabled());
        QTest::mouseClick(markSent, Qt::LeftButton);
        QTableView* table = contractsTable(1);
        QCOMPARE(table->model()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(statusOfRow(table, 0), QStringLiteral("Sent"), kSlowMs);
        QVERIFY(!table->model()->index(0, 3).data().toString().isEmpty()); // when it was sent
        // Still selected, and nothing more to do to its text.
        QTRY_COMPARE(contracts->currentRecordId(), m_contractId);
        QVERIFY(!markSent->isEnabled());
        QVERIFY(!find<QPushButton>(contracts, "contractEditDraftButton")->isEnabled());
        QVERIFY(find<QPushButton>(contracts, "contractPreviewButton")->isEnabled());

        const domain::Contract stored = storedContract(m_contractId);
        QCOMPARE(stored.status(), domain::ContractStatus::Sent);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(stored.bodySha256()).hasMatch(),
            qPrintable(stored.bodySha256()));
        QCOMPARE(stored.bodySha256(), domain::Contract::hashOf(stored.body()));
        QVERIFY(stored.sentAt().isValid());
        // The store refuses a change to the text now, whoever asks.
        QVERIFY(!test::await(m_context->contracts().setBody(m_contractId, QStringLiteral("changed"))));
        QVERIFY(shoot(m_window.get(), QStringLiteral("contracts-sent.png")));
    }

    void aMissingValueIsShownInTheDialog()
    {
        // A template about a session, for a client without a booking.
        require(m_context->contracts().saveTemplate(domain::ContractTemplate(sync::UuidV7::create(),
            QStringLiteral("Session terms"), QStringLiteral("See you on {{booking.date}}, {{client.first_name}}."))));
        NewContractDialog* dialog = openNewContract();
        QVERIFY(dialog);
        auto* templates = find<QComboBox>(dialog, "newContractTemplateCombo");
        QCOMPARE(templates->count(), 2);
        templates->setCurrentIndex(templates->findText(QStringLiteral("Session terms")));
        QVERIFY(find<QLabel>(dialog, "newContractHintLabel")->isVisible());
        QTest::mouseClick(find<QPushButton>(dialog, "newContractCreateButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), kSlowMs);
        QVERIFY2(dialog->errorText().contains(QStringLiteral("{{booking.date}}")), qPrintable(dialog->errorText()));
        QVERIFY(dialog->errorText().contains(QStringLiteral("Book the session first")));
        QVERIFY(find<QLabel>(dialog, "newContractHintLabel")->text().contains(QStringLiteral("no booking yet")));
        QVERIFY(dialog->isVisible());
        QVERIFY(find<QLabel>(dialog, "newContractErrorLabel")->isVisible());
        QVERIFY(find<QPushButton>(dialog, "newContractCreateButton")->isEnabled());
        QVERIFY(shoot(dialog, QStringLiteral("new-contract-refused.png")));
        QCOMPARE(storedContracts().size(), 1); // nothing stored
        // Another template clears the refusal.
        templates->setCurrentIndex(templates->findText(QStringLiteral("Agreement")));
        QVERIFY(dialog->errorText().isEmpty());
        dialog->reject();
        QTRY_VERIFY(!page(Section::Clients)->findChild<NewContractDialog*>());
        QVERIFY(activateWindow());
    }

    void aSavedTemplateIsRemovedAfterAsking()
    {
        m_window->setCurrentSection(Section::Settings);
        ContractTemplatesEditor* editor = templatesEditor();
        auto* list = find<QListWidget>(editor, "contractTemplateList");
        // The template saved behind the editor's back shows once the list is loaded again.
        static_cast<SettingsPage*>(page(Section::Settings))
            ->setContractTemplates(value(m_context->contracts().listTemplates()));
        QCOMPARE(list->count(), 2);
        list->setCurrentRow(1);
        QString asked;
        editor->setRemoveConfirmation([&asked](const QString& name) {
            asked = name;
            return true;
        });
        QTest::mouseClick(find<QPushButton>(editor, "contractTemplateRemoveButton"), Qt::LeftButton);
        QCOMPARE(asked, QStringLiteral("Session terms"));
        QTRY_COMPARE_WITH_TIMEOUT(value(m_context->contracts().listTemplates()).size(), 1, kSlowMs);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, kSlowMs);
        // The contract drafted earlier keeps its text.
        QCOMPARE(storedContracts().size(), 1);
    }
};

QTEST_MAIN(TestUiContracts)
#include "test_ui_contracts.moc"
