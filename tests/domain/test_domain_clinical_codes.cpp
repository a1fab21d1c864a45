#include <QTest>

#include "core/domain/ClinicalCodes.h"
#include "core/domain/ProcedureCoding.h"

using clientele::Error;
using clientele::Result;
using namespace clientele::domain;

namespace {

using Normalize = Result<QString> (*)(const QString&);

// The function a table row is about, by name, so rows stay one table.
Normalize normalizerNamed(const QString& name)
{
    if (name == u"icd10") {
        return &normalizeIcd10;
    }
    if (name == u"procedure") {
        return &normalizeProcedureCode;
    }
    if (name == u"modifier") {
        return &normalizeModifier;
    }
    return &normalizePlaceOfService;
}

ProcedureCoding therapyHour()
{
    ProcedureCoding coding;
    coding.code = QStringLiteral("90837");
    coding.modifiers = {QStringLiteral("95")};
    coding.placeOfService = QStringLiteral("10");
    return coding;
}

} // namespace

class TestDomainClinicalCodes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- one code at a time ----

    void acceptsAndNormalizes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("a diagnosis with its dot stays as it is")
            << QStringLiteral("icd10") << QStringLiteral("F41.1") << QStringLiteral("F41.1");
        QTest::newRow("a diagnosis without the dot gets it")
            << QStringLiteral("icd10") << QStringLiteral("F411") << QStringLiteral("F41.1");
        QTest::newRow("a diagnosis in lower case with spaces around is cleaned up")
            << QStringLiteral("icd10") << QStringLiteral("  f41.1 ") << QStringLiteral("F41.1");
        QTest::newRow("a three-character category has no dot")
            << QStringLiteral("icd10") << QStringLiteral("F32") << QStringLiteral("F32");
        QTest::newRow("a seven-character code with placeholder and extension")
            << QStringLiteral("icd10") << QStringLiteral("s06.0x1a") << QStringLiteral("S06.0X1A");
        QTest::newRow("a category ending in A")
            << QStringLiteral("icd10") << QStringLiteral("M1A011") << QStringLiteral("M1A.011");
        QTest::newRow("a U code billed in the US")
            << QStringLiteral("icd10") << QStringLiteral("U07.1") << QStringLiteral("U07.1");
        QTest::newRow("a CPT code") << QStringLiteral("procedure") << QStringLiteral("90837")
                                    << QStringLiteral("90837");
        QTest::newRow("a CPT category II code in lower case")
            << QStringLiteral("procedure") << QStringLiteral(" 0001f") << QStringLiteral("0001F");
        QTest::newRow("a CPT category III code")
            << QStringLiteral("procedure") << QStringLiteral("0042T") << QStringLiteral("0042T");
        QTest::newRow("a HCPCS level II code")
            << QStringLiteral("procedure") << QStringLiteral("g0444") << QStringLiteral("G0444");
        QTest::newRow("a numeric modifier")
            << QStringLiteral("modifier") << QStringLiteral("95") << QStringLiteral("95");
        QTest::newRow("a letter modifier is upper-cased")
            << QStringLiteral("modifier") << QStringLiteral(" gt ") << QStringLiteral("GT");
        QTest::newRow("a one-digit place of service gets its zero")
            << QStringLiteral("pos") << QStringLiteral("2") << QStringLiteral("02");
        QTest::newRow("the office") << QStringLiteral("pos") << QStringLiteral("11") << QStringLiteral("11");
        QTest::newRow("the last code") << QStringLiteral("pos") << QStringLiteral("99") << QStringLiteral("99");
    }
    void acceptsAndNormalizes()
    {
        QFETCH(QString, kind);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Result<QString> normalized = normalizerNamed(kind)(input);
        QVERIFY2(normalized.hasValue(), qPrintable(normalized.hasValue() ? QString() : normalized.error().toString()));
        QCOMPARE(normalized.value(), expected);
    }

    void refusesWithAStableKey_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("key");

        const QString icd = QStringLiteral("code.bad-icd10");
        QTest::newRow("an empty diagnosis") << QStringLiteral("icd10") << QString() << icd;
        QTest::newRow("a diagnosis starting with a digit") << QStringLiteral("icd10") << QStringLiteral("41.1") << icd;
        QTest::newRow("a diagnosis with a letter second") << QStringLiteral("icd10") << QStringLiteral("FF1.1") << icd;
        QTest::newRow("a diagnosis with C third") << QStringLiteral("icd10") << QStringLiteral("F4C.1") << icd;
        QTest::newRow("a diagnosis ending in a dot") << QStringLiteral("icd10") << QStringLiteral("F41.") << icd;
        QTest::newRow("a diagnosis with the dot in the wrong place")
            << QStringLiteral("icd10") << QStringLiteral("F4.11") << icd;
        QTest::newRow("a diagnosis with five characters after the dot")
            << QStringLiteral("icd10") << QStringLiteral("S06.0X1AB") << icd;
        QTest::newRow("a diagnosis with a dash") << QStringLiteral("icd10") << QStringLiteral("F41-1") << icd;
        QTest::newRow("an ICD-9 code") << QStringLiteral("icd10") << QStringLiteral("300.02") << icd;

        const QString procedure = QStringLiteral("code.bad-procedure");
        QTest::newRow("a four-digit procedure") << QStringLiteral("procedure") << QStringLiteral("9083") << procedure;
        QTest::newRow("a six-digit procedure") << QStringLiteral("procedure") << QStringLiteral("908370") << procedure;
        QTest::newRow("a CPT code ending in X") << QStringLiteral("procedure") << QStringLiteral("0001X") << procedure;
        QTest::newRow("a HCPCS code with two letters")
            << QStringLiteral("procedure") << QStringLiteral("GG444") << procedure;
        QTest::newRow("an empty procedure") << QStringLiteral("procedure") << QString() << procedure;

        const QString modifier = QStringLiteral("code.bad-modifier");
        QTest::newRow("a one-character modifier") << QStringLiteral("modifier") << QStringLiteral("9") << modifier;
        QTest::newRow("a three-character modifier") << QStringLiteral("modifier") << QStringLiteral("GTX") << modifier;
        QTest::newRow("a modifier with a dash") << QStringLiteral("modifier") << QStringLiteral("-9") << modifier;

        const QString pos = QStringLiteral("code.bad-place-of-service");
        QTest::newRow("place of service zero") << QStringLiteral("pos") << QStringLiteral("00") << pos;
        QTest::newRow("a three-digit place of service") << QStringLiteral("pos") << QStringLiteral("100") << pos;
        QTest::newRow("a place of service in words") << QStringLiteral("pos") << QStringLiteral("office") << pos;
        QTest::newRow("no place of service") << QStringLiteral("pos") << QStringLiteral(" ") << pos;
    }
    void refusesWithAStableKey()
    {
        QFETCH(QString, kind);
        QFETCH(QString, input);
        QFETCH(QString, key);
        const Result<QString> normalized = normalizerNamed(kind)(input);
        QVERIFY(!normalized.hasValue());
        QCOMPARE(normalized.error().code(), Error::Code::InvalidInput);
        QCOMPARE(normalized.error().detail(), key);
        QVERIFY(!normalized.error().userMessage().isEmpty());
    }

    void aRefusalNamesTheCodeAndShowsAnExample()
    {
        const QString message = normalizeIcd10(QStringLiteral("F4C.1")).error().userMessage();
        QVERIFY2(message.contains(QStringLiteral("F4C.1")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("F41.1")), qPrintable(message));
    }

    void namesCommonPlacesOfService()
    {
        QCOMPARE(placeOfServiceName(QStringLiteral("11")), QStringLiteral("Office"));
        QCOMPARE(placeOfServiceName(QStringLiteral("2")), QStringLiteral("Telehealth other than patient's home"));
        QCOMPARE(placeOfServiceName(QStringLiteral("10")), QStringLiteral("Telehealth in patient's home"));
        QCOMPARE(placeOfServiceName(QStringLiteral("53")), QStringLiteral("Community mental health center"));
        QVERIFY(placeOfServiceName(QStringLiteral("81")).isEmpty());
        QVERIFY(placeOfServiceName(QStringLiteral("nonsense")).isEmpty());
        for (const QString& code : commonPlacesOfService()) {
            QVERIFY2(!placeOfServiceName(code).isEmpty(), qPrintable(code));
        }
    }

    // ---- a service's coding ----

    void aCodingIsNormalized()
    {
        ProcedureCoding typed;
        typed.code = QStringLiteral(" 90834 ");
        typed.modifiers = {QStringLiteral("gt"), QStringLiteral("ho")};
        typed.placeOfService = QStringLiteral("2");
        typed.units = 2;
        const Result<ProcedureCoding> normalized = ProcedureCoding::normalized(typed);
        QVERIFY(normalized.hasValue());
        QCOMPARE(normalized->code, QStringLiteral("90834"));
        QCOMPARE(normalized->modifiers, QStringList({QStringLiteral("GT"), QStringLiteral("HO")}));
        QCOMPARE(normalized->placeOfService, QStringLiteral("02"));
        QCOMPARE(normalized->units, 2);
        QVERIFY(typed.validate().hasValue());
    }

    void anEmptyCodingIsValidAndDropsStrayValues()
    {
        ProcedureCoding empty;
        QVERIFY(empty.isEmpty());
        QVERIFY(empty.validate().hasValue());
        empty.modifiers = {QStringLiteral("GT")};
        empty.placeOfService = QStringLiteral("11");
        QVERIFY(empty.validate().hasValue());
        QCOMPARE(ProcedureCoding::normalized(empty).value(), ProcedureCoding());
    }

    void invalidCodingsNameTheReason_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("key");
        QTest::newRow("a bad code") << QStringLiteral("code") << QStringLiteral("code.bad-procedure");
        QTest::newRow("a bad modifier") << QStringLiteral("modifier") << QStringLiteral("code.bad-modifier");
        QTest::newRow("five modifiers") << QStringLiteral("five") << QStringLiteral("coding.too-many-modifiers");
        QTest::newRow("no place of service")
            << QStringLiteral("no-place") << QStringLiteral("coding.needs-place-of-service");
        QTest::newRow("a bad place of service")
            << QStringLiteral("bad-place") << QStringLiteral("code.bad-place-of-service");
        QTest::newRow("zero units") << QStringLiteral("zero") << QStringLiteral("coding.bad-units");
        QTest::newRow("a hundred units") << QStringLiteral("hundred") << QStringLiteral("coding.bad-units");
    }
    void invalidCodingsNameTheReason()
    {
        QFETCH(QString, change);
        QFETCH(QString, key);
        ProcedureCoding coding = therapyHour();
        if (change == u"code") {
            coding.code = QStringLiteral("9083");
        } else if (change == u"modifier") {
            coding.modifiers.append(QStringLiteral("X"));
        } else if (change == u"five") {
            coding.modifiers = {QStringLiteral("95"), QStringLiteral("GT"), QStringLiteral("HO"), QStringLiteral("59"),
                QStringLiteral("25")};
        } else if (change == u"no-place") {
            coding.placeOfService.clear();
        } else if (change == u"bad-place") {
            coding.placeOfService = QStringLiteral("100");
        } else if (change == u"zero") {
            coding.units = 0;
        } else if (change == u"hundred") {
            coding.units = ProcedureCoding::kMaxUnits + 1;
        }
        const Result<void> valid = coding.validate();
        QVERIFY(!valid.hasValue());
        QCOMPARE(valid.error().detail(), key);
        QCOMPARE(ProcedureCoding::normalized(coding).error().detail(), key);
    }

    void fourModifiersAndNinetyNineUnitsAreAllowed()
    {
        ProcedureCoding coding = therapyHour();
        coding.modifiers = {QStringLiteral("95"), QStringLiteral("GT"), QStringLiteral("HO"), QStringLiteral("59")};
        coding.units = ProcedureCoding::kMaxUnits;
        QVERIFY(coding.validate().hasValue());
    }
};

QTEST_GUILESS_MAIN(TestDomainClinicalCodes)
#include "test_domain_clinical_codes.moc"
