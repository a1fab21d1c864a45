#include <QTest>

#include "core/store/CalendarRows.h"
#include "core/store/ClientRepository.h"
#include "core/store/InvoiceRepository.h"
#include "core/store/InvoiceRows.h"
#include "core/store/PracticeQueries.h"
#include "core/store/SettingsRepository.h"
#include "tests/store/PracticeFixtures.h"

using namespace clientele;
using namespace clientele::test;

namespace {

QStringList namesOf(const QList<ClientSummary>& clients)
{
    QStringList names;
    for (const ClientSummary& c : clients) {
        names.append(c.name);
    }
    return names;
}

} // namespace

class TestStoreQueries final : public QObject
{
    Q_OBJECT

private:
    // Three clients, a service, bookings around now, and invoices in every state that matters.
    struct Practice
    {
        TestPractice practice;
        QDateTime now = practice.clock.nowUtc(); // 2026-11-26 09:00 UTC, 10:00 in Berlin
        domain::Client emile = clientNamed(QStringLiteral("Émile"), QStringLiteral("Zola"), now);
        domain::Client ada = clientNamed(QStringLiteral("ada"), QStringLiteral("Lovelace"), now);
        domain::Client bob = clientNamed(QStringLiteral("Bob"), QStringLiteral("Marley"), now);
        domain::Service service = serviceWithDeposit(10000, 0);
        QUuid overdueId = sync::UuidV7::create();
        QUuid unpaidId = sync::UuidV7::create();

        Practice()
        {
            QVERIFY(await(SettingsRepository(*practice.store).saveProfile(lumenProfile())).hasValue());
            (void)ada.setTags({QStringLiteral("VIP"), QStringLiteral("wedding")});
            (void)emile.setTags({QStringLiteral("wedding")});
            (void)bob.advanceTo(domain::PipelineStage::Booked);
            ada.addEmail(domain::EmailAddress::parse(QStringLiteral("ada@example.org")).value());
            seed(practice, [this](WriteScope& scope) -> Result<void> {
                for (const auto* client : {&emile, &ada, &bob}) {
                    if (auto done = ClientRows::insert(scope, *client); !done) {
                        return done;
                    }
                }
                if (auto done = ServiceRows::insert(scope, service); !done) {
                    return done;
                }
                using S = domain::BookingStatus;
                const QList<domain::Booking> bookings {
                    bookingAt(ada, service, now.addSecs(3600), S::Confirmed), // 11:00 today
                    bookingAt(bob, service, now.addSecs(3600 + 1800), S::Pending), // clashes with Ada's
                    bookingAt(emile, service, now.addDays(2), S::Confirmed),
                    bookingAt(emile, service, now.addDays(3), S::Canceled),
                    bookingAt(ada, service, now.addDays(-10), S::Completed),
                    bookingAt(bob, service, now.addDays(20), S::Confirmed),
                };
                for (const auto& booking : bookings) {
                    if (auto done = BookingRows::insert(scope, booking); !done) {
                        return done;
                    }
                }
                // Ada: one paid invoice (120.00) and one overdue; Bob: one not yet due.
                if (auto done = invoice(scope, sync::UuidV7::create(), ada, now.date().addDays(-40), 12000, true);
                    !done) {
                    return done;
                }
                if (auto done = invoice(scope, overdueId, ada, now.date().addDays(-30), 8000, false); !done) {
                    return done;
                }
                return invoice(scope, unpaidId, bob, now.date().addDays(-2), 5000, false);
            });
        }

