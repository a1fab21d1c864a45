#include <QTest>

#include "core/domain/PaperSize.h"
#include "core/domain/PracticeProfile.h"

using clientele::Result;
using namespace clientele::domain;

namespace {

PracticeProfile validProfile()
{
    PracticeProfile profile;
    profile.name = QStringLiteral("Harbor Counseling");
    profile.currency = Currency::fromCode(QStringLiteral("USD")).value();
    profile.timeZoneId = QStringLiteral("America/Chicago");
    profile.localeName = QStringLiteral("en_US");
    return profile;
}

} // namespace

class TestDomainPracticeProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentsDefaultToDejaVuSansOnA4()
    {
        const PracticeProfile profile;
        QCOMPARE(profile.documentFont, QStringLiteral("DejaVu Sans"));
        QCOMPARE(profile.paperSize, PaperSize::A4);
        QVERIFY(validProfile().validate().hasValue());
    }

    void aProfileNeedsADocumentFont()
    {
        PracticeProfile profile = validProfile();
        profile.documentFont = QStringLiteral("  ");
        const Result<void> valid = profile.validate();
        QVERIFY(!valid.hasValue());
        QCOMPARE(valid.error().detail(), QStringLiteral("profile.bad-font"));
    }

    void paperSizeNamesRoundTrip()
    {
        for (const PaperSize size : {PaperSize::A4, PaperSize::Letter}) {
            QVERIFY(paperSizeFromName(paperSizeName(size)) == size);
        }
        QCOMPARE(paperSizeName(PaperSize::Letter), QStringLiteral("letter"));
        QVERIFY(paperSizeFromName(QStringLiteral(" Letter ")) == PaperSize::Letter);
        QVERIFY(!paperSizeFromName(QStringLiteral("legal")).has_value());
    }

    void theDefaultPaperFollowsTheCountry_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<PaperSize>("paper");
        QTest::newRow("the United States") << QStringLiteral("en_US") << PaperSize::Letter;
        QTest::newRow("Canada in French") << QStringLiteral("fr_CA") << PaperSize::Letter;
        QTest::newRow("Mexico with a dash") << QStringLiteral("es-MX") << PaperSize::Letter;
        QTest::newRow("the Philippines") << QStringLiteral("fil_PH") << PaperSize::Letter;
        QTest::newRow("Chile") << QStringLiteral("es_CL") << PaperSize::Letter;
        QTest::newRow("Puerto Rico") << QStringLiteral("es_PR") << PaperSize::Letter;
        QTest::newRow("Germany") << QStringLiteral("de_DE") << PaperSize::A4;
        QTest::newRow("the United Kingdom") << QStringLiteral("en_GB") << PaperSize::A4;
        QTest::newRow("Spain") << QStringLiteral("es_ES") << PaperSize::A4;
        QTest::newRow("Brazil") << QStringLiteral("pt_BR") << PaperSize::A4;
        QTest::newRow("no locale") << QString() << PaperSize::A4;
        QTest::newRow("the C locale") << QStringLiteral("C") << PaperSize::A4;
    }
    void theDefaultPaperFollowsTheCountry()
    {
        QFETCH(QString, locale);
        QFETCH(PaperSize, paper);
        QCOMPARE(defaultPaperSize(locale), paper);
    }
};

QTEST_GUILESS_MAIN(TestDomainPracticeProfile)
#include "test_domain_practice_profile.moc"
