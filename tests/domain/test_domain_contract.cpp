#include <QCryptographicHash>
#include <QTest>

#include "core/domain/Contract.h"
#include "core/domain/ContractTemplate.h"
#include "core/domain/Sha256Hex.h"

using clientele::Error;
using clientele::Result;
using namespace clientele::domain;

namespace {

const QDateTime kNow(QDate(2026, 5, 4), QTime(14, 30), Qt::UTC);
const QString kHash = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

QHash<QString, QString> bookingValues()
{
    return {
        {QStringLiteral("client.first_name"), QStringLiteral("Jane")},
        {QStringLiteral("client.name"), QStringLiteral("Jane Doe")},
        {QStringLiteral("booking.date"), QStringLiteral("12 June 2026")},
        {QStringLiteral("service.name"), QStringLiteral("Family portrait session")},
        {QStringLiteral("invoice.total"), QStringLiteral("€450.00")},
        {QStringLiteral("practice.name"), QStringLiteral("Lichtblick Fotografie")},
    };
}

Contract contractIn(ContractStatus status)
{
    Contract contract(QUuid::createUuidV5(QUuid(), QStringLiteral("contract")),
        QUuid::createUuidV5(QUuid(), QStringLiteral("client")),
        QUuid::createUuidV5(QUuid(), QStringLiteral("template")), QStringLiteral("Portrait agreement"),
        QStringLiteral("Body"), kNow);
    // The shortest legal path to each status.
    switch (status) {
    case ContractStatus::Draft:
        break;
    case ContractStatus::Voided:
        Q_UNUSED(contract.transitionTo(ContractStatus::Voided, kNow));
        break;
    case ContractStatus::Sent:
    case ContractStatus::Viewed:
    case ContractStatus::Signed:
    case ContractStatus::Declined:
    case ContractStatus::Expired:
        Q_UNUSED(contract.transitionTo(ContractStatus::Sent, kNow));
        if (status == ContractStatus::Signed) {
            Q_UNUSED(contract.sign(kHash, kNow));
        } else if (status != ContractStatus::Sent) {
            Q_UNUSED(contract.transitionTo(status, kNow));
        }
        break;
    }
    return contract;
}

} // namespace

