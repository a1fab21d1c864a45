#include <QFile>
#include <QTest>

#include "core/interchange/ContactColumnMapping.h"
#include "core/interchange/ContactCsvExport.h"
#include "core/interchange/ContactCsvImport.h"
#include "tests/interchange/ContactRecordText.h"

using namespace clientele::interchange;
using clientele::interchange::test::dataPath;
using clientele::interchange::test::describe;
using Preset = ContactColumnMapping::Preset;

class TestInterchangeContactMapping final : public QObject
{
    Q_OBJECT

private:
    static QByteArray readData(const char* name)
    {
        QFile file(dataPath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot open test data %s", name);
        }
        return file.readAll();
    }

    static QList<int> problemLines(const ContactImportResult& result)
    {
        QList<int> lines;
        for (const ImportProblem& problem : result.problems) {
            lines.append(problem.line);
        }
        return lines;
    }

private Q_SLOTS:
    void exportFilesAreRecognisedAndRead_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Preset>("preset");
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<QList<int>>("recordLines");
        QTest::addColumn<QList<int>>("problemLines");

        QTest::newRow("a HoneyBook contacts export, with a multi-line note and a row without a name")
            << QStringLiteral("honeybook-contacts.csv") << Preset::HoneyBook
            << QStringList {
                   QStringLiteral("full=Ava Thompson|emails=ava.thompson@example.com|phones=(555) 201-3344|"
                                  "street=12 Elm St, Springfield, IL 62701|tags=wedding;2025|"
                                  "notes=Met at the bridal fair.\nWants a second shooter.|stage=Inquiry|"
                                  "source=Instagram|extra=Project Type:Wedding;Date Added:2024-03-02"),
                   QStringLiteral("full=Ben Carter|company=Carter Studio|emails=ben@carter-studio.example|"
                                  "phones=555-0102|tags=branding|stage=Booked|source=Referral|"
                                  "extra=Job Title:Owner;Project Type:Branding;Date Added:2024-04-11"),
                   QStringLiteral("full=Chlo\u00e9 Durand|emails=chloe@example.fr|phones=+33 6 12 34 56 78|"
                                  "stage=Completed|source=Website|extra=Project Type:Portrait;Date Added:2024-06-20"),
               }
            << QList<int> {2, 4, 6} << QList<int> {5};
        QTest::newRow("a Dubsado clients export, keeping the alternate contact out of the client's email")
            << QStringLiteral("dubsado-clients.csv") << Preset::Dubsado
            << QStringList {
                   QStringLiteral("full=Maya Patel|given=Maya|family=Patel|emails=maya.patel@example.com|"
                                  "phones=555-123-4567|street=400 Oak Ave|city=Austin|region=TX|postal=78701|"
                                  "country=United States|tags=newborn;family|notes=Due in May|stage=Lead|"
                                  "source=Instagram|extra=Alternate Contact Name:Raj Patel;"
                                  "Alternate Contact Email:raj.patel@example.com;"
                                  "Alternate Contact Phone:555-123-9999;Date Created:03/14/2024"),
                   QStringLiteral("full=Liam O'Brien|given=Liam|family=O'Brien|company=O'Brien Coaching|"
                                  "emails=liam@obrien.example|city=Dublin|postal=D02|country=Ireland|tags=coaching|"
                                  "stage=Job|source=Podcast|extra=Date Created:04/01/2024"),
                   QStringLiteral("full=Noah Kim|given=Noah|family=Kim|emails=noah.kim@example.com|"
                                  "phones=555-333-4444|stage=Archived|extra=Date Created:05/05/2024"),
               }
            << QList<int> {2, 3, 5} << QList<int> {4};
        QTest::newRow("a Google Contacts export with ::: lists and system labels")
            << QStringLiteral("google-contacts.csv") << Preset::GoogleContacts
            << QStringList {
                   QStringLiteral("full=Grace Ann Hopper|given=Grace Ann|family=Hopper|company=Navy Labs|"
                                  "emails=grace@example.com;grace.hopper@example.org;gh@navy.example|"
                                  "phones=+1 202 555 0100;+1 202 555 0101|street=1 Navy Way|city=Arlington|"
                                  "region=VA|postal=22201|country=USA|tags=Clients;VIP|notes=Prefers email|"
                                  "birthday=1906-12-09|extra=Nickname:Amazing Grace;Organization Title:Rear "
                                  "Admiral;Website 1 - Value:https://example.com/grace"),
                   QStringLiteral("full=Alan Turing|given=Alan|family=Turing|emails=alan@example.co.uk|"
                                  "phones=07700 900123"),
               }
            << QList<int> {2, 3} << QList<int> {4};
        QTest::newRow("an older Google Contacts export in UTF-16 with a multi-line address")
            << QStringLiteral("google-contacts-legacy.csv") << Preset::GoogleContactsLegacy
            << QStringList {
                   QStringLiteral("full=J\u00fcrgen M\u00fcller|given=J\u00fcrgen|family=M\u00fcller|"
                                  "company=M\u00fcller Fotografie|emails=juergen@example.de|phones=+49 151 23456789|"
                                  "street=Hauptstra\u00dfe 5|city=Berlin|postal=10115|country=Deutschland|"
                                  "tags=Familie|notes=Stammkunde|birthday=1980-02-29"),
                   QStringLiteral("full=Zo\u00eb \u00d8deg\u00e5rd|given=Zo\u00eb|family=\u00d8deg\u00e5rd|"
                                  "emails=zoe@example.no"),
               }
            << QList<int> {2, 4} << QList<int> {};
        QTest::newRow("an Outlook export, where 0/0/00 means no birthday")
            << QStringLiteral("outlook-contacts.csv") << Preset::Outlook
            << QStringList {
                   QStringLiteral("full=Olivia Brown|given=Olivia|family=Brown|company=Brown Wellness|"
                                  "emails=olivia@example.com|phones=555-777-0000;555-777-8888|street=22 Pine Rd|"
                                  "city=Portland|region=OR|postal=97201|tags=Clients;Yoga|notes=Yoga client|"
                                  "extra=Sensitivity:Normal"),
               }
            << QList<int> {2} << QList<int> {};
    }

    void exportFilesAreRecognisedAndRead()
    {
        QFETCH(QString, file);
        QFETCH(Preset, preset);
        QFETCH(QStringList, records);
        QFETCH(QList<int>, recordLines);
        QFETCH(QList<int>, problemLines);

        const auto result = ContactCsvImport::read(readData(qPrintable(file)));
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->format, ContactColumnMapping::presetName(preset));
        QStringList described;
        QList<int> lines;
        for (const ContactRecord& record : result->records) {
            described.append(describe(record));
            lines.append(record.sourceLine);
        }
        QCOMPARE(described, records);
        QCOMPARE(lines, recordLines);
        QCOMPARE(TestInterchangeContactMapping::problemLines(result.value()), problemLines);
        for (const ImportProblem& problem : result->problems) {
            QVERIFY(!problem.reason.isEmpty());
        }
    }

    void presetIsDetectedFromTheHeader_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<Preset>("preset");

        QTest::newRow("Google's current header")
            << QStringLiteral("First Name,Last Name,E-mail 1 - Value,Labels") << Preset::GoogleContacts;
        QTest::newRow("Google's older header")
            << QStringLiteral("Name,Given Name,Family Name,Group Membership") << Preset::GoogleContactsLegacy;
        QTest::newRow("Outlook's header")
            << QStringLiteral("First Name,Last Name,E-mail Address,Mobile Phone") << Preset::Outlook;
        QTest::newRow("Dubsado's header")
            << QStringLiteral("First Name,Last Name,Email,Phone,Alternate Contact Email") << Preset::Dubsado;
        QTest::newRow("HoneyBook's header") << QStringLiteral("Full Name,Email,Phone,Lead Source") << Preset::HoneyBook;
        QTest::newRow("our own export") << ContactCsvExport::header().join(u',') << Preset::Clientele;
        QTest::newRow("header names in another case still match")
            << QStringLiteral("full name,EMAIL,lead source") << Preset::HoneyBook;
        QTest::newRow("any header with a recognisable name column")
            << QStringLiteral("Client,Mail,Mobile,Zip") << Preset::Generic;
    }

    void presetIsDetectedFromTheHeader()
    {
        QFETCH(QString, header);
        QFETCH(Preset, preset);

        const auto mapping = ContactColumnMapping::detect(header.split(u','));
        QVERIFY(mapping.has_value());
        QCOMPARE(mapping->preset(), preset);
    }

    void genericNamesMapToFields_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<ContactField>("field");

        QTest::newRow("E-mail Address is an email") << QStringLiteral("E-mail Address") << ContactField::Email;
        QTest::newRow("Mobile is a phone") << QStringLiteral("Mobile") << ContactField::Phone;
        QTest::newRow("Zip Code is a postal code") << QStringLiteral("Zip Code") << ContactField::PostalCode;
        QTest::newRow("Surname is a family name") << QStringLiteral("Surname") << ContactField::FamilyName;
        QTest::newRow("Categories are tags") << QStringLiteral("Categories") << ContactField::Tags;
        QTest::newRow("Lead Status is a stage") << QStringLiteral("Lead Status") << ContactField::Stage;
        QTest::newRow("Date of Birth is a birthday") << QStringLiteral("Date of Birth") << ContactField::Birthday;
        QTest::newRow("an unknown column is kept as extra") << QStringLiteral("Shoe Size") << ContactField::Extra;
    }

    void genericNamesMapToFields()
    {
        QFETCH(QString, column);
        QFETCH(ContactField, field);

        const ContactColumnMapping mapping =
            ContactColumnMapping::forPreset(Preset::Generic, {QStringLiteral("Name"), column});
        QCOMPARE(mapping.fieldAt(1), field);
    }

    void unrecognisableColumnsFailWithAHint()
    {
        const auto result = ContactCsvImport::read(QByteArray("Foo,Bar\n1,2\n"));
        QVERIFY(!result.hasValue());
        QVERIFY(result.error().userMessage().contains(QStringLiteral("Foo, Bar")));
        QVERIFY(result.error().userMessage().contains(QStringLiteral("name=")));
    }

    void specMapping_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("record"); // expected first record, or empty when the spec is refused
        QTest::addColumn<QString>("errorText");

        QTest::newRow("a spec maps the named columns and keeps the rest as extra")
            << QStringLiteral("name=Client,email=Mail,phone=Mobile,tags=Groups")
            << QStringLiteral(
                   "full=Ada "
                   "Lovelace|emails=ada@example.com;ada2@example.com|phones=555-0100|tags=vip;math|extra=Shoe:38")
            << QString();
        QTest::newRow("field and column names ignore case and spaces")
            << QStringLiteral(" Full_Name = client , E-Mail=MAIL ")
            << QStringLiteral(
                   "full=Ada Lovelace|emails=ada@example.com;ada2@example.com|extra=Mobile:555-0100;Groups:vip, "
                   "math;Shoe:38")
            << QString();
        QTest::newRow("a column can be ignored")
            << QStringLiteral("name=Client,ignore=Shoe,ignore=Groups,ignore=Mobile,email=Mail")
            << QStringLiteral("full=Ada Lovelace|emails=ada@example.com;ada2@example.com") << QString();
        QTest::newRow("an unknown field is named")
            << QStringLiteral("name=Client,colour=Shoe") << QString() << QStringLiteral("unknown field \"colour\"");
        QTest::newRow("a missing column is named with the columns there are")
            << QStringLiteral("name=Full Name") << QString()
            << QStringLiteral("no such column. Its columns are: Client, Mail, Mobile, Groups, Shoe");
        QTest::newRow("a pair without = is named") << QStringLiteral("name=Client,Mail") << QString()
                                                   << QStringLiteral("\"Mail\" in the column mapping is not");
        QTest::newRow("an empty spec is refused")
            << QStringLiteral("  ") << QString() << QStringLiteral("mapping is empty");
        QTest::newRow("a spec without any name, company or email is refused")
            << QStringLiteral("phone=Mobile") << QString() << QStringLiteral("at least one of name");
    }

    void specMapping()
    {
        QFETCH(QString, spec);
        QFETCH(QString, record);
        QFETCH(QString, errorText);

        const QByteArray csv("Client,Mail,Mobile,Groups,Shoe\n"
                             "Ada Lovelace,\"ada@example.com, ada2@example.com\",555-0100,\"vip, math\",38\n");
        const auto result = ContactCsvImport::read(csv, spec);
        if (record.isEmpty()) {
            QVERIFY(!result.hasValue());
            QCOMPARE(result.error().code(), clientele::Error::Code::InvalidInput);
            QVERIFY2(result.error().userMessage().contains(errorText), qPrintable(result.error().userMessage()));
            return;
        }
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->records.size(), 1);
        QCOMPARE(describe(result->records.first()), record);
    }

    void cellsAreCleanedAndSplit_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("record");

        QTest::newRow("Google's ::: separates emails and phones")
            << QByteArray("Name,Email,Phone\nAda,a@x.com ::: b@y.com,+1 555 ::: +1 666\n")
            << QStringLiteral("full=Ada|emails=a@x.com;b@y.com|phones=+1 555;+1 666");
        QTest::newRow("emails split on semicolons and spaces, without duplicates") << QByteArray(
            "Name,Email\nAda,a@x.com; b@y.com  A@X.com\n") << QStringLiteral("full=Ada|emails=a@x.com;b@y.com");
        QTest::newRow("tags split on commas and semicolons") << QByteArray("Name,Tags\nAda,\"vip; wedding, 2025\"\n")
                                                             << QStringLiteral("full=Ada|tags=vip;wedding;2025");
        QTest::newRow("a phone with a comma stays one number") << QByteArray("Name,Phone\nAda,\"555 0100, ext. 4\"\n")
                                                               << QStringLiteral("full=Ada|phones=555 0100, ext. 4");
        QTest::newRow("the quote that defused a formula is removed again")
            << QByteArray("Name,Phone,Notes\nAda,'+1 555 0100,'=not a formula\n")
            << QStringLiteral("full=Ada|phones=+1 555 0100|notes==not a formula");
        QTest::newRow("cells are trimmed")
            << QByteArray("Name,Email\n  Ada  ,  a@x.com \n") << QStringLiteral("full=Ada|emails=a@x.com");
        QTest::newRow("a company alone is enough")
            << QByteArray("Company,Phone\nAcme Ltd,555\n") << QStringLiteral("company=Acme Ltd|phones=555");
        QTest::newRow("an ISO birthday") << QByteArray("Name,Birthday\nAda,1815-12-10\n")
                                         << QStringLiteral("full=Ada|birthday=1815-12-10");
        QTest::newRow("a US birthday") << QByteArray("Name,Birthday\nAda,12/10/1815\n")
                                       << QStringLiteral("full=Ada|birthday=1815-12-10");
        QTest::newRow("a day-first birthday when the first number cannot be a month")
            << QByteArray("Name,Birthday\nAda,25/12/1990\n") << QStringLiteral("full=Ada|birthday=1990-12-25");
        QTest::newRow("a German birthday")
            << QByteArray("Name,Birthday\nAda,10.12.1815\n") << QStringLiteral("full=Ada|birthday=1815-12-10");
        QTest::newRow("an unreadable birthday is kept as extra") << QByteArray(
            "Name,Birthday\nAda,sometime in May\n") << QStringLiteral("full=Ada|extra=Birthday:sometime in May");
        QTest::newRow("several address lines are joined")
            << QByteArray("Name,Address Line 1,Address Line 2\nAda,1 Main St,Apt 2\n")
            << QStringLiteral("full=Ada|street=1 Main St, Apt 2");
    }

    void cellsAreCleanedAndSplit()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, record);

        const auto result = ContactCsvImport::read(csv);
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
        QVERIFY2(result->problems.isEmpty(), qPrintable(result->problems.value(0).toString()));
        QCOMPARE(result->records.size(), 1);
        QCOMPARE(describe(result->records.first()), record);
    }

    void everyBadRowIsReportedWithItsLineAndGoodRowsImport()
    {
        const QByteArray csv("Name,Email,Phone\n"
                             "Ada,ada@example.com,555-0100\n"
                             ",,555-0199\n" // no identity
                             "Too,many,values,here\n"
                             "\"Multi\nline\",multi@example.com,1\n"
                             "Short\n"
                             "Bob,bob@example.com,\n");
        const auto result = ContactCsvImport::read(csv);
        QVERIFY(result.hasValue());
        QStringList names;
        for (const ContactRecord& record : result->records) {
            names.append(record.fullName + u'@' + QString::number(record.sourceLine));
        }
        QCOMPARE(
            names, (QStringList {QStringLiteral("Ada@2"), QStringLiteral("Multi\nline@5"), QStringLiteral("Bob@8")}));
        QCOMPARE(problemLines(result.value()), (QList<int> {3, 4, 7}));
        QVERIFY(result->problems.at(0).reason.contains(QStringLiteral("no name, company or email")));
        QVERIFY(result->problems.at(1).reason.contains(QStringLiteral("4 values but the header has 3")));
        QCOMPARE(result->problems.at(2).toString().left(8), QStringLiteral("Line 7: "));
    }

    void ownExportReadsBackUnchanged()
    {
        ContactRecord full;
        full.fullName = QStringLiteral("Ada King Lovelace");
        full.givenName = QStringLiteral("Ada");
        full.familyName = QStringLiteral("Lovelace");
        full.company = QStringLiteral("Engines, Ltd.");
        full.emails = {
            QStringLiteral("ada@example.com"), QStringLiteral("ada@work.example"), QStringLiteral("ada@third.example")};
        full.phones = {QStringLiteral("+44 20 7946 0000"), QStringLiteral("020 7946 0999")};
        full.street = QStringLiteral("12 St James's Square");
        full.city = QStringLiteral("London");
        full.region = QStringLiteral("Greater London");
        full.postalCode = QStringLiteral("SW1Y 4JH");
        full.country = QStringLiteral("United Kingdom");
        full.tags = {QStringLiteral("vip"), QStringLiteral("math")};
        full.notes = QStringLiteral("=cmd|' /C calc'!A0\nsecond \"line\"");
        full.stage = QStringLiteral("Booked");
        full.source = QStringLiteral("-Referral-");
        full.birthday = QDate(1815, 12, 10);
        ContactRecord minimal;
        minimal.company = QStringLiteral("@Acme");

        const QList<ContactRecord> records = {full, minimal};
        CsvWriterOptions options;
        options.byteOrderMark = true;
        const QByteArray csv = ContactCsvExport::write(records, options);
        QVERIFY(csv.contains("'=cmd")); // the formula is defused in the file

        const auto result = ContactCsvImport::read(csv);
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->format, ContactColumnMapping::presetName(Preset::Clientele));
        QVERIFY(result->problems.isEmpty());
        QCOMPARE(result->records.size(), 2);
        QCOMPARE(describe(result->records.at(0)), describe(full));
        QCOMPARE(describe(result->records.at(1)), describe(minimal));
    }
};

QTEST_GUILESS_MAIN(TestInterchangeContactMapping)
#include "test_interchange_contact_mapping.moc"
