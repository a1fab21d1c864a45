// Every kind of email the app sends, composed from its typed payload with the default template, sent
// through SmtpTransport to a real SMTP server on loopback and read back by independent parsers:
// Python's email package for the MIME, python-icalendar for the session's .ics. Names are not ASCII,
// the practice has a logo, invoices carry their PDF. Also the templates' refusals.
#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/FutureWait.h"
#include "core/adapters/mail/SmtpTransport.h"
#include "core/domain/EmailAddress.h"
#include "core/domain/PracticeProfile.h"
#include "core/email/EmailComposer.h"
#include "core/email/EmailHtml.h"
#include "core/mail/MimeWriter.h"
#include "core/oauth/ReadyFuture.h"
#include "core/sync/UuidV7.h"
#include "tests/support/IcsParsers.h"
#include "tests/support/SmtpTestServer.h"

using namespace clientele;
using namespace clientele::email;
using namespace std::chrono_literals;
using clientele::test::SmtpTestServer;
using clientele::test::TestCertificate;

namespace {

const QDateTime kNow(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

domain::Currency eur()
{
    return domain::Currency::fromCode(QStringLiteral("EUR")).value();
}

domain::PracticeProfile profile()
{
    domain::PracticeProfile p;
    p.name = QStringLiteral("Praxis Zoë Ångström");
    p.currency = eur();
    p.timeZoneId = QStringLiteral("Europe/Berlin");
    p.localeName = QStringLiteral("de_DE");
    p.email = QStringLiteral("zoe@praxis.example");
    p.website = QStringLiteral("https://praxis.example");
    p.accentColor = QStringLiteral("#8f2f6f");
    QImage logo(32, 32, QImage::Format_RGB32);
    logo.fill(Qt::darkMagenta);
    QBuffer png(&p.logoPng);
    png.open(QIODevice::WriteOnly);
    logo.save(&png, "PNG");
    return p;
}

domain::Client client()
{
    domain::Client c(sync::UuidV7::create(), kNow);
    c.setGivenName(QStringLiteral("Jürgen"));
    c.setFamilyName(QStringLiteral("Müller-Łukasz"));
    c.addEmail(domain::EmailAddress::parse(QStringLiteral("juergen@client.example")).value());
    return c;
}

domain::Service service()
{
    return domain::Service(
        sync::UuidV7::create(), QStringLiteral("Paartherapie – Erstgespräch"), 50, domain::Money(12000, eur()));
}

domain::Booking booking(const domain::Client& c, const domain::Service& s)
{
    const QDateTime start(QDate(2026, 12, 3), QTime(13, 0), Qt::UTC);
    auto schedule = domain::Schedule::create(start, start.addSecs(50LL * 60), QStringLiteral("Europe/Berlin"));
    domain::Booking b = domain::Booking::restore(
        sync::UuidV7::create(), c.id(), s.id(), schedule.value(), domain::BookingStatus::Confirmed);
    b.setVideoLink(QStringLiteral("https://meet.example/abc-defg-hij"));
    return b;
}

domain::Invoice invoice(const domain::Client& c)
{
    domain::Invoice i(sync::UuidV7::create(), c.id(), eur());
    domain::InvoiceLine line;
    line.id = sync::UuidV7::create();
    line.description = QStringLiteral("Sitzung");
    line.unitPrice = domain::Money(12000, eur());
    line.position = QStringLiteral("a");
    Q_ASSERT(i.addLine(line).hasValue());
    Q_ASSERT(i.assignNumber(QStringLiteral("INV-2026-0042")).hasValue());
    Q_ASSERT(i.setDueDate(QDate(2026, 12, 10)).hasValue());
    Q_ASSERT(i.issue(QDate(2026, 11, 26)).hasValue());
    return i;
}

QByteArray fakePdf()
{
    return QByteArrayLiteral("%PDF-1.4\n") + QByteArray(20'000, '\x7f') + QByteArrayLiteral("\n%%EOF\n");
}

// One payload of every kind, and what its email must say and carry.
struct Case
{
    EmailPayload payload;
    QStringList subjectHas;
    QStringList textHas;
    QString structure;
    QString actionUrl; // the button's address, in the HTML and the text
};

QList<Case> everyKind()
{
    const domain::Client c = client();
    const domain::Service s = service();
    const domain::Booking b = booking(c, s);
    const domain::Invoice i = invoice(c);
    domain::Invoice paid = i;
    domain::Payment payment;
    payment.id = sync::UuidV7::create();
    payment.amount = domain::Money(5000, eur());
    payment.at = kNow;
    payment.method = domain::Payment::Method::Card;
    Q_ASSERT(paid.recordPayment(payment).hasValue());
    const QString related = QStringLiteral("multipart/related(text/html,image/png)");
    const QString alternative = QStringLiteral("multipart/alternative(text/plain,") + related + u')';
    const QString withIcs = QStringLiteral("multipart/mixed(") + alternative + QStringLiteral(",text/calendar)");
    const QString withPdf = QStringLiteral("multipart/mixed(") + alternative + QStringLiteral(",application/pdf)");
    const QString& meeting = b.videoLink();
    return {
        {BookingConfirmation {c, b, s}, {QStringLiteral("Paartherapie – Erstgespräch")},
            {QStringLiteral("Jürgen"), QStringLiteral("14:00")}, withIcs, meeting},
        {SessionReminder {c, b, s}, {QStringLiteral("Reminder")}, {QStringLiteral("3. Dezember 2026")}, withIcs,
            meeting},
        {BookingCancellation {c, b, s}, {QStringLiteral("Cancelled")}, {QStringLiteral("cancelled")}, withIcs, {}},
        {BookingReschedule {c, b, s, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)}, {QStringLiteral("New time")},
            {QStringLiteral("1. Dezember 2026"), QStringLiteral("10:00")}, withIcs, meeting},
        {InvoiceEmail {c, i, fakePdf(), QStringLiteral("https://pay.example/c/INV-42")},
            {QStringLiteral("INV-2026-0042")}, {QStringLiteral("120,00"), QStringLiteral("10. Dezember 2026")}, withPdf,
            QStringLiteral("https://pay.example/c/INV-42")},
        {PaymentReceipt {c, paid, payment, fakePdf()}, {QStringLiteral("INV-2026-0042")},
            {QStringLiteral("50,00"), QStringLiteral("70,00")}, withPdf, {}},
        {PaymentReminder {c, i, fakePdf(), {}}, {QStringLiteral("INV-2026-0042")}, {QStringLiteral("120,00")}, withPdf,
            {}},
        {WelcomeEmail {c}, {QStringLiteral("Praxis Zoë Ångström")}, {QStringLiteral("welcome")}, alternative, {}},
        {QuestionnaireRequest {c, QStringLiteral("Anamnese"), QStringLiteral("https://forms.example/q/1")}, {},
            {QStringLiteral("Anamnese")}, alternative, QStringLiteral("https://forms.example/q/1")},
        {DeliverablesReady {c, b, s, QStringLiteral("https://files.example/s/xyz"), 812, QDate(2027, 1, 31)}, {},
            {QStringLiteral("812"), QStringLiteral("31. Januar 2027")}, alternative,
            QStringLiteral("https://files.example/s/xyz")},
        {ReviewRequest {c, QStringLiteral("https://g.page/r/praxis/review")}, {}, {QStringLiteral("review")},
            alternative, QStringLiteral("https://g.page/r/praxis/review")},
        {ContractToSign {
             c, QStringLiteral("Behandlungsvertrag"), QStringLiteral("https://sign.example/e/1"), fakePdf()},
            {QStringLiteral("Behandlungsvertrag")}, {QStringLiteral("Behandlungsvertrag")}, withPdf,
            QStringLiteral("https://sign.example/e/1")},
    };
}

QString partText(const QJsonArray& parts, const QString& type)
{
    for (const auto& part : parts) {
        if (part.toObject()[QStringLiteral("content_type")].toString() == type) {
            return part.toObject()[QStringLiteral("text")].toString();
        }
    }
    return {};
}

} // namespace

class MailEmailKindsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void everyKindOfEmailArrivesWellFormed()
    {
        const TestCertificate certificate = TestCertificate::make(m_dir.path());
        QVERIFY2(certificate.isValid(), qPrintable(certificate.error));
        SmtpTestServer server(certificate, {});
        QVERIFY2(server.port() > 0, qPrintable(server.transcript()));
        SmtpAccount account;
        account.host = QStringLiteral("127.0.0.1");
        account.port = server.port();
        account.username = SmtpTestServer::Options().user;
        account.caFile = certificate.certFile;
        AccessTokenSource password;
        password.token = [] { return readyFuture(Result<QByteArray>(SmtpTestServer::Options().password.toUtf8())); };
        SmtpTransport transport(account, password);
        const SenderIdentity sender {QStringLiteral("Zoë Ångström"), QStringLiteral("ada@practice.example"), {}};