class TestDomainContract final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- templates ----

    void rendersMergeFields_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("rendered");

        QTest::newRow("a plain text without fields stays as it is")
            << QStringLiteral("No fields here.") << QStringLiteral("No fields here.");
        QTest::newRow("every field of a booking agreement is filled in")
            << QStringLiteral("{{practice.name}} and {{client.name}} agree on {{service.name}} on {{booking.date}} "
                              "for {{invoice.total}}. Thanks, {{client.first_name}}!")
            << QStringLiteral("Lichtblick Fotografie and Jane Doe agree on Family portrait session on 12 June 2026 "
                              "for €450.00. Thanks, Jane!");
        QTest::newRow("spaces inside the braces are ignored")
            << QStringLiteral("Dear {{ client.first_name }},") << QStringLiteral("Dear Jane,");
        QTest::newRow("a field used twice is filled in twice")
            << QStringLiteral("{{client.first_name}}/{{client.first_name}}") << QStringLiteral("Jane/Jane");
        QTest::newRow("a backslash before braces writes literal braces")
            << QStringLiteral("Write \\{{client.name}} to merge.") << QStringLiteral("Write {{client.name}} to merge.");
        QTest::newRow("other backslashes are text")
            << QStringLiteral("C:\\Photos \\n {{client.first_name}}") << QStringLiteral("C:\\Photos \\n Jane");
        QTest::newRow("a lone closing pair is text")
            << QStringLiteral("smile }} {{client.first_name}}") << QStringLiteral("smile }} Jane");
        QTest::newRow("single braces are text")
            << QStringLiteral("{ {client.name} }") << QStringLiteral("{ {client.name} }");
        QTest::newRow("fields on later lines")
            << QStringLiteral("Line 1\n{{service.name}}\n") << QStringLiteral("Line 1\nFamily portrait session\n");
    }
    void rendersMergeFields()
    {
        QFETCH(QString, body);
        QFETCH(QString, rendered);

        const ContractTemplate tmpl(QUuid(), QStringLiteral("Agreement"), body);
        QVERIFY(tmpl.validate().hasValue());
        const auto result = tmpl.render(bookingValues());
        QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().toString()));
        QCOMPARE(result.value(), rendered);
    }

    void valuesAreNotExpandedAgain()
    {
        const ContractTemplate tmpl(QUuid(), QStringLiteral("Agreement"), QStringLiteral("Hi {{client.first_name}}"));
        QHash<QString, QString> values;
        values.insert(QStringLiteral("client.first_name"), QStringLiteral("{{practice.name}}"));
        QCOMPARE(tmpl.render(values).value(), QStringLiteral("Hi {{practice.name}}"));
    }

    void anEmptyValueRendersAsNothing()
    {
        const ContractTemplate tmpl(QUuid(), QStringLiteral("Agreement"), QStringLiteral("[{{client.first_name}}]"));
        QHash<QString, QString> values;
        values.insert(QStringLiteral("client.first_name"), QString());
        QCOMPARE(tmpl.render(values).value(), QStringLiteral("[]"));
    }

    void refusesBrokenTemplates_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("named"); // what the message must mention

        QTest::newRow("an unknown field names it")
            << QStringLiteral("Hello {{client.nickname}}") << QStringLiteral("template.unknown-field")
            << QStringLiteral("client.nickname");
        QTest::newRow("a field that is not closed names the line")
            << QStringLiteral("one\ntwo {{client.name\nthree") << QStringLiteral("template.unterminated")
            << QStringLiteral("2");
        QTest::newRow("an empty field") << QStringLiteral("Hi {{ }}") << QStringLiteral("template.bad-field")
                                        << QStringLiteral("1");
        QTest::newRow("a field without a dot")
            << QStringLiteral("Hi {{name}}") << QStringLiteral("template.bad-field") << QStringLiteral("name");
        QTest::newRow("a field with upper case")
            << QStringLiteral("Hi {{Client.Name}}") << QStringLiteral("template.bad-field")
            << QStringLiteral("Client.Name");
        QTest::newRow("a field with a space inside")
            << QStringLiteral("{{client name}}") << QStringLiteral("template.bad-field")
            << QStringLiteral("client name");
        QTest::newRow("nested braces") << QStringLiteral("{{ {{client.name}} }}")
                                       << QStringLiteral("template.bad-field") << QStringLiteral("{{client.name");
    }
    void refusesBrokenTemplates()
    {
        QFETCH(QString, body);
        QFETCH(QString, reason);
        QFETCH(QString, named);

        const ContractTemplate tmpl(QUuid(), QStringLiteral("Agreement"), body);
        const Result<void> valid = tmpl.validate();
        QVERIFY(!valid.hasValue());
        QCOMPARE(valid.error().code(), Error::Code::InvalidInput);
        QCOMPARE(valid.error().detail(), reason);
        QVERIFY2(valid.error().userMessage().contains(named), qPrintable(valid.error().userMessage()));
        const auto rendered = tmpl.render(bookingValues());
        QVERIFY(!rendered.hasValue());
        QCOMPARE(rendered.error().detail(), reason);
        QVERIFY(!tmpl.fields().hasValue());
    }

    void aMissingValueIsNamed()
    {
        const ContractTemplate tmpl(
            QUuid(), QStringLiteral("Agreement"), QStringLiteral("{{client.name}} on {{booking.time}}"));
        QVERIFY(tmpl.validate().hasValue());
        const auto rendered = tmpl.render(bookingValues());
        QVERIFY(!rendered.hasValue());
        QCOMPARE(rendered.error().detail(), QStringLiteral("template.missing-value"));
        QVERIFY(rendered.error().userMessage().contains(QStringLiteral("booking.time")));
    }

    void listsTheFieldsItUses()
    {
        const ContractTemplate tmpl(QUuid(), QStringLiteral("Agreement"),
            QStringLiteral("{{client.name}} {{booking.date}} {{client.name}} \\{{service.name}}"));
        QCOMPARE(tmpl.fields().value(), (QStringList {QStringLiteral("client.name"), QStringLiteral("booking.date")}));
    }

    void everyKnownFieldIsAValidName()
    {
        QString body;
        QHash<QString, QString> values;
        for (const QString& field : ContractTemplate::knownFields()) {
            body += QStringLiteral("{{") + field + QStringLiteral("}};");
            values.insert(field, QStringLiteral("x"));
        }
        const ContractTemplate tmpl(QUuid(), QStringLiteral("All"), body);
        QCOMPARE(tmpl.fields().value(), ContractTemplate::knownFields());
        QCOMPARE(tmpl.render(values).value(),
            QString(QStringLiteral("x;")).repeated(ContractTemplate::knownFields().size()));
        for (const QString& required :
            {QStringLiteral("client.first_name"), QStringLiteral("client.name"), QStringLiteral("booking.date"),
                QStringLiteral("service.name"), QStringLiteral("invoice.total"), QStringLiteral("practice.name")}) {
            QVERIFY2(ContractTemplate::knownFields().contains(required), qPrintable(required));
        }
    }

    // ---- status transitions ----

    void transitions_data()
    {
        QTest::addColumn<ContractStatus>("from");
        QTest::addColumn<ContractStatus>("to");
        QTest::addColumn<bool>("allowed");

        using S = ContractStatus;
        const QList<S> all = {S::Draft, S::Sent, S::Viewed, S::Signed, S::Declined, S::Voided, S::Expired};
        const QList<QPair<S, S>> allowed = {
            {S::Draft, S::Sent},
            {S::Draft, S::Voided},
            {S::Sent, S::Viewed},
            {S::Sent, S::Signed},
            {S::Sent, S::Declined},
            {S::Sent, S::Voided},
            {S::Sent, S::Expired},
            {S::Viewed, S::Signed},
            {S::Viewed, S::Declined},
            {S::Viewed, S::Voided},
            {S::Viewed, S::Expired},
        };
        for (const S from : all) {
            for (const S to : all) {
                const bool ok = allowed.contains(qMakePair(from, to));
                QTest::addRow("%s to %s is %s", qPrintable(Contract::statusName(from)),
                    qPrintable(Contract::statusName(to)), ok ? "allowed" : "refused")
                    << from << to << ok;
            }
        }
    }
    void transitions()
    {
        QFETCH(ContractStatus, from);
        QFETCH(ContractStatus, to);
        QFETCH(bool, allowed);

        const Result<void> checked = Contract::checkTransition(from, to);
        QCOMPARE(checked.hasValue(), allowed);
        if (!allowed) {
            QCOMPARE(checked.error().code(), Error::Code::InvalidInput);
            QCOMPARE(checked.error().detail(),
                from == to ? QStringLiteral("contract.same-status") : QStringLiteral("contract.transition"));
            QVERIFY(!checked.error().userMessage().isEmpty());
        }

        // The contract object follows the same table.
        Contract contract = contractIn(from);
        QCOMPARE(contract.status(), from);
        const QDateTime later = kNow.addSecs(3600);
        const Result<void> moved =
            to == ContractStatus::Signed ? contract.sign(kHash, later) : contract.transitionTo(to, later);
        QCOMPARE(moved.hasValue(), allowed);
        QCOMPARE(contract.status(), allowed ? to : from);
        if (allowed) {
            QCOMPARE(contract.statusChangedAt(), later);
        }
    }

    void signingKeepsTheHashAndTime()
    {
        Contract contract = contractIn(ContractStatus::Viewed);
        const QDateTime signedAt = kNow.addDays(1);
        QVERIFY(contract.sign(kHash, signedAt).hasValue());
        QCOMPARE(contract.status(), ContractStatus::Signed);
        QCOMPARE(contract.signedPdfSha256(), kHash);
        QCOMPARE(contract.signedAt(), signedAt);
        QCOMPARE(contract.sentAt(), kNow);
    }

    void signingNeedsTheSignedDocument()
    {
        Contract contract = contractIn(ContractStatus::Sent);
        const Result<void> plain = contract.transitionTo(ContractStatus::Signed, kNow);
        QVERIFY(!plain.hasValue());
        QCOMPARE(plain.error().detail(), QStringLiteral("contract.sign-needs-hash"));
        QCOMPARE(contract.status(), ContractStatus::Sent);
    }

    void refusesBadSignatures_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("reason");

        QTest::newRow("an upper-case hash") << kHash.toUpper() << kNow << QStringLiteral("contract.bad-hash");
        QTest::newRow("a short hash") << kHash.left(63) << kNow << QStringLiteral("contract.bad-hash");
        QTest::newRow("a long hash") << (kHash + u'0') << kNow << QStringLiteral("contract.bad-hash");
        QTest::newRow("a hash with a non-hex letter")
            << (kHash.left(63) + u'g') << kNow << QStringLiteral("contract.bad-hash");
        QTest::newRow("no hash") << QString() << kNow << QStringLiteral("contract.bad-hash");
        QTest::newRow("a local time") << kHash << QDateTime(QDate(2026, 5, 4), QTime(14, 30), Qt::LocalTime)
                                      << QStringLiteral("contract.time-not-utc");
        QTest::newRow("no time") << kHash << QDateTime() << QStringLiteral("contract.time-not-utc");
    }
    void refusesBadSignatures()
    {
        QFETCH(QString, hash);
        QFETCH(QDateTime, at);
        QFETCH(QString, reason);

        Contract contract = contractIn(ContractStatus::Sent);
        const Result<void> signedResult = contract.sign(hash, at);
        QVERIFY(!signedResult.hasValue());
        QCOMPARE(signedResult.error().detail(), reason);
        QCOMPARE(contract.status(), ContractStatus::Sent);
        QVERIFY(contract.signedPdfSha256().isEmpty());
    }

    void onlyADraftCanBeEdited()
    {
        Contract contract = contractIn(ContractStatus::Draft);
        QVERIFY(contract.setBody(QStringLiteral("New terms")).hasValue());
        QCOMPARE(contract.body(), QStringLiteral("New terms"));
        QVERIFY(contract.transitionTo(ContractStatus::Sent, kNow).hasValue());
        const Result<void> edited = contract.setBody(QStringLiteral("Sneaky change"));
        QVERIFY(!edited.hasValue());
        QCOMPARE(edited.error().detail(), QStringLiteral("contract.not-draft"));
        QCOMPARE(contract.body(), QStringLiteral("New terms"));
    }

    void aTransitionNeedsUtc()
    {
        Contract contract = contractIn(ContractStatus::Draft);
        const Result<void> moved = contract.transitionTo(ContractStatus::Sent, QDateTime());
        QVERIFY(!moved.hasValue());
        QCOMPARE(moved.error().detail(), QStringLiteral("contract.time-not-utc"));
        QCOMPARE(contract.status(), ContractStatus::Draft);
    }

    // ---- the body as sent ----

    void sendingRecordsTheHashOfTheBody()
    {
        Contract contract = contractIn(ContractStatus::Draft);
        QVERIFY(contract.bodySha256().isEmpty());
        QVERIFY(contract.bodyMatchesHash());
        QVERIFY(contract.setBody(QStringLiteral("Grüße, {{client.name}}")).hasValue());
        QVERIFY(contract.transitionTo(ContractStatus::Sent, kNow).hasValue());
        // SHA-256 of the UTF-8 bytes, so any other program can check it.
        QCOMPARE(contract.bodySha256(),
            QString::fromLatin1(
                QCryptographicHash::hash(QStringLiteral("Grüße, {{client.name}}").toUtf8(), QCryptographicHash::Sha256)
                    .toHex()));
        QVERIFY(Sha256Hex::isValid(contract.bodySha256()));
        QVERIFY(contract.bodyMatchesHash());
    }

    void laterMovesKeepTheHashOfTheSentBody()
    {
        Contract contract = contractIn(ContractStatus::Sent);
        const QString sent = contract.bodySha256();
        QVERIFY(contract.transitionTo(ContractStatus::Viewed, kNow.addSecs(60)).hasValue());
        QVERIFY(contract.sign(kHash, kNow.addSecs(120)).hasValue());
        QCOMPARE(contract.bodySha256(), sent);
        QCOMPARE(contract.bodySha256(), Contract::hashOf(QStringLiteral("Body")));
    }

    void aDraftVoidedWithoutSendingHasNoHash() { QVERIFY(contractIn(ContractStatus::Voided).bodySha256().isEmpty()); }

    void aRestoredBodyThatNoLongerMatchesIsNoticed()
    {
        Contract sent = contractIn(ContractStatus::Sent);
        Contract::Progress progress;
        progress.status = ContractStatus::Sent;
        progress.sentAt = kNow;
        progress.bodySha256 = sent.bodySha256();
        const Contract intact = Contract::restore(sent, progress);
        QVERIFY(intact.bodyMatchesHash());
        QCOMPARE(intact.status(), ContractStatus::Sent);
        QCOMPARE(intact.sentAt(), kNow);

        // The same stored state with another body: changed after it went out.
        Contract other(
            sent.id(), sent.clientId(), sent.templateId(), sent.title(), QStringLiteral("Other terms"), kNow);
        Contract changed = Contract::restore(other, progress);
        QVERIFY(!changed.bodyMatchesHash());
        QVERIFY(!changed.setBody(QStringLiteral("x")).hasValue());
    }

    void statusNamesRoundTrip()
    {
        for (const ContractStatus status : {ContractStatus::Draft, ContractStatus::Sent, ContractStatus::Viewed,
                 ContractStatus::Signed, ContractStatus::Declined, ContractStatus::Voided, ContractStatus::Expired}) {
            QVERIFY(Contract::statusFromName(Contract::statusName(status)) == status);
        }
        QVERIFY(!Contract::statusFromName(QStringLiteral("archived")).has_value());
    }

    void aTemplateNeedsAName()
    {
        const ContractTemplate unnamed(QUuid(), QStringLiteral("  "), QStringLiteral("Hi {{client.name}}"));
        const Result<void> valid = unnamed.validate();
        QVERIFY(!valid.hasValue());
        QCOMPARE(valid.error().detail(), QStringLiteral("template.needs-name"));
    }
};

QTEST_GUILESS_MAIN(TestDomainContract)
#include "test_domain_contract.moc"
