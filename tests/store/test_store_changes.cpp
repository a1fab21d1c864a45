#include <QCborArray>
#include <QCborMap>
#include <QTest>

#include "core/domain/Booking.h"
#include "core/domain/Client.h"
#include "core/domain/Invoice.h"
#include "core/store/BookingRows.h"
#include "core/store/ClientRows.h"
#include "core/store/InvoiceRows.h"
#include "core/store/StoreMaintenance.h"
#include "core/sync/Hlc.h"
#include "tests/store/StoreTestSupport.h"

using namespace clientele;
using namespace clientele::test;

namespace {

domain::Client jane(const QUuid& id)
{
    domain::Client client(id, QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC));
    client.setGivenName(QStringLiteral("Jane"));
    client.setFamilyName(QStringLiteral("Marple"));
    client.addEmail(domain::EmailAddress::parse(QStringLiteral("jane@example.org")).value());
    client.addPhone(domain::PhoneNumber::parse(QStringLiteral("+49 30 23125123"), QStringLiteral("DE")).value());
    (void)client.setTags({QStringLiteral("wedding")});
    client.setNotes(QStringLiteral("Prefers mornings"));
    return client;
}

Result<void> saveClient(StoreSession& session, const domain::Client& client)
{
    Result<WriteScope> scope = session.beginWrite();
    if (!scope) {
        return scope.error();
    }
    if (Result<void> done = ClientRows::insert(scope.value(), client); !done) {
        return done;
    }
    return scope.value().commit();
}

// Runs each counting query on the storage thread; -1 marks a failed query.
QList<qint64> counts(TestPractice& practice, const QStringList& queries)
{
    return practice
        .run([queries](StoreSession& s) -> Result<QList<qint64>> {
            QList<qint64> values;
            for (const QString& sql : queries) {
                values.append(s.db().queryInt(sql).valueOr(-1));
            }
            return values;
        })
        .value();
}

} // namespace

