#include <QTest>

#include "core/domain/Currency.h"
#include "core/domain/Deposit.h"
#include "core/domain/Money.h"
#include "core/domain/ReminderRule.h"
#include "core/domain/Service.h"
#include "core/domain/ServicePackage.h"

using namespace clientele;
using namespace clientele::domain;

namespace clientele::domain {
char* toString(const Money& money)
{
    const QString text = money.toDecimalString() + u' ' + money.currency().code();
    return QTest::toString(text);
}
} // namespace clientele::domain

namespace {

Currency currency(const char* code)
{
    return Currency::fromCode(QString::fromLatin1(code)).value();
}

Money eur(qint64 minor)
{
    return Money(minor, currency("EUR"));
}

QUuid uuid(uint n)
{
    return QUuid(n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
}

// A wedding photography service as a photographer would set it up.
Service weddingCoverage()
{
    Service service(uuid(1), QStringLiteral("Wedding coverage"), 8 * 60, eur(250000));
    service.setBuffers(60, 30);
    service.setDeposit(Deposit::percentage(300000));
    service.setRequiredContractTemplateId(uuid(2));
    service.setReminderPlan({{7 * 24 * 60, ReminderRule::Channel::Email}, {24 * 60, ReminderRule::Channel::Email},
        {24 * 60, ReminderRule::Channel::Sms}});
    service.setVideoMeeting(false);
    return service;
}

enum class Change
{
    NullId,
    EmptyName,
    BlankName,
    LongName,
    ZeroDuration,
    NegativeDuration,
    DurationOverAWeek,
    NegativeBufferBefore,
    NegativeBufferAfter,
    BufferOverADay,
    PriceWithoutCurrency,
    NegativePrice,
    FixedDepositInOtherCurrency,
    ZeroFixedDeposit,
    FixedDepositAbovePrice,
    ZeroPercentDeposit,
    DepositOver100Percent,
    ReminderAtStart,
    ReminderAfterStart,
    ReminderTooEarly,
    DuplicateReminder,
};

void apply(Service& service, Change change)
{
    switch (change) {
    case Change::NullId:
        service.setId(QUuid());
        break;
    case Change::EmptyName:
        service.setName(QString());
        break;
    case Change::BlankName:
        service.setName(QStringLiteral("   "));
        break;
    case Change::LongName:
        service.setName(QString(201, u'x'));
        break;
    case Change::ZeroDuration:
        service.setDurationMinutes(0);
        break;
    case Change::NegativeDuration:
        service.setDurationMinutes(-30);
        break;
    case Change::DurationOverAWeek:
        service.setDurationMinutes(Service::kMaxDurationMinutes + 1);
        break;
    case Change::NegativeBufferBefore:
        service.setBuffers(-1, 0);
        break;
    case Change::NegativeBufferAfter:
        service.setBuffers(0, -1);
        break;
    case Change::BufferOverADay:
        service.setBuffers(0, 24 * 60 + 1);
        break;
    case Change::PriceWithoutCurrency:
        service.setPrice(Money());
        service.setDeposit(Deposit::none());
        break;
    case Change::NegativePrice:
        service.setPrice(eur(-1));
        break;
    case Change::FixedDepositInOtherCurrency:
        service.setDeposit(Deposit::fixed(Money(5000, currency("USD"))));
        break;
    case Change::ZeroFixedDeposit:
        service.setDeposit(Deposit::fixed(eur(0)));
        break;
    case Change::FixedDepositAbovePrice:
        service.setDeposit(Deposit::fixed(eur(250001)));
        break;
    case Change::ZeroPercentDeposit:
        service.setDeposit(Deposit::percentage(0));
        break;
    case Change::DepositOver100Percent:
        service.setDeposit(Deposit::percentage(Money::kPpm + 1));
        break;
    case Change::ReminderAtStart:
        service.setReminderPlan({{0, ReminderRule::Channel::Sms}});
        break;
    case Change::ReminderAfterStart:
        service.setReminderPlan({{-60, ReminderRule::Channel::Email}});
        break;
    case Change::ReminderTooEarly:
        service.setReminderPlan({{Service::kMaxReminderOffsetMinutes + 1, ReminderRule::Channel::Email}});
        break;
    case Change::DuplicateReminder:
        service.setReminderPlan(
            {{1440, ReminderRule::Channel::Sms}, {60, ReminderRule::Channel::Sms}, {1440, ReminderRule::Channel::Sms}});
        break;
    }
}

} // namespace

class TestDomainService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aTypicalServiceIsValid()
    {
        const Service service = weddingCoverage();
        QVERIFY(service.validate().hasValue());
        QCOMPARE(service.blockedMinutes(), 60 + 8 * 60 + 30);
        QVERIFY(service.isActive());
        QVERIFY(!service.hasVideoMeeting());
        QCOMPARE(service.requiredContractTemplateId(), uuid(2));
        QVERIFY(service.requiredQuestionnaireTemplateId().isNull());
    }

