#include <QTest>

#include "core/domain/Client.h"

using clientele::Error;
using clientele::Result;
using namespace clientele::domain;

namespace {

const QDateTime kCreated(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

Client newClient()
{
    return Client(QUuid::fromString(QStringLiteral("{0191d6a0-0000-7000-8000-000000000001}")), kCreated);
}

EmailAddress email(const QString& text)
{
    return EmailAddress::parse(text).value();
}

PhoneNumber phone(const QString& text)
{
    return PhoneNumber::parse(text, QString()).value();
}

Consent consent(
    ContactChannel channel, Consent::State state, int minute, Consent::Method method, const QString& evidence)
{
    Consent c;
    c.channel = channel;
    c.state = state;
    c.at = kCreated.addSecs(60LL * minute);
    c.method = method;
    c.evidence = evidence;
    return c;
}

} // namespace

class TestDomainClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- email addresses ----

    void acceptsEmailAddresses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("ascii");

        QTest::newRow("a plain address") << QStringLiteral("jane@example.com") << QStringLiteral("jane@example.com")
                                         << QStringLiteral("jane@example.com");
        QTest::newRow("spaces around are trimmed")
            << QStringLiteral("  jane@example.com \n") << QStringLiteral("jane@example.com")
            << QStringLiteral("jane@example.com");
        QTest::newRow("the domain is lowercased but the local part keeps its case") << QStringLiteral(
            "Jane.Doe@Example.COM") << QStringLiteral("Jane.Doe@example.com") << QStringLiteral("Jane.Doe@example.com");
        QTest::newRow("plus addressing and subdomains")
            << QStringLiteral("jane+photos@mail.example.co.uk") << QStringLiteral("jane+photos@mail.example.co.uk")
            << QStringLiteral("jane+photos@mail.example.co.uk");
        QTest::newRow("an internationalised domain")
            << QStringLiteral("info@Bücher.example") << QStringLiteral("info@bücher.example")
            << QStringLiteral("info@xn--bcher-kva.example");
        QTest::newRow("an internationalised domain given in ASCII form")
            << QStringLiteral("info@xn--bcher-kva.example") << QStringLiteral("info@bücher.example")
            << QStringLiteral("info@xn--bcher-kva.example");
        QTest::newRow("a local part of exactly 64 characters") << (QString(64, u'a') + QStringLiteral("@example.com"))
                                                               << (QString(64, u'a') + QStringLiteral("@example.com"))
                                                               << (QString(64, u'a') + QStringLiteral("@example.com"));
    }
    void acceptsEmailAddresses()
    {
        QFETCH(QString, input);
        QFETCH(QString, address);
        QFETCH(QString, ascii);

        const auto parsed = EmailAddress::parse(input);
        QVERIFY2(parsed.hasValue(), qPrintable(parsed.hasValue() ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->address(), address);
        QCOMPARE(parsed->asciiAddress(), ascii);
    }

    void refusesEmailAddresses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");

        QTest::newRow("nothing") << QString() << QStringLiteral("email.empty");
        QTest::newRow("a name with the address in angle brackets")
            << QStringLiteral("Jane Doe <jane@example.com>") << QStringLiteral("email.display-name");
        QTest::newRow("a quoted local part")
            << QStringLiteral("\"jane doe\"@example.com") << QStringLiteral("email.display-name");
        QTest::newRow("a space inside") << QStringLiteral("jane doe@example.com") << QStringLiteral("email.whitespace");
        QTest::newRow("a line break inside (header injection)")
            << QStringLiteral("jane@example.com\nBcc:x@evil.example") << QStringLiteral("email.whitespace");
        QTest::newRow("no at sign") << QStringLiteral("jane.example.com") << QStringLiteral("email.no-at");
        QTest::newRow("two at signs") << QStringLiteral("jane@doe@example.com") << QStringLiteral("email.several-at");
        QTest::newRow("two addresses separated by a comma")
            << QStringLiteral("jane@example.com,joe@example.com") << QStringLiteral("email.several-at");
        QTest::newRow("nothing before the at") << QStringLiteral("@example.com") << QStringLiteral("email.local-empty");
        QTest::newRow("a local part of 65 characters")
            << (QString(65, u'a') + QStringLiteral("@example.com")) << QStringLiteral("email.local-too-long");
        QTest::newRow("a leading dot") << QStringLiteral(".jane@example.com") << QStringLiteral("email.local-dots");
        QTest::newRow("two dots in a row")
            << QStringLiteral("jane..doe@example.com") << QStringLiteral("email.local-dots");
        QTest::newRow("a semicolon in the local part")
            << QStringLiteral("ja;ne@example.com") << QStringLiteral("email.local-character");
        QTest::newRow("nothing after the at") << QStringLiteral("jane@") << QStringLiteral("email.domain-empty");
        QTest::newRow("localhost") << QStringLiteral("jane@localhost") << QStringLiteral("email.domain-no-dot");
        QTest::newRow("an intranet host") << QStringLiteral("jane@mailserver") << QStringLiteral("email.domain-no-dot");
        QTest::newRow("an IP literal") << QStringLiteral("jane@[192.0.2.1]") << QStringLiteral("email.domain-invalid");
        QTest::newRow("a bare IP address")
            << QStringLiteral("jane@192.0.2.1") << QStringLiteral("email.domain-invalid");
        QTest::newRow("an empty label") << QStringLiteral("jane@example..com")
                                        << QStringLiteral("email.domain-invalid");
        QTest::newRow("a trailing dot") << QStringLiteral("jane@example.com.")
                                        << QStringLiteral("email.domain-invalid");
        QTest::newRow("a label starting with a hyphen")
            << QStringLiteral("jane@-example.com") << QStringLiteral("email.domain-invalid");
        QTest::newRow("an underscore in the domain")
            << QStringLiteral("jane@ex_ample.com") << QStringLiteral("email.domain-invalid");
        QTest::newRow("a domain label of 64 characters")
            << (QStringLiteral("jane@") + QString(64, u'a') + QStringLiteral(".com"))
            << QStringLiteral("email.domain-invalid");
    }
    void refusesEmailAddresses()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);

        const auto parsed = EmailAddress::parse(input);
        QVERIFY(!parsed.hasValue());
        QCOMPARE(parsed.error().code(), Error::Code::InvalidInput);
        QCOMPARE(parsed.error().detail(), reason);
        QVERIFY(!parsed.error().userMessage().isEmpty());
    }

    void theSameMailboxIgnoresCase()
    {
        QVERIFY(email(QStringLiteral("Jane@Example.com")).isSameMailbox(email(QStringLiteral("jane@example.com"))));
        QVERIFY(!(email(QStringLiteral("Jane@Example.com")) == email(QStringLiteral("jane@example.com"))));
        QVERIFY(!email(QStringLiteral("jane@example.com")).isSameMailbox(email(QStringLiteral("jane@example.org"))));
    }

    // ---- postal address ----

    void postalAddress_data()
    {
        QTest::addColumn<QStringList>("street");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("empty");
        QTest::addColumn<bool>("valid");

        QTest::newRow("nothing entered is empty and valid") << QStringList() << QString() << QString() << true << true;
        QTest::newRow("only blank street lines are empty")
            << QStringList {QStringLiteral("  "), QString()} << QStringLiteral(" ") << QString() << true << true;
        QTest::newRow("a city alone is a valid partial address")
            << QStringList() << QStringLiteral("Berlin") << QString() << false << true;
        QTest::newRow("a lowercase country code is fine")
            << QStringList {QStringLiteral("Unter den Linden 1")} << QStringLiteral("Berlin") << QStringLiteral("de")
            << false << true;
        QTest::newRow("a country name instead of a code is refused")
            << QStringList() << QStringLiteral("Berlin") << QStringLiteral("Germany") << false << false;
        QTest::newRow("an unassigned code is refused")
            << QStringList() << QStringLiteral("Berlin") << QStringLiteral("QQ") << false << false;
    }
    void postalAddress()
    {
        QFETCH(QStringList, street);
        QFETCH(QString, city);
        QFETCH(QString, country);
        QFETCH(bool, empty);
        QFETCH(bool, valid);

        PostalAddress address;
        address.streetLines = street;
        address.city = city;
        address.countryCode = country;
        QCOMPARE(address.isEmpty(), empty);
        const Result<void> checked = address.validate();
        QCOMPARE(checked.hasValue(), valid);
        if (!valid) {
            QCOMPARE(checked.error().detail(), QStringLiteral("address.country-code"));
        }
        Client client = newClient();
        QCOMPARE(client.setAddress(address).hasValue(), valid);
        if (valid) {
            QCOMPARE(client.address().countryCode, country.trimmed().toUpper());
            QVERIFY(!client.address().streetLines.contains(QString()));
        }
    }

    // ---- names ----

    void displayName_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("display");
        QTest::addColumn<bool>("valid");

        QTest::newRow("given and family name")
            << QStringLiteral("Jane") << QStringLiteral("Doe") << QString() << QStringLiteral("Jane Doe") << true;
        QTest::newRow("a person at a company is shown by name")
            << QStringLiteral("Jane") << QStringLiteral("Doe") << QStringLiteral("Acme GmbH")
            << QStringLiteral("Jane Doe") << true;
        QTest::newRow("only a given name")
            << QStringLiteral(" Jane ") << QString() << QString() << QStringLiteral("Jane") << true;
        QTest::newRow("only a family name")
            << QString() << QStringLiteral("Doe") << QString() << QStringLiteral("Doe") << true;
        QTest::newRow("only a company falls back to the company")
            << QString() << QString() << QStringLiteral("Acme GmbH") << QStringLiteral("Acme GmbH") << true;
        QTest::newRow("nothing at all is not a client")
            << QString() << QStringLiteral("  ") << QString() << QString() << false;
    }
    void displayName()
    {
        QFETCH(QString, given);
        QFETCH(QString, family);
        QFETCH(QString, company);
        QFETCH(QString, display);
        QFETCH(bool, valid);

        Client client = newClient();
        client.setGivenName(given);
        client.setFamilyName(family);
        client.setCompany(company);
        QCOMPARE(client.displayName(), display);
        const Result<void> checked = client.validate();
        QCOMPARE(checked.hasValue(), valid);
        if (!valid) {
            QCOMPARE(checked.error().detail(), QStringLiteral("client.needs-name"));
        }
    }

    void aClientWithoutIdIsInvalid()
    {
        Client client;
        client.setGivenName(QStringLiteral("Jane"));
        const Result<void> checked = client.validate();
        QVERIFY(!checked.hasValue());
        QCOMPARE(checked.error().detail(), QStringLiteral("client.no-id"));
    }

    void aClientNeedsNoEmailOrPhone()
    {
        Client client = newClient();
        client.setCompany(QStringLiteral("Acme"));
        QVERIFY(client.validate().hasValue());
        QVERIFY(!client.primaryEmail().has_value());
        QVERIFY(!client.primaryPhone().has_value());
    }

    // ---- emails and phones with a primary ----

    void emailsKeepAPrimary()
    {
        Client client = newClient();
        const EmailAddress work = email(QStringLiteral("jane@work.example"));
        const EmailAddress home = email(QStringLiteral("jane@home.example"));
        QVERIFY(client.addEmail(work));
        QVERIFY(client.addEmail(home));
        QVERIFY(!client.addEmail(email(QStringLiteral("JANE@work.example"))));
        QCOMPARE(client.emails().size(), 2);
        QCOMPARE(client.primaryEmail().value(), work);

        QVERIFY(client.makePrimaryEmail(home).hasValue());
        QCOMPARE(client.primaryEmail().value(), home);
        QCOMPARE(client.emails().at(1), work);

        const Result<void> missing = client.makePrimaryEmail(email(QStringLiteral("other@example.com")));
        QVERIFY(!missing.hasValue());
        QCOMPARE(missing.error().code(), Error::Code::NotFound);

        QVERIFY(client.removeEmail(home));
        QCOMPARE(client.primaryEmail().value(), work);
        QVERIFY(!client.removeEmail(home));
    }

    void phonesKeepAPrimary()
    {
        Client client = newClient();
        const PhoneNumber mobile = phone(QStringLiteral("+49 1512 3456789"));
        const PhoneNumber office = phone(QStringLiteral("+49 30 123456"));
        QVERIFY(client.addPhone(office));
        QVERIFY(client.addPhone(mobile));
        QVERIFY(!client.addPhone(phone(QStringLiteral("+4930123456"))));
        QCOMPARE(client.primaryPhone().value(), office);
        QVERIFY(client.makePrimaryPhone(mobile).hasValue());
        QCOMPARE(client.primaryPhone().value(), mobile);
        QCOMPARE(client.phones().size(), 2);
        QVERIFY(!client.makePrimaryPhone(phone(QStringLiteral("+44 7400 123456"))).hasValue());
        QVERIFY(client.removePhone(mobile));
        QCOMPARE(client.primaryPhone().value(), office);
    }

    // ---- tags ----

    void normalizesTags_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("reason");

        QTest::newRow("a plain tag") << QStringLiteral("wedding") << QStringLiteral("wedding") << QString();
        QTest::newRow("spaces around are trimmed") << QStringLiteral("  VIP ") << QStringLiteral("VIP") << QString();
        QTest::newRow("inner spaces stay") << QStringLiteral("new born") << QStringLiteral("new born") << QString();
        QTest::newRow("an empty tag") << QStringLiteral("  ") << QString() << QStringLiteral("client.tag-empty");
        QTest::newRow("a comma") << QStringLiteral("a,b") << QString() << QStringLiteral("client.tag-comma");
        QTest::newRow("65 characters") << QString(65, u'x') << QString() << QStringLiteral("client.tag-too-long");
        QTest::newRow("64 characters") << QString(64, u'x') << QString(64, u'x') << QString();
        QTest::newRow("a line break") << QStringLiteral("a\nb") << QString() << QStringLiteral("client.tag-control");
    }
    void normalizesTags()
    {
        QFETCH(QString, input);
        QFETCH(QString, tag);
        QFETCH(QString, reason);

        const auto normalized = Client::normalizeTag(input);
        QCOMPARE(normalized.hasValue(), reason.isEmpty());
        if (reason.isEmpty()) {
            QCOMPARE(normalized.value(), tag);
        } else {
            QCOMPARE(normalized.error().detail(), reason);
        }
    }

    void tagsAreUniqueIgnoringCase()
    {
        Client client = newClient();
        QVERIFY(client.addTag(QStringLiteral("Wedding")).hasValue());
        QVERIFY(client.addTag(QStringLiteral(" wedding ")).hasValue());
        QVERIFY(client.addTag(QStringLiteral("VIP")).hasValue());
        QCOMPARE(client.tags(), (QStringList {QStringLiteral("Wedding"), QStringLiteral("VIP")}));
        QVERIFY(client.hasTag(QStringLiteral("vip")));
        QVERIFY(!client.addTag(QStringLiteral("x,y")).hasValue());
        QCOMPARE(client.tags().size(), 2);
        QVERIFY(client.removeTag(QStringLiteral("WEDDING")));
        QCOMPARE(client.tags(), QStringList {QStringLiteral("VIP")});
        QVERIFY(!client.removeTag(QStringLiteral("wedding")));
    }

    void setTagsIsAllOrNothing()
    {
        Client client = newClient();
        QVERIFY(client.setTags({QStringLiteral("a"), QStringLiteral("A"), QStringLiteral(" b ")}).hasValue());
        QCOMPARE(client.tags(), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!client.setTags({QStringLiteral("c"), QStringLiteral("d,e")}).hasValue());
        QCOMPARE(client.tags(), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    }

    // ---- pipeline ----

    void pipelineMoves_data()
    {
        QTest::addColumn<PipelineStage>("from");
        QTest::addColumn<PipelineStage>("to");
        QTest::addColumn<QString>("advance"); // empty: allowed, otherwise the refusal key
        QTest::addColumn<QString>("reopen");

        using S = PipelineStage;
        const QString ok;
        const QString needsReopen = QStringLiteral("pipeline.backward-needs-reopen");
        const QString repeatNeedsBooked = QStringLiteral("pipeline.repeat-needs-booked");
        const QString notBackward = QStringLiteral("pipeline.reopen-not-backward");
        QTest::newRow("inquiry stays inquiry") << S::Inquiry << S::Inquiry << ok << ok;
        QTest::newRow("inquiry to consultation") << S::Inquiry << S::Consultation << ok << notBackward;
        QTest::newRow("inquiry books straight away") << S::Inquiry << S::Booked << ok << notBackward;
        QTest::newRow("inquiry cannot be a repeat") << S::Inquiry << S::Repeat << repeatNeedsBooked << notBackward;
        QTest::newRow("consultation back to inquiry") << S::Consultation << S::Inquiry << needsReopen << ok;
        QTest::newRow("consultation stays") << S::Consultation << S::Consultation << ok << ok;
        QTest::newRow("consultation to booked") << S::Consultation << S::Booked << ok << notBackward;
        QTest::newRow("consultation cannot be a repeat")
            << S::Consultation << S::Repeat << repeatNeedsBooked << notBackward;
        QTest::newRow("booked back to inquiry") << S::Booked << S::Inquiry << needsReopen << ok;
        QTest::newRow("booked back to consultation") << S::Booked << S::Consultation << needsReopen << ok;
        QTest::newRow("booked stays") << S::Booked << S::Booked << ok << ok;
        QTest::newRow("booked becomes a repeat") << S::Booked << S::Repeat << ok << notBackward;
        QTest::newRow("repeat back to inquiry") << S::Repeat << S::Inquiry << needsReopen << ok;
        QTest::newRow("repeat back to consultation") << S::Repeat << S::Consultation << needsReopen << ok;
        QTest::newRow("repeat back to booked") << S::Repeat << S::Booked << needsReopen << ok;
        QTest::newRow("repeat stays") << S::Repeat << S::Repeat << ok << ok;
    }
    void pipelineMoves()
    {
        QFETCH(PipelineStage, from);
        QFETCH(PipelineStage, to);
        QFETCH(QString, advance);
        QFETCH(QString, reopen);

        const Result<void> advanced = PipelineRules::check(from, to, PipelineRules::Move::Advance);
        QCOMPARE(advanced.hasValue(), advance.isEmpty());
        if (!advance.isEmpty()) {
            QCOMPARE(advanced.error().detail(), advance);
        }
        const Result<void> reopened = PipelineRules::check(from, to, PipelineRules::Move::Reopen);
        QCOMPARE(reopened.hasValue(), reopen.isEmpty());
        if (!reopen.isEmpty()) {
            QCOMPARE(reopened.error().detail(), reopen);
        }
    }

    void clientFollowsThePipeline()
    {
        Client client = newClient();
        QCOMPARE(client.stage(), PipelineStage::Inquiry);
        QVERIFY(!client.advanceTo(PipelineStage::Repeat).hasValue());
        QCOMPARE(client.stage(), PipelineStage::Inquiry);
        QVERIFY(client.advanceTo(PipelineStage::Booked).hasValue());
        QVERIFY(client.advanceTo(PipelineStage::Repeat).hasValue());
        QVERIFY(!client.advanceTo(PipelineStage::Booked).hasValue());
        QCOMPARE(client.stage(), PipelineStage::Repeat);
        QVERIFY(client.reopen(PipelineStage::Consultation).hasValue());
        QCOMPARE(client.stage(), PipelineStage::Consultation);
        QVERIFY(!client.reopen(PipelineStage::Booked).hasValue());
        QCOMPARE(client.stage(), PipelineStage::Consultation);
    }

    void pipelineNamesRoundTrip()
    {
        for (const PipelineStage stage :
            {PipelineStage::Inquiry, PipelineStage::Consultation, PipelineStage::Booked, PipelineStage::Repeat}) {
            QCOMPARE(PipelineRules::fromName(PipelineRules::name(stage)), std::optional<PipelineStage>(stage));
            QVERIFY(!PipelineRules::label(stage).isEmpty());
        }
        QVERIFY(!PipelineRules::fromName(QStringLiteral("lost")).has_value());
    }

    // ---- consent ----

    void canContact_data()
    {
        QTest::addColumn<bool>("hasEmail");
        QTest::addColumn<QString>("phoneNumber");
        QTest::addColumn<QList<int>>("emailStates"); // Consent::State values in time order
        QTest::addColumn<QList<int>>("smsStates");
        QTest::addColumn<bool>("email");
        QTest::addColumn<bool>("sms");

        const int granted = static_cast<int>(Consent::State::Granted);
        const int revoked = static_cast<int>(Consent::State::Revoked);
        const QString mobile = QStringLiteral("+49 1512 3456789");
        const QString landline = QStringLiteral("+49 30 123456");
        const QString usNumber = QStringLiteral("+1 201-555-0123");

        QTest::newRow("no address and no number: nothing")
            << false << QString() << QList<int>() << QList<int>() << false << false;
        QTest::newRow("an address without any decision may be emailed")
            << true << QString() << QList<int>() << QList<int>() << true << false;
        QTest::newRow("an email opt-out is honoured")
            << true << QString() << QList<int> {revoked} << QList<int>() << false << false;
        QTest::newRow("an opt-in after an opt-out counts")
            << true << QString() << QList<int> {revoked, granted} << QList<int>() << true << false;
        QTest::newRow("a mobile without SMS opt-in gets no texts")
            << false << mobile << QList<int>() << QList<int>() << false << false;
        QTest::newRow("a mobile with SMS opt-in gets texts")
            << false << mobile << QList<int>() << QList<int> {granted} << false << true;
        QTest::newRow("STOP after START ends texts")
            << false << mobile << QList<int>() << QList<int> {granted, revoked} << false << false;
        QTest::newRow("a known landline gets no texts even with opt-in")
            << false << landline << QList<int>() << QList<int> {granted} << false << false;
        QTest::newRow("a US number that may be mobile gets texts with opt-in")
            << false << usNumber << QList<int>() << QList<int> {granted} << false << true;
        QTest::newRow("SMS opt-in without a number: no texts")
            << true << QString() << QList<int>() << QList<int> {granted} << true << false;
        QTest::newRow("an SMS opt-out does not stop email")
            << true << mobile << QList<int>() << QList<int> {granted, revoked} << true << false;
    }
    void canContact()
    {
        QFETCH(bool, hasEmail);
        QFETCH(QString, phoneNumber);
        QFETCH(QList<int>, emailStates);
        QFETCH(QList<int>, smsStates);
        QFETCH(bool, email);
        QFETCH(bool, sms);

        Client client = newClient();
        client.setGivenName(QStringLiteral("Jane"));
        if (hasEmail) {
            QVERIFY(client.addEmail(::email(QStringLiteral("jane@example.com"))));
        }
        if (!phoneNumber.isEmpty()) {
            QVERIFY(client.addPhone(phone(phoneNumber)));
        }
        int minute = 0;
        for (const int state : emailStates) {
            QVERIFY(client
                        .recordConsent(consent(ContactChannel::Email, static_cast<Consent::State>(state), ++minute,
                            Consent::Method::WebForm, QStringLiteral("Booking form")))
                        .hasValue());
        }
        for (const int state : smsStates) {
            QVERIFY(client
                        .recordConsent(consent(ContactChannel::Sms, static_cast<Consent::State>(state), ++minute,
                            Consent::Method::SmsKeyword, QStringLiteral("Replied START")))
                        .hasValue());
        }
        QCOMPARE(client.canContact(ContactChannel::Email), email);
        QCOMPARE(client.canContact(ContactChannel::Sms), sms);
        QCOMPARE(client.consentHistory().size(), emailStates.size() + smsStates.size());
    }

    void consentHistoryIsKeptInTimeOrder()
    {
        Client client = newClient();
        const Consent start = consent(ContactChannel::Sms, Consent::State::Granted, 10, Consent::Method::SmsKeyword,
            QStringLiteral(" Replied START "));
        const Consent stop = consent(ContactChannel::Sms, Consent::State::Revoked, 20, Consent::Method::SmsKeyword,
            QStringLiteral("Replied STOP"));
        // An import delivers an older opt-in after the STOP: the STOP stays the latest decision.
        const Consent imported = consent(
            ContactChannel::Sms, Consent::State::Granted, 5, Consent::Method::Import, QStringLiteral("Dubsado CSV"));
        QVERIFY(client.recordConsent(start).hasValue());
        QVERIFY(client.recordConsent(stop).hasValue());
        QVERIFY(client.recordConsent(imported).hasValue());
        QCOMPARE(client.consentHistory().size(), 3);
        QCOMPARE(client.consentHistory().at(0).method, Consent::Method::Import);
        QCOMPARE(client.consentHistory().at(1).evidence, QStringLiteral("Replied START"));
        QCOMPARE(client.consentHistory().at(2).state, Consent::State::Revoked);
        QCOMPARE(client.consentState(ContactChannel::Sms), Consent::State::Revoked);
        QCOMPARE(client.consentState(ContactChannel::Email), Consent::State::Unknown);
    }

    void refusesConsentWithoutUtcTimeOrState_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("reason");

        const int granted = static_cast<int>(Consent::State::Granted);
        QTest::newRow("no time") << QDateTime() << granted << QStringLiteral("consent.time-not-utc");
        QTest::newRow("local time") << QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::LocalTime) << granted
                                    << QStringLiteral("consent.time-not-utc");
        QTest::newRow("unknown is not a decision")
            << kCreated << static_cast<int>(Consent::State::Unknown) << QStringLiteral("consent.unknown-state");
    }
    void refusesConsentWithoutUtcTimeOrState()
    {
        QFETCH(QDateTime, at);
        QFETCH(int, state);
        QFETCH(QString, reason);

        Client client = newClient();
        Consent c;
        c.channel = ContactChannel::Sms;
        c.state = static_cast<Consent::State>(state);
        c.at = at;
        const Result<void> recorded = client.recordConsent(c);
        QVERIFY(!recorded.hasValue());
        QCOMPARE(recorded.error().detail(), reason);
        QVERIFY(client.consentHistory().isEmpty());
    }

    void keepsIdCreationTimeNotesAndSource()
    {
        Client client = newClient();
        client.setNotes(QStringLiteral("  prefers mornings\n"));
        client.setSource(QStringLiteral(" Instagram "));
        QCOMPARE(client.id(), QUuid::fromString(QStringLiteral("{0191d6a0-0000-7000-8000-000000000001}")));
        QCOMPARE(client.createdAt(), kCreated);
        QCOMPARE(client.notes(), QStringLiteral("  prefers mornings\n"));
        QCOMPARE(client.source(), QStringLiteral("Instagram"));
    }

    // ---- superbill details ----

    void diagnosisCodesAreNormalizedAndUnique()
    {
        Client client = newClient();
        QVERIFY(client.diagnosisCodes().isEmpty());
        QVERIFY(client
                    .setDiagnosisCodes({QStringLiteral("f411"), QStringLiteral(" "), QStringLiteral("F32.A"),
                        QStringLiteral("F41.1"), QStringLiteral("z63.0")})
                    .hasValue());
        QCOMPARE(client.diagnosisCodes(),
            QStringList({QStringLiteral("F41.1"), QStringLiteral("F32.A"), QStringLiteral("Z63.0")}));
        QVERIFY(client.setDiagnosisCodes({}).hasValue());
        QVERIFY(client.diagnosisCodes().isEmpty());
    }

    void aBadDiagnosisCodeRefusesTheWholeList()
    {
        Client client = newClient();
        QVERIFY(client.setDiagnosisCodes({QStringLiteral("F41.1")}).hasValue());
        const Result<void> set = client.setDiagnosisCodes({QStringLiteral("F43.10"), QStringLiteral("300.02")});
        QVERIFY(!set.hasValue());
        QCOMPARE(set.error().detail(), QStringLiteral("code.bad-icd10"));
        QVERIFY2(set.error().userMessage().contains(QStringLiteral("300.02")), qPrintable(set.error().userMessage()));
        QCOMPARE(client.diagnosisCodes(), QStringList({QStringLiteral("F41.1")}));
    }

    void atMostTwelveDiagnosisCodesAfterRepeatsAreDropped()
    {
        QStringList codes;
        for (int i = 0; i < Client::kMaxDiagnosisCodes; ++i) {
            codes.append(QStringLiteral("F4%1").arg(i % 10) + (i < 10 ? QString() : QStringLiteral(".9")));
        }
        Client client = newClient();
        QVERIFY(client.setDiagnosisCodes(codes + QStringList {codes.constFirst()}).hasValue());
        QCOMPARE(client.diagnosisCodes().size(), Client::kMaxDiagnosisCodes);
        const Result<void> thirteen = client.setDiagnosisCodes(codes + QStringList {QStringLiteral("Z00.00")});
        QVERIFY(!thirteen.hasValue());
        QCOMPARE(thirteen.error().detail(), QStringLiteral("client.too-many-diagnoses"));
        QCOMPARE(client.diagnosisCodes().size(), Client::kMaxDiagnosisCodes);
    }

    void birthDates_data()
    {
        QTest::addColumn<QDate>("birthDate");
        QTest::addColumn<QString>("validateKey"); // empty: valid
        QTest::addColumn<QString>("validateAtKey");
        const QString tooEarly = QStringLiteral("client.birth-date-too-early");
        QTest::newRow("an unknown birth date") << QDate() << QString() << QString();
        QTest::newRow("an adult's birth date") << QDate(1984, 2, 29) << QString() << QString();
        QTest::newRow("the first day of 1900") << QDate(1900, 1, 1) << QString() << QString();
        QTest::newRow("a date in the 1800s is a typo") << QDate(1899, 12, 31) << tooEarly << tooEarly;
        QTest::newRow("born today") << kCreated.date() << QString() << QString();
        QTest::newRow("a date after today is refused where today is known")
            << kCreated.date().addDays(1) << QString() << QStringLiteral("client.birth-date-future");
    }
    void birthDates()
    {
        QFETCH(QDate, birthDate);
        QFETCH(QString, validateKey);
        QFETCH(QString, validateAtKey);
        Client client = newClient();
        client.setGivenName(QStringLiteral("Jane"));
        client.setBirthDate(birthDate);
        QCOMPARE(client.birthDate(), birthDate);
        const Result<void> valid = client.validate();
        QCOMPARE(valid.hasValue() ? QString() : valid.error().detail(), validateKey);
        const Result<void> validAt = client.validateAt(kCreated.date());
        QCOMPARE(validAt.hasValue() ? QString() : validAt.error().detail(), validateAtKey);
    }
};

QTEST_GUILESS_MAIN(TestDomainClient)
#include "test_domain_client.moc"
