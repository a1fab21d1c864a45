// The Outbox section as the practitioner sees it: the workspace over a real encrypted practice and
// the real relay process in sandbox mode (simulated Stripe and Twilio). A text and a payment link
// queued while this computer has no relay wait, with a note saying why; one can be withdrawn.
// Connecting in Settings → Relay sends the rest, once each: the text shows as sent or delivered, the
// payment link without a Stripe account fails with the reason, and Retry sends it again as a new
// request. A payment link on an invoice comes back from the relay, and once the client pays, the
// invoice shows as paid and its booking as confirmed, with nobody clicking anything.
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <chrono>
#include <memory>

#include "core/adapters/relay/RelayEnrollmentClient.h"
#include "core/fakes/FakeClock.h"
#include "core/fakes/MemorySecretStore.h"
#include "core/store/BookingRepository.h"
#include "core/store/CommandOutbox.h"
#include "core/store/InvoiceRepository.h"
#include "core/store/PaymentRequests.h"
#include "core/store/PracticeVault.h"
#include "core/store/ServiceRepository.h"
#include "core/store/SqlStatement.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "core/store/Subscriptions.h"
#include "core/store/Transactions.h"
#include "core/text/MoneyText.h"
#include "tests/outbox/SandboxRelay.h"
#include "tests/relay/RelayProcess.h"
#include "tests/store/PracticeFixtures.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/PracticeWorkspace.h"
#include "ui/clients/ClientsPage.h"
#include "ui/invoices/PaymentLinkDialog.h"
#include "ui/invoices/RecordPaymentDialog.h"
#include "ui/practice/PracticeContext.h"
#include "ui/records/RecordListPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/widgets/OpenInBrowser.h"

using namespace clientele;
using namespace clientele::ui;
using namespace clientele::uitest;
using namespace std::chrono_literals;

namespace {

constexpr int kRelayMs = 30000;

QJsonObject smsParams()
{
    return {{QStringLiteral("to"), QStringLiteral("+4915112345678")},
        {QStringLiteral("body"), QStringLiteral("See you on Wednesday at 10:00")}};
}

QJsonObject checkoutParams()
{
    return {{QStringLiteral("mode"), QStringLiteral("payment")}, {QStringLiteral("currency"), QStringLiteral("eur")},
        {QStringLiteral("line_items"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Portrait session")},
                {QStringLiteral("unit_amount"), 20000}, {QStringLiteral("quantity"), 1}}}},
        {QStringLiteral("success_url"), QStringLiteral("https://lumen.example/thanks")}};
}

} // namespace

class TestUiOutbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcessEnvironment env;
        env.insert(QStringLiteral("CLIENTELE_RELAY_DB"), m_dir.filePath(QStringLiteral("relay.sqlite")));
        QVERIFY2(
            m_relayProcess.startProgram(QStringLiteral(CLIENTELE_RELAY_BINARY), {QStringLiteral("--sandbox")}, env),
            qPrintable(m_relayProcess.transcript()));

        // Now: the sandbox's payment links expire a day from its own (real) clock.
        m_clock = std::make_unique<FakeClock>(QDateTime::currentDateTimeUtc());
        m_store = std::make_unique<Store>(*m_clock);
        m_files.directory = m_dir.filePath(QStringLiteral("practice"));
        PracticeVault vault(*m_store, nullptr, 1s);
        QVERIFY(test::await(vault.create(m_files, nullptr, KeyFile::KdfProfile::Interactive)));

        domain::PracticeProfile profile = test::lumenProfile();
        profile.localeName = QStringLiteral("en_GB");
        require(SettingsRepository(*m_store).saveProfile(profile));
        m_ada = test::clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), m_clock->nowUtc());
        require(ClientRepository(*m_store).add(m_ada));

        m_enrollment = std::make_unique<RelayEnrollmentClient>(m_network);
        AccountServices services;
        services.keychain = &m_keychain;
        services.relay = m_enrollment.get();
        services.suggestedRelayAddress = m_relayProcess.url(QStringLiteral("/")).toString();

        m_window = std::make_unique<MainWindow>(ComponentVersions {});
        m_window->resize(1100, 720);
        m_context = std::make_unique<PracticeContext>(*m_store, *m_clock, m_files, profile);
        m_workspace = std::make_unique<PracticeWorkspace>(*m_context, *m_window, services);
        m_window->showWorkspace();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
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

    void anEmptyOutboxSaysWhatWillAppear()
    {
        m_window->setCurrentSection(Section::Outbox);
        QTRY_VERIFY(page()->property("loaded").toBool());
        QTRY_VERIFY(find<QLabel>(page(), "emptyStateTitleLabel")->isVisible());
        QCOMPARE(find<QLabel>(page(), "emptyStateTitleLabel")->text(), QStringLiteral("Nothing to send"));
        QVERIFY(shoot(m_window.get(), QStringLiteral("outbox-empty.png")));
    }

    void withoutARelayRequestsWaitAndCanBeWithdrawn()
    {
        m_text = queue(QStringLiteral("twilio.sms.send"), smsParams());
        m_link = queue(QStringLiteral("stripe.checkout.create"), checkoutParams());
        const OutboxCommand spare = queue(QStringLiteral("twilio.sms.send"), smsParams());
        QTableView* table = rows(3);
        QCOMPARE(cell(table, spare.id, 1), QStringLiteral("Text message"));
        QCOMPARE(cell(table, spare.id, 2), QStringLiteral("Ada Lovelace"));
        QCOMPARE(cell(table, spare.id, 3), QStringLiteral("Queued"));
        QCOMPARE(cell(table, m_link.id, 1), QStringLiteral("Payment link"));
        QVERIFY(noteText().contains(u"not connected to a relay"));

        outboxPage()->selectRecord(spare.id);
        auto* withdraw = button("outboxWithdrawAction");
        QVERIFY(withdraw->isEnabled());
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QTRY_COMPARE(cell(rows(3), spare.id, 3), QStringLiteral("Withdrawn"));
        QTRY_VERIFY(!button("outboxWithdrawAction")->isEnabled());
        QVERIFY(shoot(m_window.get(), QStringLiteral("outbox-waiting.png")));
    }

    void connectingSendsWhatWaited()
    {
        m_window->setCurrentSection(Section::Settings);
        auto* settings = find<SettingsPage>(m_window.get(), "settingsPageWidget");
        settings->setCurrentPage(SettingsPage::Page::Relay);
        auto* address = find<QLineEdit>(m_window.get(), "relayAddressEdit");
        QTRY_COMPARE(address->text(), m_relayProcess.url(QStringLiteral("/")).toString());
        find<QLineEdit>(m_window.get(), "relayDeviceNameEdit")->setText(QStringLiteral("Studio laptop"));
        QTest::mouseClick(find<QPushButton>(m_window.get(), "relayConnectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(m_window.get(), "relayStatusLabel")->isVisible(), kRelayMs);

        m_window->setCurrentSection(Section::Outbox);
        QVERIFY(advanceUntil([this] {
            const QString text = cell(rows(3), m_text.id, 3);
            return text == u"Sent" || text == u"Delivered";
        }));
        QVERIFY(advanceUntil([this] { return cell(rows(3), m_link.id, 3) == u"Failed"; }));
        QVERIFY2(cell(rows(3), m_link.id, 4).contains(u"Connect a Stripe account first"),
            qPrintable(cell(rows(3), m_link.id, 4)));
        QVERIFY(noteText().contains(u"Each goes out once"));
        QVERIFY(shoot(m_window.get(), QStringLiteral("outbox-sent-and-failed.png")));
    }

    void retryingAFailedRequestSendsItAgainAsANewOne()
    {
        rows(3);
        outboxPage()->selectRecord(m_link.id);
        auto* retry = button("outboxRetryAction");
        QTRY_VERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        // The failed request is replaced by a new one, which the relay refuses the same way.
        QVERIFY(advanceUntil([this] {
            const QList<OutboxCommand> all = test::await(CommandOutbox(*m_store).list()).value();
            return std::none_of(all.cbegin(), all.cend(), [this](const OutboxCommand& c) { return c.id == m_link.id; })
                && std::any_of(all.cbegin(), all.cend(), [](const OutboxCommand& c) {
                       return c.type == u"stripe.checkout.create" && c.state == OutboxState::Failed;
                   });
        }));
    }

    // With a Stripe account at the relay (made through the outbox, as onboarding will), an issued
    // invoice gets its payment link from Payment Link…, and the outbox shows the request.
    void anInvoiceGetsItsPaymentLink()
    {
        const OutboxCommand account = queue(QStringLiteral("stripe.account.create"),
            {{QStringLiteral("country"), QStringLiteral("DE")},
                {QStringLiteral("email"), QStringLiteral("studio@lumen.example")}});
        QVERIFY(advanceUntil([&] { return !test::await(CommandOutbox(*m_store).find(account.id)).value()->isOpen(); }));

        const auto sessionAndInvoice = issuedInvoiceForAda(20000, 3, domain::BookingStatus::AwaitingPayment);
        const domain::Booking& booking = sessionAndInvoice.first;
        const domain::Invoice& issued = sessionAndInvoice.second;
        InvoiceRepository invoices(*m_store);
        m_context->notifyChanged(PracticeContext::Area::Invoices);

        m_window->setCurrentSection(Section::Invoices);
        QWidget* invoicesPage = m_window->sectionPage(Section::Invoices);
        auto* table = find<QTableView>(invoicesPage, "invoiceTable");
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kRelayMs);
        table->selectRow(0);
        auto* linkButton = find<QPushButton>(invoicesPage, "invoicePaymentLinkButton");
        QTRY_VERIFY_WITH_TIMEOUT(linkButton->isVisible() && linkButton->isEnabled(), kRelayMs);
        QTest::mouseClick(linkButton, Qt::LeftButton);
        auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("paymentLinkDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* create = find<QPushButton>(dialog, "paymentLinkCreateButton");
        QTRY_VERIFY(create->isVisible() && create->isEnabled());
        QVERIFY2(find<QLabel>(dialog, "paymentLinkStateLabel")->text().contains(u"no link"),
            qPrintable(find<QLabel>(dialog, "paymentLinkStateLabel")->text()));
        QTest::mouseClick(create, Qt::LeftButton);

        auto* link = find<QLineEdit>(dialog, "paymentLinkEdit");
        QVERIFY(advanceUntil([link] { return link->isVisible() && link->text().startsWith(u"http"); }));
        QVERIFY2(find<QLabel>(dialog, "paymentLinkStateLabel")->text().startsWith(u"Send this link"),
            qPrintable(find<QLabel>(dialog, "paymentLinkStateLabel")->text()));
        QVERIFY(shoot(dialog, QStringLiteral("payment-link.png")));
        QTest::mouseClick(find<QPushButton>(dialog, "paymentLinkCopyButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), link->text());
        // What the client pays on: the sandbox's checkout page answers.
        QCOMPARE(test::httpCall(QStringLiteral("GET"), QUrl(link->text())).status, 200);

        // The client pays. The relay hears it from Stripe and puts it in the vault's log; the inbox
        // reads it and the open dialog, the invoice and its booking follow without a click.
        test::httpCall(QStringLiteral("POST"), QUrl(link->text() + u"/pay"), {}, {}, 5000);
        QPointer<QLabel> state = find<QLabel>(dialog, "paymentLinkStateLabel");
        QVERIFY(advanceUntil([state] { return !state || state->text().startsWith(u"The client paid"); }));
        QVERIFY2(state, "the dialog went away");
        QVERIFY(!link->isVisible());
        QVERIFY(!create->isVisible());
        dialog->close();
        auto* pill = find<QWidget>(invoicesPage, "invoiceStatusPill");
        QVERIFY(advanceUntil([pill] { return pill->accessibleName() == u"Paid"; }));
        const domain::Invoice paidInvoice = value(invoices.find(issued.id())).value();
        QCOMPARE(paidInvoice.status(), domain::InvoiceStatus::Paid);
        QCOMPARE(paidInvoice.payments().size(), 1);
        QCOMPARE(value(BookingRepository(*m_store).find(booking.id()))->status(), domain::BookingStatus::Confirmed);
        QVERIFY(shoot(m_window.get(), QStringLiteral("invoice-paid.png")));

        m_window->setCurrentSection(Section::Outbox);
        QTableView* outbox = rows(5);
        const QList<OutboxCommand> all = test::await(CommandOutbox(*m_store).list()).value();
        const auto checkout = std::find_if(all.cbegin(), all.cend(),
            [](const OutboxCommand& c) { return c.type == u"stripe.checkout.create" && c.state == OutboxState::Sent; });
        QVERIFY(checkout != all.cend());
        // What it was about, with the money it asked for.
        QCOMPARE(cell(outbox, checkout->id, 2),
            u"Invoice " + issued.number() + u" · Ada Lovelace · "
                + moneyText(paidInvoice.payments().constFirst().amount, QLocale(QStringLiteral("en_GB"))));
        QVERIFY(shoot(m_window.get(), QStringLiteral("outbox-payment-link.png")));
        // The page the client comes back to after paying.
        const test::HttpReply paid = test::httpCall(QStringLiteral("GET"), m_relayProcess.url(QStringLiteral("/paid")));
        QCOMPARE(paid.status, 200);
        QVERIFY(paid.body.contains("Your payment has been submitted"));
    }

    void aCardPaymentIsRefundedToTheCardAndItsDisputeShows()
    {
        const domain::Invoice issued = issuedInvoiceForAda(20000, 9, domain::BookingStatus::Confirmed).second;
        InvoiceRepository invoices(*m_store);
        const PaymentRequest link = readyLink(issued);
        QVERIFY(link.state == PaymentRequest::State::Ready);
        test::httpCall(QStringLiteral("POST"), QUrl(link.url.toString() + u"/pay"), {}, {}, 5000);
        QVERIFY(advanceUntil([&] { return !value(invoices.find(issued.id()))->payments().isEmpty(); }));
        const QString intent = value(invoices.find(issued.id()))->payments().constFirst().externalReference;

        // The practitioner opens the invoice and gives 50.00 back to the client's card.
        m_context->notifyChanged(PracticeContext::Area::Invoices);
        m_window->setCurrentSection(Section::Invoices);
        QWidget* invoicesPage = m_window->sectionPage(Section::Invoices);
        auto* table = find<QTableView>(invoicesPage, "invoiceTable");
        auto* refundButton = find<QPushButton>(invoicesPage, "invoiceRefundButton");
        auto* number = find<QLabel>(invoicesPage, "invoiceNumberLabel");
        // The list may refresh (and select the invoice shown before) while this one opens: select it
        // until the editor shows it.
        QVERIFY(advanceUntil([&] {
            if (number->text().contains(issued.number())) {
                return refundButton->isVisible() && refundButton->isEnabled();
            }
            const QModelIndexList found = table->model()->match(
                table->model()->index(0, 0), Qt::DisplayRole, issued.number(), 1, Qt::MatchExactly);
            if (!found.isEmpty() && table->currentIndex().row() != found.constFirst().row()) {
                table->selectRow(found.constFirst().row());
            }
            return false;
        }));
        QString okText;
        bool stripeChosen = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<QDialog*>(QApplication::activeModalWidget()));
            QWidget* dialog = QApplication::activeModalWidget();
            stripeChosen = find<QRadioButton>(dialog, "refundThroughStripeRadio")->isChecked();
            find<QLineEdit>(dialog, "refundAmountEdit")->setText(QStringLiteral("50.00"));
            find<QLineEdit>(dialog, "refundReasonEdit")->setText(QStringLiteral("Second session moved online"));
            auto* ok = find<QPushButton>(dialog, "refundOkButton");
            okText = ok->text();
            shoot(dialog, QStringLiteral("refund-to-card.png"));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(refundButton, Qt::LeftButton);
        QVERIFY(stripeChosen);
        QCOMPARE(okText, QStringLiteral("Refund to Card"));
        // Stripe makes it; the invoice shows it without a click.
        auto* pill = find<QWidget>(invoicesPage, "invoiceStatusPill");
        QVERIFY2(advanceUntil([&] { return !value(invoices.find(issued.id()))->refunds().isEmpty(); }),
            qPrintable(find<QLabel>(invoicesPage, "invoiceErrorLabel")->text()));
        QVERIFY(advanceUntil([pill] { return pill->accessibleName() == u"Partially paid"; }));
        const domain::Invoice refunded = value(invoices.find(issued.id())).value();
        QCOMPARE(refunded.refunds().size(), 1);
        QCOMPARE(refunded.refunds().constFirst().amount.minorUnits(), 5000);
        QCOMPARE(refunded.refunds().constFirst().reason, QStringLiteral("Second session moved online"));
        m_window->setCurrentSection(Section::Outbox);
        QVERIFY(advanceUntil([&] {
            const QList<OutboxCommand> all = test::await(CommandOutbox(*m_store).list()).value();
            return std::any_of(all.cbegin(), all.cend(), [](const OutboxCommand& c) {
                return c.type == u"stripe.refund.create" && c.state == OutboxState::Sent;
            });
        }));
        QVERIFY(shoot(m_window.get(), QStringLiteral("outbox-refund.png")));

        // The client's bank disputes the rest: the invoice and Today show it, with the deadline.
        const QUrl stripe = test::sandboxProviderUrl(m_relayProcess, QStringLiteral("Stripe"));
        QCOMPARE(test::httpCall(QStringLiteral("POST"),
                     stripe.resolved(QUrl(u"/_fake/payment_intents/" + intent + u"/dispute")),
                     R"({"reason":"product_not_received"})")
                     .status,
            200);
        m_window->setCurrentSection(Section::Invoices);
        auto* notice = find<QLabel>(invoicesPage, "invoiceDisputeNotice");
        QVERIFY(advanceUntil([notice] { return notice->isVisible(); }));
        QVERIFY2(notice->text().contains(u"150.00") && notice->text().contains(u"service not received"),
            qPrintable(notice->text()));
        QVERIFY(shoot(m_window.get(), QStringLiteral("invoice-disputed.png")));
        m_window->setCurrentSection(Section::Today);
        auto* disputes = find<QListWidget>(m_window->sectionPage(Section::Today), "todayDisputesList");
        QVERIFY(advanceUntil([&] { return disputes->count() == 1; }));
        QVERIFY2(
            disputes->item(0)->text().contains(issued.number()) && disputes->item(0)->text().startsWith(u"Answer by"),
            qPrintable(disputes->item(0)->text()));
        QVERIFY(shoot(m_window.get(), QStringLiteral("today-dispute.png")));
    }

    void aLinkCanAskForTheDepositOnly()
    {
        const domain::Invoice issued =
            issuedInvoiceForAda(240000, 12, domain::BookingStatus::AwaitingPayment, 60000).second;
        const domain::Money owed = issued.balanceDue().value();
        PaymentLinkDialog dialog(*m_context,
            {issued.id(), issued.number(), owed,
                RecordPaymentDialog::suggestedAmount(issued, m_clock->nowUtc().date())},
            m_relayProcess.url(QStringLiteral("/paid")), nullptr, m_window.get());
        dialog.show();
        auto* amounts = find<QComboBox>(&dialog, "paymentLinkAmountCombo");
        QCOMPARE(amounts->count(), 2);
        QVERIFY2(amounts->currentText().contains(u"600.00"), qPrintable(amounts->currentText()));
        auto* create = find<QPushButton>(&dialog, "paymentLinkCreateButton");
        QTRY_VERIFY(create->isVisible() && create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        auto* link = find<QLineEdit>(&dialog, "paymentLinkEdit");
        QVERIFY(advanceUntil([link] { return link->isVisible() && link->text().startsWith(u"http"); }));
        QVERIFY(shoot(&dialog, QStringLiteral("payment-link-deposit.png")));
        const PaymentRequest made = value(PaymentRequests(*m_store).forInvoice(issued.id())).constFirst();
        QCOMPARE(made.amount.minorUnits(), 60000);
        // Asking for everything owed instead needs a new link.
        amounts->setCurrentIndex(1);
        QTRY_VERIFY(!link->isVisible() && create->isVisible());
        QVERIFY2(find<QLabel>(&dialog, "paymentLinkStateLabel")->text().contains(u"600.00"),
            qPrintable(find<QLabel>(&dialog, "paymentLinkStateLabel")->text()));
    }

    void aPaymentForAVoidInvoiceIsShownInTheOutbox()
    {
        const domain::Invoice issued = issuedInvoiceForAda(15000, 5, domain::BookingStatus::Confirmed).second;
        InvoiceRepository invoices(*m_store);
        const PaymentRequest link = readyLink(issued);
        QVERIFY(link.state == PaymentRequest::State::Ready);
        // The practitioner voids the invoice, but the client pays the link already sent.
        value(invoices.voidInvoice(issued.id()));
        m_window->setCurrentSection(Section::Outbox);
        test::httpCall(QStringLiteral("POST"), QUrl(link.url.toString() + u"/pay"), {}, {}, 5000);

        auto* note = find<QLabel>(page(), "outboxPageNote");
        QVERIFY(advanceUntil([note] { return note->text().contains(u"could not be recorded"); }));
        QVERIFY2(note->text().contains(issued.number()) && note->text().contains(u"void"), qPrintable(note->text()));
        QCOMPARE(value(invoices.find(issued.id()))->payments().size(), 0);
        QVERIFY(shoot(m_window.get(), QStringLiteral("outbox-payment-refused.png")));
    }

    void aClientIsTextedAndTheirReplyArrives()
    {
        // Ada has no phone number: the dialog says so, and Send stays off.
        m_window->setCurrentSection(Section::Clients);
        auto* clients = qobject_cast<ClientsPage*>(m_window->sectionPage(Section::Clients));
        QVERIFY(clients);
        clients->showClient(m_ada.id());
        auto* textButton = find<QPushButton>(clients, "clientTextButton");
        QTRY_VERIFY(textButton->isVisible());
        QTest::mouseClick(textButton, Qt::LeftButton);
        QPointer<QDialog> dialog = m_window->findChild<QDialog*>(QStringLiteral("textMessageDialog"));
        QVERIFY(dialog);
        QVERIFY(find<QLabel>(dialog, "textProblemLabel")->text().contains(u"no phone number"));
        QVERIFY(!find<QPushButton>(dialog, "textSendButton")->isEnabled());
        dialog->close();
        QTRY_VERIFY(!dialog);

        // With only a landline, it says a text needs a mobile number.
        domain::Client withLandline = m_ada;
        withLandline.addPhone(domain::PhoneNumber::fromE164(QStringLiteral("+441134960026")).value());
        require(ClientRepository(*m_store).update(m_ada, withLandline));
        m_context->notifyChanged(PracticeContext::Area::Clients);
        clients->showClient(m_ada.id());
        QTRY_VERIFY2(find<QLabel>(clients, "clientDetailFacts")->text().contains(u"113 496"),
            qPrintable(find<QLabel>(clients, "clientDetailFacts")->text()));
        QTest::mouseClick(textButton, Qt::LeftButton);
        dialog = m_window->findChild<QDialog*>(QStringLiteral("textMessageDialog"));
        QVERIFY(dialog);
        QVERIFY2(find<QLabel>(dialog, "textProblemLabel")->text().contains(u"only a landline"),
            qPrintable(find<QLabel>(dialog, "textProblemLabel")->text()));
        QVERIFY(!find<QPushButton>(dialog, "textSendButton")->isEnabled());
        dialog->close();
        QTRY_VERIFY(!dialog);
        require(ClientRepository(*m_store).update(withLandline, m_ada));

        domain::Client grace = test::clientNamed(QStringLiteral("Grace"), QStringLiteral("Hopper"), m_clock->nowUtc());
        grace.addPhone(domain::PhoneNumber::fromE164(QStringLiteral("+4915199887766")).value());
        QVERIFY(grace
                    .recordConsent({domain::ContactChannel::Sms, domain::Consent::State::Granted, m_clock->nowUtc(),
                        domain::Consent::Method::Verbal, QStringLiteral("Asked at the first session")})
                    .hasValue());
        require(ClientRepository(*m_store).add(grace));
        m_context->notifyChanged(PracticeContext::Area::Clients);
        clients->showClient(grace.id());
        QTRY_VERIFY(find<QLabel>(clients, "clientDetailName")->text().contains(u"Grace"));
        QTest::mouseClick(textButton, Qt::LeftButton);
        dialog = m_window->findChild<QDialog*>(QStringLiteral("textMessageDialog"));
        QVERIFY(dialog);
        QVERIFY(find<QLabel>(dialog, "textRecipientLabel")
                    ->text()
                    .contains(grace.phones().constFirst().formatted(domain::PhoneNumber::Format::International)));
        auto* send = find<QPushButton>(dialog, "textSendButton");
        QVERIFY(!send->isEnabled()); // nothing typed yet
        QTest::keyClicks(
            find<QPlainTextEdit>(dialog, "textBodyEdit"), QStringLiteral("Your prints are ready to collect."));
        QVERIFY(send->isEnabled());
        QVERIFY(find<QLabel>(dialog, "textCountLabel")->text().startsWith(u"33 character"));
        QVERIFY(shoot(dialog, QStringLiteral("text-dialog.png")));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY(!dialog);

        // It goes out through the relay and is delivered; Grace answers, and the answer is in Messages.
        const auto messageStates = [this] {
            return test::await(m_store->run([](StoreSession& session) -> Result<QStringList> {
                Result<SqlStatement> query = session.db().prepare(
                    QStringLiteral("SELECT direction || ':' || state FROM message WHERE deleted = 0 ORDER BY at"));
                if (!query) {
                    return query.error();
                }
                QStringList states;
                while (query.value().step().value()) {
                    states.append(query.value().text(0));
                }
                return states;
            })).value();
        };
        QVERIFY(advanceUntil([&] { return messageStates() == QStringList {QStringLiteral("outbound:delivered")}; }));
        const QUrl twilio = test::sandboxProviderUrl(m_relayProcess, QStringLiteral("Twilio"));
        QVERIFY(twilio.isValid());
        const test::HttpReply replied =
            test::httpCall(QStringLiteral("POST"), twilio.resolved(QUrl(QStringLiteral("/_fake/inbound"))),
                QJsonDocument(QJsonObject {{QStringLiteral("from"), QStringLiteral("+4915199887766")},
                                  {QStringLiteral("to"), QStringLiteral("+15005550006")},
                                  {QStringLiteral("body"), QStringLiteral("Wonderful, I will come on Saturday!")}})
                    .toJson(QJsonDocument::Compact));
        QCOMPARE(replied.status, 200);
        m_window->setCurrentSection(Section::Messages);
        auto* messages = find<QTableView>(m_window->sectionPage(Section::Messages), "messagesPageTable");
        QVERIFY(advanceUntil([messages] {
            for (int row = 0; row < messages->model()->rowCount(); ++row) {
                if (messages->model()->index(row, 4).data().toString().startsWith(u"Wonderful")) {
                    return true;
                }
            }
            return false;
        }));
        QVERIFY(shoot(m_window.get(), QStringLiteral("messages-reply.png")));
        // Grace's page, open all along, shows the text and her answer too.
        m_window->setCurrentSection(Section::Clients);
        auto* history = find<QListWidget>(clients, "clientMessagesList");
        QTRY_VERIFY(history->count() >= 2 && history->item(0)->text().contains(u"Wonderful"));
    }

    void aClientSubscribesFromTheirPage()
    {
        m_window->setCurrentSection(Section::Clients);
        auto* clients = qobject_cast<ClientsPage*>(m_window->sectionPage(Section::Clients));
        QVERIFY(clients);
        clients->showClient(m_ada.id());
        QTRY_VERIFY(find<QLabel>(clients, "clientDetailName")->text().contains(u"Ada"));
        auto* tabs = find<QTabWidget>(clients, "clientHistoryTabs");
        auto* panel = find<QWidget>(clients, "clientSubscriptionsPanel");
        tabs->setCurrentWidget(panel);
        auto* list = find<QListWidget>(panel, "clientSubscriptionsList");
        QTRY_VERIFY(find<QLabel>(panel, "clientSubscriptionsNote")->text().startsWith(u"No subscriptions"));
        QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Subscriptions (0)"));
        QVERIFY(!find<QPushButton>(panel, "subscriptionChangeButton")->isEnabled());

        // Four coaching sessions a month at 75.00: the dialog says what the client pays.
        QTest::mouseClick(find<QPushButton>(panel, "subscriptionStartButton"), Qt::LeftButton);
        QPointer<QDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog*>(QStringLiteral("startSubscriptionDialog"))));
        find<QComboBox>(dialog, "subscriptionServiceCombo")->setCurrentIndex(0);
        auto* name = find<QLineEdit>(dialog, "subscriptionNameEdit");
        name->clear();
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(name, QStringLiteral("Coaching session"));
        find<QLineEdit>(dialog, "subscriptionPriceEdit")->setText(QStringLiteral("75.00"));
        find<QSpinBox>(dialog, "subscriptionQuantitySpin")->setValue(4);
        QVERIFY(ok->isEnabled());
        QCOMPARE(find<QLabel>(dialog, "subscriptionSummary")->text(),
            QStringLiteral("The client pays 4 × €75.00 each month (€300.00)."));
        QVERIFY(shoot(dialog, QStringLiteral("subscription-start.png")));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog);

        // The link comes back from Stripe through the relay; the client pays it.
        const auto firstLine = [list] { return list->count() > 0 ? list->item(0)->text() : QString(); };
        QVERIFY2(advanceUntil([&] { return firstLine().contains(u"Link ready"); }), qPrintable(firstLine()));
        QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Subscriptions (1)"));
        QTest::mouseClick(find<QPushButton>(panel, "subscriptionCopyLinkButton"), Qt::LeftButton);
        const QString link = QApplication::clipboard()->text();
        QVERIFY2(link.contains(u"/sandbox/checkout/"), qPrintable(link));
        test::httpCall(QStringLiteral("POST"), QUrl(link + u"/pay"), {}, {}, 5000);
        QVERIFY2(advanceUntil([&] { return firstLine().contains(u"Active\n") && firstLine().contains(u"renews"); }),
            qPrintable(firstLine()));

        // Two a month from the next period on.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<QInputDialog*>(QApplication::activeModalWidget()));
            auto* input = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            input->setIntValue(2);
            input->accept();
        });
        QTest::mouseClick(find<QPushButton>(panel, "subscriptionChangeButton"), Qt::LeftButton);
        QVERIFY2(advanceUntil([&] { return firstLine().contains(u"2 × €75.00 each month (€150.00)"); }),
            qPrintable(firstLine()));

        // The card is declined at renewal: Today says so, and opens the client.
        const QString subscription =
            test::await(Subscriptions(*m_store).forClient(m_ada.id())).value().constFirst().stripeSubscription;
        const QUrl stripe = test::sandboxProviderUrl(m_relayProcess, QStringLiteral("Stripe"));
        QCOMPARE(test::httpCall(QStringLiteral("POST"),
                     stripe.resolved(QUrl(u"/_fake/subscriptions/" + subscription + u"/renew")), R"({"paid":false})")
                     .status,
            200);
        m_window->setCurrentSection(Section::Today);
        auto* failed = find<QListWidget>(m_window->sectionPage(Section::Today), "todayFailedSubscriptionsList");
        QVERIFY(advanceUntil([failed] { return failed->count() == 1; }));
        QCOMPARE(failed->item(0)->text(),
            QStringLiteral("Card declined, Stripe tries again  ·  Ada Lovelace  ·  Coaching session  ·  €150.00"));
        QVERIFY(shoot(m_window.get(), QStringLiteral("today-subscription-failed.png")));
        QCOMPARE(test::httpCall(QStringLiteral("POST"),
                     stripe.resolved(QUrl(u"/_fake/subscriptions/" + subscription + u"/renew")), R"({"paid":true})")
                     .status,
            200);
        QVERIFY(advanceUntil([failed] { return failed->count() == 0; }));
        m_window->setCurrentSection(Section::Clients);

        // Ends with this period; the client's billing portal link goes to the clipboard.
        m_window->findChild<QAction*>(QStringLiteral("subscriptionEndAtPeriodEndAction"))->trigger();
        QVERIFY2(
            advanceUntil([&] { return firstLine().contains(u"Active, ending\n") && firstLine().contains(u"· ends"); }),
            qPrintable(firstLine()));
        QTest::mouseClick(find<QPushButton>(panel, "subscriptionPortalButton"), Qt::LeftButton);
        QVERIFY(advanceUntil([] { return QApplication::clipboard()->text().contains(u"/sandbox/billing/"); }));
        QVERIFY(shoot(m_window.get(), QStringLiteral("client-subscription.png")));

        // The Outbox names what each request was, and for whom.
        m_window->setCurrentSection(Section::Outbox);
        auto* table = find<QTableView>(page(), "outboxPageTable");
        const auto listed = [table](const QString& what) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (table->model()->index(row, 1).data().toString() == what
                    && table->model()->index(row, 2).data().toString().startsWith(u"Ada Lovelace")) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY(listed(QStringLiteral("Subscription link")));
        // The link with what it asked each period (four sessions then, two now).
        bool linkShowsItsAmount = false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            linkShowsItsAmount = linkShowsItsAmount
                || (table->model()->index(row, 1).data().toString() == u"Subscription link"
                    && table->model()->index(row, 2).data().toString() == u"Ada Lovelace · €300.00");
        }
        QVERIFY(linkShowsItsAmount);
        QVERIFY(listed(QStringLiteral("Subscription change")));
        QVERIFY(listed(QStringLiteral("Billing portal link")));
    }

    void stripeIsConnectedFromSettings()
    {
        // This computer has no browser to start: the app says so and offers the address to copy.
        QList<QUrl> tried;
        setBrowserLauncher([&tried](const QUrl& url) {
            tried.append(url);
            return false;
        });
        const auto restoreLauncher = qScopeGuard([] { setBrowserLauncher({}); });
        m_window->setCurrentSection(Section::Settings);
        auto* settings = qobject_cast<SettingsPage*>(m_window->sectionPage(Section::Settings));
        QVERIFY(settings);
        settings->setCurrentPage(SettingsPage::Page::Relay);
        auto* box = find<QWidget>(settings, "stripeAccountBox");
        auto* status = find<QLabel>(box, "stripeStatusLabel");
        auto* action = find<QPushButton>(box, "stripeActionButton");
        QTRY_VERIFY(action->isVisible() && action->isEnabled());
        QTest::mouseClick(action, Qt::LeftButton);
        // The account (the relay has one for this vault already), then its setup page, to be opened.
        QVERIFY(advanceUntil([&] { return !tried.isEmpty(); }));
        const QUrl setup = tried.constFirst();
        QVERIFY2(setup.path().contains(u"/sandbox/onboarding/"), qPrintable(setup.toString()));
        QVERIFY2(status->text().contains(u"Finish Stripe's setup"), qPrintable(status->text()));
        QPointer<QMessageBox> noBrowser = m_window->findChild<QMessageBox*>(QStringLiteral("browserFallbackBox"));
        QVERIFY(noBrowser);
        QVERIFY(noBrowser->text().contains(setup.toString()));
        QVERIFY(shoot(noBrowser, QStringLiteral("settings-stripe-no-browser.png")));
        QTest::mouseClick(find<QPushButton>(noBrowser, "browserFallbackCopyButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), setup.toString());
        QVERIFY(noBrowser->isVisible()); // copying keeps the address on screen
        noBrowser->close();
        QTRY_VERIFY(!noBrowser);
        QVERIFY(shoot(m_window.get(), QStringLiteral("settings-stripe-setting-up.png")));

        // The practitioner finishes the setup in the browser; Stripe tells the relay, and the box follows.
        test::httpCall(QStringLiteral("POST"), setup, {}, {}, 5000);
        QVERIFY(advanceUntil([&] { return status->text().contains(u"takes card payments"); }));
        QVERIFY(!action->isVisible());
        QVERIFY(shoot(m_window.get(), QStringLiteral("settings-stripe-ready.png")));
        // Where Stripe sends the practitioner back to.
        const test::HttpReply done = test::httpCall(QStringLiteral("GET"), m_relayProcess.url(QStringLiteral("/done")));
        QCOMPARE(done.status, 200);
        QVERIFY(done.body.contains("go back to Clientele"));
    }

private:
    // Ada's session `daysAhead` from now at `priceMinor`, and its invoice, issued today.
    // Asks for a payment link on the invoice through the outbox; the link once the relay made it (or
    // the last state seen when it did not).
    PaymentRequest readyLink(const domain::Invoice& invoice)
    {
        PaymentRequests links(*m_store);
        value(links.request(invoice.id(), QUrl(QStringLiteral("https://lumen.example/thanks"))));
        m_context->notifyChanged(PracticeContext::Area::Outbox);
        PaymentRequest link;
        advanceUntil([&] {
            link = value(links.forInvoice(invoice.id())).constFirst();
            return link.state == PaymentRequest::State::Ready;
        });
        return link;
    }

    std::pair<domain::Booking, domain::Invoice> issuedInvoiceForAda(
        qint64 priceMinor, int daysAhead, domain::BookingStatus status, qint64 depositMinor = 0)
    {
        const domain::Service service = test::serviceWithDeposit(priceMinor, depositMinor);
        require(ServiceRepository(*m_store).add(service));
        const domain::Booking booking = test::bookingAt(m_ada, service, m_clock->nowUtc().addDays(daysAhead), status);
        require(BookingRepository(*m_store).add(booking));
        InvoiceRepository invoices(*m_store);
        const domain::Invoice draft =
            value(invoices.draftForBooking(booking.id(), sync::UuidV7::create(), m_clock->nowUtc().date()));
        require(invoices.add(draft));
        return {booking, value(invoices.issue(draft.id(), m_clock->nowUtc().date()))};
    }

    OutboxCommand queue(const QString& type, const QJsonObject& params)
    {
        const QUuid client = m_ada.id();
        const Result<OutboxCommand> queued = test::await(m_store->run([type, params, client](StoreSession& session) {
            return inTransaction(session, [&](WriteScope& scope) {
                return CommandOutbox::enqueue(scope, type, params, QStringLiteral("client"), client);
            });
        }));
        Q_ASSERT(queued.hasValue());
        m_context->notifyChanged(PracticeContext::Area::Outbox);
        return queued.value();
    }

    QWidget* page() const { return m_window->sectionPage(Section::Outbox); }

    // The outbox table, once it lists `count` rows (a failed comparison shows in the caller's checks).
    QTableView* rows(int count)
    {
        auto* table = find<QTableView>(page(), "outboxPageTable");
        for (int waited = 0; table->model()->rowCount() != count && waited < kRelayMs; waited += 50) {
            QTest::qWait(50);
        }
        return table;
    }

    static int rowOf(QTableView* table, const QUuid& id)
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(Qt::UserRole + 3).toUuid() == id) {
                return row;
            }
        }
        return -1;
    }

    static QString cell(QTableView* table, const QUuid& id, int column)
    {
        const int row = rowOf(table, id);
        return row < 0 ? QString() : table->model()->index(row, column).data().toString();
    }

    RecordListPage* outboxPage() const { return static_cast<RecordListPage*>(page()); }

    // The toolbar button of a record action ("outboxRetryAction" → "outboxRetryButton").
    QPushButton* button(const char* actionName) const
    {
        const QByteArray name = QByteArray(actionName).replace("Action", "Button");
        return find<QPushButton>(page(), name.constData());
    }

    QString noteText() const { return find<QLabel>(page(), "outboxPageNote")->text(); }

    // The sender schedules by the practice's clock: moves it on while waiting for `done`.
    bool advanceUntil(const std::function<bool()>& done)
    {
        for (int waited = 0; waited < kRelayMs; waited += 100) {
            if (done()) {
                return true;
            }
            m_clock->advance(1000);
            QTest::qWait(100);
        }
        return done();
    }

    QTemporaryDir m_dir;
    test::RelayProcess m_relayProcess;
    QNetworkAccessManager m_network;
    MemorySecretStore m_keychain;
    std::unique_ptr<RelayEnrollmentClient> m_enrollment;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
    PracticeFiles m_files;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PracticeContext> m_context;
    std::unique_ptr<PracticeWorkspace> m_workspace;
    domain::Client m_ada = test::clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QDateTime());
    OutboxCommand m_text;
    OutboxCommand m_link;
};

QTEST_MAIN(TestUiOutbox)
#include "test_ui_outbox.moc"