        Result<void> invoice(
            WriteScope& scope, const QUuid& id, const domain::Client& client, QDate issued, qint64 amount, bool paid)
        {
            domain::Invoice invoice(id, client.id(), eur());
            (void)invoice.addLine({sync::UuidV7::create(), QStringLiteral("Session"), domain::Money::kQuantityOne,
                domain::Money(amount, eur()), {}, QStringLiteral("a0")});
            Result<QString> number =
                InvoiceRows::allocateNumber(scope, QStringLiteral("INV"), QStringLiteral("INV-{####}"), issued);
            if (!number) {
                return number.error();
            }
            (void)invoice.setSeries(QStringLiteral("INV"));
            (void)invoice.assignNumber(number.value());
            (void)invoice.issue(issued);
            (void)invoice.setDueDate(issued.addDays(14));
            if (paid) {
                (void)invoice.recordPayment({sync::UuidV7::create(), domain::Money(amount, eur()),
                    QDateTime(issued, QTime(12, 0), Qt::UTC), domain::Payment::Method::Card, {}});
            }
            return InvoiceRows::insert(scope, invoice);
        }
    };

private Q_SLOTS:
    void clientsAreSortedByNameWithoutCaseOrAccents()
    {
        Practice p;
        const auto clients = await(PracticeQueries(*p.practice.store).clients({}));
        QVERIFY(clients.hasValue());
        QCOMPARE(namesOf(clients.value()),
            QStringList({QStringLiteral("ada Lovelace"), QStringLiteral("Bob Marley"), QStringLiteral("Émile Zola")}));
        const ClientSummary& ada = clients->constFirst();
        QCOMPARE(ada.email, QStringLiteral("ada@example.org"));
        QCOMPARE(ada.tags, QStringList({QStringLiteral("VIP"), QStringLiteral("wedding")}));
        QCOMPARE(ada.lifetimeValueMinor, qint64(12000));
        QCOMPARE(ada.currency, QStringLiteral("EUR"));
    }

