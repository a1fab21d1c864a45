#include <QTest>

#include "core/store/BookingRepository.h"
#include "core/store/InvoiceRepository.h"
#include "core/store/SettingsRepository.h"
#include "tests/store/PracticeFixtures.h"

using namespace clientele;
using namespace clientele::test;

class TestStoreInvoiceRepository final : public QObject
{
    Q_OBJECT

private:
    struct Practice
    {
        TestPractice practice;
        domain::Client client = clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), practice.clock.nowUtc());
        domain::Service service = serviceWithDeposit(20000, 5000);
        domain::Booking booking =
            bookingAt(client, service, practice.clock.nowUtc().addDays(7), domain::BookingStatus::AwaitingPayment);

        Practice()
        {
            const auto profile = lumenProfile();
            QVERIFY(await(SettingsRepository(*practice.store).saveProfile(profile)).hasValue());
            seed(practice, [this](WriteScope& scope) -> Result<void> {
                if (auto done = ClientRows::insert(scope, client); !done) {
                    return done;
                }
                if (auto done = ServiceRows::insert(scope, service); !done) {
                    return done;
                }
                return BookingRows::insert(scope, booking);
            });
        }

        // An issued invoice for the booking, drafted the way the UI does it.
        domain::Invoice issuedInvoice()
        {
            InvoiceRepository invoices(*practice.store);
            const QDate today = practice.clock.nowUtc().date();
            auto draft = await(invoices.draftForBooking(booking.id(), sync::UuidV7::create(), today));
            Q_ASSERT(draft.hasValue());
            const auto added = await(invoices.add(draft.value()));
            Q_ASSERT(added.hasValue());
            auto issued = await(invoices.issue(draft->id(), today));
            Q_ASSERT(issued.hasValue());
            return issued.value();
        }

        domain::Payment payment(qint64 minor) const
        {
            return domain::Payment {sync::UuidV7::create(), domain::Money(minor, eur()), practice.clock.nowUtc(),
                domain::Payment::Method::Card, {}};
        }
    };

