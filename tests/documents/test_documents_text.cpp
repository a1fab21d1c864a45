// How documents write names, numbers and dates: pure functions, no rendering.
#include <QTest>

#include "core/documents/DocumentFileName.h"
#include "core/domain/Currency.h"
#include "core/text/DocumentText.h"

using namespace clientele;
using namespace clientele::documents;

class TestDocumentsText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileNamesArePersonFriendlyAndSafe_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Invoice INV-2026-0042 – Jane Doe"
                               << "Invoice INV-2026-0042 – Jane Doe.pdf";
        QTest::newRow("separators") << "Invoice 1/2: A\\B"
                                    << "Invoice 1-2- A-B.pdf";
        QTest::newRow("windows refuses") << "a<b>c\"d|e?f*g"
                                         << "a-b-c-d-e-f-g.pdf";
        QTest::newRow("control characters") << "Jane\tDoe\u200e"
                                            << "Jane Doe.pdf";
        QTest::newRow("hidden file") << "..hidden"
                                     << "hidden.pdf";
        QTest::newRow("trailing dots") << "Statement ..."
                                       << "Statement.pdf";
        QTest::newRow("nothing left") << "  "
                                      << "Document.pdf";
        QTest::newRow("non-latin") << "Τιμολόγιο – Ζωή"
                                   << "Τιμολόγιο – Ζωή.pdf";
    }

    void fileNamesArePersonFriendlyAndSafe()
    {
        QFETCH(QString, title);
        QFETCH(QString, expected);
        QCOMPARE(documentFileName(title), expected);
    }

    void longFileNamesAreCut()
    {
        const QString name = documentFileName(QString(u'x').repeated(500));
        QCOMPARE(name.size(), 120 + 4);
        // Never half of a surrogate pair at the cut.
        const QString emoji = documentFileName(QString(u'a').repeated(119) + QStringLiteral("😀😀"));
        QVERIFY(!emoji.chopped(4).back().isHighSurrogate());
    }

    void datesHaveFourDigitYearsInThePracticeLocale()
    {
        QCOMPARE(documentDate(QDate(1988, 4, 17), QLocale(QStringLiteral("de_DE"))), QStringLiteral("17.04.1988"));
        QCOMPARE(documentDate(QDate(1988, 4, 17), QLocale(QStringLiteral("en_US"))), QStringLiteral("4/17/1988"));
        QCOMPARE(documentDate({}, QLocale(QStringLiteral("en_US"))), QString());
    }

    void theDayIsThePracticeDay()
    {
        // 23:30 UTC on 31 Dec is already 1 Jan in Berlin.
        const QDateTime utc(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC);
        QCOMPARE(localDate(utc, QStringLiteral("Europe/Berlin")), QDate(2027, 1, 1));
        QCOMPARE(localDate(utc, QStringLiteral("America/New_York")), QDate(2026, 12, 31));
    }

    void quantitiesAndRatesWithoutNeedlessZeros()
    {
        const QLocale de(QStringLiteral("de_DE"));
        QCOMPARE(documentQuantity(1000, de), QStringLiteral("1"));
        QCOMPARE(documentQuantity(1500, de), QStringLiteral("1,5"));
        QCOMPARE(documentQuantity(250, de), QStringLiteral("0,25"));
        QCOMPARE(documentQuantity(1'234'000, de), QStringLiteral("1.234"));
        QCOMPARE(documentPercent(190'000, de), QStringLiteral("19\u00a0%"));
        QCOMPARE(documentPercent(75'000, de), QStringLiteral("7,5\u00a0%"));
    }

    void addressesInTheCountrysOrder()
    {
        domain::PostalAddress us;
        us.streetLines = {QStringLiteral("1 Main St")};
        us.city = QStringLiteral("Springfield");
        us.region = QStringLiteral("IL");
        us.postalCode = QStringLiteral("62701");
        us.countryCode = QStringLiteral("US");
        QCOMPARE(addressLines(us, QStringLiteral("US")),
            QStringList({QStringLiteral("1 Main St"), QStringLiteral("Springfield, IL 62701")}));
        domain::PostalAddress de;
        de.streetLines = {QStringLiteral("Lindenstraße 12")};
        de.city = QStringLiteral("Berlin");
        de.postalCode = QStringLiteral("10969");
        de.countryCode = QStringLiteral("DE");
        // Mail from a US practice to Germany names the country.
        QCOMPARE(addressLines(de, QStringLiteral("US")),
            QStringList(
                {QStringLiteral("Lindenstraße 12"), QStringLiteral("10969 Berlin"), QStringLiteral("Germany")}));
        QCOMPARE(addressLines(de, QStringLiteral("DE")),
            QStringList({QStringLiteral("Lindenstraße 12"), QStringLiteral("10969 Berlin")}));
    }

    void moneyInThePracticeLocale()
    {
        const domain::Money amount(123456, domain::Currency::fromCode(QStringLiteral("EUR")).value());
        QCOMPARE(documentMoney(amount, QLocale(QStringLiteral("de_DE"))), QStringLiteral("1.234,56\u00a0€"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentsText)

#include "test_documents_text.moc"