        const QList<Case> cases = everyKind();
        QCOMPARE(cases.size(), allEmailKinds().size());
        QList<EmailKind> seen;
        for (const Case& c : cases) {
            const EmailKind kind = kindOf(c.payload);
            seen.append(kind);
            const QString name = emailKindKey(kind);
            auto composed = composeEmail(c.payload, EmailTemplate::defaultFor(kind), profile(), sender, kNow);
            QVERIFY2(
                composed.hasValue(), qPrintable(name + u": " + (composed ? QString() : composed.error().toString())));
            const auto mime = mail::writeMime(composed->mail);
            QVERIFY2(mime.hasValue(), qPrintable(name));
            const auto delivered = waitFor(
                transport.send({sender.address, {QStringLiteral("juergen@client.example")}}, mime.value()), 60s);
            QVERIFY2(delivered && delivered->isAccepted(), qPrintable(name));

            const QJsonObject read = test::inspectEml(server.messages().constLast());
            QVERIFY2(read[QStringLiteral("defects")].toArray().isEmpty(), qPrintable(name));
            QVERIFY2(read[QStringLiteral("crlf_only")].toBool() && read[QStringLiteral("seven_bit")].toBool(),
                qPrintable(name));
            QVERIFY2(read[QStringLiteral("longest_line")].toInt() <= 998, qPrintable(name));
            QCOMPARE(read[QStringLiteral("from")].toArray().at(0).toObject()[QStringLiteral("name")].toString(),
                QStringLiteral("Zoë Ångström"));
            QCOMPARE(read[QStringLiteral("to")].toArray().at(0).toObject()[QStringLiteral("name")].toString(),
                QStringLiteral("Jürgen Müller-Łukasz"));
            QVERIFY2(read[QStringLiteral("message_id")].toString().endsWith(QStringLiteral("@practice.example>")),
                qPrintable(name));
            QCOMPARE(read[QStringLiteral("auto_submitted")].toString(),
                kind == EmailKind::Reminder ? QStringLiteral("auto-generated") : QString());
            QVERIFY2(read[QStringLiteral("structure")].toString() == c.structure,
                qPrintable(name + u": " + read[QStringLiteral("structure")].toString()));

            const QString subject = read[QStringLiteral("subject")].toString();
            QVERIFY2(!subject.contains(QStringLiteral("{{")), qPrintable(subject));
            for (const QString& expected : c.subjectHas) {
                QVERIFY2(subject.contains(expected), qPrintable(name + u": " + subject));
            }
            const QJsonArray parts = read[QStringLiteral("parts")].toArray();
            const QString text = partText(parts, QStringLiteral("text/plain"));
            const QString html = partText(parts, QStringLiteral("text/html"));
            QVERIFY2(!text.contains(QStringLiteral("{{")) && !html.contains(QStringLiteral("{{")), qPrintable(name));
            for (const QString& expected : c.textHas) {
                QVERIFY2(text.contains(expected), qPrintable(name + u": " + text));
                QVERIFY2(html.contains(expected.toHtmlEscaped()), qPrintable(name + u": " + html));
            }
            // The branding: the practice's colour and its logo, shown from the related part.
            QVERIFY2(html.contains(QStringLiteral("#8f2f6f")), qPrintable(name));
            QVERIFY2(html.contains(QStringLiteral("cid:logo@clientele")), qPrintable(name));
            if (!c.actionUrl.isEmpty()) {
                QVERIFY2(html.contains(QStringLiteral("href=\"%1\"").arg(c.actionUrl)), qPrintable(name));
                QVERIFY2(text.contains(c.actionUrl), qPrintable(name));
            }
            for (const auto& value : parts) {
                const QJsonObject part = value.toObject();
                const QString type = part[QStringLiteral("content_type")].toString();
                if (type == u"application/pdf") {
                    QCOMPARE(part[QStringLiteral("disposition")].toString(), QStringLiteral("attachment"));
                    QVERIFY(part[QStringLiteral("filename")].toString().endsWith(QStringLiteral(".pdf")));
                    QCOMPARE(part[QStringLiteral("sha256")].toString(),
                        QString::fromLatin1(QCryptographicHash::hash(fakePdf(), QCryptographicHash::Sha256).toHex()));
                }
                if (type == u"text/calendar") {
                    QFile ics(m_dir.filePath(name + QStringLiteral(".ics")));
                    QVERIFY(ics.open(QIODevice::WriteOnly));
                    ics.write(part[QStringLiteral("text")].toString().toUtf8());
                    ics.close();
                    const QJsonObject calendar = test::parseIcs(test::IcsParser::PythonIcalendar, ics.fileName());
                    const QJsonObject event = calendar[QStringLiteral("events")].toArray().at(0).toObject();
                    const domain::Booking* about = bookingOf(c.payload);
                    QCOMPARE(event[QStringLiteral("uid")].toString(),
                        about->id().toString(QUuid::WithoutBraces) + QStringLiteral("@clientele"));
                    QCOMPARE(event[QStringLiteral("start")].toObject()[QStringLiteral("utc")].toString(),
                        QStringLiteral("2026-12-03T13:00:00Z"));
                    QCOMPARE(event[QStringLiteral("status")].toString(),
                        kind == EmailKind::Cancellation ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED"));
                    QVERIFY(event[QStringLiteral("summary")].toString().contains(QStringLiteral("Erstgespräch")));
                }
            }
        }
        QCOMPARE(server.messages().size(), cases.size());
        for (const EmailKind kind : allEmailKinds()) {
            QVERIFY(seen.contains(kind));
        }
    }

