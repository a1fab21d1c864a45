#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPromise>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include "translations/Translations.h"
#include "ui/AboutDialog.h"
#include "ui/EmptyStatePage.h"
#include "ui/MainWindow.h"
#include "ui/Section.h"
#include "ui/Theme.h"
#include "ui/widgets/WhenReady.h"

using namespace clientele;
using namespace clientele::ui;

namespace {

ComponentVersions sampleVersions()
{
    ComponentVersions versions;
    versions.qtRuntime = QStringLiteral("6.4.2");
    versions.qtBuild = QStringLiteral("6.4.2");
    versions.sqlcipher = QStringLiteral("3.4.1");
    versions.sqlite = QStringLiteral("3.15.2");
    versions.openssl = QStringLiteral("OpenSSL 3.0.19 27 Jan 2026");
    return versions;
}

} // namespace

class TestUiMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ClienteleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("ClienteleTest"));
    }

    void sidebarListsEverySectionInOrder()
    {
        MainWindow window(sampleVersions());
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sectionListWidget"));
        QVERIFY(sidebar);
        const QStringList expected {QStringLiteral("Today"), QStringLiteral("Calendar"), QStringLiteral("Clients"),
            QStringLiteral("Bookings"), QStringLiteral("Invoices"), QStringLiteral("Contracts"),
            QStringLiteral("Deliverables"), QStringLiteral("Messages"), QStringLiteral("Outbox"),
            QStringLiteral("Settings")};
        QCOMPARE(sidebar->count(), int(expected.size()));
        for (int row = 0; row < sidebar->count(); ++row) {
            QCOMPARE(sidebar->item(row)->text(), expected.at(row));
            QVERIFY2(!sidebar->item(row)->icon().isNull(), qPrintable(expected.at(row)));
        }
        QCOMPARE(window.currentSection(), Section::Today);
    }

    void ctrlDigitMovesBetweenSections_data()
    {
        QTest::addColumn<int>("digit");
        QTest::addColumn<QString>("page");
        const QStringList pages {QStringLiteral("today"), QStringLiteral("calendar"), QStringLiteral("clients"),
            QStringLiteral("bookings"), QStringLiteral("invoices"), QStringLiteral("contracts"),
            QStringLiteral("deliverables"), QStringLiteral("messages"), QStringLiteral("outbox")};
        for (int i = 0; i < pages.size(); ++i) {
            QTest::addRow("Ctrl+%d opens %s", i + 1, qPrintable(pages.at(i))) << i + 1 << pages.at(i) + u"Page";
        }
        // Past the nine digits, Settings keeps a shortcut of its own.
        QTest::addRow("Ctrl+, opens settings") << int(Qt::Key_Comma - Qt::Key_0) << QStringLiteral("settingsPage");
    }
    void ctrlDigitMovesBetweenSections()
    {
        QFETCH(int, digit);
        QFETCH(QString, page);
        MainWindow window(sampleVersions());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Start somewhere else so that every row proves a change.
        window.setCurrentSection(digit == 1 ? Section::Settings : Section::Today);
        QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_0 + digit), Qt::ControlModifier);
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("sectionStackedWidget"));
        QVERIFY(pages);
        QTRY_COMPARE(pages->currentWidget()->objectName(), page);
    }

    void everySectionHasAnEmptyStateThatSaysWhatWillBeThere()
    {
        MainWindow window(sampleVersions());
        const QList<SectionInfo> sections = allSections();
        for (const SectionInfo& info : sections) {
            auto* page = window.findChild<EmptyStatePage*>(info.key + u"Page");
            QVERIFY2(page, qPrintable(info.key));
            QVERIFY(!page->title().isEmpty());
            QVERIFY2(page->text().length() > 40, qPrintable(page->text()));
            QVERIFY2(page->text().contains(u"will"), qPrintable(page->text()));
            QCOMPARE(page->accessibleName(), page->title());
        }
    }

    void sidebarFollowsTheKeyboard()
    {
        MainWindow window(sampleVersions());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sectionListWidget"));
        sidebar->setFocus();
        QTest::keyClick(sidebar, Qt::Key_Down);
        QTest::keyClick(sidebar, Qt::Key_Down);
        QCOMPARE(window.currentSection(), Section::Clients);
        QTest::keyClick(sidebar, Qt::Key_End);
        QCOMPARE(window.currentSection(), Section::Settings);
    }

    // Locking replaces every page while the store may still be working for them. The old pages go
    // later, but what they wait for must not reach them (their callbacks use the closed practice).
    void aReplacedPageHearsNothingMoreFromTheStore()
    {
        MainWindow window(sampleVersions());
        QPointer<QWidget> page = new QWidget;
        window.setSectionPage(Section::Invoices, page);
        QPromise<int> answer;
        answer.start();
        bool called = false;
        whenReady(page.data(), answer.future(), [&called](int) { called = true; });

        window.setSectionPage(Section::Invoices, new QWidget);
        answer.addResult(7);
        answer.finish();
        QCoreApplication::processEvents(); // not the deferred deletes: the old page is still alive
        QVERIFY(page);
        QVERIFY(!page->isVisible());
        QVERIFY(!called);

        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!page);
    }

    void rememberWindowSectionAcrossRuns()
    {
        {
            MainWindow window(sampleVersions());
            window.restoreState();
            window.show();
            window.setCurrentSection(Section::Invoices);
            window.close();
        }
        MainWindow again(sampleVersions());
        again.restoreState();
        QCOMPARE(again.currentSection(), Section::Invoices);
    }

    void aboutDialogNamesTheLibraryVersions()
    {
        AboutDialog dialog(sampleVersions());
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("qtVersionLabel"))->text(), QStringLiteral("6.4.2"));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("sqlcipherVersionLabel"))->text().contains(u"3.4.1"));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("sqlcipherVersionLabel"))->text().contains(u"3.15.2"));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("opensslVersionLabel"))->text().contains(u"OpenSSL 3.0"));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("versionLabel"))
                    ->text()
                    .contains(QStringLiteral(CLIENTELE_VERSION)));
        // Saved for people to look at, beside the e2e screenshots of the main window.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString dir = qEnvironmentVariable("CLIENTELE_BUILD_DIR", QDir::currentPath()) + u"/screenshots";
        QDir().mkpath(dir);
        QVERIFY(dialog.grab().save(dir + u"/about-dialog.png"));
        const QString info = dialog.debugInfo();
        QVERIFY(info.contains(u"SQLCipher 3.4.1 (SQLite 3.15.2)"));
        QVERIFY(info.contains(u"Qt 6.4.2"));
    }

    void aboutActionIsInTheHelpMenu()
    {
        MainWindow window(sampleVersions());
        auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        QCOMPARE(about->menuRole(), QAction::AboutRole);
    }

    void themeSwitchesPalettes()
    {
        Theme theme(*qApp, Theme::Mode::Dark);
        QVERIFY(theme.isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.3);
        theme.setMode(Theme::Mode::Light);
        QVERIFY(!theme.isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() > 0.8);
        Theme::Mode parsed = Theme::Mode::Light;
        QVERIFY(Theme::modeFromString(QStringLiteral("DARK"), parsed));
        QCOMPARE(parsed, Theme::Mode::Dark);
        QVERIFY(!Theme::modeFromString(QStringLiteral("purple"), parsed));
    }

    void germanTranslationCoversTheShell()
    {
        QVERIFY(availableLanguages().contains(u"de"));
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::German)).startsWith(u"de"));
        MainWindow window(sampleVersions());
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sectionListWidget"));
        const QStringList german {QStringLiteral("Heute"), QStringLiteral("Kalender"), QStringLiteral("Kunden"),
            QStringLiteral("Buchungen"), QStringLiteral("Rechnungen"), QStringLiteral("Verträge"),
            QStringLiteral("Lieferungen"), QStringLiteral("Nachrichten"), QStringLiteral("Postausgang"),
            QStringLiteral("Einstellungen")};
        for (int row = 0; row < sidebar->count(); ++row) {
            QCOMPARE(sidebar->item(row)->text(), german.at(row));
        }
        auto* page = window.findChild<EmptyStatePage*>(QStringLiteral("clientsPage"));
        QCOMPARE(page->title(), QStringLiteral("Noch keine Kunden"));
        // The whole interface is in German: no section keeps an English sentence.
        const QList<SectionInfo> sections = allSections();
        for (const SectionInfo& info : sections) {
            QVERIFY2(!info.emptyText.contains(u" will "), qPrintable(info.emptyText));
        }
        const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

QTEST_MAIN(TestUiMainWindow)
#include "test_ui_main_window.moc"
