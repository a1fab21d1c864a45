#include <QAbstractItemView>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>
#include <QTreeWidget>

#include "core/domain/Availability.h"
#include "core/domain/PracticeProfile.h"
#include "core/domain/Service.h"
#include "core/domain/ServicePackage.h"
#include "ui/Theme.h"
#include "ui/settings/AvailabilityEditor.h"
#include "ui/settings/PracticeProfileForm.h"
#include "ui/settings/ServicesEditor.h"
#include "ui/settings/SettingsPage.h"
#include "ui/widgets/CurrencyComboBox.h"
#include "ui/widgets/TimeZoneComboBox.h"

using namespace clientele;
using namespace clientele::ui;
using domain::Availability;
using domain::Money;
using domain::PracticeProfile;
using domain::Service;
using domain::ServicePackage;

namespace {

domain::Currency currency(const char* code)
{
    return domain::Currency::fromCode(QString::fromLatin1(code)).value();
}

PracticeProfile sampleProfile()
{
    PracticeProfile profile;
    profile.name = QStringLiteral("Anna Berg Photography");
    profile.currency = currency("EUR");
    profile.timeZoneId = QStringLiteral("Europe/Berlin");
    profile.localeName = QStringLiteral("de_DE");
    profile.legalName = QStringLiteral("Anna Berg");
    profile.address.streetLines = {QStringLiteral("Kastanienallee 12")};
    profile.address.postalCode = QStringLiteral("10435");
    profile.address.city = QStringLiteral("Berlin");
    profile.address.countryCode = QStringLiteral("DE");
    profile.email = QStringLiteral("hello@annaberg.example");
    profile.phone = QStringLiteral("+49301234567");
    profile.website = QStringLiteral("https://annaberg.example");
    profile.taxId = QStringLiteral("DE123456789");
    profile.invoiceTerms = QStringLiteral("Payable within 14 days.");
    profile.invoiceFooter = QStringLiteral("Thank you!");
    return profile;
}

QList<Service> sampleServices()
{
    Service portrait(QUuid::fromString(QStringLiteral("{0190a000-0000-7000-8000-000000000001}")),
        QStringLiteral("Portrait session"), 90, Money(25'000, currency("EUR")));
    portrait.setBuffers(15, 30);
    portrait.setDeposit(domain::Deposit::percentage(300'000));
    portrait.setReminderPlan(
        {{7 * 24 * 60, domain::ReminderRule::Channel::Email}, {24 * 60, domain::ReminderRule::Channel::Sms}});
    Service wedding(QUuid::fromString(QStringLiteral("{0190a000-0000-7000-8000-000000000002}")),
        QStringLiteral("Wedding coverage, full day"), 8 * 60, Money(320'000, currency("EUR")));
    wedding.setDeposit(domain::Deposit::fixed(Money(100'000, currency("EUR"))));
    Service mini(QUuid::fromString(QStringLiteral("{0190a000-0000-7000-8000-000000000003}")),
        QStringLiteral("Mini session"), 20, Money(9'000, currency("EUR")));
    mini.setVideoMeeting(true);
    return {portrait, wedding, mini};
}

Availability sampleAvailability()
{
    Availability availability = Availability::create(QStringLiteral("Europe/Berlin")).value();
    for (int day = Qt::Monday; day <= Qt::Thursday; ++day) {
        (void)availability.addWeeklyHours(Qt::DayOfWeek(day), QTime(9, 0), QTime(12, 30));
        (void)availability.addWeeklyHours(Qt::DayOfWeek(day), QTime(13, 30), QTime(17, 0));
    }
    (void)availability.addWeeklyHours(Qt::Friday, QTime(9, 0), QTime(13, 0));
    // A Monday, so closing it differs from the weekly hours.
    const QDate today = QDate::currentDate();
    availability.closeOn(today.addDays(8 - today.dayOfWeek() + 7));
    (void)availability.setHoursOn(QDate::currentDate().addDays(20), {{QTime(10, 0), QTime(14, 0)}});
    (void)availability.setMinimumNoticeMinutes(24 * 60);
    return availability;
}

template<typename T>
T* child(QWidget& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found) {
        qWarning("No child named %s", name);
    }
    return found;
}

void replaceText(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Types into an editable combo box and confirms with Return, as a user picking the typed entry.
void typeInCombo(QComboBox* combo, const QString& text)
{
    replaceText(combo->lineEdit(), text);
    if (combo->completer() && combo->completer()->popup()) {
        combo->completer()->popup()->hide();
    }
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
}

void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    // 1280×800 pixels: at 200 % scale (QT_SCALE_FACTOR=2) that is a 640×400 window.
    const qreal scale = widget.devicePixelRatioF();
    const QString suffix = scale > 1.0 ? QStringLiteral("@%1x").arg(scale) : QString();
    const QString path = QDir(dir).filePath(name + suffix + QStringLiteral(".png"));
    QVERIFY2(widget.grab().save(path), qPrintable(path));
}

} // namespace

class TestUiSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ClienteleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("ClienteleSettingsTest"));
        QSettings().clear();
    }

    // --- Practice profile ---

    void profileShowsWhatWasSet()
    {
        PracticeProfileForm form;
        form.setProfile(sampleProfile());
        QCOMPARE(child<QLineEdit>(form, "profileNameEdit")->text(), QStringLiteral("Anna Berg Photography"));
        QCOMPARE(child<CurrencyComboBox>(form, "profileCurrencyCombo")->code(), QStringLiteral("EUR"));
        QCOMPARE(child<TimeZoneComboBox>(form, "profileTimeZoneCombo")->timeZoneId(), QStringLiteral("Europe/Berlin"));
        const PracticeProfile back = form.profile();
        QCOMPARE(back.localeName, QStringLiteral("de_DE"));
        QCOMPARE(back.address, sampleProfile().address);
        QVERIFY(form.isValid());
        QVERIFY(!form.isModified());
    }

    void profileFirstFieldHasFocus()
    {
        PracticeProfileForm form;
        form.setProfile(sampleProfile());
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(form, "profileNameEdit"));
    }

    void profileEmptyNameIsRefusedNextToTheName()
    {
        PracticeProfileForm form;
        form.setProfile(sampleProfile());
        form.show();
        QSignalSpy saved(&form, &PracticeProfileForm::saveRequested);
        QSignalSpy validity(&form, &PracticeProfileForm::validationChanged);
        auto* name = child<QLineEdit>(form, "profileNameEdit");
        replaceText(name, QString());
        QCOMPARE(validity.count(), 1);
        QCOMPARE(validity.at(0).at(0).toBool(), false);
        QTest::mouseClick(child<QPushButton>(form, "profileSaveButton"), Qt::LeftButton);
        QCOMPARE(saved.count(), 0);
        auto* error = child<QWidget>(form, "profileNameErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(!form.fieldError(QStringLiteral("name")).isEmpty());
        // Next to the name: directly below the field, in the same form row.
        QCOMPARE(error->parentWidget(), name->parentWidget());
        QVERIFY(error->geometry().top() >= name->geometry().bottom());
        QCOMPARE(form.focusWidget(), name);
        // Fixing it clears the error.
        QTest::keyClicks(name, QStringLiteral("Anna"));
        QVERIFY(!error->isVisible());
        QVERIFY(form.isValid());
    }

    void profileBadEmailIsRefusedNextToTheEmail()
    {
        PracticeProfileForm form;
        form.setProfile(sampleProfile());
        form.show();
        QSignalSpy saved(&form, &PracticeProfileForm::saveRequested);
        replaceText(child<QLineEdit>(form, "profileEmailEdit"), QStringLiteral("not an address"));
        QTest::mouseClick(child<QPushButton>(form, "profileSaveButton"), Qt::LeftButton);
        QCOMPARE(saved.count(), 0);
        QVERIFY(!form.fieldError(QStringLiteral("email")).isEmpty());
        QVERIFY(form.fieldError(QStringLiteral("name")).isEmpty());
        QVERIFY(child<QWidget>(form, "profileEmailErrorLabel")->isVisible());
    }

    void profileSaveEmitsTypedValues()
    {
        PracticeProfileForm form;
        form.setProfile(sampleProfile());
        form.show();
        QSignalSpy saved(&form, &PracticeProfileForm::saveRequested);
        replaceText(child<QLineEdit>(form, "profileNameEdit"), QStringLiteral("Berg Studio"));
        auto* currencyCombo = child<CurrencyComboBox>(form, "profileCurrencyCombo");
        currencyCombo->setCurrentIndex(currencyCombo->findData(QStringLiteral("CHF")));
        auto* zone = child<TimeZoneComboBox>(form, "profileTimeZoneCombo");
        typeInCombo(zone, QStringLiteral("Europe/Zurich"));
        replaceText(child<QLineEdit>(form, "profileEmailEdit"), QStringLiteral("studio@berg.example"));
        auto* days = child<QSpinBox>(form, "profileTermsDaysSpin");
        days->setValue(30);
        QVERIFY(form.isModified());
        QTest::mouseClick(child<QPushButton>(form, "profileSaveButton"), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        const auto profile = saved.at(0).at(0).value<PracticeProfile>();
        QCOMPARE(profile.name, QStringLiteral("Berg Studio"));
        QCOMPARE(profile.currency.code(), QStringLiteral("CHF"));
        QCOMPARE(profile.timeZoneId, QStringLiteral("Europe/Zurich"));
        QCOMPARE(profile.email, QStringLiteral("studio@berg.example"));
        QCOMPARE(profile.paymentTermsDays, 30);
        QCOMPARE(profile.taxId, QStringLiteral("DE123456789"));
        QVERIFY(!form.isModified());
    }

    void profileEnterSavesAndRevertRestores()
    {
        PracticeProfileForm form;
        form.setProfile(sampleProfile());
        form.show();
        QSignalSpy saved(&form, &PracticeProfileForm::saveRequested);
        auto* name = child<QLineEdit>(form, "profileNameEdit");
        replaceText(name, QStringLiteral("Something else"));
        QTest::mouseClick(child<QPushButton>(form, "profileRevertButton"), Qt::LeftButton);
        QCOMPARE(name->text(), QStringLiteral("Anna Berg Photography"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(saved.count(), 1);
    }

    void profileEmbeddedHasNoButtonsAndReportsValidity()
    {
        PracticeProfileForm form;
        form.setEmbedded(true);
        form.show();
        QVERIFY(!child<QPushButton>(form, "profileSaveButton")->isVisible());
        QVERIFY(!form.isValid());
        QSignalSpy validity(&form, &PracticeProfileForm::validationChanged);
        QSignalSpy saved(&form, &PracticeProfileForm::saveRequested);
        PracticeProfile profile = sampleProfile();
        profile.name.clear();
        form.setProfile(profile);
        QCOMPARE(validity.count(), 0);
        QTest::keyClicks(child<QLineEdit>(form, "profileNameEdit"), QStringLiteral("A"));
        QCOMPARE(validity.count(), 1);
        QVERIFY(form.isValid());
        QTest::keyClick(child<QLineEdit>(form, "profileNameEdit"), Qt::Key_Return);
        QCOMPARE(saved.count(), 0); // the host decides when to save
        QCOMPARE(form.profile().name, QStringLiteral("A"));
    }

    void profileLogoTooLargeIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Noise does not compress: this PNG is several megabytes.
        QImage noise(1200, 1200, QImage::Format_RGB32);
        QRandomGenerator random(42);
        for (int y = 0; y < noise.height(); ++y) {
            auto* line = reinterpret_cast<quint32*>(noise.scanLine(y));
            for (int x = 0; x < noise.width(); ++x) {
                line[x] = random.generate();
            }
        }
        const QString big = dir.filePath(QStringLiteral("big.png"));
        QVERIFY(noise.save(big, "PNG"));
        QVERIFY(QFileInfo(big).size() > PracticeProfile::kMaxLogoBytes);

        PracticeProfileForm form;
        form.setProfile(sampleProfile());
        QVERIFY(!form.loadLogoFile(big));
        QVERIFY(form.fieldError(QStringLiteral("logo")).contains(QStringLiteral("big.png")));
        QVERIFY(form.profile().logoPng.isEmpty());
        QVERIFY(!form.isModified());
    }

    void profileLogoAcceptsPngAndSvgRefusesOtherFiles()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("logo.png"));
        QImage small(120, 40, QImage::Format_ARGB32);
        small.fill(Qt::darkCyan);
        QVERIFY(small.save(png, "PNG"));
        const QString svg = dir.filePath(QStringLiteral("logo.svg"));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::WriteOnly));
        svgFile.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\">"
                      "<rect width=\"200\" height=\"100\" fill=\"#2f6f8f\"/></svg>");
        svgFile.close();
        const QString text = dir.filePath(QStringLiteral("notes.png"));
        QFile textFile(text);
        QVERIFY(textFile.open(QIODevice::WriteOnly));
        textFile.write("this is not an image");
        textFile.close();

        PracticeProfileForm form;
        form.setProfile(sampleProfile());
        QVERIFY(form.loadLogoFile(png));
        QCOMPARE(QImage::fromData(form.profile().logoPng, "PNG").size(), QSize(120, 40));
        QVERIFY(form.loadLogoFile(svg));
        const QImage rasterised = QImage::fromData(form.profile().logoPng, "PNG");
        QVERIFY(!rasterised.isNull());
        QCOMPARE(rasterised.width(), 2 * rasterised.height());
        QVERIFY(!form.loadLogoFile(text));
        QVERIFY(form.fieldError(QStringLiteral("logo")).contains(QStringLiteral("notes.png")));
        QTest::mouseClick(child<QPushButton>(form, "profileLogoRemoveButton"), Qt::LeftButton);
        QVERIFY(form.profile().logoPng.isEmpty());
    }

    // --- Pickers ---

    void timeZoneComboRoundTrips_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("Berlin") << QStringLiteral("Europe/Berlin");
        QTest::newRow("New York") << QStringLiteral("America/New_York");
        QTest::newRow("Kolkata with a half-hour offset") << QStringLiteral("Asia/Kolkata");
        QTest::newRow("UTC") << QStringLiteral("UTC");
    }
    void timeZoneComboRoundTrips()
    {
        QFETCH(QString, id);
        TimeZoneComboBox combo;
        combo.setTimeZoneId(id);
        QCOMPARE(combo.timeZoneId(), id);
        QVERIFY2(combo.currentText().startsWith(id + QStringLiteral(" (UTC")), qPrintable(combo.currentText()));

        // Typed by hand, then leaving the field.
        TimeZoneComboBox typed;
        typed.show();
        QSignalSpy changed(&typed, &TimeZoneComboBox::timeZoneIdChanged);
        typeInCombo(&typed, id);
        QCOMPARE(typed.timeZoneId(), id);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.last().at(0).toString(), id);
    }

    void timeZoneComboShowsOffset()
    {
        QCOMPARE(TimeZoneComboBox::displayText("Asia/Kolkata"), QStringLiteral("Asia/Kolkata (UTC+05:30)"));
        QCOMPARE(TimeZoneComboBox::displayText("UTC"), QStringLiteral("UTC (UTC+00:00)"));
    }

    void timeZoneComboKeepsUnknownText()
    {
        TimeZoneComboBox combo;
        combo.setTimeZoneId(QStringLiteral("Mars/Olympus"));
        QCOMPARE(combo.timeZoneId(), QStringLiteral("Mars/Olympus"));
    }

    void currencyComboRoundTrips()
    {
        CurrencyComboBox combo;
        QCOMPARE(combo.count(), int(domain::Currency::knownCodes().size()));
        for (const char* code : {"EUR", "JPY", "KWD", "USD"}) {
            combo.setCode(QString::fromLatin1(code));
            QCOMPARE(combo.code(), QString::fromLatin1(code));
        }
        combo.setCode(QStringLiteral("EUR"));
        QVERIFY2(combo.currentText().contains(QStringLiteral("Euro")), qPrintable(combo.currentText()));
        combo.show();
        typeInCombo(&combo, QStringLiteral("gbp"));
        QCOMPARE(combo.code(), QStringLiteral("GBP"));
    }

    // --- Services ---

    void servicesEmptyStateOffersToAdd()
    {
        ServicesEditor editor;
        editor.setServices({}, currency("EUR"));
        editor.show();
        auto* empty = child<QWidget>(editor, "serviceEmptyState");
        QVERIFY(empty->isVisible());
        QTest::mouseClick(child<QPushButton>(editor, "serviceEmptyAddButton"), Qt::LeftButton);
        QVERIFY(!empty->isVisible());
        QVERIFY(child<QTreeWidget>(editor, "serviceList")->isVisible());
        QCOMPARE(child<QTreeWidget>(editor, "serviceList")->topLevelItemCount(), 1);
        QCOMPARE(editor.focusWidget(), child<QLineEdit>(editor, "serviceNameEdit"));
    }

    void servicesAddParsesPriceInTheLocale_data()
    {
        QTest::addColumn<QString>("localeName");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("minorUnits");
        QTest::newRow("German grouping and comma") << QStringLiteral("de_DE") << QStringLiteral("1.234,50") << 123450LL;
        QTest::newRow("German without grouping") << QStringLiteral("de_DE") << QStringLiteral("89,9") << 8990LL;
        QTest::newRow("English grouping and point")
            << QStringLiteral("en_US") << QStringLiteral("1,234.50") << 123450LL;
    }
    void servicesAddParsesPriceInTheLocale()
    {
        QFETCH(QString, localeName);
        QFETCH(QString, typed);
        QFETCH(qint64, minorUnits);
        const QUuid id = QUuid::fromString(QStringLiteral("{0190a000-0000-7000-8000-0000000000aa}"));
        ServicesEditor editor;
        editor.setLocale(QLocale(localeName));
        editor.setIdFactory([id] { return id; });
        editor.setServices({}, currency("EUR"));
        editor.show();
        QSignalSpy added(&editor, &ServicesEditor::addRequested);
        QSignalSpy saved(&editor, &ServicesEditor::saveRequested);
        QTest::mouseClick(child<QPushButton>(editor, "serviceEmptyAddButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(editor, "serviceNameEdit"), QStringLiteral("Family portrait"));
        child<QSpinBox>(editor, "serviceDurationSpin")->setValue(75);
        replaceText(child<QLineEdit>(editor, "servicePriceEdit"), typed);
        QTest::mouseClick(child<QPushButton>(editor, "serviceSaveButton"), Qt::LeftButton);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(added.count(), 1);
        const auto service = added.at(0).at(0).value<Service>();
        QCOMPARE(service.id(), id);
        QCOMPARE(service.name(), QStringLiteral("Family portrait"));
        QCOMPARE(service.durationMinutes(), 75);
        QCOMPARE(service.price().minorUnits(), minorUnits);
        QCOMPARE(service.price().currency().code(), QStringLiteral("EUR"));
        QVERIFY(service.validate());
    }

    void servicesEditEmitsBeforeAndAfter()
    {
        ServicesEditor editor;
        editor.setLocale(QLocale(QStringLiteral("de_DE")));
        editor.setServices(sampleServices(), currency("EUR"));
        editor.show();
        auto* list = child<QTreeWidget>(editor, "serviceList");
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(editor.currentServiceId(), sampleServices().at(0).id());
        QCOMPARE(child<QLineEdit>(editor, "servicePriceEdit")->text(), QStringLiteral("250,00"));
        QSignalSpy saved(&editor, &ServicesEditor::saveRequested);
        QSignalSpy added(&editor, &ServicesEditor::addRequested);

        list->setCurrentItem(list->topLevelItem(1));
        QCOMPARE(child<QLineEdit>(editor, "serviceNameEdit")->text(), QStringLiteral("Wedding coverage, full day"));
        replaceText(child<QLineEdit>(editor, "servicePriceEdit"), QStringLiteral("3.450"));
        auto* deposit = child<QComboBox>(editor, "serviceDepositCombo");
        deposit->setCurrentIndex(deposit->findData(int(domain::Deposit::Kind::Percentage)));
        child<QDoubleSpinBox>(editor, "serviceDepositPercentSpin")->setValue(25);
        QTest::mouseClick(child<QPushButton>(editor, "serviceSaveButton"), Qt::LeftButton);
        QCOMPARE(added.count(), 0);
        QCOMPARE(saved.count(), 1);
        const auto before = saved.at(0).at(0).value<Service>();
        const auto after = saved.at(0).at(1).value<Service>();
        QCOMPARE(before.price().minorUnits(), 320'000);
        QCOMPARE(after.price().minorUnits(), 345'000);
        QCOMPARE(after.deposit(), domain::Deposit::percentage(250'000));
        QCOMPARE(after.id(), before.id());
        QCOMPARE(after.reminderPlan(), before.reminderPlan());
    }

    void servicesBadPriceIsRefusedNextToThePrice()
    {
        ServicesEditor editor;
        editor.setLocale(QLocale(QStringLiteral("de_DE")));
        editor.setServices(sampleServices(), currency("EUR"));
        editor.show();
        QSignalSpy saved(&editor, &ServicesEditor::saveRequested);
        replaceText(child<QLineEdit>(editor, "servicePriceEdit"), QStringLiteral("1234.50"));
        QTest::mouseClick(child<QPushButton>(editor, "serviceSaveButton"), Qt::LeftButton);
        QCOMPARE(saved.count(), 0);
        QVERIFY(!editor.fieldError(QStringLiteral("price")).isEmpty());
        QVERIFY(child<QWidget>(editor, "servicePriceErrorLabel")->isVisible());

        replaceText(child<QLineEdit>(editor, "serviceNameEdit"), QString());
        replaceText(child<QLineEdit>(editor, "servicePriceEdit"), QStringLiteral("10"));
        QTest::mouseClick(child<QPushButton>(editor, "serviceSaveButton"), Qt::LeftButton);
        QCOMPARE(saved.count(), 0);
        QVERIFY(!editor.fieldError(QStringLiteral("name")).isEmpty());
        QVERIFY(editor.fieldError(QStringLiteral("price")).isEmpty());
    }

    void servicesEditsSurviveSwitchingAndRevert()
    {
        ServicesEditor editor;
        editor.setServices(sampleServices(), currency("EUR"));
        editor.show();
        auto* list = child<QTreeWidget>(editor, "serviceList");
        auto* name = child<QLineEdit>(editor, "serviceNameEdit");
        replaceText(name, QStringLiteral("Portrait, outdoors"));
        list->setCurrentItem(list->topLevelItem(2));
        list->setCurrentItem(list->topLevelItem(0));
        QCOMPARE(name->text(), QStringLiteral("Portrait, outdoors"));
        QTest::mouseClick(child<QPushButton>(editor, "serviceRevertButton"), Qt::LeftButton);
        QCOMPARE(name->text(), QStringLiteral("Portrait session"));
    }

    void servicesReminderAndPackageEdits()
    {
        const QUuid packageId = QUuid::fromString(QStringLiteral("{0190a000-0000-7000-8000-0000000000bb}"));
        const QList<Service> services = sampleServices();
        ServicesEditor editor;
        editor.setIdFactory([packageId] { return packageId; });
        editor.setServices(services, currency("EUR"));
        const ServicePackage existing(QUuid::fromString(QStringLiteral("{0190a000-0000-7000-8000-0000000000cc}")),
            services.at(0).id(), 5, Money(100'000, currency("EUR")), 365);
        editor.setPackages({existing});
        editor.show();
        QSignalSpy saved(&editor, &ServicesEditor::saveRequested);
        QSignalSpy packageSaved(&editor, &ServicesEditor::packageSaveRequested);
        QSignalSpy packageRemoved(&editor, &ServicesEditor::packageRemoveRequested);

        QCOMPARE(editor.findChildren<QComboBox*>(QStringLiteral("reminderChannelCombo")).size(), 2);
        QTest::mouseClick(
            editor.findChildren<QToolButton*>(QStringLiteral("reminderRemoveButton")).at(1), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(editor, "serviceAddReminderButton"), Qt::LeftButton);
        auto* offsets = editor.findChild<QWidget*>(QStringLiteral("serviceReminders"));
        const QList<QSpinBox*> amounts = offsets->findChildren<QSpinBox*>(QStringLiteral("durationAmountSpinBox"));
        QCOMPARE(amounts.size(), 2);
        QCOMPARE(amounts.at(1)->value(), 1); // a day before, by default
        const QList<QComboBox*> units = offsets->findChildren<QComboBox*>(QStringLiteral("durationUnitComboBox"));
        units.at(1)->setCurrentIndex(1); // hours
        amounts.at(1)->setValue(2);

        QTest::mouseClick(editor.findChild<QToolButton*>(QStringLiteral("packageRemoveButton")), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(editor, "serviceAddPackageButton"), Qt::LeftButton);
        replaceText(editor.findChild<QLineEdit*>(QStringLiteral("packagePriceEdit")), QStringLiteral("900"));

        QTest::mouseClick(child<QPushButton>(editor, "serviceSaveButton"), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        const auto after = saved.at(0).at(1).value<Service>();
        const QList<domain::ReminderRule> expected {
            {7 * 24 * 60, domain::ReminderRule::Channel::Email}, {2 * 60, domain::ReminderRule::Channel::Email}};
        QCOMPARE(after.reminderPlan(), expected);
        QCOMPARE(packageSaved.count(), 1);
        const auto package = packageSaved.at(0).at(0).value<ServicePackage>();
        QCOMPARE(package.id(), packageId);
        QCOMPARE(package.serviceId(), services.at(0).id());
        QCOMPARE(package.sessions(), 10);
        QCOMPARE(package.price().minorUnits(), 90'000);
        QVERIFY(!package.validityDays().has_value());
        QCOMPARE(packageRemoved.count(), 1);
        QCOMPARE(packageRemoved.at(0).at(0).value<QUuid>(), existing.id());
    }

    void servicesRemoveAsksOnceAndEmits()
    {
        ServicesEditor editor;
        QStringList asked;
        bool answer = false;
        editor.setRemoveConfirmation([&](const QString& name) {
            asked.append(name);
            return answer;
        });
        editor.setServices(sampleServices(), currency("EUR"));
        editor.show();
        QSignalSpy removed(&editor, &ServicesEditor::removeRequested);
        auto* remove = child<QPushButton>(editor, "serviceRemoveButton");
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(asked, QStringList {QStringLiteral("Portrait session")});
        QCOMPARE(removed.count(), 0);
        answer = true;
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).value<QUuid>(), sampleServices().at(0).id());
        QCOMPARE(child<QTreeWidget>(editor, "serviceList")->topLevelItemCount(), 2);
        // The next service is shown and can be removed in turn, down to the last one.
        QVERIFY(remove->isEnabled());
        QCOMPARE(child<QLineEdit>(editor, "serviceNameEdit")->text(), sampleServices().at(1).name());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(editor, "serviceNameEdit")->text(), sampleServices().at(2).name());
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(removed.count(), 3);
        QCOMPARE(child<QTreeWidget>(editor, "serviceList")->topLevelItemCount(), 0);
        QVERIFY(!remove->isEnabled());
    }

    // --- Availability ---

    void availabilityRoundTrips()
    {
        AvailabilityEditor editor;
        const Availability original = sampleAvailability();
        editor.setAvailability(original);
        const Result<Availability> back = editor.availability();
        QVERIFY(back);
        for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
            QCOMPARE(back->weeklyHours(Qt::DayOfWeek(day)), original.weeklyHours(Qt::DayOfWeek(day)));
        }
        for (int offset = 0; offset < 40; ++offset) {
            const QDate date = QDate::currentDate().addDays(offset);
            QCOMPARE(back->hoursOn(date), original.hoursOn(date));
        }
        QCOMPARE(back->minimumNoticeMinutes(), 24 * 60);
        QCOMPARE(back->timeZoneId(), QStringLiteral("Europe/Berlin"));
    }

    void availabilityOverlappingRangesAreRefusedNextToTheDay()
    {
        AvailabilityEditor editor;
        editor.setAvailability(sampleAvailability());
        editor.show();
        std::optional<Availability> emitted;
        connect(&editor, &AvailabilityEditor::saveRequested, this,
            [&emitted](const Availability& availability) { emitted = availability; });

        auto* wednesday = child<QWidget>(editor, "availabilityWednesdayHours");
        QTest::mouseClick(child<QPushButton>(editor, "availabilityWednesdayAddButton"), Qt::LeftButton);
        const QList<QTimeEdit*> starts =
            wednesday->findChildren<QTimeEdit*>(QStringLiteral("availabilityStartTimeEdit"));
        const QList<QTimeEdit*> ends = wednesday->findChildren<QTimeEdit*>(QStringLiteral("availabilityEndTimeEdit"));
        QCOMPARE(starts.size(), 3);
        starts.at(2)->setTime(QTime(12, 0));
        ends.at(2)->setTime(QTime(14, 0));
        QTest::mouseClick(child<QPushButton>(editor, "availabilitySaveButton"), Qt::LeftButton);
        QVERIFY(!emitted);
        QVERIFY(!editor.dayError(Qt::Wednesday).isEmpty());
        QVERIFY(child<QWidget>(editor, "availabilityWednesdayErrorLabel")->isVisible());
        QCOMPARE(child<QWidget>(editor, "availabilityWednesdayErrorLabel")->parentWidget(), wednesday);
        QVERIFY(editor.dayError(Qt::Monday).isEmpty());

        // Moved after the afternoon hours, the range is fine and the error goes away.
        starts.at(2)->setTime(QTime(18, 0));
        ends.at(2)->setTime(QTime(20, 0));
        QVERIFY(editor.dayError(Qt::Wednesday).isEmpty());
        QTest::mouseClick(child<QPushButton>(editor, "availabilitySaveButton"), Qt::LeftButton);
        QVERIFY(emitted);
        QCOMPARE(emitted->weeklyHours(Qt::Wednesday).size(), 3);
        QCOMPARE(emitted->weeklyHours(Qt::Wednesday).last().start, QTime(18, 0));
    }

    void availabilityCopiesMondayToWeekdays()
    {
        AvailabilityEditor editor;
        editor.setAvailability(sampleAvailability());
        editor.show();
        QTest::mouseClick(child<QPushButton>(editor, "availabilityCopyMondayButton"), Qt::LeftButton);
        const Result<Availability> copied = editor.availability();
        QVERIFY(copied);
        for (int day = Qt::Tuesday; day <= Qt::Friday; ++day) {
            QCOMPARE(copied->weeklyHours(Qt::DayOfWeek(day)), copied->weeklyHours(Qt::Monday));
        }
        QVERIFY(copied->weeklyHours(Qt::Saturday).isEmpty());
        QVERIFY(editor.isModified());
    }

    void availabilityClosedDateIsAdded()
    {
        AvailabilityEditor editor;
        editor.setAvailability(Availability::create(QStringLiteral("Europe/Berlin")).value());
        editor.show();
        const QDate date = QDate::currentDate().addDays(5);
        child<QDateEdit>(editor, "availabilityExceptionDateEdit")->setDate(date);
        QTest::mouseClick(child<QPushButton>(editor, "availabilityExceptionAddButton"), Qt::LeftButton);
        QCOMPARE(child<QTreeWidget>(editor, "availabilityExceptionList")->topLevelItemCount(), 1);
        QVERIFY(editor.availability()->hoursOn(date).isEmpty());
    }

    // --- The page ---

    void settingsPageStoresThemeAndForwardsLock()
    {
        QSettings().remove(QStringLiteral("appearance/theme"));
        SettingsPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy theme(&page, &SettingsPage::themeChanged);
        QSignalSpy lock(&page, &SettingsPage::lockRequested);
        page.setCurrentPage(SettingsPage::Page::Appearance);
        QCoreApplication::processEvents(); // lay out the page that just became visible
        QVERIFY(child<QRadioButton>(page, "appearanceSystemRadio")->isChecked());
        auto* darkRadio = child<QRadioButton>(page, "appearanceDarkRadio");
        QTest::mouseClick(darkRadio, Qt::LeftButton);
        QCOMPARE(theme.count(), 1);
        QCOMPARE(theme.at(0).at(0).value<Theme::Mode>(), Theme::Mode::Dark);
        QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(SettingsPage::storedThemeMode(), Theme::Mode::Dark);

        page.setCurrentPage(SettingsPage::Page::Security);
        page.setPracticeFilePath(QStringLiteral("/home/anna/Clientele/practice.clientele"));
        QTest::mouseClick(child<QPushButton>(page, "securityLockNowButton"), Qt::LeftButton);
        QCOMPARE(lock.count(), 1);
        QSettings().remove(QStringLiteral("appearance/theme"));
    }

    void settingsPageForwardsRequests()
    {
        SettingsPage page;
        page.setProfile(sampleProfile());
        page.setServices(sampleServices());
        page.show();
        QSignalSpy profile(&page, &SettingsPage::profileSaveRequested);
        QSignalSpy service(&page, &SettingsPage::serviceSaveRequested);
        QTest::mouseClick(child<QPushButton>(page, "profileSaveButton"), Qt::LeftButton);
        QCOMPARE(profile.count(), 1);
        page.setCurrentPage(SettingsPage::Page::Services);
        replaceText(child<QLineEdit>(page, "serviceNameEdit"), QStringLiteral("Portrait"));
        QTest::mouseClick(child<QPushButton>(page, "serviceSaveButton"), Qt::LeftButton);
        QCOMPARE(service.count(), 1);
    }

    void screenshots_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("name");
        const QStringList names {QStringLiteral("practice"), QStringLiteral("services"),
            QStringLiteral("contract-templates"), QStringLiteral("availability"), QStringLiteral("appearance"),
            QStringLiteral("security")};
        for (int i = 0; i < names.size(); ++i) {
            QTest::addRow("%s light", qPrintable(names.at(i))) << i << false << names.at(i) + QStringLiteral("-light");
            QTest::addRow("%s dark", qPrintable(names.at(i))) << i << true << names.at(i) + QStringLiteral("-dark");
        }
    }
    void screenshots()
    {
        QFETCH(int, page);
        QFETCH(bool, dark);
        QFETCH(QString, name);
        QApplication::setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        SettingsPage settings;
        settings.setProfile(sampleProfile());
        settings.setServices(sampleServices());
        settings.setPackages(
            {ServicePackage(QUuid::fromString(QStringLiteral("{0190a000-0000-7000-8000-0000000000cc}")),
                sampleServices().at(0).id(), 5, Money(100'000, currency("EUR")), 365)});
        settings.setAvailability(sampleAvailability());
        settings.setPracticeFilePath(QStringLiteral("/home/anna/Documents/Clientele/Anna Berg.clientele"));
        settings.resize(QSize(1280, 800) / QGuiApplication::primaryScreen()->devicePixelRatio());
        settings.setCurrentPage(SettingsPage::Page(page));
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        saveScreenshot(settings, QStringLiteral("settings-") + name);
        QApplication::setPalette(Theme::lightPalette());
        QLocale::setDefault(QLocale::c());
    }

    void fullProfileFormWithAnErrorScreenshot()
    {
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("logo.svg"));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::WriteOnly));
        svgFile.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"80\">"
                      "<rect width=\"240\" height=\"80\" rx=\"12\" fill=\"#2f6f8f\"/>"
                      "<circle cx=\"40\" cy=\"40\" r=\"24\" fill=\"#ffffff\"/></svg>");
        svgFile.close();
        PracticeProfileForm form;
        form.setProfile(sampleProfile());
        QVERIFY(form.loadLogoFile(svg));
        form.resize(QSize(900, 1500) / QGuiApplication::primaryScreen()->devicePixelRatio());
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        replaceText(child<QLineEdit>(form, "profileEmailEdit"), QStringLiteral("anna@"));
        QTest::mouseClick(child<QPushButton>(form, "profileSaveButton"), Qt::LeftButton);
        QVERIFY(!form.fieldError(QStringLiteral("email")).isEmpty());
        saveScreenshot(form, QStringLiteral("settings-practice-full-with-error"));
    }

    void emptyServicesScreenshot()
    {
        SettingsPage settings;
        settings.setProfile(sampleProfile());
        settings.resize(QSize(1280, 800) / QGuiApplication::primaryScreen()->devicePixelRatio());
        settings.setCurrentPage(SettingsPage::Page::Services);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        saveScreenshot(settings, QStringLiteral("settings-services-empty"));
    }
};

QTEST_MAIN(TestUiSettings)
#include "test_ui_settings.moc"
