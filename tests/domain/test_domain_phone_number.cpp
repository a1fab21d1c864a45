#include <optional>

#include <QTest>

#include "core/domain/PhoneNumber.h"

using clientele::Error;
using clientele::domain::PhoneNumber;

// Numbers are libphonenumber's own example numbers (and well-known fictional ranges), so the test
// needs no real person's number.
class TestDomainPhoneNumber final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsNumbersAsPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("numberRegion");

        QTest::newRow("a German number with country code and spaces")
            << QStringLiteral("+49 30 1234567") << QStringLiteral("US") << QStringLiteral("+49301234567")
            << QStringLiteral("DE");
        QTest::newRow("a US number in local style with the US as default region")
            << QStringLiteral("(415) 555-2671") << QStringLiteral("US") << QStringLiteral("+14155552671")
            << QStringLiteral("US");
        QTest::newRow("a UK number with 00 prefix dialled from Germany")
            << QStringLiteral("00 44 20 7946 0958") << QStringLiteral("DE") << QStringLiteral("+442079460958")
            << QStringLiteral("GB");
        QTest::newRow("a UK number with 00 prefix typed by a US user")
            << QStringLiteral("00 44 20 7946 0958") << QStringLiteral("US") << QStringLiteral("+442079460958")
            << QStringLiteral("GB");
        QTest::newRow("a German national number with trunk zero")
            << QStringLiteral("030 123456") << QStringLiteral("DE") << QStringLiteral("+4930123456")
            << QStringLiteral("DE");
        QTest::newRow("a German mobile number") << QStringLiteral("01512 3456789") << QStringLiteral("DE")
                                                << QStringLiteral("+4915123456789") << QStringLiteral("DE");
        QTest::newRow("the region code in lower case with spaces around")
            << QStringLiteral("  0121 234 5678  ") << QStringLiteral(" gb ") << QStringLiteral("+441212345678")
            << QStringLiteral("GB");
        QTest::newRow("an international number with no default region")
            << QStringLiteral("+33 6 12 34 56 78") << QString() << QStringLiteral("+33612345678")
            << QStringLiteral("FR");
        QTest::newRow("a number written with dots") << QStringLiteral("201.555.0123") << QStringLiteral("US")
                                                    << QStringLiteral("+12015550123") << QStringLiteral("US");
        QTest::newRow("a Japanese number with dashes") << QStringLiteral("03-1234-5678") << QStringLiteral("JP")
                                                       << QStringLiteral("+81312345678") << QStringLiteral("JP");
        QTest::newRow("a US toll-free number") << QStringLiteral("1-800-234-5678") << QStringLiteral("US")
                                               << QStringLiteral("+18002345678") << QStringLiteral("US");
    }
    void acceptsNumbersAsPeopleWriteThem()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        QFETCH(QString, numberRegion);

        const auto parsed = PhoneNumber::parse(input, region);
        QVERIFY2(parsed.hasValue(), qPrintable(parsed.hasValue() ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->e164(), e164);
        QCOMPARE(parsed->region(), numberRegion);
        QVERIFY(!parsed->isEmpty());
    }

    void refusesBadNumbersWithTheReason_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("reason");

        QTest::newRow("nothing") << QString() << QStringLiteral("US") << QStringLiteral("phone.empty");
        QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("US") << QStringLiteral("phone.empty");
        QTest::newRow("letters instead of digits")
            << QStringLiteral("call me") << QStringLiteral("US") << QStringLiteral("phone.not-a-number");
        QTest::newRow("two digits") << QStringLiteral("12") << QStringLiteral("US")
                                    << QStringLiteral("phone.too-short");
        QTest::newRow("a US number without area code")
            << QStringLiteral("555-0123") << QStringLiteral("US") << QStringLiteral("phone.too-short");
        QTest::newRow("a US number with extra digits")
            << QStringLiteral("+1 201 555 01234567890") << QStringLiteral("US") << QStringLiteral("phone.too-long");
        QTest::newRow("a German number with far too many digits")
            << QStringLiteral("+4930123456789012345") << QString() << QStringLiteral("phone.too-long");
        QTest::newRow("a novel of digits")
            << QString(300, u'1') << QStringLiteral("US") << QStringLiteral("phone.too-long");
        QTest::newRow("a US number with an area code that does not exist")
            << QStringLiteral("(123) 456-7890") << QStringLiteral("US") << QStringLiteral("phone.invalid-for-region");
        QTest::newRow("a country code that does not exist")
            << QStringLiteral("+999 1234567") << QStringLiteral("US") << QStringLiteral("phone.unknown-region");
        QTest::newRow("a local number with an unknown default region")
            << QStringLiteral("201 555 0123") << QStringLiteral("XX") << QStringLiteral("phone.unknown-region");
        QTest::newRow("a local number with no default region")
            << QStringLiteral("201 555 0123") << QString() << QStringLiteral("phone.unknown-region");
        QTest::newRow("a UK number with 00 prefix that is one digit short") << QStringLiteral(
            "00 44 20 7946 095") << QStringLiteral("US") << QStringLiteral("phone.invalid-for-region");
    }
    void refusesBadNumbersWithTheReason()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, reason);

        const auto parsed = PhoneNumber::parse(input, region);
        QVERIFY(!parsed.hasValue());
        QCOMPARE(parsed.error().code(), Error::Code::InvalidInput);
        QCOMPARE(parsed.error().detail(), reason);
        QVERIFY(!parsed.error().userMessage().isEmpty());
        // The number a user typed is personal data and never goes into the log detail.
        if (input.trimmed().size() > 3) {
            QVERIFY(!parsed.error().detail().contains(input.trimmed()));
        }
    }

    void knowsWhetherANumberIsMobile_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<std::optional<bool>>("mobile");
        QTest::addColumn<PhoneNumber::LineType>("type");

        QTest::newRow("a German mobile number is mobile")
            << QStringLiteral("+49 1512 3456789") << std::optional<bool>(true) << PhoneNumber::LineType::Mobile;
        QTest::newRow("a Berlin landline is not mobile")
            << QStringLiteral("+49 30 123456") << std::optional<bool>(false) << PhoneNumber::LineType::FixedLine;
        QTest::newRow("a UK mobile number is mobile")
            << QStringLiteral("+44 7400 123456") << std::optional<bool>(true) << PhoneNumber::LineType::Mobile;
        QTest::newRow("a US number could be either")
            << QStringLiteral("+1 201-555-0123") << std::optional<bool>() << PhoneNumber::LineType::FixedLineOrMobile;
        QTest::newRow("a toll-free number is not mobile")
            << QStringLiteral("+44 800 123 4567") << std::optional<bool>(false) << PhoneNumber::LineType::TollFree;
    }
    void knowsWhetherANumberIsMobile()
    {
        QFETCH(QString, input);
        QFETCH(std::optional<bool>, mobile);
        QFETCH(PhoneNumber::LineType, type);

        const auto parsed = PhoneNumber::parse(input, QString());
        QVERIFY(parsed.hasValue());
        QCOMPARE(parsed->isMobile(), mobile);
        QCOMPARE(parsed->lineType(), type);
    }

    void formatsForPeople_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("international");
        QTest::addColumn<QString>("national");

        QTest::newRow("a Berlin number") << QStringLiteral("+49301234567") << QString()
                                         << QStringLiteral("+49 30 1234567") << QStringLiteral("030 1234567");
        QTest::newRow("a US number") << QStringLiteral("4155552671") << QStringLiteral("US")
                                     << QStringLiteral("+1 415-555-2671") << QStringLiteral("(415) 555-2671");
        QTest::newRow("a French mobile") << QStringLiteral("0612345678") << QStringLiteral("FR")
                                         << QStringLiteral("+33 6 12 34 56 78") << QStringLiteral("06 12 34 56 78");
    }
    void formatsForPeople()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, international);
        QFETCH(QString, national);

        const auto parsed = PhoneNumber::parse(input, region);
        QVERIFY(parsed.hasValue());
        QCOMPARE(parsed->formatted(PhoneNumber::Format::International), international);
        QCOMPARE(parsed->formatted(PhoneNumber::Format::National), national);
    }

    void keepsTheExtensionOutOfE164()
    {
        const auto parsed = PhoneNumber::parse(QStringLiteral("+1 201-555-0123 ext. 12"), QStringLiteral("US"));
        QVERIFY(parsed.hasValue());
        QCOMPARE(parsed->e164(), QStringLiteral("+12015550123"));
        QCOMPARE(parsed->extension(), QStringLiteral("12"));
        QCOMPARE(parsed->formatted(PhoneNumber::Format::International), QStringLiteral("+1 201-555-0123 ext. 12"));
        QVERIFY(!(parsed.value() == PhoneNumber::parse(QStringLiteral("+12015550123"), QString()).value()));
    }

    void sameNumberWrittenTwoWaysIsEqual()
    {
        const auto a = PhoneNumber::parse(QStringLiteral("030 1234567"), QStringLiteral("DE"));
        const auto b = PhoneNumber::parse(QStringLiteral("+49 (0)30 123 45 67"), QStringLiteral("US"));
        QVERIFY(a.hasValue());
        QVERIFY(b.hasValue());
        QVERIFY(a.value() == b.value());
    }

    void roundTripsThroughStorage_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<bool>("accepted");

        QTest::newRow("a stored German number") << QStringLiteral("+49301234567") << QString() << true;
        QTest::newRow("a stored US number with extension")
            << QStringLiteral("+12015550123") << QStringLiteral("7") << true;
        QTest::newRow("a number without plus is not E.164") << QStringLiteral("49301234567") << QString() << false;
        QTest::newRow("a number with spaces is not E.164") << QStringLiteral("+49 30 1234567") << QString() << false;
        QTest::newRow("an invalid number") << QStringLiteral("+11234567890") << QString() << false;
        QTest::newRow("nothing") << QString() << QString() << false;
    }
    void roundTripsThroughStorage()
    {
        QFETCH(QString, e164);
        QFETCH(QString, extension);
        QFETCH(bool, accepted);

        const auto restored = PhoneNumber::fromE164(e164, extension);
        QCOMPARE(restored.hasValue(), accepted);
        if (accepted) {
            QCOMPARE(restored->e164(), e164);
            QCOMPARE(restored->extension(), extension);
        }
    }

    void anEmptyNumberIsEmpty()
    {
        const PhoneNumber none;
        QVERIFY(none.isEmpty());
        QVERIFY(none.e164().isEmpty());
        QCOMPARE(none.isMobile(), std::optional<bool>());
    }
};

QTEST_GUILESS_MAIN(TestDomainPhoneNumber)
#include "test_domain_phone_number.moc"
