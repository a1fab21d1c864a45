#include <limits>

#include <QLocale>
#include <QTest>

#include "core/domain/Currency.h"
#include "core/domain/Money.h"
#include "core/domain/Rounding.h"

using namespace clientele;
using namespace clientele::domain;

namespace clientele::domain {
// Lets QCOMPARE print "12.50 USD" instead of "<unknown>".
char* toString(const Money& money)
{
    const QString text = money.toDecimalString() + u' ' + money.currency().code();
    return QTest::toString(text);
}
} // namespace clientele::domain

namespace {

Currency currency(const char* code)
{
    const Result<Currency> result = Currency::fromCode(QString::fromLatin1(code));
    Q_ASSERT(result.hasValue());
    return result.value();
}

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

} // namespace

class TestDomainMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currencyKnowsItsExponent_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("exponent");
        for (const char* code : {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
                 "VND", "VUV", "XAF", "XOF", "XPF"}) {
            QTest::addRow("%s has no minor unit", code) << QString::fromLatin1(code) << 0;
        }
        for (const char* code : {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}) {
            QTest::addRow("%s has three decimals", code) << QString::fromLatin1(code) << 3;
        }
        for (const char* code : {"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK",
                 "HUF", "MXN", "BRL", "ZAR", "INR", "SGD", "HKD", "CNY", "TRY", "ILS", "AED", "RON"}) {
            QTest::addRow("%s has cents", code) << QString::fromLatin1(code) << 2;
        }
        QTest::addRow("CLF has four decimals") << QStringLiteral("CLF") << 4;
    }
    void currencyKnowsItsExponent()
    {
        QFETCH(QString, code);
        QFETCH(int, exponent);
        const Result<Currency> result = Currency::fromCode(code);
        QVERIFY2(result.hasValue(), qPrintable(code));
        QCOMPARE(result->code(), code);
        QCOMPARE(result->exponent(), exponent);
        qint64 factor = 1;
        for (int i = 0; i < exponent; ++i) {
            factor *= 10;
        }
        QCOMPARE(result->minorPerMajor(), factor);
        QVERIFY(result->isValid());
    }

    void currencyRefusesMalformedAndUnknownCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addRow("lower case is not canonical") << QStringLiteral("usd");
        QTest::addRow("mixed case is not canonical") << QStringLiteral("Eur");
        QTest::addRow("two letters are too few") << QStringLiteral("US");
        QTest::addRow("four letters are too many") << QStringLiteral("USDD");
        QTest::addRow("empty text is no code") << QString();
        QTest::addRow("surrounding blanks are refused") << QStringLiteral(" EUR");
        QTest::addRow("digits are refused") << QStringLiteral("12A");
        QTest::addRow("a symbol is not a code") << QStringLiteral("€");
        QTest::addRow("an unassigned code is unknown") << QStringLiteral("ABC");
        QTest::addRow("the no-currency code is not accepted") << QStringLiteral("XXX");
        QTest::addRow("gold is not an invoicing currency") << QStringLiteral("XAU");
    }
    void currencyRefusesMalformedAndUnknownCodes()
    {
        QFETCH(QString, code);
        const Result<Currency> result = Currency::fromCode(code);
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().code(), Error::Code::InvalidInput);
        QVERIFY(!result.error().userMessage().isEmpty());
    }

    void everyKnownCodeIsSortedUniqueAndLoadable()
    {
        const QStringList codes = Currency::knownCodes();
        QVERIFY(codes.size() > 150);
        for (qsizetype i = 1; i < codes.size(); ++i) {
            // fromCode() searches the table by bisection; it must stay sorted.
            QVERIFY2(codes.at(i - 1) < codes.at(i), qPrintable(codes.at(i)));
        }
        for (const QString& code : codes) {
            const Result<Currency> result = Currency::fromCode(code);
            QVERIFY2(result.hasValue(), qPrintable(code));
            QVERIFY(result->exponent() >= 0 && result->exponent() <= 4);
        }
    }

    void parseReadsDecimalText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor");
        const QString c = QStringLiteral("C");
        QTest::addRow("one decimal is padded")
            << QStringLiteral("1234.5") << QStringLiteral("USD") << c << qint64(123450);
        QTest::addRow("grouped thousands")
            << QStringLiteral("1,234.50") << QStringLiteral("USD") << c << qint64(123450);
        QTest::addRow("millions with groups")
            << QStringLiteral("1,234,567.89") << QStringLiteral("USD") << c << qint64(123456789);
        QTest::addRow("a whole negative amount") << QStringLiteral("-3") << QStringLiteral("USD") << c << qint64(-300);
        QTest::addRow("an explicit plus sign") << QStringLiteral("+7.05") << QStringLiteral("USD") << c << qint64(705);
        QTest::addRow("the typographic minus")
            << QStringLiteral("\u22124.20") << QStringLiteral("EUR") << c << qint64(-420);
        QTest::addRow("no integer digits") << QStringLiteral(".5") << QStringLiteral("USD") << c << qint64(50);
        QTest::addRow("a trailing decimal point")
            << QStringLiteral("12.") << QStringLiteral("USD") << c << qint64(1200);
        QTest::addRow("zero") << QStringLiteral("0") << QStringLiteral("USD") << c << qint64(0);
        QTest::addRow("blanks around are trimmed")
            << QStringLiteral("  12.30 ") << QStringLiteral("USD") << c << qint64(1230);
        QTest::addRow("yen have no decimals") << QStringLiteral("1234") << QStringLiteral("JPY") << c << qint64(1234);
        QTest::addRow("grouped yen") << QStringLiteral("1,234") << QStringLiteral("JPY") << c << qint64(1234);
        QTest::addRow("dinar have three decimals")
            << QStringLiteral("1.250") << QStringLiteral("KWD") << c << qint64(1250);
        QTest::addRow("one fils") << QStringLiteral("0.001") << QStringLiteral("KWD") << c << qint64(1);
        QTest::addRow("the largest amount")
            << QStringLiteral("92233720368547758.07") << QStringLiteral("USD") << c << kMax;
        QTest::addRow("German grouping and comma")
            << QStringLiteral("1.234,50") << QStringLiteral("EUR") << QStringLiteral("de_DE") << qint64(123450);
        QTest::addRow("German comma without groups")
            << QStringLiteral("1234,5") << QStringLiteral("EUR") << QStringLiteral("de_DE") << qint64(123450);
        QTest::addRow("German negative cents")
            << QStringLiteral("-0,99") << QStringLiteral("EUR") << QStringLiteral("de_DE") << qint64(-99);
        QTest::addRow("French groups typed with a plain space")
            << QStringLiteral("1 234,50") << QStringLiteral("EUR") << QStringLiteral("fr_FR") << qint64(123450);
        QTest::addRow("French groups with a narrow no-break space")
            << QStringLiteral("1\u202f234,50") << QStringLiteral("EUR") << QStringLiteral("fr_FR") << qint64(123450);
        QTest::addRow("Indian lakh grouping")
            << QStringLiteral("1,23,456.00") << QStringLiteral("INR") << QStringLiteral("en_IN") << qint64(12345600);
        QTest::addRow("Swiss apostrophe groups")
            << QStringLiteral("1\u2019234.50") << QStringLiteral("CHF") << QStringLiteral("de_CH") << qint64(123450);
    }
    void parseReadsDecimalText()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        const Currency cur = currency(code.toLatin1().constData());
        const Result<Money> result =
            locale == u"C" ? Money::parse(text, cur) : Money::parse(text, cur, QLocale(locale));
        QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().userMessage()));
        QCOMPARE(result.value(), Money(minor, cur));
    }

    void parseRefusesWhatIsNotAnExactAmount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("locale");
        const QString c = QStringLiteral("C");
        const QString usd = QStringLiteral("USD");
        QTest::addRow("empty text") << QString() << usd << c;
        QTest::addRow("only blanks") << QStringLiteral("   ") << usd << c;
        QTest::addRow("letters") << QStringLiteral("abc") << usd << c;
        QTest::addRow("a lone decimal point") << QStringLiteral(".") << usd << c;
        QTest::addRow("three decimals in dollars") << QStringLiteral("12.345") << usd << c;
        QTest::addRow("trailing zero decimals beyond cents") << QStringLiteral("12.500") << usd << c;
        QTest::addRow("decimals in yen") << QStringLiteral("1.5") << QStringLiteral("JPY") << c;
        QTest::addRow("four decimals in dinar") << QStringLiteral("1.2345") << QStringLiteral("KWD") << c;
        QTest::addRow("a group of two digits at the end") << QStringLiteral("1,23") << usd << c;
        QTest::addRow("a group of four digits") << QStringLiteral("1,2345") << usd << c;
        QTest::addRow("a leading group separator") << QStringLiteral(",123") << usd << c;
        QTest::addRow("two group separators in a row") << QStringLiteral("1,,234") << usd << c;
        QTest::addRow("a group separator in the decimals") << QStringLiteral("1.2,3") << usd << c;
        QTest::addRow("two decimal points") << QStringLiteral("1.2.3") << usd << c;
        QTest::addRow("two signs") << QStringLiteral("--5") << usd << c;
        QTest::addRow("a trailing sign") << QStringLiteral("5-") << usd << c;
        QTest::addRow("a blank after the sign") << QStringLiteral("- 5") << usd << c;
        QTest::addRow("scientific notation") << QStringLiteral("1e3") << usd << c;
        QTest::addRow("a currency symbol") << QStringLiteral("$5") << usd << c;
        QTest::addRow("one cent above the largest amount") << QStringLiteral("92233720368547758.08") << usd << c;
        QTest::addRow("far too many digits") << QStringLiteral("99999999999999999999999") << usd << c;
        QTest::addRow("a C-locale amount in a German field")
            << QStringLiteral("1234.50") << QStringLiteral("EUR") << QStringLiteral("de_DE");
        QTest::addRow("German cents with three digits")
            << QStringLiteral("1,234") << QStringLiteral("EUR") << QStringLiteral("de_DE");
    }
    void parseRefusesWhatIsNotAnExactAmount()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, locale);
        const Currency cur = currency(code.toLatin1().constData());
        const Result<Money> result =
            locale == u"C" ? Money::parse(text, cur) : Money::parse(text, cur, QLocale(locale));
        QVERIFY2(!result.hasValue(), qPrintable(result.hasValue() ? result->toDecimalString() : QString()));
        QCOMPARE(result.error().code(), Error::Code::InvalidInput);
        QVERIFY(!result.error().userMessage().isEmpty());
    }

    void tooManyDecimalsNamesTheCurrency()
    {
        const Result<Money> result = Money::parse(QStringLiteral("1.5"), currency("JPY"));
        QVERIFY(!result.hasValue());
        QVERIFY(result.error().userMessage().contains(u"JPY"));
        const Result<Money> cents = Money::parse(QStringLiteral("1.505"), currency("EUR"));
        QVERIFY(!cents.hasValue());
        QVERIFY(cents.error().userMessage().contains(u"EUR"));
    }

    void parseNeedsACurrency()
    {
        const Result<Money> result = Money::parse(QStringLiteral("5"), Currency());
        QVERIFY(!result.hasValue());
    }

    void toDecimalStringWritesExactDigits_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::addRow("dollars and cents") << qint64(123450) << QStringLiteral("USD") << QStringLiteral("1234.50");
        QTest::addRow("cents only") << qint64(5) << QStringLiteral("USD") << QStringLiteral("0.05");
        QTest::addRow("negative cents") << qint64(-5) << QStringLiteral("USD") << QStringLiteral("-0.05");
        QTest::addRow("zero euro") << qint64(0) << QStringLiteral("EUR") << QStringLiteral("0.00");
        QTest::addRow("yen") << qint64(1234) << QStringLiteral("JPY") << QStringLiteral("1234");
        QTest::addRow("negative yen") << qint64(-1234) << QStringLiteral("JPY") << QStringLiteral("-1234");
        QTest::addRow("dinar") << qint64(1250) << QStringLiteral("KWD") << QStringLiteral("1.250");
        QTest::addRow("one negative fils") << qint64(-1) << QStringLiteral("KWD") << QStringLiteral("-0.001");
        QTest::addRow("the largest amount") << kMax << QStringLiteral("USD") << QStringLiteral("92233720368547758.07");
        QTest::addRow("the smallest amount")
            << kMin << QStringLiteral("USD") << QStringLiteral("-92233720368547758.08");
    }
    void toDecimalStringWritesExactDigits()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, code);
        QFETCH(QString, text);
        const Money money(minor, currency(code.toLatin1().constData()));
        QCOMPARE(money.toDecimalString(), text);
        if (minor != kMin) {
            // What we write we can read back unchanged.
            const Result<Money> back = Money::parse(text, money.currency());
            QVERIFY(back.hasValue());
            QCOMPARE(back.value(), money);
        }
    }

    void roundingModesAtTheBoundaries_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::addColumn<qint64>("halfUp");
        QTest::addColumn<qint64>("halfEven");
        QTest::addColumn<qint64>("down");
        QTest::addColumn<qint64>("up");
        QTest::addRow("2.5 exactly") << qint64(25) << qint64(1) << qint64(10) << qint64(3) << qint64(2) << qint64(2)
                                     << qint64(3);
        QTest::addRow("-2.5 exactly") << qint64(-25) << qint64(1) << qint64(10) << qint64(-3) << qint64(-2)
                                      << qint64(-2) << qint64(-3);
        QTest::addRow("3.5 goes to the even 4")
            << qint64(35) << qint64(1) << qint64(10) << qint64(4) << qint64(4) << qint64(3) << qint64(4);
        QTest::addRow("-3.5 goes to the even -4")
            << qint64(-35) << qint64(1) << qint64(10) << qint64(-4) << qint64(-4) << qint64(-3) << qint64(-4);
        QTest::addRow("2.6 is above half")
            << qint64(26) << qint64(1) << qint64(10) << qint64(3) << qint64(3) << qint64(2) << qint64(3);
        QTest::addRow("2.4 is below half")
            << qint64(24) << qint64(1) << qint64(10) << qint64(2) << qint64(2) << qint64(2) << qint64(3);
        QTest::addRow("-2.4 is below half")
            << qint64(-24) << qint64(1) << qint64(10) << qint64(-2) << qint64(-2) << qint64(-2) << qint64(-3);
        QTest::addRow("exact results are never rounded")
            << qint64(20) << qint64(1) << qint64(10) << qint64(2) << qint64(2) << qint64(2) << qint64(2);
        QTest::addRow("a negative denominator flips the sign")
            << qint64(25) << qint64(1) << qint64(-10) << qint64(-3) << qint64(-2) << qint64(-2) << qint64(-3);
        QTest::addRow("19 %% of 10.50 is 1.995") << qint64(1050) << qint64(190000) << Money::kPpm << qint64(200)
                                                 << qint64(200) << qint64(199) << qint64(200);
        QTest::addRow("7.25 %% of 10.00 is 0.725")
            << qint64(1000) << qint64(72500) << Money::kPpm << qint64(73) << qint64(72) << qint64(72) << qint64(73);
        QTest::addRow("7.25 %% of -10.00 is -0.725") << qint64(-1000) << qint64(72500) << Money::kPpm << qint64(-73)
                                                     << qint64(-72) << qint64(-72) << qint64(-73);
        QTest::addRow("1.5 hours at 33.33 is 49.995") << qint64(3333) << qint64(1500) << Money::kQuantityOne
                                                      << qint64(5000) << qint64(5000) << qint64(4999) << qint64(5000);
        QTest::addRow("0.5 units at 0.01 is half a cent")
            << qint64(1) << qint64(500) << Money::kQuantityOne << qint64(1) << qint64(0) << qint64(0) << qint64(1);
        QTest::addRow("half of the largest amount is exactly .5")
            << kMax << qint64(500000) << Money::kPpm << qint64(4611686018427387904) << qint64(4611686018427387904)
            << qint64(4611686018427387903) << qint64(4611686018427387904);
        QTest::addRow("a product wider than 64 bits is exact")
            << kMax << qint64(190000) << Money::kPpm << qint64(1752440687002407403) << qint64(1752440687002407403)
            << qint64(1752440687002407403) << qint64(1752440687002407404);
    }
    void roundingModesAtTheBoundaries()
    {
        QFETCH(qint64, amount);
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QFETCH(qint64, halfUp);
        QFETCH(qint64, halfEven);
        QFETCH(qint64, down);
        QFETCH(qint64, up);
        const Money money(amount, currency("EUR"));
        const std::pair<Rounding, qint64> expectations[] = {
            {Rounding::HalfUp, halfUp},
            {Rounding::HalfEven, halfEven},
            {Rounding::Down, down},
            {Rounding::Up, up},
        };
        for (const auto& [mode, expected] : expectations) {
            const Result<Money> result = money.scaled(numerator, denominator, mode);
            QVERIFY(result.hasValue());
            QCOMPARE(result->minorUnits(), expected);
            QCOMPARE(mulDivRounded(amount, numerator, denominator, mode), std::optional<qint64>(expected));
        }
        if (denominator == Money::kPpm) {
            QCOMPARE(money.applyRate(numerator, Rounding::HalfUp).value().minorUnits(), halfUp);
        }
        if (denominator == Money::kQuantityOne) {
            QCOMPARE(money.multiply(numerator).value().minorUnits(), halfUp);
        }
    }

    void wideArithmeticStopsAtTheLimits()
    {
        QCOMPARE(mulDivRounded(kMax, Money::kPpm, Money::kPpm, Rounding::HalfUp), std::optional<qint64>(kMax));
        QCOMPARE(mulDivRounded(kMin, 1, 1, Rounding::HalfUp), std::optional<qint64>(kMin));
        QCOMPARE(mulDivRounded(kMin, -1, 1, Rounding::HalfUp), std::nullopt);
        QCOMPARE(mulDivRounded(kMax, 2, 1, Rounding::Down), std::nullopt);
        QCOMPARE(mulDivRounded(1, 1, 0, Rounding::Down), std::nullopt);
        QCOMPARE(mulDivRounded(kMax, kMax, kMax, Rounding::Down), std::optional<qint64>(kMax));
        QCOMPARE(mulDivRounded(0, kMax, 7, Rounding::Up), std::optional<qint64>(0));
    }

    void addAndSubtractInOneCurrency()
    {
        const Money a(1050, currency("EUR"));
        const Money b(-75, currency("EUR"));
        QCOMPARE(a.add(b).value(), Money(975, currency("EUR")));
        QCOMPARE(a.subtract(b).value(), Money(1125, currency("EUR")));
        QCOMPARE(b.negated().value(), Money(75, currency("EUR")));
        QVERIFY(Money::zero(currency("EUR")).isZero());
        QVERIFY(b.isNegative());
        QVERIFY(a.isPositive());
    }

    void mixedCurrenciesAreRefused_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addRow("euro and dollar") << QStringLiteral("EUR") << QStringLiteral("USD");
        QTest::addRow("yen and won, both without decimals") << QStringLiteral("JPY") << QStringLiteral("KRW");
        QTest::addRow("dinar and rial, both with three decimals") << QStringLiteral("KWD") << QStringLiteral("OMR");
    }
    void mixedCurrenciesAreRefused()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        const Money a(100, currency(left.toLatin1().constData()));
        const Money b(100, currency(right.toLatin1().constData()));
        QVERIFY(a != b);
        for (const Result<Money>& result : {a.add(b), a.subtract(b)}) {
            QVERIFY(!result.hasValue());
            QCOMPARE(result.error().code(), Error::Code::InvalidInput);
            QVERIFY(result.error().userMessage().contains(left));
            QVERIFY(result.error().userMessage().contains(right));
        }
        // Money without a currency mixes with nothing either.
        QVERIFY(!a.add(Money()).hasValue());
    }

    void overflowIsRefused()
    {
        const Currency usd = currency("USD");
        QVERIFY(!Money(kMax, usd).add(Money(1, usd)).hasValue());
        QVERIFY(!Money(kMin, usd).add(Money(-1, usd)).hasValue());
        QVERIFY(!Money(kMin, usd).subtract(Money(1, usd)).hasValue());
        QVERIFY(!Money(kMax, usd).subtract(Money(-1, usd)).hasValue());
        QVERIFY(!Money(kMin, usd).negated().hasValue());
        QVERIFY(!Money(kMax, usd).multiply(1001).hasValue());
        QVERIFY(!Money(kMax, usd).applyRate(2 * Money::kPpm, Rounding::HalfUp).hasValue());
        QCOMPARE(Money(kMax, usd).multiply(Money::kQuantityOne).value(), Money(kMax, usd));
        const Result<Money> overflow = Money(kMax, usd).add(Money(1, usd));
        QCOMPARE(overflow.error().code(), Error::Code::InvalidInput);
        QVERIFY(!overflow.error().userMessage().isEmpty());
    }

    void allocateIntoEqualParts_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("parts");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::addRow("100 in three gives the extra cent to the first")
            << qint64(100) << 3 << QList<qint64> {34, 33, 33};
        QTest::addRow("-100 in three mirrors the positive split") << qint64(-100) << 3 << QList<qint64> {-34, -33, -33};
        QTest::addRow("one cent in three") << qint64(1) << 3 << QList<qint64> {1, 0, 0};
        QTest::addRow("two cents in three") << qint64(2) << 3 << QList<qint64> {1, 1, 0};
        QTest::addRow("zero in four") << qint64(0) << 4 << QList<qint64> {0, 0, 0, 0};
        QTest::addRow("ten in four") << qint64(10) << 4 << QList<qint64> {3, 3, 2, 2};
        QTest::addRow("one part keeps everything") << qint64(5) << 1 << QList<qint64> {5};
        QTest::addRow("the largest amount in two") << kMax << 2 << QList<qint64> {kMax / 2 + 1, kMax / 2};
        QTest::addRow("the smallest amount in two") << kMin << 2 << QList<qint64> {kMin / 2, kMin / 2};
    }
    void allocateIntoEqualParts()
    {
        QFETCH(qint64, amount);
        QFETCH(int, parts);
        QFETCH(QList<qint64>, expected);
        const Result<QList<Money>> result = Money(amount, currency("EUR")).allocate(parts);
        QVERIFY(result.hasValue());
        QList<qint64> minors;
        for (const Money& part : result.value()) {
            QCOMPARE(part.currency(), currency("EUR"));
            minors.append(part.minorUnits());
        }
        QCOMPARE(minors, expected);
    }

    void allocateByWeights_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QList<qint64>>("weights");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::addRow("exact proportions")
            << qint64(1000) << QList<qint64> {50, 30, 20} << QList<qint64> {500, 300, 200};
        QTest::addRow("two to one") << qint64(100) << QList<qint64> {2, 1} << QList<qint64> {67, 33};
        QTest::addRow("a zero weight gets nothing") << qint64(10) << QList<qint64> {1, 0, 1} << QList<qint64> {5, 0, 5};
        QTest::addRow("the largest remainder wins, not the first")
            << qint64(10) << QList<qint64> {1, 2} << QList<qint64> {3, 7};
        QTest::addRow("a discount over line amounts")
            << qint64(100) << QList<qint64> {333, 333, 334} << QList<qint64> {33, 33, 34};
        QTest::addRow("huge weights do not overflow")
            << qint64(1000) << QList<qint64> {kMax / 2, kMax / 2} << QList<qint64> {500, 500};
        QTest::addRow("a negative amount") << qint64(-10) << QList<qint64> {1, 2} << QList<qint64> {-3, -7};
    }
    void allocateByWeights()
    {
        QFETCH(qint64, amount);
        QFETCH(QList<qint64>, weights);
        QFETCH(QList<qint64>, expected);
        const Result<QList<Money>> result = Money(amount, currency("USD")).allocate(weights);
        QVERIFY(result.hasValue());
        QList<qint64> minors;
        for (const Money& part : result.value()) {
            minors.append(part.minorUnits());
        }
        QCOMPARE(minors, expected);
    }

    void allocationNeverLosesOrCreatesAMinorUnit()
    {
        // A deterministic sweep over amounts, part counts and uneven weights.
        quint32 seed = 12345;
        const auto next = [&seed]() {
            seed = seed * 1103515245U + 12345U;
            return static_cast<qint64>((seed >> 8) % 100000);
        };
        for (int round = 0; round < 500; ++round) {
            const qint64 amount = next() * (round % 2 == 0 ? 1 : -1) * (round % 7 + 1);
            const int parts = static_cast<int>(next() % 12) + 1;
            QList<qint64> weights;
            for (int i = 0; i < parts; ++i) {
                weights.append(next() % 5000);
            }
            weights[0] += 1; // never all zero
            for (const Result<QList<Money>>& result :
                {Money(amount, currency("EUR")).allocate(parts), Money(amount, currency("EUR")).allocate(weights)}) {
                QVERIFY(result.hasValue());
                qint64 sum = 0;
                qint64 smallest = std::numeric_limits<qint64>::max();
                qint64 largest = std::numeric_limits<qint64>::min();
                for (const Money& part : result.value()) {
                    sum += part.minorUnits();
                    smallest = std::min(smallest, part.minorUnits());
                    largest = std::max(largest, part.minorUnits());
                    // Every part has the sign of the whole.
                    QVERIFY(amount >= 0 ? part.minorUnits() >= 0 : part.minorUnits() <= 0);
                }
                QCOMPARE(sum, amount);
                QCOMPARE(result->size(), qsizetype(parts));
            }
            const QList<Money> equal = Money(amount, currency("EUR")).allocate(parts).value();
            qint64 smallest = std::numeric_limits<qint64>::max();
            qint64 largest = std::numeric_limits<qint64>::min();
            for (const Money& part : equal) {
                smallest = std::min(smallest, part.minorUnits());
                largest = std::max(largest, part.minorUnits());
            }
            // Equal parts differ by at most one minor unit.
            QVERIFY(largest - smallest <= 1);
        }
    }

    void allocateRefusesImpossibleSplits_data()
    {
        QTest::addColumn<int>("parts");
        QTest::addColumn<QList<qint64>>("weights");
        QTest::addRow("zero parts") << 0 << QList<qint64>();
        QTest::addRow("negative parts") << -1 << QList<qint64>();
        QTest::addRow("more parts than anyone pays in") << Money::kMaxParts + 1 << QList<qint64>();
        QTest::addRow("no weights") << 1 << QList<qint64> {};
        QTest::addRow("a negative weight") << 1 << QList<qint64> {3, -1};
        QTest::addRow("all weights zero") << 1 << QList<qint64> {0, 0};
        QTest::addRow("weights whose sum overflows") << 1 << QList<qint64> {kMax, 1};
    }
    void allocateRefusesImpossibleSplits()
    {
        QFETCH(int, parts);
        QFETCH(QList<qint64>, weights);
        const Money money(100, currency("EUR"));
        const Result<QList<Money>> result = parts == 1 ? money.allocate(weights) : money.allocate(parts);
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().code(), Error::Code::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestDomainMoney)
#include "test_domain_money.moc"
