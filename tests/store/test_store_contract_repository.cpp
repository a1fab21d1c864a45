#include <QTest>

#include "core/store/ContractRepository.h"
#include "core/store/InvoiceRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/text/MoneyText.h"
#include "tests/store/PracticeFixtures.h"

using namespace clientele;
using namespace clientele::test;

class TestStoreContractRepository final : public QObject
{
    Q_OBJECT

private:
    // A German practice with one client, booked for a portrait session in a week.
    struct Practice
    {
        TestPractice practice;
        domain::Client client = clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), practice.clock.nowUtc());
        domain::Service service = serviceWithDeposit(20000, 5000);
        domain::Booking booking =
            bookingAt(client, service, practice.clock.nowUtc().addDays(7), domain::BookingStatus::AwaitingSignature);
        ContractRepository contracts {*practice.store};

        Practice()
        {
            QVERIFY(client.addEmail(domain::EmailAddress::parse(QStringLiteral("ada@example.org")).value()));
            QVERIFY(await(SettingsRepository(*practice.store).saveProfile(lumenProfile())).hasValue());
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

        domain::ContractTemplate saveTemplate(const QString& name, const QString& body)
        {
            domain::ContractTemplate contractTemplate(sync::UuidV7::create(), name, body);
            const auto saved = await(contracts.saveTemplate(contractTemplate));
            Q_ASSERT_X(
                saved.hasValue(), "saveTemplate", qPrintable(saved.hasValue() ? QString() : saved.error().toString()));
            return contractTemplate;
        }

        qint64 count(const char* table)
        {
            const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table));
            return practice.run([sql](StoreSession& s) { return s.db().queryInt(sql); }).value();
        }
    };