    void clientFiltersNarrowTheList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("stage"); // -1: any
        QTest::addColumn<QStringList>("names");
        QTest::newRow("text finds by prefix and ignores accents")
            << QStringLiteral("emi") << QString() << -1 << QStringList {QStringLiteral("Émile Zola")};
        QTest::newRow("text finds by email")
            << QStringLiteral("ada@example") << QString() << -1 << QStringList {QStringLiteral("ada Lovelace")};
        QTest::newRow("tag matches whatever the case")
            << QString() << QStringLiteral("WEDDING") << -1
            << QStringList {QStringLiteral("ada Lovelace"), QStringLiteral("Émile Zola")};
        QTest::newRow("stage") << QString() << QString() << int(domain::PipelineStage::Booked)
                               << QStringList {QStringLiteral("Bob Marley")};
        QTest::newRow("tag and text together")
            << QStringLiteral("zola") << QStringLiteral("vip") << -1 << QStringList {};
        QTest::newRow("punctuation only finds nothing") << QStringLiteral("\"*(") << QString() << -1 << QStringList {};
    }
    void clientFiltersNarrowTheList()
    {
        QFETCH(QString, text);
        QFETCH(QString, tag);
        QFETCH(int, stage);
        QFETCH(QStringList, names);
        Practice p;
        PracticeQueries::ClientFilter filter;
        filter.text = text;
        filter.tag = tag;
        if (stage >= 0) {
            filter.stage = static_cast<domain::PipelineStage>(stage);
        }
        const auto clients = await(PracticeQueries(*p.practice.store).clients(filter));
        QVERIFY(clients.hasValue());
        QCOMPARE(namesOf(clients.value()), names);
    }

    void tagsAreListedOnce()
    {
        Practice p;
        const auto tags = await(PracticeQueries(*p.practice.store).tags());
        QCOMPARE(tags.value(), QStringList({QStringLiteral("VIP"), QStringLiteral("wedding")}));
    }

    void bookingsOfAWindowComeInStartOrderWithNames()
    {
        Practice p;
        PracticeQueries::BookingFilter week;
        week.from = p.now;
        week.to = p.now.addDays(7);
        const auto bookings = await(PracticeQueries(*p.practice.store).bookings(week));
        QVERIFY(bookings.hasValue());
        QCOMPARE(bookings->size(), qsizetype(4));
        QCOMPARE(bookings->at(0).clientName, QStringLiteral("ada Lovelace"));
        QCOMPARE(bookings->at(0).serviceName, QStringLiteral("Portrait session"));
        QCOMPARE(bookings->at(0).bufferBeforeMinutes, 15);
        QVERIFY(bookings->at(0).schedule.start() < bookings->at(1).schedule.start());

        week.status = domain::BookingStatus::Canceled;
        QCOMPARE(await(PracticeQueries(*p.practice.store).bookings(week))->size(), qsizetype(1));
        PracticeQueries::BookingFilter adas;
        adas.clientId = p.ada.id();
        QCOMPARE(await(PracticeQueries(*p.practice.store).bookings(adas))->size(), qsizetype(2));
    }

    // An invoice paid in instalments is overdue once an instalment is, not only after its last due
    // date: the list, its filter and Today say what the invoice itself says.
    void anInvoiceWithAnInstalmentPastDueIsOverdue()
    {
        Practice p;
        const QDate today = p.now.date();
        domain::Invoice invoice(sync::UuidV7::create(), p.bob.id(), eur());
        (void)invoice.addLine({sync::UuidV7::create(), QStringLiteral("Wedding day"), domain::Money::kQuantityOne,
            domain::Money(100000, eur()), {}, QStringLiteral("a0")});
        QVERIFY(invoice
                    .setPaymentSchedule(
                        domain::PaymentSchedule::create({{today.addDays(-3), domain::Money(30000, eur())},
                                                            {today.addDays(20), domain::Money(70000, eur())}})
                            .value())
                    .hasValue());
        seed(p.practice, [&](WriteScope& scope) -> Result<void> {
            Result<QString> number =
                InvoiceRows::allocateNumber(scope, QStringLiteral("INV"), QStringLiteral("INV-{####}"), today);
            (void)invoice.setSeries(QStringLiteral("INV"));
            (void)invoice.assignNumber(number.value());
            (void)invoice.issue(today.addDays(-10));
            (void)invoice.setDueDate(today.addDays(20));
            return InvoiceRows::insert(scope, invoice);
        });
        QVERIFY(invoice.isOverdue(today));
        PracticeQueries queries(*p.practice.store);
        PracticeQueries::InvoiceFilter overdue;
        overdue.overdueOnly = true;
        overdue.today = today;
        const auto late = await(queries.invoices(overdue));
        QVERIFY(
            std::any_of(late->cbegin(), late->cend(), [&](const InvoiceSummary& s) { return s.id == invoice.id(); }));
        const InvoiceSummary summary =
            *std::find_if(late->cbegin(), late->cend(), [&](const InvoiceSummary& s) { return s.id == invoice.id(); });
        QVERIFY(summary.isOverdue(today));
        QCOMPARE(summary.nextDueDate, today.addDays(-3));
        QCOMPARE(summary.dueDate, today.addDays(20));
        const auto agenda = await(queries.today(p.now, QStringLiteral("Europe/Berlin")));
        QVERIFY(std::any_of(agenda->overdue.cbegin(), agenda->overdue.cend(),
            [&](const InvoiceSummary& s) { return s.id == invoice.id(); }));

        // The deposit paid, the next payment is the second instalment, not yet due.
        QVERIFY(await(
            InvoiceRepository(*p.practice.store)
                .recordPayment(invoice.id(),
                    {sync::UuidV7::create(), domain::Money(30000, eur()), p.now, domain::Payment::Method::Card, {}}))
                    .hasValue());
        const auto afterDeposit = await(queries.invoices(overdue));
        QVERIFY(std::none_of(afterDeposit->cbegin(), afterDeposit->cend(),
            [&](const InvoiceSummary& s) { return s.id == invoice.id(); }));
        const auto again = await(queries.today(p.now, QStringLiteral("Europe/Berlin")));
        const auto waiting = std::find_if(again->unpaid.cbegin(), again->unpaid.cend(),
            [&](const InvoiceSummary& s) { return s.id == invoice.id(); });
        QVERIFY(waiting != again->unpaid.cend());
        QCOMPARE(waiting->nextDueDate, today.addDays(20));
    }

    void invoicesFilterByStatusAndOverdue()
    {
        Practice p;
        PracticeQueries queries(*p.practice.store);
        PracticeQueries::InvoiceFilter overdue;
        overdue.overdueOnly = true;
        overdue.today = p.now.date();
        const auto late = await(queries.invoices(overdue));
        QCOMPARE(late->size(), qsizetype(1));
        QCOMPARE(late->constFirst().id, p.overdueId);
        QVERIFY(late->constFirst().isOverdue(p.now.date()));
        QCOMPARE(late->constFirst().balanceMinor(), qint64(8000));
        const auto all = await(queries.invoices({}));
        QCOMPARE(all->size(), qsizetype(3));
        QCOMPARE(all->constFirst().id, p.unpaidId); // newest first
        PracticeQueries::InvoiceFilter paid;
        paid.status = domain::InvoiceStatus::Paid;
        QCOMPARE(await(queries.invoices(paid))->size(), qsizetype(1));
    }

    void todaySortsWorkIntoItsBuckets()
    {
        Practice p;
        seed(p.practice, [&p](WriteScope& scope) -> Result<void> {
            if (auto done = scope.changes().insert(QStringLiteral("contract"), sync::UuidV7::create(),
                    {{QStringLiteral("client_id"), p.bob.id().toRfc4122()},
                        {QStringLiteral("title"), QStringLiteral("Agreement")},
                        {QStringLiteral("status"), QStringLiteral("sent")},
                        {QStringLiteral("sent_at"), p.now.addDays(-1).toMSecsSinceEpoch()}});
                !done) {
                return done;
            }
            // Another calendar: busy over Émile's session in two days, free over Ada's today.
            Result<CalendarRows::Source> work = CalendarRows::findOrCreateSource(
                scope, QStringLiteral("ics"), QStringLiteral("Work"), sync::UuidV7::create());
            if (!work) {
                return work.error();
            }
            const auto block = [&](const QString& uid, const QDateTime& start, int minutes, bool busy) {
                CalendarRows::Block b;
                b.id = sync::UuidV7::create();
                b.sourceId = work->id;
                b.uid = uid;
                b.startUtc = start;
                b.endUtc = start.addSecs(60LL * minutes);
                b.timeZoneId = QStringLiteral("UTC");
                b.title = uid == u"dentist" ? QStringLiteral("Dentist") : QString();
                b.busy = busy;
                return CalendarRows::insert(scope, b);
            };
            for (const auto& done : {block(QStringLiteral("dentist"), p.now.addDays(2).addSecs(-1800), 60, true),
                     block(QStringLiteral("free"), p.now.addSecs(3600), 60, false),
                     block(QStringLiteral("later"), p.now.addDays(2).addSecs(7200), 60, true)}) {
                if (!done) {
                    return done;
                }
            }
            return scope.changes().insert(QStringLiteral("message"), sync::UuidV7::create(),
                {{QStringLiteral("client_id"), p.ada.id().toRfc4122()},
                    {QStringLiteral("channel"), QStringLiteral("sms")},
                    {QStringLiteral("direction"), QStringLiteral("outbound")},
                    {QStringLiteral("body"), QStringLiteral("Reminder\nsecond line")},
                    {QStringLiteral("state"), QStringLiteral("failed")},
                    {QStringLiteral("error"), QStringLiteral("30003")},
                    {QStringLiteral("at"), p.now.addSecs(-600).toMSecsSinceEpoch()}});
        });
        const auto agenda = await(PracticeQueries(*p.practice.store).today(p.now, QStringLiteral("Europe/Berlin")));
        QVERIFY(agenda.hasValue());
        QCOMPARE(agenda->upcoming.size(), qsizetype(3)); // canceled and past ones left out, day 20 beyond the week
        QCOMPARE(agenda->upcoming.constFirst().clientName, QStringLiteral("ada Lovelace"));
        QCOMPARE(agenda->overdue.size(), qsizetype(1));
        QCOMPARE(agenda->overdueCount, 1);
        QCOMPARE(agenda->unpaid.size(), qsizetype(1));
        QCOMPARE(agenda->unsignedContracts.size(), qsizetype(1));
        QCOMPARE(agenda->unsignedContracts.constFirst().clientName, QStringLiteral("Bob Marley"));
        QCOMPARE(agenda->failedMessages.size(), qsizetype(1));
        QCOMPARE(agenda->failedMessages.constFirst().preview, QStringLiteral("Reminder"));
        QCOMPARE(agenda->conflicts.size(), qsizetype(1));
        QCOMPARE(agenda->conflicts.constFirst().first.clientName, QStringLiteral("ada Lovelace"));
        QCOMPARE(agenda->conflicts.constFirst().second.clientName, QStringLiteral("Bob Marley"));
        // Only busy outside time that overlaps a live booking counts; time marked free never does.
        QCOMPARE(agenda->busyConflicts.size(), qsizetype(1));
        QCOMPARE(agenda->busyConflicts.constFirst().booking.clientName, QStringLiteral("Émile Zola"));
        QCOMPARE(agenda->busyConflicts.constFirst().title, QStringLiteral("Dentist"));
        QCOMPARE(agenda->busyConflicts.constFirst().calendarName, QStringLiteral("Work"));
    }

    void clientHistoryShowsEverythingNewestFirst()
    {
        Practice p;
        const auto history = await(PracticeQueries(*p.practice.store).clientHistory(p.ada.id(), p.now.date()));
        QVERIFY(history.hasValue());
        QCOMPARE(history->bookings.size(), qsizetype(2));
        QVERIFY(history->bookings.at(0).schedule.start() > history->bookings.at(1).schedule.start());
        QCOMPARE(history->invoices.size(), qsizetype(2));
        QCOMPARE(history->lifetimeValueMinor, qint64(12000));
        QCOMPARE(history->outstandingMinor, qint64(8000));
        QCOMPARE(history->currency, QStringLiteral("EUR"));
    }

    void undeleteBringsAClientBackAndFindable()
    {
        Practice p;
        ClientRepository clients(*p.practice.store);
        QVERIFY(await(clients.remove(p.ada.id())).hasValue());
        // Her bookings and invoices stay (issued invoices are never deleted) and stay findable; she does not.
        const auto clientHits = [&clients] {
            QList<QUuid> ids;
            const auto hits = await(clients.search(QStringLiteral("lovelace"), 10));
            for (const SearchHit& hit : hits.value()) {
                if (hit.table == u"client") {
                    ids << hit.id;
                }
            }
            return ids;
        };
        QVERIFY(clientHits().isEmpty());
        QVERIFY(await(clients.undelete(p.ada.id())).hasValue());
        const auto found = await(clients.find(p.ada.id()));
        QVERIFY(found->has_value());
        QCOMPARE(found->value().tags(), p.ada.tags());
        QCOMPARE(found->value().emails().size(), qsizetype(1));
        QCOMPARE(clientHits(), QList<QUuid> {p.ada.id()});
    }

    void mergeMovesHistoryToTheKeptClient()
    {
        Practice p;
        ClientRepository clients(*p.practice.store);
        auto duplicate = clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), p.now);
        duplicate.addEmail(domain::EmailAddress::parse(QStringLiteral("countess@example.org")).value());
        (void)duplicate.setTags({QStringLiteral("newsletter"), QStringLiteral("vip")});
        duplicate.setNotes(QStringLiteral("Prefers mornings."));
        QVERIFY(await(clients.add(duplicate)).hasValue());
        const auto booking = bookingAt(duplicate, p.service, p.now.addDays(5), domain::BookingStatus::Confirmed);
        seed(p.practice, [&](WriteScope& scope) { return BookingRows::insert(scope, booking); });

        const auto merged = await(clients.merge(p.ada.id(), duplicate.id()));
        QVERIFY(merged.hasValue());
        QCOMPARE(merged->emails().size(), qsizetype(2));
        QVERIFY(merged->hasTag(QStringLiteral("newsletter")));
        QCOMPARE(merged->tags().size(), qsizetype(3));
        QCOMPARE(merged->notes(), QStringLiteral("Prefers mornings."));
        QVERIFY(!await(clients.find(duplicate.id()))->has_value());
        const auto history = await(PracticeQueries(*p.practice.store).clientHistory(p.ada.id(), p.now.date()));
        QCOMPARE(history->bookings.size(), qsizetype(3));
        QVERIFY(!await(clients.merge(p.ada.id(), p.ada.id())).hasValue());
        // The booking's search entry now names the kept client only once in the client list.
        PracticeQueries::ClientFilter lovelace;
        lovelace.text = QStringLiteral("lovelace");
        QCOMPARE(await(PracticeQueries(*p.practice.store).clients(lovelace))->size(), qsizetype(1));
    }
};

QTEST_GUILESS_MAIN(TestStoreQueries)
#include "test_store_queries.moc"