class TestStoreChanges final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewClientIsStoredWithItsChangeRecordsInOneTransaction()
    {
        TestPractice practice;
        const QUuid id = sync::UuidV7::create();
        QVERIFY(practice.run([&](StoreSession& s) { return saveClient(s, jane(id)); }).hasValue());
        // One row per record, one "_created" change and register per row (client, 2 contacts, 1 tag).
        QCOMPARE(counts(practice,
                     {QStringLiteral("SELECT count(*) FROM change_log WHERE origin = 0"),
                         QStringLiteral("SELECT count(*) FROM crdt_field WHERE field = '_created'"),
                         QStringLiteral("SELECT count(*) FROM client_contact"),
                         QStringLiteral("SELECT count(DISTINCT change_id) FROM change_log")}),
            (QList<qint64> {4, 4, 2, 4}));
        const auto loaded = practice.run([&](StoreSession& s) { return ClientRows::load(s.db(), id); });
        QVERIFY(loaded.hasValue() && loaded.value().has_value());
        const domain::Client& client = *loaded.value();
        QCOMPARE(client.displayName(), jane(id).displayName());
        QCOMPARE(client.emails(), jane(id).emails());
        QCOMPARE(client.phones(), jane(id).phones());
        QCOMPARE(client.tags(), jane(id).tags());
        QCOMPARE(client.notes(), jane(id).notes());
        QCOMPARE(client.createdAt(), jane(id).createdAt());
    }

    void anEditRecordsOnlyTheFieldsThatChanged()
    {
        TestPractice practice;
        const QUuid id = sync::UuidV7::create();
        QVERIFY(practice.run([&](StoreSession& s) { return saveClient(s, jane(id)); }).hasValue());
        practice.clock.advance(60'000);
        const auto edited = practice.run([&](StoreSession& s) -> Result<void> {
            domain::Client after = jane(id);
            after.setNotes(QStringLiteral("Prefers afternoons now"));
            after.addEmail(domain::EmailAddress::parse(QStringLiteral("jm@example.com")).value());
            Result<WriteScope> scope = s.beginWrite();
            if (!scope) {
                return scope.error();
            }
            if (Result<void> done = ClientRows::update(scope.value(), jane(id), after); !done) {
                return done;
            }
            return scope.value().commit();
        });
        QVERIFY(edited.hasValue());
        QCOMPARE(
            counts(practice,
                {QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'client' AND field = 'notes'"),
                    QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'client' AND field = 'given_name'"),
                    QStringLiteral("SELECT count(*) FROM client_contact WHERE deleted = 0")}),
            (QList<qint64> {qint64(1), qint64(0), qint64(3)}));
    }

    void aFailedTransactionLeavesNoRowAndNoChangeRecord()
    {
        TestPractice practice;
        const auto failed = practice.run([&](StoreSession& s) -> Result<void> {
            Result<WriteScope> scope = s.beginWrite();
            if (!scope) {
                return scope.error();
            }
            (void)ClientRows::insert(scope.value(), jane(sync::UuidV7::create()));
            // An invalid client (no name) makes the caller give up: the scope rolls back.
            domain::Client nameless(sync::UuidV7::create(), QDateTime::currentDateTimeUtc());
            return ClientRows::insert(scope.value(), nameless);
        });
        QVERIFY(!failed.hasValue());
        QCOMPARE(counts(practice,
                     {QStringLiteral("SELECT count(*) FROM client"), QStringLiteral("SELECT count(*) FROM change_log"),
                         QStringLiteral("SELECT count(*) FROM search_doc")}),
            (QList<qint64> {qint64(0), qint64(0), qint64(0)}));
    }

    void deletingLeavesATombstoneThatHidesTheRow()
    {
        TestPractice practice;
        const QUuid id = sync::UuidV7::create();
        QVERIFY(practice.run([&](StoreSession& s) { return saveClient(s, jane(id)); }).hasValue());
        const auto removed = practice.run([&](StoreSession& s) -> Result<void> {
            Result<WriteScope> scope = s.beginWrite();
            if (!scope) {
                return scope.error();
            }
            if (Result<void> done = ClientRows::remove(scope.value(), id); !done) {
                return done;
            }
            return scope.value().commit();
        });
        QVERIFY(removed.hasValue());
        QVERIFY(!practice.run([&](StoreSession& s) { return ClientRows::load(s.db(), id); }).value().has_value());
        QVERIFY(
            practice.run([](StoreSession& s) { return s.search().search(QStringLiteral("marple"), 10); })->isEmpty());
        // The row is kept as a tombstone with its "_deleted" register.
        QCOMPARE(counts(practice,
                     {QStringLiteral("SELECT count(*) FROM client"),
                         QStringLiteral("SELECT count(*) FROM crdt_field WHERE field = '_deleted'")}),
            (QList<qint64> {1, 1}));
    }

    void theClockSurvivesARestartAndNeverRepeatsAStamp()
    {
        TestPractice practice;
        QVERIFY(practice.run([&](StoreSession& s) { return saveClient(s, jane(sync::UuidV7::create())); }).hasValue());
        const qint64 before =
            practice
                .run([](StoreSession& s) { return s.db().queryInt(QStringLiteral("SELECT max(hlc) FROM change_log")); })
                .value();
        // The wall clock jumps back an hour (a bad NTP sync) and the app restarts.
        practice.clock.advance(-3'600'000);
        QVERIFY(practice.reopen().hasValue());
        QVERIFY(practice.run([&](StoreSession& s) { return saveClient(s, jane(sync::UuidV7::create())); }).hasValue());
        const qint64 after =
            practice
                .run([](StoreSession& s) { return s.db().queryInt(QStringLiteral("SELECT max(hlc) FROM change_log")); })
                .value();
        QVERIFY2(after > before, qPrintable(sync::Hlc::toString(before) + u" then " + sync::Hlc::toString(after)));
    }

    void aBookingScheduleIsOneRegisterAndReschedulesAreKept()
    {
        TestPractice practice;
        const auto schedule =
            domain::Schedule::fromLocal(QDate(2026, 12, 1), QTime(10, 0), 60, QStringLiteral("Europe/Berlin")).value();
        const auto moved =
            domain::Schedule::fromLocal(QDate(2026, 12, 2), QTime(11, 0), 60, QStringLiteral("Europe/Berlin")).value();
        domain::Booking booking = domain::Booking::create(sync::UuidV7::create(), sync::UuidV7::create(),
            sync::UuidV7::create(), schedule, domain::BookingStatus::Pending)
                                      .value();
        const auto saved = practice.run([&](StoreSession& s) -> Result<void> {
            Result<WriteScope> scope = s.beginWrite();
            if (!scope) {
                return scope.error();
            }
            if (Result<void> done = BookingRows::insert(scope.value(), booking); !done) {
                return done;
            }
            domain::Booking after = booking;
            if (Result<void> done = after.reschedule(moved, practice.clock.nowUtc(), QStringLiteral("Client is ill"));
                !done) {
                return done;
            }
            if (Result<void> done = BookingRows::update(scope.value(), booking, after); !done) {
                return done;
            }
            return scope.value().commit();
        });
        QVERIFY2(saved.hasValue(), qPrintable(saved.hasValue() ? QString() : saved.error().toString()));
        QCOMPARE(counts(practice, {QStringLiteral("SELECT count(*) FROM change_log WHERE field = 'schedule'")}),
            (QList<qint64> {1}));
        const auto loaded =
            practice.run([&](StoreSession& s) { return BookingRows::load(s.db(), booking.id()); }).value();
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->schedule(), moved);
        QCOMPARE(loaded->rescheduleHistory().size(), qsizetype(1));
        QCOMPARE(loaded->rescheduleHistory().constFirst().reason, QStringLiteral("Client is ill"));
    }

    void anInvoiceComesBackWithTheSameTotalsStatusAndHistory()
    {
        TestPractice practice;
        using namespace domain;
        const Currency eur = Currency::fromCode(QStringLiteral("EUR")).value();
        Invoice invoice(sync::UuidV7::create(), sync::UuidV7::create(), eur);
        QVERIFY(invoice.setSeries(QStringLiteral("INV")).hasValue());
        QVERIFY(invoice
                    .setTaxRates({TaxRate::create(QStringLiteral("VAT19"), QStringLiteral("VAT"), 190000,
                                      TaxRate::Inclusion::Exclusive)
                                      .value(),
                        TaxRate::create(
                            QStringLiteral("VAT7"), QStringLiteral("VAT reduced"), 70000, TaxRate::Inclusion::Exclusive)
                            .value()})
                    .hasValue());
        QVERIFY(invoice
                    .addLine({sync::UuidV7::create(), QStringLiteral("Wedding day"), 1000, Money(320000, eur),
                        {QStringLiteral("VAT19")}, QStringLiteral("a0")})
                    .hasValue());
        QVERIFY(invoice
                    .addLine({sync::UuidV7::create(), QStringLiteral("Album"), 2500, Money(3333, eur),
                        {QStringLiteral("VAT7")}, QStringLiteral("a1")})
                    .hasValue());
        QVERIFY(invoice.setDiscount(InvoiceDiscount::percentage(50000)).hasValue());
        const Money total = invoice.totals().value().grandTotal();
        QVERIFY(
            invoice.setPaymentSchedule(PaymentSchedule::equalMonthly(total, 3, QDate(2026, 12, 1)).value()).hasValue());
        const auto saved = practice.run([&](StoreSession& s) -> Result<void> {
            Result<WriteScope> scope = s.beginWrite();
            if (!scope) {
                return scope.error();
            }
            Result<QString> number = InvoiceRows::allocateNumber(
                scope.value(), QStringLiteral("INV"), QStringLiteral("INV-{YYYY}-{####}"), QDate(2026, 11, 26));
            if (!number) {
                return number.error();
            }
            Invoice issued = invoice;
            if (Result<void> done = issued.assignNumber(number.value()); !done) {
                return done;
            }
            if (Result<void> done = issued.issue(QDate(2026, 11, 26)); !done) {
                return done;
            }
            const QUuid paymentId = sync::UuidV7::create();
            if (Result<void> done = issued.recordPayment({paymentId, Money(100000, eur), practice.clock.nowUtc(),
                    Payment::Method::Card, QStringLiteral("pi_1")});
                !done) {
                return done;
            }
            if (Result<void> done = issued.recordRefund({sync::UuidV7::create(), paymentId, Money(2500, eur),
                    QStringLiteral("Late delivery"), practice.clock.nowUtc()});
                !done) {
                return done;
            }
            invoice = issued;
            if (Result<void> done = InvoiceRows::insert(scope.value(), issued); !done) {
                return done;
            }
            return scope.value().commit();
        });
        QVERIFY2(saved.hasValue(), qPrintable(saved.hasValue() ? QString() : saved.error().toString()));
        const auto loaded = practice.run([&](StoreSession& s) { return InvoiceRows::load(s.db(), invoice.id()); });
        QVERIFY2(loaded.hasValue(), qPrintable(loaded.hasValue() ? QString() : loaded.error().toString()));
        QVERIFY(loaded->has_value());
        const Invoice& back = **loaded;
        QCOMPARE(back.number(), QStringLiteral("INV-2026-0001"));
        QCOMPARE(back.status(), invoice.status());
        QCOMPARE(back.totals().value().grandTotal(), total);
        QCOMPARE(back.balanceDue().value(), invoice.balanceDue().value());
        QCOMPARE(back.lines(), invoice.lines());
        QCOMPARE(back.paymentSchedule()->installments(), invoice.paymentSchedule()->installments());
        QCOMPARE(back.refunds().size(), qsizetype(1));
    }

    void invoiceNumbersAreGaplessAndAFailedIssueGivesItsNumberBack()
    {
        TestPractice practice;
        const auto numbers = practice.run([](StoreSession& s) -> Result<QStringList> {
            QStringList issued;
            for (int attempt = 0; attempt < 4; ++attempt) {
                Result<WriteScope> scope = s.beginWrite();
                if (!scope) {
                    return scope.error();
                }
                Result<QString> number = InvoiceRows::allocateNumber(
                    scope.value(), QStringLiteral("INV"), QStringLiteral("INV-{YYYY}-{####}"), QDate(2026, 12, 31));
                if (!number) {
                    return number.error();
                }
                if (attempt == 1) {
                    continue; // the issue fails: the scope rolls back and the number is free again
                }
                const QUuid id = sync::UuidV7::create();
                if (Result<void> done = scope.value().changes().insert(QStringLiteral("invoice"), id,
                        {{QStringLiteral("series"), QStringLiteral("INV")},
                            {QStringLiteral("number"), number.value()}});
                    !done) {
                    return done.error();
                }
                if (Result<void> done = scope.value().commit(); !done) {
                    return done.error();
                }
                issued.append(number.value());
            }
            return issued;
        });
        QVERIFY(numbers.hasValue());
        QCOMPARE(numbers.value(),
            (QStringList {
                QStringLiteral("INV-2026-0001"), QStringLiteral("INV-2026-0002"), QStringLiteral("INV-2026-0003")}));
    }

    void searchFindsByAnyWordPrefix_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::newRow("a name prefix") << QStringLiteral("mar") << 1;
        QTest::newRow("two prefixes in any order") << QStringLiteral("marp ja") << 1;
        QTest::newRow("an email") << QStringLiteral("jane@example.org") << 1;
        QTest::newRow("a phone number in E.164") << QStringLiteral("+493023125123") << 1;
        QTest::newRow("a tag") << QStringLiteral("wedd") << 1;
        QTest::newRow("a word in the notes") << QStringLiteral("mornings") << 1;
        QTest::newRow("query syntax is just text") << QStringLiteral("\"mar*\" (") << 1;
        QTest::newRow("operators are words, not syntax") << QStringLiteral("mar OR NEAR") << 0;
        QTest::newRow("accents do not matter") << QStringLiteral("márple") << 1;
        QTest::newRow("a name that is not there") << QStringLiteral("poirot") << 0;
        QTest::newRow("only punctuation") << QStringLiteral("*\"()") << 0;
    }
    void searchFindsByAnyWordPrefix()
    {
        QFETCH(QString, query);
        QFETCH(int, hits);
        TestPractice practice;
        QVERIFY(practice.run([&](StoreSession& s) { return saveClient(s, jane(sync::UuidV7::create())); }).hasValue());
        const auto found = practice.run([&](StoreSession& s) { return s.search().search(query, 10); });
        QVERIFY2(found.hasValue(), qPrintable(found.hasValue() ? QString() : found.error().toString()));
        QCOMPARE(found->size(), hits);
    }

    void checkFindsNothingWrongInAFreshPractice()
    {
        TestPractice practice;
        QVERIFY(practice.run([&](StoreSession& s) { return saveClient(s, jane(sync::UuidV7::create())); }).hasValue());
        const auto report = practice.run([](StoreSession& s) { return StoreMaintenance::check(s); });
        QVERIFY(report.hasValue());
        QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(u'\n')));
    }

    void checkReportsRowsWrittenBehindTheChangeLogsBack()
    {
        TestPractice practice;
        QVERIFY(
            practice
                .run([](StoreSession& s) {
                    return s.db().execute(QStringLiteral(
                        "INSERT INTO client (id, given_name) VALUES (x'00112233445566778899aabbccddeeff', 'Ghost')"));
                })
                .hasValue());
        const auto report = practice.run([](StoreSession& s) { return StoreMaintenance::check(s); });
        QVERIFY(report.hasValue());
        QCOMPARE(report->problems.size(), qsizetype(1));
        QVERIFY(report->problems.constFirst().startsWith(u"client:"));
    }
};

QTEST_GUILESS_MAIN(TestStoreChanges)
#include "test_store_changes.moc"