private Q_SLOTS:
    void templatesAreSavedListedByNameAndRemoved()
    {
        Practice p;
        auto wedding = p.saveTemplate(QStringLiteral("Wedding agreement"), QStringLiteral("Dear {{client.name}}"));
        p.saveTemplate(QStringLiteral("Model release"), QStringLiteral("I, {{client.name}}, agree."));
        wedding.setBody(QStringLiteral("Dear {{client.first_name}}"));
        QVERIFY(await(p.contracts.saveTemplate(wedding)).hasValue());
        auto listed = await(p.contracts.listTemplates());
        QVERIFY(listed.hasValue());
        QCOMPARE(listed->size(), qsizetype(2));
        QCOMPARE(listed->at(0).name(), QStringLiteral("Model release"));
        QCOMPARE(listed->at(1).body(), QStringLiteral("Dear {{client.first_name}}"));
        QVERIFY(await(p.contracts.removeTemplate(wedding.id())).hasValue());
        QCOMPARE(await(p.contracts.listTemplates())->size(), qsizetype(1));
    }

    void anInvalidTemplateChangesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("key");
        QTest::newRow("an unknown field") << QStringLiteral("Agreement") << QStringLiteral("{{client.shoe_size}}")
                                          << QStringLiteral("template.unknown-field");
        QTest::newRow("an unclosed field") << QStringLiteral("Agreement") << QStringLiteral("Dear {{client.name")
                                           << QStringLiteral("template.unterminated");
        QTest::newRow("no name") << QStringLiteral(" ") << QStringLiteral("Dear {{client.name}}")
                                 << QStringLiteral("template.needs-name");
    }
    void anInvalidTemplateChangesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, body);
        QFETCH(QString, key);
        Practice p;
        const auto original = p.saveTemplate(QStringLiteral("Agreement"), QStringLiteral("Dear {{client.name}}"));
        const domain::ContractTemplate edited(original.id(), name, body);
        const domain::ContractTemplate added(sync::UuidV7::create(), name, body);
        for (const auto& contractTemplate : {edited, added}) {
            const auto saved = await(p.contracts.saveTemplate(contractTemplate));
            QVERIFY(!saved.hasValue());
            QCOMPARE(saved.error().detail(), key);
        }
        const auto listed = await(p.contracts.listTemplates());
        QCOMPARE(listed->size(), qsizetype(1));
        QCOMPARE(listed->constFirst().body(), original.body());
    }

    void aDraftFillsTheFieldsFromThePracticeClientAndBooking()
    {
        Practice p;
        const auto contractTemplate = p.saveTemplate(QStringLiteral("Portrait agreement"),
            QStringLiteral("{{practice.name}} and {{client.name}} <{{client.email}}> agree on {{service.name}} "
                           "on {{booking.date}} at {{booking.time}} for {{service.price}}. "
                           "Signed {{contract.date}}."));
        const QDateTime now = p.practice.clock.nowUtc();
        const auto drafted =
            await(p.contracts.draftFromTemplate(contractTemplate.id(), p.client.id(), p.booking.id(), now));
        QVERIFY2(drafted.hasValue(), qPrintable(drafted.hasValue() ? QString() : drafted.error().toString()));
        const QLocale german(QStringLiteral("de_DE"));
        const QDateTime start = p.booking.schedule().localStart();
        const QString expected =
            QStringLiteral("Lumen Studio and Ada Lovelace <ada@example.org> agree on Portrait "
                           "session on %1 at %2 for %3. Signed %4.")
                .arg(german.toString(start.date(), QLocale::LongFormat),
                    german.toString(start.time(), QLocale::ShortFormat), moneyText(domain::Money(20000, eur()), german),
                    german.toString(QDate(2026, 11, 26), QLocale::LongFormat));
        QCOMPARE(drafted->body(), expected);
        QCOMPARE(drafted->title(), QStringLiteral("Portrait agreement"));
        QCOMPARE(drafted->status(), domain::ContractStatus::Draft);
        QVERIFY(drafted->bodySha256().isEmpty());

        const auto found = await(p.contracts.find(drafted->id()));
        QVERIFY(found.hasValue() && found->has_value());
        const domain::Contract& stored = found->value();
        QCOMPARE(stored.body(), expected);
        QCOMPARE(stored.clientId(), p.client.id());
        QCOMPARE(stored.bookingId(), p.booking.id());
        QCOMPARE(stored.templateId(), contractTemplate.id());
        QCOMPARE(stored.createdAt(), now);
        QCOMPARE(stored.status(), domain::ContractStatus::Draft);
    }

    void theBookingsInvoiceFillsTheInvoiceFields()
    {
        Practice p;
        InvoiceRepository invoices(*p.practice.store);
        const QDate today = p.practice.clock.nowUtc().date();
        auto draft = await(invoices.draftForBooking(p.booking.id(), sync::UuidV7::create(), today));
        QVERIFY(draft.hasValue());
        QVERIFY(await(invoices.add(draft.value())).hasValue());
        QVERIFY(await(invoices.issue(draft->id(), today)).hasValue());
        const auto contractTemplate = p.saveTemplate(QStringLiteral("Deposit terms"),
            QStringLiteral("Invoice {{invoice.number}}: {{invoice.total}}, deposit {{invoice.deposit}}."));
        const auto drafted = await(p.contracts.draftFromTemplate(
            contractTemplate.id(), p.client.id(), p.booking.id(), p.practice.clock.nowUtc()));
        QVERIFY2(drafted.hasValue(), qPrintable(drafted.hasValue() ? QString() : drafted.error().toString()));
        const QLocale german(QStringLiteral("de_DE"));
        QCOMPARE(drafted->body(),
            QStringLiteral("Invoice LS-2026-001: %1, deposit %2.")
                .arg(moneyText(domain::Money(20000, eur()), german), moneyText(domain::Money(5000, eur()), german)));
    }

    void aFieldWithoutAValueIsRefusedAndNothingIsStored()
    {
        Practice p;
        // No booking given: the booking's date has no value.
        const auto contractTemplate =
            p.saveTemplate(QStringLiteral("Agreement"), QStringLiteral("See you on {{booking.date}}."));
        const auto drafted = await(
            p.contracts.draftFromTemplate(contractTemplate.id(), p.client.id(), QUuid(), p.practice.clock.nowUtc()));
        QVERIFY(!drafted.hasValue());
        QCOMPARE(drafted.error().detail(), QStringLiteral("template.missing-value"));
        QVERIFY2(drafted.error().userMessage().contains(QStringLiteral("booking.date")),
            qPrintable(drafted.error().userMessage()));
        QCOMPARE(p.count("contract"), qint64(0));
    }

    void anUnknownFieldIsRefusedAndNothingIsStored()
    {
        Practice p;
        // A template from a newer version (or an edited database) that this version cannot fill.
        const QUuid id = sync::UuidV7::create();
        seed(p.practice, [id](WriteScope& scope) {
            return scope.changes().insert(QStringLiteral("contract_template"), id,
                {{QStringLiteral("name"), QStringLiteral("Future")},
                    {QStringLiteral("body"), QStringLiteral("Hi {{client.pronouns}}")}});
        });
        const auto drafted =
            await(p.contracts.draftFromTemplate(id, p.client.id(), p.booking.id(), p.practice.clock.nowUtc()));
        QVERIFY(!drafted.hasValue());
        QCOMPARE(drafted.error().detail(), QStringLiteral("template.unknown-field"));
        QCOMPARE(p.count("contract"), qint64(0));
    }

    void missingRecordsAreNotFound()
    {
        Practice p;
        const auto contractTemplate = p.saveTemplate(QStringLiteral("Agreement"), QStringLiteral("Hi {{client.name}}"));
        const QDateTime now = p.practice.clock.nowUtc();
        const auto noTemplate = await(p.contracts.draftFromTemplate(sync::UuidV7::create(), p.client.id(), {}, now));
        QCOMPARE(noTemplate.error().code(), Error::Code::NotFound);
        const auto noClient =
            await(p.contracts.draftFromTemplate(contractTemplate.id(), sync::UuidV7::create(), {}, now));
        QCOMPARE(noClient.error().code(), Error::Code::NotFound);
        const auto other = clientNamed(QStringLiteral("Grace"), QStringLiteral("Hopper"), now);
        seed(p.practice, [&other](WriteScope& scope) { return ClientRows::insert(scope, other); });
        const auto wrongBooking =
            await(p.contracts.draftFromTemplate(contractTemplate.id(), other.id(), p.booking.id(), now));
        QCOMPARE(wrongBooking.error().detail(), QStringLiteral("contract.booking-other-client"));
        QCOMPARE(p.count("contract"), qint64(0));
        QVERIFY(!await(p.contracts.find(sync::UuidV7::create()))->has_value());
    }

    void sendingFreezesTheBodyAndStoresItsHash()
    {
        Practice p;
        const auto contractTemplate =
            p.saveTemplate(QStringLiteral("Agreement"), QStringLiteral("I, {{client.name}}, agree."));
        const QDateTime now = p.practice.clock.nowUtc();
        auto drafted = await(p.contracts.draftFromTemplate(contractTemplate.id(), p.client.id(), {}, now));
        QVERIFY(drafted.hasValue());
        const QUuid id = drafted->id();
        const auto edited = await(p.contracts.setBody(id, QStringLiteral("I, Ada Lovelace, agree to everything.")));
        QVERIFY(edited.hasValue());

        const QDateTime sentAt = now.addSecs(3600);
        const auto sent = await(p.contracts.send(id, sentAt));
        QVERIFY2(sent.hasValue(), qPrintable(sent.hasValue() ? QString() : sent.error().toString()));
        QCOMPARE(sent->status(), domain::ContractStatus::Sent);
        const QString hash = domain::Contract::hashOf(QStringLiteral("I, Ada Lovelace, agree to everything."));
        QCOMPARE(sent->bodySha256(), hash);
        QCOMPARE(p.practice
                     .run([](StoreSession& s) {
                         return s.db().queryText(QStringLiteral("SELECT body_sha256 FROM contract"));
                     })
                     .value(),
            hash);

        const auto late = await(p.contracts.setBody(id, QStringLiteral("I agree to nothing.")));
        QVERIFY(!late.hasValue());
        QCOMPARE(late.error().detail(), QStringLiteral("contract.not-draft"));
        const auto sentTwice = await(p.contracts.send(id, sentAt.addSecs(60)));
        QCOMPARE(sentTwice.error().detail(), QStringLiteral("contract.same-status"));

        QVERIFY(p.practice.reopen().hasValue());
        ContractRepository reopened(*p.practice.store);
        const auto found = await(reopened.find(id));
        QVERIFY(found.hasValue() && found->has_value());
        QCOMPARE(found->value().body(), QStringLiteral("I, Ada Lovelace, agree to everything."));
        QCOMPARE(found->value().status(), domain::ContractStatus::Sent);
        QCOMPARE(found->value().sentAt(), sentAt);
        QCOMPARE(found->value().bodySha256(), hash);
        QVERIFY(found->value().bodyMatchesHash());
    }

    void aSentContractMovesOnUntilSigned()
    {
        Practice p;
        const auto contractTemplate = p.saveTemplate(QStringLiteral("Agreement"), QStringLiteral("Hi {{client.name}}"));
        const QDateTime now = p.practice.clock.nowUtc();
        const auto drafted =
            await(p.contracts.draftFromTemplate(contractTemplate.id(), p.client.id(), p.booking.id(), now));
        const QUuid id = drafted->id();
        QVERIFY(await(p.contracts.send(id, now.addSecs(60))).hasValue());
        QVERIFY(await(p.contracts.transition(id, domain::ContractStatus::Viewed, now.addSecs(120))).hasValue());
        const auto unsignedSign = await(p.contracts.transition(id, domain::ContractStatus::Signed, now.addSecs(180)));
        QCOMPARE(unsignedSign.error().detail(), QStringLiteral("contract.sign-needs-hash"));
        const QString pdfHash = domain::Contract::hashOf(QStringLiteral("%PDF signed"));
        const auto signedContract = await(p.contracts.sign(id, pdfHash, now.addSecs(240)));
        QVERIFY(signedContract.hasValue());
        const auto found = await(p.contracts.find(id));
        QCOMPARE(found->value().status(), domain::ContractStatus::Signed);
        QCOMPARE(found->value().signedPdfSha256(), pdfHash);
        QCOMPARE(found->value().signedAt(), now.addSecs(240));
        QCOMPARE(found->value().statusChangedAt(), now.addSecs(240));
        const auto voided = await(p.contracts.transition(id, domain::ContractStatus::Voided, now.addSecs(300)));
        QCOMPARE(voided.error().detail(), QStringLiteral("contract.transition"));
    }
};

QTEST_GUILESS_MAIN(TestStoreContractRepository)
#include "test_store_contract_repository.moc"