    void aReminderIsNotSentAfterItsSessionStarts()
    {
        const domain::Client c = client();
        const domain::Service s = service();
        const domain::Booking b = booking(c, s);
        const SenderIdentity sender {{}, QStringLiteral("ada@practice.example"), {}};
        const auto composed = composeEmail(
            SessionReminder {c, b, s}, EmailTemplate::defaultFor(EmailKind::Reminder), profile(), sender, kNow);
        QVERIFY(composed.hasValue());
        QCOMPARE(composed->expiresAt, b.schedule().start());
        QCOMPARE(composed->bookingId, b.id());
        QCOMPARE(composed->mail.from.name, QStringLiteral("Praxis Zoë Ångström"));
    }

    void templatesRefuseWhatWouldReachAClientBroken_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown field") << int(EmailKind::Welcome) << "Hi"
                                       << "Dear {{client.nickname}}"
                                       << "template.unknown-field"
                                       << "{{client.nickname}}";
        QTest::newRow("field of another email") << int(EmailKind::Welcome) << "Hi"
                                                << "Your {{invoice.number}}"
                                                << "template.not-for-this-email"
                                                << "{{invoice.number}}";
        QTest::newRow("unclosed") << int(EmailKind::Invoice) << "Invoice {{invoice.number"
                                  << "Hi"
                                  << "template.unterminated"
                                  << "Line 1";
        QTest::newRow("no subject") << int(EmailKind::Invoice) << " "
                                    << "Hi"
                                    << "template.no-subject"
                                    << "subject";
        QTest::newRow("no text") << int(EmailKind::Invoice) << "Hi"
                                 << "\n"
                                 << "template.no-text"
                                 << "text";
    }