private Q_SLOTS:
    void aDraftForABookingCarriesTheServiceTermsAndDeposit()
    {
        Practice p;
        InvoiceRepository invoices(*p.practice.store);
        const QDate today = p.practice.clock.nowUtc().date();
        const auto draft = await(invoices.draftForBooking(p.booking.id(), sync::UuidV7::create(), today));
        QVERIFY(draft.hasValue());
        QCOMPARE(draft->bookingId(), p.booking.id());
        QCOMPARE(draft->lines().size(), qsizetype(1));
        QCOMPARE(draft->lines().constFirst().unitPrice.minorUnits(), qint64(20000));
        QCOMPARE(draft->dueDate(), today.addDays(10));
        QVERIFY(draft->paymentSchedule().has_value());
        QCOMPARE(draft->paymentSchedule()->installments().constFirst().amount.minorUnits(), qint64(5000));
    }

    void issuingAssignsGaplessNumbersFromThePracticePattern()
    {
        Practice p;
        const auto first = p.issuedInvoice();
        const auto second = p.issuedInvoice();
        const QString year = QString::number(p.practice.clock.nowUtc().date().year());
        QCOMPARE(first.number(), QStringLiteral("LS-%1-001").arg(year));
        QCOMPARE(second.number(), QStringLiteral("LS-%1-002").arg(year));
        // A refused issue gives no number away.
        InvoiceRepository invoices(*p.practice.store);
        const auto again = await(invoices.issue(first.id(), p.practice.clock.nowUtc().date()));
        QVERIFY(!again.hasValue());
        QCOMPARE(p.issuedInvoice().number(), QStringLiteral("LS-%1-003").arg(year));
    }

    void paymentOfTheDepositConfirmsTheBooking_data()
    {
        QTest::addColumn<qint64>("paid");
        QTest::addColumn<domain::BookingStatus>("bookingAfter");
        QTest::addColumn<domain::InvoiceStatus>("invoiceAfter");
        QTest::newRow("less than the deposit leaves it waiting")
            << qint64(4999) << domain::BookingStatus::AwaitingPayment << domain::InvoiceStatus::PartiallyPaid;
        QTest::newRow("exactly the deposit confirms it")
            << qint64(5000) << domain::BookingStatus::Confirmed << domain::InvoiceStatus::PartiallyPaid;
        QTest::newRow("the whole invoice confirms it")
            << qint64(20000) << domain::BookingStatus::Confirmed << domain::InvoiceStatus::Paid;
    }
    void paymentOfTheDepositConfirmsTheBooking()
    {
        QFETCH(qint64, paid);
        QFETCH(domain::BookingStatus, bookingAfter);
        QFETCH(domain::InvoiceStatus, invoiceAfter);
        Practice p;
        const auto invoice = p.issuedInvoice();
        InvoiceRepository invoices(*p.practice.store);
        const auto after = await(invoices.recordPayment(invoice.id(), p.payment(paid)));
        QVERIFY(after.hasValue());
        QCOMPARE(after->status(), invoiceAfter);
        const auto booking = await(BookingRepository(*p.practice.store).find(p.booking.id()));
        QVERIFY(booking.hasValue() && booking->has_value());
        QCOMPARE(booking->value().status(), bookingAfter);
        if (bookingAfter == domain::BookingStatus::Confirmed) {
            QCOMPARE(booking->value().statusHistory().size(), qsizetype(1));
        }
        const auto stored = await(invoices.find(invoice.id()));
        QCOMPARE(stored->value().netPaid().minorUnits(), paid);
    }

    void aRefusedPaymentChangesNothing()
    {
        Practice p;
        const auto invoice = p.issuedInvoice();
        InvoiceRepository invoices(*p.practice.store);
        const auto tooMuch = await(invoices.recordPayment(invoice.id(), p.payment(20001)));
        QVERIFY(!tooMuch.hasValue());
        QVERIFY(!tooMuch.error().userMessage().isEmpty());
        const auto stored = await(invoices.find(invoice.id()));
        QCOMPARE(stored->value().status(), domain::InvoiceStatus::Issued);
        QVERIFY(stored->value().payments().isEmpty());
        const auto booking = await(BookingRepository(*p.practice.store).find(p.booking.id()));
        QCOMPARE(booking->value().status(), domain::BookingStatus::AwaitingPayment);
    }

    void aRefundDatedBeforeItsPaymentStillLoads()
    {
        // The practice dates a refund by hand, or another computer's clock is behind: the invoice
        // still loads, the refund after the payment it gives back from.
        Practice p;
        const auto invoice = p.issuedInvoice();
        InvoiceRepository invoices(*p.practice.store);
        const auto payment = p.payment(20000);
        QVERIFY(await(invoices.recordPayment(invoice.id(), payment)).hasValue());
        const domain::Refund early {sync::UuidV7::create(), payment.id, domain::Money(5000, eur()),
            QStringLiteral("Deposit returned"), payment.at.addDays(-2)};
        QVERIFY(await(invoices.recordRefund(invoice.id(), early)).hasValue());
        const auto stored = await(invoices.find(invoice.id()));
        QVERIFY2(stored.hasValue(), qPrintable(stored ? QString() : stored.error().toString()));
        QCOMPARE(stored->value().status(), domain::InvoiceStatus::PartiallyPaid);
        QCOMPARE(stored->value().amountRefunded().minorUnits(), 5000);
    }

    void refundsAndVoidAreStoredAndReloaded()
    {
        Practice p;
        const auto invoice = p.issuedInvoice();
        InvoiceRepository invoices(*p.practice.store);
        const auto payment = p.payment(20000);
        QVERIFY(await(invoices.recordPayment(invoice.id(), payment)).hasValue());
        const domain::Refund refund {sync::UuidV7::create(), payment.id, domain::Money(20000, eur()),
            QStringLiteral("Session canceled"), p.practice.clock.nowUtc()};
        const auto refunded = await(invoices.recordRefund(invoice.id(), refund));
        QVERIFY(refunded.hasValue());
        QCOMPARE(refunded->status(), domain::InvoiceStatus::Refunded);
        QVERIFY(p.practice.reopen().hasValue());
        InvoiceRepository reopened(*p.practice.store);
        const auto stored = await(reopened.find(invoice.id()));
        QCOMPARE(stored->value().status(), domain::InvoiceStatus::Refunded);
        QCOMPARE(stored->value().refunds().size(), qsizetype(1));

        const auto other = p.issuedInvoice();
        const auto voided = await(reopened.voidInvoice(other.id()));
        QVERIFY(voided.hasValue());
        QCOMPARE(await(reopened.find(other.id()))->value().status(), domain::InvoiceStatus::Void);
        // Issued invoices are voided, never deleted.
        QVERIFY(!await(reopened.removeDraft(other.id())).hasValue());
    }

    void draftEditsAreSaved()
    {
        Practice p;
        InvoiceRepository invoices(*p.practice.store);
        const QDate today = p.practice.clock.nowUtc().date();
        auto draft = await(invoices.draftForBooking(p.booking.id(), sync::UuidV7::create(), today)).value();
        QVERIFY(draft.setPaymentSchedule(std::nullopt).hasValue());
        QVERIFY(await(invoices.add(draft)).hasValue());
        domain::Invoice edited = draft;
        QVERIFY(edited
                    .addLine(domain::InvoiceLine {sync::UuidV7::create(), QStringLiteral("Prints"), 2000,
                        domain::Money(1500, eur()), {}, QStringLiteral("a1")})
                    .hasValue());
        edited.setNotes(QStringLiteral("Thank you!"));
        QVERIFY(await(invoices.update(draft, edited)).hasValue());
        const auto stored = await(invoices.find(draft.id()))->value();
        QCOMPARE(stored.lines().size(), qsizetype(2));
        QCOMPARE(stored.notes(), QStringLiteral("Thank you!"));
        QCOMPARE(stored.totals()->grandTotal().minorUnits(), qint64(23000));
        domain::Invoice fewer = stored;
        QVERIFY(fewer.removeLine(stored.lines().constLast().id).hasValue());
        QVERIFY(await(invoices.update(stored, fewer)).hasValue());
        QCOMPARE(await(invoices.find(draft.id()))->value().lines().size(), qsizetype(1));
        QVERIFY(await(invoices.removeDraft(draft.id())).hasValue());
        QVERIFY(!await(invoices.find(draft.id()))->has_value());
    }
};

QTEST_GUILESS_MAIN(TestStoreInvoiceRepository)
#include "test_store_invoice_repository.moc"
