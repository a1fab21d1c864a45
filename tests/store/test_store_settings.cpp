#include <QTest>

#include "core/store/SettingsRepository.h"
#include "tests/store/PracticeFixtures.h"

using namespace clientele;
using namespace clientele::test;

class TestStoreSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewPracticeHasTheDefaultProfile()
    {
        TestPractice practice;
        const auto profile = await(SettingsRepository(*practice.store).profile());
        QVERIFY(profile.hasValue());
        QVERIFY(profile->name.isEmpty());
        QCOMPARE(profile->invoiceNumberPattern, domain::PracticeProfile().invoiceNumberPattern);
    }

    void theProfileRoundTripsAcrossARestart()
    {
        TestPractice practice;
        auto profile = lumenProfile();
        profile.legalName = QStringLiteral("Lumen Studio GmbH");
        profile.address.streetLines = {QStringLiteral("Lindenstraße 12"), QStringLiteral("Hinterhaus")};
        profile.address.city = QStringLiteral("Berlin");
        profile.address.countryCode = QStringLiteral("DE");
        profile.email = QStringLiteral("hello@lumen.example");
        profile.logoPng = QByteArray("\x89PNG fake", 9);
        profile.idleLockMinutes = 0;
        QVERIFY(await(SettingsRepository(*practice.store).saveProfile(profile)).hasValue());
        QVERIFY(practice.reopen().hasValue());
        const auto stored = await(SettingsRepository(*practice.store).profile());
        QVERIFY(stored.hasValue());
        QCOMPARE(stored->name, profile.name);
        QCOMPARE(stored->currency, profile.currency);
        QCOMPARE(stored->timeZoneId, profile.timeZoneId);
        QCOMPARE(stored->address, profile.address);
        QCOMPARE(stored->logoPng, profile.logoPng);
        QCOMPARE(stored->invoiceNumberPattern, profile.invoiceNumberPattern);
        QCOMPARE(stored->paymentTermsDays, 10);
        QCOMPARE(stored->idleLockMinutes, 0);
    }

    void documentFontAndPaperRoundTrip()
    {
        TestPractice practice;
        auto profile = lumenProfile();
        profile.documentFont = QStringLiteral(" Noto Serif ");
        profile.paperSize = domain::PaperSize::Letter;
        QVERIFY(await(SettingsRepository(*practice.store).saveProfile(profile)).hasValue());
        QVERIFY(practice.reopen().hasValue());
        const auto stored = await(SettingsRepository(*practice.store).profile());
        QCOMPARE(stored->documentFont, QStringLiteral("Noto Serif"));
        QCOMPARE(stored->paperSize, domain::PaperSize::Letter);
        QCOMPARE(
            practice
                .run([](StoreSession& s) {
                    return s.db().queryInt(QStringLiteral(
                        "SELECT count(*) FROM setting WHERE key IN ('profile.document_font', 'profile.paper_size')"));
                })
                .value(),
            qint64(2));
    }

    void aProfileSavedBeforePaperSizesPrintsOnItsCountrysPaper()
    {
        TestPractice practice;
        auto profile = lumenProfile();
        profile.localeName = QStringLiteral("en_US");
        QVERIFY(await(SettingsRepository(*practice.store).saveProfile(profile)).hasValue());
        // As an older version saved it: no paper size setting.
        QVERIFY(practice
                    .run([](StoreSession& s) {
                        return s.db().execute(QStringLiteral("DELETE FROM setting WHERE key = 'profile.paper_size'"));
                    })
                    .hasValue());
        QCOMPARE(await(SettingsRepository(*practice.store).profile())->paperSize, domain::PaperSize::Letter);
    }

    void savingWritesOnlyTheFieldsThatChanged()
    {
        TestPractice practice;
        SettingsRepository settings(*practice.store);
        const auto profile = lumenProfile();
        QVERIFY(await(settings.saveProfile(profile)).hasValue());
        const auto countChanges = [&practice] {
            return practice
                .run([](StoreSession& s) { return s.db().queryInt(QStringLiteral("SELECT count(*) FROM change_log")); })
                .value();
        };
        const qint64 before = countChanges();
        auto renamed = profile;
        renamed.name = QStringLiteral("Lumen Studio Berlin");
        QVERIFY(await(settings.saveProfile(renamed)).hasValue());
        QCOMPARE(countChanges(), before + 1);
    }

    void anInvalidProfileIsRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("key");
        QTest::newRow("without a name") << QStringLiteral("name") << QStringLiteral("profile.needs-name");
        QTest::newRow("with an unknown zone") << QStringLiteral("zone") << QStringLiteral("profile.bad-time-zone");
        QTest::newRow("with a bad email") << QStringLiteral("email") << QStringLiteral("profile.bad-email");
        QTest::newRow("with a pattern without counter")
            << QStringLiteral("pattern") << QStringLiteral("profile.bad-number-pattern");
        QTest::newRow("with a colour name") << QStringLiteral("accent") << QStringLiteral("profile.bad-accent");
        QTest::newRow("with negative terms") << QStringLiteral("terms") << QStringLiteral("profile.bad-terms-days");
        QTest::newRow("with a huge logo") << QStringLiteral("logo") << QStringLiteral("profile.logo-too-large");
        QTest::newRow("without a document font") << QStringLiteral("font") << QStringLiteral("profile.bad-font");
    }
    void anInvalidProfileIsRefusedAndNothingIsWritten()
    {
        QFETCH(QString, field);
        QFETCH(QString, key);
        TestPractice practice;
        auto profile = lumenProfile();
        if (field == u"name") {
            profile.name = QStringLiteral("  ");
        } else if (field == u"zone") {
            profile.timeZoneId = QStringLiteral("Mars/Olympus");
        } else if (field == u"email") {
            profile.email = QStringLiteral("not an email");
        } else if (field == u"pattern") {
            profile.invoiceNumberPattern = QStringLiteral("INV-{YYYY}");
        } else if (field == u"accent") {
            profile.accentColor = QStringLiteral("teal");
        } else if (field == u"terms") {
            profile.paymentTermsDays = -1;
        } else if (field == u"logo") {
            profile.logoPng = QByteArray(domain::PracticeProfile::kMaxLogoBytes + 1, 'x');
        } else if (field == u"font") {
            profile.documentFont = QStringLiteral(" ");
        }
        const auto saved = await(SettingsRepository(*practice.store).saveProfile(profile));
        QVERIFY(!saved.hasValue());
        QCOMPARE(saved.error().code(), Error::Code::InvalidInput);
        QCOMPARE(saved.error().detail(), key);
        QVERIFY(!saved.error().userMessage().isEmpty());
        const auto rows = practice.run(
            [](StoreSession& s) { return s.db().queryInt(QStringLiteral("SELECT count(*) FROM setting")); });
        QCOMPARE(rows.value(), qint64(0));
    }

    void settingRowsHaveTheSameIdOnEveryDevice()
    {
        QCOMPARE(SettingRows::idOf(QStringLiteral("profile.name")), SettingRows::idOf(QStringLiteral("profile.name")));
        QVERIFY(
            SettingRows::idOf(QStringLiteral("profile.name")) != SettingRows::idOf(QStringLiteral("profile.email")));
    }

    void availabilityRoundTrips()
    {
        TestPractice practice;
        SettingsRepository settings(*practice.store);
        QVERIFY(await(settings.saveProfile(lumenProfile())).hasValue());
        auto availability = domain::Availability::create(QStringLiteral("Europe/Berlin")).value();
        for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
            QVERIFY(availability.addWeeklyHours(static_cast<Qt::DayOfWeek>(day), QTime(9, 0), QTime(17, 0)).hasValue());
        }
        availability.closeOn(QDate(2026, 12, 24));
        QVERIFY(
            availability.setHoursOn(QDate(2026, 12, 27), {{QTime(10, 0), QTime(12, 0)}, {QTime(13, 0), QTime(15, 0)}})
                .hasValue());
        QVERIFY(availability.setMinimumNoticeMinutes(120).hasValue());
        QVERIFY(availability.setSlotStepMinutes(15).hasValue());
        QVERIFY(await(settings.saveAvailability(availability)).hasValue());

        auto stored = await(settings.availability());
        QVERIFY(stored.hasValue());
        QCOMPARE(stored->timeZoneId(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(stored->weeklyHours(Qt::Wednesday), availability.weeklyHours(Qt::Wednesday));
        QVERIFY(stored->weeklyHours(Qt::Sunday).isEmpty());
        QCOMPARE(stored->exceptions(), availability.exceptions());
        QCOMPARE(stored->minimumNoticeMinutes(), 120);
        QCOMPARE(stored->slotStepMinutes(), 15);

        // Shorter Fridays: one rule goes, one comes.
        auto edited = stored.value();
        edited.clearWeeklyHours(Qt::Friday);
        QVERIFY(edited.addWeeklyHours(Qt::Friday, QTime(9, 0), QTime(13, 0)).hasValue());
        edited.clearException(QDate(2026, 12, 24));
        QVERIFY(await(settings.saveAvailability(edited)).hasValue());
        const auto again = await(settings.availability());
        QCOMPARE(again->weeklyHours(Qt::Friday), edited.weeklyHours(Qt::Friday));
        QCOMPARE(again->exceptions(), edited.exceptions());
        const auto liveRules = practice.run([](StoreSession& s) {
            return s.db().queryInt(QStringLiteral("SELECT count(*) FROM availability_rule WHERE deleted = 0"));
        });
        QCOMPARE(liveRules.value(), qint64(5));
    }
};

QTEST_GUILESS_MAIN(TestStoreSettings)
#include "test_store_settings.moc"
