// Settings → Email as the practitioner sets it up, over a real encrypted practice, with the real SMTP
// adapter and a real SMTP server on loopback (tests/mail/smtp-server.py): the test message says what
// failed (DNS, sign-in, the sender refused) and arrives when all is right; saving keeps the password
// in the keychain, not in the practice; templates are checked as they are typed; and an email queued
// anywhere in the app goes out through the saved account.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <chrono>
#include <memory>

#include "core/adapters/mail/FileSinkTransport.h"
#include "core/adapters/mail/SmtpTransport.h"
#include "core/adapters/oauth/OAuthTokenClient.h"
#include "core/domain/EmailAddress.h"
#include "core/fakes/FakeClock.h"
#include "core/fakes/MemorySecretStore.h"
#include "core/oauth/OAuthTokenKeychain.h"
#include "core/store/BookingRepository.h"
#include "core/store/ConnectedAccounts.h"
#include "core/store/EmailSettings.h"
#include "core/store/Emails.h"
#include "core/store/InvoiceRepository.h"
#include "core/store/PracticeVault.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Store.h"
#include "tests/store/PracticeFixtures.h"
#include "tests/support/SmtpTestServer.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/PracticeWorkspace.h"
#include "ui/practice/PracticeContext.h"
#include "ui/settings/SettingsPage.h"

using namespace clientele;
using namespace clientele::ui;
using namespace clientele::uitest;
using namespace std::chrono_literals;
using clientele::test::SmtpTestServer;
using clientele::test::TestCertificate;

namespace {

constexpr int kMailMs = 30000;
const QString kSender = QStringLiteral("ada@practice.example");

} // namespace