    void templatesRefuseWhatWouldReachAClientBroken()
    {
        QFETCH(int, kind);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QString, key);
        QFETCH(QString, says);
        const EmailTemplate edited {static_cast<EmailKind>(kind), subject, body};
        const Result<void> valid = edited.validate();
        QVERIFY(!valid.hasValue());
        QCOMPARE(valid.error().detail(), key);
        QVERIFY2(valid.error().userMessage().contains(says), qPrintable(valid.error().userMessage()));
    }

    void aValueTheClientDoesNotHaveIsNamedNotLeftBlank()
    {
        domain::Client noEmail = client();
        const SenderIdentity sender {{}, QStringLiteral("ada@practice.example"), {}};
        domain::Client withoutLastName(sync::UuidV7::create(), kNow);
        withoutLastName.setGivenName(QStringLiteral("Ada"));
        withoutLastName.addEmail(domain::EmailAddress::parse(QStringLiteral("ada@client.example")).value());
        const EmailTemplate edited {
            EmailKind::Welcome, QStringLiteral("Hi"), QStringLiteral("Dear {{client.last_name}}")};
        const auto composed = composeEmail(WelcomeEmail {withoutLastName}, edited, profile(), sender, kNow);
        QVERIFY(!composed.hasValue());
        QCOMPARE(composed.error().detail(), QStringLiteral("template.missing-value"));
        QVERIFY(composed.error().userMessage().contains(QStringLiteral("{{client.last_name}}")));

        domain::Client nowhere(sync::UuidV7::create(), kNow);
        nowhere.setGivenName(QStringLiteral("Bo"));
        const auto noAddress = composeEmail(
            WelcomeEmail {nowhere}, EmailTemplate::defaultFor(EmailKind::Welcome), profile(), sender, kNow);
        QCOMPARE(noAddress.error().detail(), QStringLiteral("email.no-address"));

        // A company has no first name: the greeting uses its name.
        domain::Client company(sync::UuidV7::create(), kNow);
        company.setCompany(QStringLiteral("Nordlicht GmbH"));
        company.addEmail(domain::EmailAddress::parse(QStringLiteral("info@nordlicht.example")).value());
        const auto greeted = composeEmail(
            WelcomeEmail {company}, EmailTemplate::defaultFor(EmailKind::Welcome), profile(), sender, kNow);
        QVERIFY2(greeted.hasValue(), qPrintable(greeted ? QString() : greeted.error().toString()));
        QVERIFY(greeted->mail.text.contains(QStringLiteral("Nordlicht GmbH")));
    }

    void textInTheHtmlIsEscapedAndAddressesBecomeLinks()
    {
        EmailLook look;
        look.practiceName = QStringLiteral("<b>Studio</b>");
        look.accentColor = QStringLiteral("red;background:url(x)");
        const QString html = emailHtml(QStringLiteral("S"),
            QStringLiteral("<script>alert(1)</script>\nSee https://example.com/a?b=1&c=2.\n\nBye"), look);
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Studio&lt;/b&gt;")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://example.com/a?b=1&amp;c=2\"")));
        QVERIFY(!html.contains(QStringLiteral("url(x)")));
        QCOMPARE(html.count(QStringLiteral("<p ")), 2);
    }
};

QTEST_GUILESS_MAIN(MailEmailKindsTest)
#include "test_mail_email_kinds.moc"