    void edgeValuesAreAccepted()
    {
        Service service = weddingCoverage();
        service.setDurationMinutes(1);
        service.setBuffers(0, 0);
        service.setPrice(eur(0));
        service.setDeposit(Deposit::none());
        service.setReminderPlan({});
        QVERIFY(service.validate().hasValue());
        service.setDurationMinutes(Service::kMaxDurationMinutes);
        service.setPrice(eur(1000));
        service.setDeposit(Deposit::fixed(eur(1000)));
        service.setReminderPlan({{Service::kMaxReminderOffsetMinutes, ReminderRule::Channel::Sms}});
        QVERIFY(service.validate().hasValue());
        service.setDeposit(Deposit::percentage(Money::kPpm));
        QVERIFY(service.validate().hasValue());
    }

    void invalidServicesNameTheReason_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("detail");
        const auto row = [](const char* name, Change change, const char* detail) {
            QTest::newRow(name) << static_cast<int>(change) << QString::fromLatin1(detail);
        };
        row("a service without an id", Change::NullId, "null service id");
        row("an empty name", Change::EmptyName, "empty service name");
        row("a blank name", Change::BlankName, "empty service name");
        row("a name of 201 characters", Change::LongName, "service name too long");
        row("a session of zero minutes", Change::ZeroDuration, "duration not positive");
        row("a negative duration", Change::NegativeDuration, "duration not positive");
        row("a session longer than a week", Change::DurationOverAWeek, "duration too long");
        row("a negative buffer before", Change::NegativeBufferBefore, "negative buffer");
        row("a negative buffer after", Change::NegativeBufferAfter, "negative buffer");
        row("a buffer over a day", Change::BufferOverADay, "buffer too long");
        row("a price without currency", Change::PriceWithoutCurrency, "price without currency");
        row("a negative price", Change::NegativePrice, "negative price");
        row("a fixed deposit in dollars for a euro price", Change::FixedDepositInOtherCurrency,
            "deposit currency mismatch");
        row("a fixed deposit of zero", Change::ZeroFixedDeposit, "deposit not positive");
        row("a fixed deposit above the price", Change::FixedDepositAbovePrice, "deposit above price");
        row("a deposit of 0 percent", Change::ZeroPercentDeposit, "deposit percentage out of range");
        row("a deposit above 100 percent", Change::DepositOver100Percent, "deposit percentage out of range");
        row("a reminder at the start", Change::ReminderAtStart, "reminder offset not positive");
        row("a reminder after the start", Change::ReminderAfterStart, "reminder offset not positive");
        row("a reminder more than 90 days ahead", Change::ReminderTooEarly, "reminder offset too large");
        row("the same reminder twice", Change::DuplicateReminder, "duplicate reminder");
    }
    void invalidServicesNameTheReason()
    {
        QFETCH(int, change);
        QFETCH(QString, detail);
        Service service = weddingCoverage();
        apply(service, static_cast<Change>(change));
        const Result<void> result = service.validate();
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().code(), Error::Code::InvalidInput);
        QCOMPARE(result.error().detail(), detail);
        QVERIFY(!result.error().userMessage().isEmpty());
    }

    void aProcedureCodingIsValidatedWithTheService()
    {
        Service service = weddingCoverage();
        QVERIFY(service.procedureCoding().isEmpty());
        ProcedureCoding coding;
        coding.code = QStringLiteral("90837");
        coding.modifiers = {QStringLiteral("95")};
        coding.placeOfService = QStringLiteral("10");
        service.setProcedureCoding(coding);
        QCOMPARE(service.procedureCoding(), coding);
        QVERIFY(service.validate().hasValue());
        coding.placeOfService.clear();
        service.setProcedureCoding(coding);
        const Result<void> valid = service.validate();
        QVERIFY(!valid.hasValue());
        QCOMPARE(valid.error().detail(), QStringLiteral("coding.needs-place-of-service"));
    }

    void sameOffsetOnTwoChannelsIsNoDuplicate()
    {
        Service service = weddingCoverage();
        service.setReminderPlan({{1440, ReminderRule::Channel::Email}, {1440, ReminderRule::Channel::Sms}});
        QVERIFY(service.validate().hasValue());
    }

    void depositAmountIsRoundedOnce_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<int>("rounding");
        QTest::addColumn<qint64>("expected");
        const int none = static_cast<int>(Deposit::Kind::None);
        const int fixed = static_cast<int>(Deposit::Kind::Fixed);
        const int percentage = static_cast<int>(Deposit::Kind::Percentage);
        const int halfUp = static_cast<int>(Rounding::HalfUp);
        QTest::addRow("no deposit is zero")
            << qint64(10000) << QStringLiteral("EUR") << none << qint64(0) << halfUp << qint64(0);
        QTest::addRow("a fixed deposit is taken as set")
            << qint64(10000) << QStringLiteral("EUR") << fixed << qint64(2500) << halfUp << qint64(2500);
        QTest::addRow("30 %% of 2500.00")
            << qint64(250000) << QStringLiteral("EUR") << percentage << qint64(300000) << halfUp << qint64(75000);
        QTest::addRow("30 %% of 99.99 rounds half up to 30.00")
            << qint64(9999) << QStringLiteral("EUR") << percentage << qint64(300000) << halfUp << qint64(3000);
        QTest::addRow("30 %% of 99.99 rounded down is 29.99")
            << qint64(9999) << QStringLiteral("EUR") << percentage << qint64(300000) << static_cast<int>(Rounding::Down)
            << qint64(2999);
        QTest::addRow("25 %% of 0.10 is 0.025, banker's rounding gives 0.02")
            << qint64(10) << QStringLiteral("EUR") << percentage << qint64(250000)
            << static_cast<int>(Rounding::HalfEven) << qint64(2);
        QTest::addRow("33 %% of 10001 yen has no decimals")
            << qint64(10001) << QStringLiteral("JPY") << percentage << qint64(330000) << halfUp << qint64(3300);
        QTest::addRow("12.5 %% of 1.000 dinar")
            << qint64(1000) << QStringLiteral("KWD") << percentage << qint64(125000) << halfUp << qint64(125);
        QTest::addRow("100 %% is the whole price")
            << qint64(9999) << QStringLiteral("EUR") << percentage << Money::kPpm << halfUp << qint64(9999);
    }
    void depositAmountIsRoundedOnce()
    {
        QFETCH(qint64, price);
        QFETCH(QString, code);
        QFETCH(int, kind);
        QFETCH(qint64, value);
        QFETCH(int, rounding);
        QFETCH(qint64, expected);
        const Currency cur = currency(code.toLatin1().constData());
        Service service(uuid(1), QStringLiteral("Session"), 50, Money(price, cur));
        switch (static_cast<Deposit::Kind>(kind)) {
        case Deposit::Kind::None:
            service.setDeposit(Deposit::none());
            break;
        case Deposit::Kind::Fixed:
            service.setDeposit(Deposit::fixed(Money(value, cur)));
            break;
        case Deposit::Kind::Percentage:
            service.setDeposit(Deposit::percentage(value));
            break;
        }
        QVERIFY(service.validate().hasValue());
        const Result<Money> deposit = service.depositAmount(static_cast<Rounding>(rounding));
        QVERIFY(deposit.hasValue());
        QCOMPARE(deposit.value(), Money(expected, cur));
    }

    void depositAmountRefusesAnInvalidDeposit()
    {
        Service service = weddingCoverage();
        service.setDeposit(Deposit::fixed(eur(250001)));
        QVERIFY(!service.depositAmount().hasValue());
        service.setDeposit(Deposit::percentage(-5));
        QVERIFY(!service.depositAmount().hasValue());
    }

    void packagesAreValidated_data()
    {
        QTest::addColumn<bool>("linked");
        QTest::addColumn<int>("sessions");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<int>("validityDays");
        QTest::addColumn<bool>("valid");
        QTest::addRow("ten sessions, no expiry") << true << 10 << qint64(90000) << 0 << true;
        QTest::addRow("one session valid for a year") << true << 1 << qint64(9000) << 365 << true;
        QTest::addRow("a free package") << true << 3 << qint64(0) << 0 << true;
        QTest::addRow("not linked to a service") << false << 10 << qint64(90000) << 0 << false;
        QTest::addRow("zero sessions") << true << 0 << qint64(90000) << 0 << false;
        QTest::addRow("negative sessions") << true << -2 << qint64(90000) << 0 << false;
        QTest::addRow("more sessions than anyone sells")
            << true << ServicePackage::kMaxSessions + 1 << qint64(90000) << 0 << false;
        QTest::addRow("a negative price") << true << 10 << qint64(-1) << 0 << false;
        QTest::addRow("valid for zero days") << true << 10 << qint64(90000) << -1 << false;
        QTest::addRow("valid for more than ten years")
            << true << 10 << qint64(90000) << ServicePackage::kMaxValidityDays + 1 << false;
    }
    void packagesAreValidated()
    {
        QFETCH(bool, linked);
        QFETCH(int, sessions);
        QFETCH(qint64, price);
        QFETCH(int, validityDays);
        QFETCH(bool, valid);
        // validityDays: 0 = no expiry, -1 = an explicit zero.
        std::optional<int> validity;
        if (validityDays > 0) {
            validity = validityDays;
        } else if (validityDays < 0) {
            validity = 0;
        }
        const ServicePackage package(uuid(10), linked ? uuid(1) : QUuid(), sessions, eur(price), validity);
        const Result<void> result = package.validate();
        QCOMPARE(result.hasValue(), valid);
        if (!valid) {
            QCOMPARE(result.error().code(), Error::Code::InvalidInput);
        }
    }

    void packagePriceSpreadsOverSessionsExactly()
    {
        const ServicePackage package(uuid(10), uuid(1), 3, eur(10000));
        const Result<QList<Money>> perSession = package.pricePerSession();
        QVERIFY(perSession.hasValue());
        QCOMPARE(perSession.value(), (QList<Money> {eur(3334), eur(3333), eur(3333)}));
        QVERIFY(!ServicePackage(uuid(10), uuid(1), 0, eur(10000)).pricePerSession().hasValue());
    }
};

QTEST_GUILESS_MAIN(TestDomainService)
#include "test_domain_service.moc"