class TestUiEmail final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestCertificate m_certificate;
    std::unique_ptr<SmtpTestServer> m_server;
    std::unique_ptr<SmtpTestServer> m_oauthServer;
    QNetworkAccessManager m_network;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
    PracticeFiles m_files;
    MemorySecretStore m_keychain;
    QString m_keychainAccount;
    domain::Client m_client;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PracticeContext> m_context;
    std::unique_ptr<PracticeWorkspace> m_workspace;

    domain::Booking m_booking = domain::Booking::restore({}, {}, {}, {}, domain::BookingStatus::Inquiry);

    SettingsPage* settings() const { return find<SettingsPage>(m_window.get(), "settingsPageWidget"); }

    // The first row whose "what" column (1) contains `text`; -1 when none.
    static int rowWith(QTableView* table, const QString& text)
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 1).data().toString().contains(text)) {
                return row;
            }
        }
        return -1;
    }

    // Answers the next question box with `button`, keeping its text.
    void answerQuestion(QMessageBox::StandardButton button, QString* text)
    {
        QTimer::singleShot(0, this, [button, text] {
            QMessageBox* box = nullptr;
            QTRY_VERIFY((box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())));
            *text = box->text();
            box->button(button)->click();
        });
    }

    void fillServer(const QString& host, int port, const QString& password)
    {
        auto* delivery = find<QComboBox>(m_window.get(), "emailDeliveryCombo");
        delivery->setCurrentIndex(delivery->findData(int(email::EmailAccount::Delivery::Server)));
        find<QLineEdit>(m_window.get(), "emailSenderNameEdit")->setText(QStringLiteral("Ada Lindqvist"));
        find<QLineEdit>(m_window.get(), "emailSenderAddressEdit")->setText(kSender);
        find<QLineEdit>(m_window.get(), "emailServerEdit")->setText(host);
        find<QSpinBox>(m_window.get(), "emailPortSpin")->setValue(port);
        find<QLineEdit>(m_window.get(), "emailUserEdit")->setText(SmtpTestServer::Options().user);
        find<QLineEdit>(m_window.get(), "emailPasswordEdit")->setText(password);
        find<QComboBox>(m_window.get(), "emailSignInCombo")->setCurrentIndex(0); // password
    }

    QString testOutcome()
    {
        auto* outcome = find<QLabel>(m_window.get(), "emailOutcomeLabel");
        QTest::mouseClick(find<QPushButton>(m_window.get(), "emailTestButton"), Qt::LeftButton);
        // Busy first ("Sending…"), then the outcome.
        QDeadlineTimer deadline(kMailMs);
        while (outcome->text().startsWith(QStringLiteral("Sending")) && !deadline.hasExpired()) {
            QTest::qWait(20);
        }
        return outcome->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certificate = TestCertificate::make(m_dir.path());
        QVERIFY2(m_certificate.isValid(), qPrintable(m_certificate.error));
        m_server = std::make_unique<SmtpTestServer>(m_certificate, SmtpTestServer::Options());
        QVERIFY2(m_server->port() > 0, qPrintable(m_server->transcript()));

        m_clock = std::make_unique<FakeClock>(QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC));
        m_store = std::make_unique<Store>(*m_clock);
        m_files.directory = m_dir.filePath(QStringLiteral("practice"));
        PracticeVault vault(*m_store, nullptr, 1s);
        QVERIFY(test::await(vault.create(m_files, nullptr, KeyFile::KdfProfile::Interactive)));
        m_keychainAccount = PracticeVault::vaultIdOf(m_files).value().toString(QUuid::WithoutBraces);
        domain::PracticeProfile profile = test::lumenProfile();
        profile.localeName = QStringLiteral("en_GB");
        require(SettingsRepository(*m_store).saveProfile(profile));
        m_client = test::clientNamed(QStringLiteral("Jürgen"), QStringLiteral("Müller"), m_clock->nowUtc());
        m_client.addEmail(domain::EmailAddress::parse(QStringLiteral("juergen@client.example")).value());
        require(ClientRepository(*m_store).add(m_client));

        // A connected account, as Settings → Connected Accounts leaves it: recorded in the practice,
        // its tokens in the keychain. A mail server that takes only its token (XOAUTH2) awaits it.
        SmtpTestServer::Options bearerOnly;
        bearerOnly.mechanisms = QStringLiteral("XOAUTH2");
        bearerOnly.user = kSender;
        m_oauthServer = std::make_unique<SmtpTestServer>(m_certificate, bearerOnly);
        QVERIFY2(m_oauthServer->port() > 0, qPrintable(m_oauthServer->transcript()));
        ConnectedAccount connected;
        connected.id = sync::UuidV7::create();
        connected.providerId = QStringLiteral("oidc-test");
        connected.account = kSender;
        connected.keychainPurpose = OAuthTokenKeychain::purposeFor(connected.providerId, connected.account);
        connected.connectedAtUtc = m_clock->nowUtc();
        QVERIFY(test::await(ConnectedAccounts(*m_store).save(connected)).hasValue());
        OAuthTokens tokens;
        tokens.accessToken = bearerOnly.token.toUtf8();
        tokens.refreshToken = QByteArrayLiteral("refresh-1");
        tokens.tokenType = QStringLiteral("Bearer");
        tokens.expiresAtUtc = m_clock->nowUtc().addSecs(3600);
        require(
            OAuthTokenKeychain(m_keychain, m_keychainAccount, connected.providerId, connected.account).save(tokens));

        AccountServices services;
        services.keychain = &m_keychain;
        ConnectableProvider provider;
        provider.config.providerId = QStringLiteral("oidc-test");
        provider.config.displayName = QStringLiteral("Test Provider");
        services.providers = {provider};
        // The token is valid for an hour: the session hands it over without asking the provider.
        services.tokenEndpointFor = [this](const OAuthProviderConfig& config) -> std::unique_ptr<OAuthTokenEndpoint> {
            return std::make_unique<OAuthTokenClient>(config, m_network, *m_clock, 10s);
        };
        // The real SMTP adapter, trusting the test server's certificate and not waiting long for it.
        services.smtpTransportFor = [ca = m_certificate.certFile](SmtpAccount account, AccessTokenSource credentials) {
            account.caFile = ca;
            account.connectTimeout = 5s;
            account.replyTimeout = 3s;
            return std::make_shared<SmtpTransport>(account, std::move(credentials));
        };
        services.folderTransportFor = [](const QString& folder) { return std::make_shared<FileSinkTransport>(folder); };

        m_window = std::make_unique<MainWindow>(ComponentVersions {});
        m_window->resize(1100, 760);
        m_context = std::make_unique<PracticeContext>(*m_store, *m_clock, m_files, profile);
        m_workspace = std::make_unique<PracticeWorkspace>(*m_context, *m_window, services);
        m_window->showWorkspace();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setCurrentSection(Section::Settings);
        settings()->setCurrentPage(SettingsPage::Page::Email);
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        m_context.reset();
        m_window.reset();
        if (m_store->isOpen()) {
            QVERIFY(test::await(m_store->lock()));
        }
    }

    void emailStartsOffAndTheServerFieldsAppearWhenChosen()
    {
        auto* delivery = find<QComboBox>(m_window.get(), "emailDeliveryCombo");
        auto* server = find<QLineEdit>(m_window.get(), "emailServerEdit");
        QCOMPARE(delivery->currentData().toInt(), int(email::EmailAccount::Delivery::Off));
        QVERIFY(!server->isVisible());
        QVERIFY(!find<QPushButton>(m_window.get(), "emailTestButton")->isEnabled());
        delivery->setCurrentIndex(delivery->findData(int(email::EmailAccount::Delivery::Server)));
        QVERIFY(server->isVisible());
        // A Gmail address fills in Gmail's server and says how to sign in.
        auto* address = find<QLineEdit>(m_window.get(), "emailSenderAddressEdit");
        address->setText(QStringLiteral("ada.lindqvist@gmail.com"));
        QMetaObject::invokeMethod(address, "editingFinished");
        QCOMPARE(server->text(), QStringLiteral("smtp.gmail.com"));
        QCOMPARE(find<QSpinBox>(m_window.get(), "emailPortSpin")->value(), 587);
        QVERIFY(find<QLabel>(m_window.get(), "emailPresetHint")->text().contains(QStringLiteral("app password")));
        QVERIFY(shoot(settings(), QStringLiteral("email-settings-gmail.png")));
    }

    void theTestMessageSaysWhatFailed()
    {
        fillServer(QStringLiteral("smtp.no-such-host.invalid"), 587, QStringLiteral("whatever"));
        QString outcome = testOutcome();
        QVERIFY2(outcome.startsWith(QStringLiteral("Server name (DNS) failed")), qPrintable(outcome));

        fillServer(QStringLiteral("127.0.0.1"), m_server->port(), QStringLiteral("not-the-password"));
        outcome = testOutcome();
        QVERIFY2(outcome.startsWith(QStringLiteral("Sign-in failed")), qPrintable(outcome));
        QVERIFY2(outcome.contains(QStringLiteral("535")), qPrintable(outcome));
        QVERIFY(shoot(settings(), QStringLiteral("email-test-sign-in-failed.png")));

        m_server->setBehaviour(QStringLiteral("reject-sender"));
        fillServer(QStringLiteral("127.0.0.1"), m_server->port(), SmtpTestServer::Options().password);
        outcome = testOutcome();
        QVERIFY2(outcome.startsWith(QStringLiteral("Sender address failed")), qPrintable(outcome));
        QVERIFY2(outcome.contains(QStringLiteral("553")), qPrintable(outcome));
        QVERIFY(m_server->messages().isEmpty());

        m_server->setBehaviour(QStringLiteral("accept"));
        outcome = testOutcome();
        QVERIFY2(outcome.contains(QStringLiteral("test message was sent")), qPrintable(outcome));
        QCOMPARE(m_server->messages().size(), 1);
        const QJsonObject read = test::inspectEml(m_server->messages().constLast());
        QCOMPARE(read[QStringLiteral("subject")].toString(), QStringLiteral("Clientele test message"));
        QCOMPARE(read[QStringLiteral("to")].toArray().at(0).toObject()[QStringLiteral("address")].toString(), kSender);
        QVERIFY(shoot(settings(), QStringLiteral("email-test-sent.png")));
    }

    void aConnectedAccountSignsInWithItsToken()
    {
        fillServer(QStringLiteral("127.0.0.1"), m_oauthServer->port(), QString());
        auto* signIn = find<QComboBox>(m_window.get(), "emailSignInCombo");
        QTRY_COMPARE(signIn->count(), 2);
        signIn->setCurrentIndex(1);
        QVERIFY(signIn->currentText().contains(kSender));
        QVERIFY(!find<QLineEdit>(m_window.get(), "emailPasswordEdit")->isEnabled());
        const QString outcome = testOutcome();
        QVERIFY2(outcome.contains(QStringLiteral("test message was sent")), qPrintable(outcome));
        QCOMPARE(m_oauthServer->messages().size(), 1);
        const QJsonArray events = m_oauthServer->events();
        QCOMPARE(events.first().toObject()[QStringLiteral("mechanism")].toString(), QStringLiteral("XOAUTH2"));
        QCOMPARE(events.first().toObject()[QStringLiteral("user")].toString(), kSender);
        QVERIFY(shoot(settings(), QStringLiteral("email-connected-account.png")));
    }

    void savingKeepsThePasswordInTheKeychain()
    {
        fillServer(QStringLiteral("127.0.0.1"), m_server->port(), SmtpTestServer::Options().password);
        QTest::mouseClick(find<QPushButton>(m_window.get(), "emailSaveButton"), Qt::LeftButton);
        auto* outcome = find<QLabel>(m_window.get(), "emailOutcomeLabel");
        QTRY_VERIFY_WITH_TIMEOUT(outcome->text().startsWith(QStringLiteral("Saved")), kMailMs);
        const auto secret = test::await(m_keychain.read(m_keychainAccount, email::EmailAccount::passwordPurpose()));
        QVERIFY(secret.hasValue());
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(secret.value()->data()),
                     static_cast<qsizetype>(secret.value()->size())),
            SmtpTestServer::Options().password.toUtf8());
        const email::EmailAccount stored = value(EmailSettings(*m_store).account());
        QCOMPARE(stored.delivery, email::EmailAccount::Delivery::Server);
        QCOMPARE(stored.sender.address, kSender);
        // The form comes back without the password, saying it is kept.
        auto* password = find<QLineEdit>(m_window.get(), "emailPasswordEdit");
        QTRY_VERIFY(password->text().isEmpty() && password->placeholderText().contains(QStringLiteral("keychain")));
    }

    void anEmailQueuedAnywhereGoesOutThroughTheSavedAccount()
    {
        const int before = static_cast<int>(m_server->messages().size());
        const auto queued = test::await(Emails(*m_store).queue(email::WelcomeEmail {m_client}));
        QVERIFY2(queued.hasValue(), qPrintable(queued ? QString() : queued.error().toString()));
        m_context->notifyChanged(PracticeContext::Area::Outbox);
        QTRY_COMPARE_WITH_TIMEOUT(static_cast<int>(m_server->messages().size()), before + 1, kMailMs);
        const QJsonObject read = test::inspectEml(m_server->messages().constLast());
        QCOMPARE(read[QStringLiteral("to")].toArray().at(0).toObject()[QStringLiteral("name")].toString(),
            QStringLiteral("Jürgen Müller"));
        QVERIFY(read[QStringLiteral("subject")].toString().contains(QStringLiteral("Lumen Studio")));
    }

    void anInvoiceIsEmailedFromItsPageWithItsPdf()
    {
        const domain::Service service = test::serviceWithDeposit(20000, 0);
        require(ServiceRepository(*m_store).add(service));
        m_booking = test::bookingAt(m_client, service, m_clock->nowUtc().addDays(3), domain::BookingStatus::Confirmed);
        require(BookingRepository(*m_store).add(m_booking));
        InvoiceRepository invoices(*m_store);
        const domain::Invoice draft =
            value(invoices.draftForBooking(m_booking.id(), sync::UuidV7::create(), m_clock->nowUtc().date()));
        require(invoices.add(draft));
        const domain::Invoice issued = value(invoices.issue(draft.id(), m_clock->nowUtc().date()));
        m_context->notifyChanged(PracticeContext::Area::Invoices);

        m_window->setCurrentSection(Section::Invoices);
        QWidget* invoicesPage = m_window->sectionPage(Section::Invoices);
        auto* table = find<QTableView>(invoicesPage, "invoiceTable");
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kMailMs);
        table->selectRow(0);
        auto* emailButton = find<QPushButton>(invoicesPage, "invoiceEmailButton");
        QTRY_VERIFY(emailButton->isVisible() && emailButton->isEnabled());
        const int before = static_cast<int>(m_server->messages().size());
        QString asked;
        answerQuestion(QMessageBox::Yes, &asked);
        QTest::mouseClick(emailButton, Qt::LeftButton);
        QVERIFY2(asked.contains(issued.number()) && asked.contains(QStringLiteral("Jürgen Müller")), qPrintable(asked));
        QTRY_COMPARE_WITH_TIMEOUT(static_cast<int>(m_server->messages().size()), before + 1, kMailMs);
        const QJsonObject read = test::inspectEml(m_server->messages().constLast());
        QVERIFY(read[QStringLiteral("subject")].toString().contains(issued.number()));
        bool hasPdf = false;
        const QJsonArray parts = read[QStringLiteral("parts")].toArray();
        for (const auto& part : parts) {
            if (part.toObject()[QStringLiteral("content_type")].toString() == u"application/pdf") {
                hasPdf = part.toObject()[QStringLiteral("size")].toInt() > 1000;
            }
        }
        QVERIFY(hasPdf);

        // The Outbox lists it as sent; the client's history too.
        m_window->setCurrentSection(Section::Outbox);
        auto* outbox = find<QTableView>(m_window->sectionPage(Section::Outbox), "outboxPageTable");
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(outbox, issued.number()) >= 0, kMailMs);
        QTRY_COMPARE(
            outbox->model()->index(rowWith(outbox, issued.number()), 3).data().toString(), QStringLiteral("Sent"));
        QVERIFY(shoot(m_window.get(), QStringLiteral("email-outbox-sent.png")));
    }

    void aBookingsConfirmationGoesOutWithItsCalendarFile()
    {
        m_window->setCurrentSection(Section::Bookings);
        QWidget* bookingsPage = m_window->sectionPage(Section::Bookings);
        auto* table = find<QTableView>(bookingsPage, "bookingTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 1, kMailMs);
        table->selectRow(0);
        auto* confirm = find<QPushButton>(bookingsPage, "bookingEmailConfirmationButton");
        QTRY_VERIFY(confirm->isVisible());
        const int before = static_cast<int>(m_server->messages().size());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(static_cast<int>(m_server->messages().size()), before + 1, kMailMs);
        const QJsonObject read = test::inspectEml(m_server->messages().constLast());
        QVERIFY2(read[QStringLiteral("structure")].toString().endsWith(QStringLiteral(",text/calendar)")),
            qPrintable(read[QStringLiteral("structure")].toString()));
    }

    void aRefusedEmailShowsWhyInTheOutboxAndGoesWhenRetried()
    {
        m_server->setBehaviour(QStringLiteral("reject-data"));
        const auto queued = test::await(Emails(*m_store).queue(email::WelcomeEmail {m_client}));
        QVERIFY(queued.hasValue());
        m_context->notifyChanged(PracticeContext::Area::Outbox);
        m_window->setCurrentSection(Section::Outbox);
        QWidget* page = m_window->sectionPage(Section::Outbox);
        auto* outbox = find<QTableView>(page, "outboxPageTable");
        const QString subject = queued->headerId.isEmpty() ? QString() : QStringLiteral("Welcome to Lumen Studio");
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(outbox, subject) >= 0
                && outbox->model()->index(rowWith(outbox, subject), 3).data().toString() == u"Failed",
            kMailMs);
        const QString detail = outbox->model()->index(rowWith(outbox, subject), 4).data().toString();
        QVERIFY2(detail.contains(QStringLiteral("554")), qPrintable(detail));
        QVERIFY(shoot(m_window.get(), QStringLiteral("email-outbox-failed.png")));

        m_server->setBehaviour(QStringLiteral("accept"));
        const int before = static_cast<int>(m_server->messages().size());
        outbox->setCurrentIndex(outbox->model()->index(rowWith(outbox, subject), 0));
        auto* retry = page->findChild<QAction*>(QStringLiteral("outboxRetryAction"));
        QTRY_VERIFY(retry->isEnabled());
        retry->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(static_cast<int>(m_server->messages().size()), before + 1, kMailMs);
        QTRY_COMPARE(outbox->model()->index(rowWith(outbox, subject), 3).data().toString(), QStringLiteral("Sent"));
    }

    void aTemplateIsCheckedAsItIsTypedAndSaved()
    {
        m_window->setCurrentSection(Section::Settings);
        settings()->setCurrentPage(SettingsPage::Page::Email);
        auto* kind = find<QComboBox>(m_window.get(), "emailTemplateKindCombo");
        auto* body = find<QPlainTextEdit>(m_window.get(), "emailTemplateBodyEdit");
        auto* save = find<QPushButton>(m_window.get(), "emailTemplateSaveButton");
        auto* reset = find<QPushButton>(m_window.get(), "emailTemplateResetButton");
        kind->setCurrentIndex(kind->findData(int(email::EmailKind::Welcome)));
        QVERIFY(!save->isEnabled());
        QVERIFY(!reset->isEnabled());
        body->setPlainText(QStringLiteral("Dear {{client.first_name}}, your {{invoice.number}}"));
        auto* error = find<QWidget>(m_window.get(), "emailTemplateError");
        QVERIFY(error->isVisible());
        QVERIFY(!save->isEnabled());
        // The page scrolls; the refusal is under the text.
        for (QWidget* up = error->parentWidget(); up; up = up->parentWidget()) {
            if (auto* scroll = qobject_cast<QScrollArea*>(up)) {
                scroll->ensureWidgetVisible(save);
                break;
            }
        }
        QVERIFY(shoot(settings(), QStringLiteral("email-template-refused.png")));

        body->setPlainText(QStringLiteral("Dear {{client.first_name}},\n\nwelcome to {{practice.name}}."));
        QVERIFY(!error->isVisible());
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!save->isEnabled());
        const QList<email::EmailTemplate> stored = value(EmailSettings(*m_store).templates());
        QCOMPARE(stored.at(email::allEmailKinds().indexOf(email::EmailKind::Welcome)).body,
            QStringLiteral("Dear {{client.first_name}},\n\nwelcome to {{practice.name}}."));

        QVERIFY(reset->isEnabled());
        QTest::mouseClick(reset, Qt::LeftButton);
        QTRY_COMPARE(
            value(EmailSettings(*m_store).templates()).at(email::allEmailKinds().indexOf(email::EmailKind::Welcome)),
            email::EmailTemplate::defaultFor(email::EmailKind::Welcome));
    }
};

QTEST_MAIN(TestUiEmail)
#include "test_ui_email.moc"
