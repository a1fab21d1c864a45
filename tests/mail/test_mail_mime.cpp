// Messages written by mail::writeMime as a mail program reads them: Python's email package parses
// the bytes (tests/mail/eml-inspect.py) and the test checks headers, parts, attachments and encodings.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "core/mail/MimeWriter.h"
#include "tests/support/SmtpTestServer.h"

using namespace clientele;
using namespace clientele::mail;
using clientele::test::inspectEml;

namespace {

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char& byte : bytes) {
        byte = static_cast<char>(generator.bounded(256));
    }
    return bytes;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString withoutCr(QString text)
{
    return text.remove(u'\r');
}

} // namespace

class MailMimeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_written = 0;

    // The message as Python reads it; also checks what every message must be on the wire.
    QJsonObject readBack(const QByteArray& mime)
    {
        const QString file = m_dir.filePath(QStringLiteral("%1.eml").arg(++m_written));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(mime) != mime.size()) {
            return {};
        }
        out.close();
        QJsonObject read = inspectEml(file);
        if (read.isEmpty()) {
            return read;
        }
        // RFC 5322 §2.1.1 and §2.3: CRLF only, lines of at most 998 octets; 7-bit so no server needs 8BITMIME.
        if (!read.value(QStringLiteral("crlf_only")).toBool() || !read.value(QStringLiteral("seven_bit")).toBool()
            || read.value(QStringLiteral("longest_line")).toInt() > 998
            || !read.value(QStringLiteral("defects")).toArray().isEmpty()) {
            qWarning() << "not well-formed:" << read;
            return {};
        }
        return read;
    }

private Q_SLOTS:
    void aMessageWithNamesTextHtmlAndAttachmentsReadsBackExactly()
    {
        MailMessage message;
        message.from = {
            QStringLiteral("Zoë Ångström, Praxis für Psychotherapie"), QStringLiteral("zoe@praxis.example")};
        message.to = {{QStringLiteral("Jürgen Müller-Łukasz"), QStringLiteral("juergen@client.example")}};
        message.replyTo = {QStringLiteral("Zoë"), QStringLiteral("hello@praxis.example")};
        message.subject = QStringLiteral("Rechnung INV-2026-0042 für Ihre Sitzung am 12. März – danke! 📅 Ein langer "
                                         "Betreff, der über mehrere Zeilen gefaltet werden muss");
        message.text = QStringLiteral("Guten Tag Jürgen,\n\nanbei die Rechnung über 120,00 €.\n"
                                      ".Eine Zeile, die mit einem Punkt beginnt.\n")
            + QString(300, u'x') + QStringLiteral("\n\nZoë");
        message.html = QStringLiteral("<p>Guten Tag Jürgen,</p><p>anbei die Rechnung über 120,00&nbsp;€.</p>");
        const QByteArray pdf = randomBytes(150'000);
        const QByteArray ics =
            QStringLiteral("BEGIN:VCALENDAR\r\nSUMMARY:Sitzung mit Zoë\r\nEND:VCALENDAR\r\n").toUtf8();
        message.attachments = {
            {QStringLiteral("Rechnung für Jürgen.pdf"), QByteArrayLiteral("application/pdf"), pdf, {}},
            {QStringLiteral("Sitzung.ics"), QByteArrayLiteral("text/calendar; charset=utf-8; method=PUBLISH"), ics,
                {}}};
        message.messageId = QStringLiteral("0190abcd-0001@praxis.example");
        message.date = QDateTime(QDate(2026, 3, 10), QTime(9, 30), QTimeZone(3600));

        const auto mime = writeMime(message);
        QVERIFY2(mime.hasValue(), qPrintable(mime ? QString() : mime.error().toString()));
        const QJsonObject read = readBack(mime.value());
        QVERIFY(!read.isEmpty());

        const QJsonObject from = read[QStringLiteral("from")].toArray().at(0).toObject();
        QCOMPARE(from[QStringLiteral("name")].toString(), message.from.name);
        QCOMPARE(from[QStringLiteral("address")].toString(), message.from.address);
        const QJsonObject to = read[QStringLiteral("to")].toArray().at(0).toObject();
        QCOMPARE(to[QStringLiteral("name")].toString(), message.to.at(0).name);
        QCOMPARE(read[QStringLiteral("reply_to")].toArray().at(0).toObject()[QStringLiteral("address")].toString(),
            QStringLiteral("hello@praxis.example"));
        QCOMPARE(read[QStringLiteral("subject")].toString(), message.subject);
        // Non-ASCII went out as encoded words (RFC 2047), not raw UTF-8.
        QVERIFY(read[QStringLiteral("raw_subject")].toString().contains(QStringLiteral("=?")));
        QVERIFY(read[QStringLiteral("raw_from")].toString().contains(QStringLiteral("=?")));
        QCOMPARE(read[QStringLiteral("message_id")].toString(), QStringLiteral("<0190abcd-0001@praxis.example>"));
        QCOMPARE(read[QStringLiteral("date_utc")].toString(), QStringLiteral("2026-03-10T08:30:00+00:00"));
        QCOMPARE(read[QStringLiteral("mime_version")].toString(), QStringLiteral("1.0"));
        QVERIFY(read[QStringLiteral("auto_submitted")].isNull());
        QCOMPARE(read[QStringLiteral("structure")].toString(),
            QStringLiteral(
                "multipart/mixed(multipart/alternative(text/plain,text/html),application/pdf,text/calendar)"));

        const QJsonArray parts = read[QStringLiteral("parts")].toArray();
        QCOMPARE(parts.size(), 4);
        QCOMPARE(withoutCr(parts[0].toObject()[QStringLiteral("text")].toString()), message.text);
        QCOMPARE(withoutCr(parts[1].toObject()[QStringLiteral("text")].toString()), message.html);
        const QJsonObject pdfPart = parts[2].toObject();
        QCOMPARE(pdfPart[QStringLiteral("transfer_encoding")].toString(), QStringLiteral("base64"));
        QCOMPARE(pdfPart[QStringLiteral("disposition")].toString(), QStringLiteral("attachment"));
        QCOMPARE(pdfPart[QStringLiteral("filename")].toString(), QStringLiteral("Rechnung für Jürgen.pdf"));
        QCOMPARE(pdfPart[QStringLiteral("sha256")].toString(), sha256(pdf));
        const QJsonObject icsPart = parts[3].toObject();
        QCOMPARE(icsPart[QStringLiteral("params")].toObject()[QStringLiteral("method")].toString(),
            QStringLiteral("PUBLISH"));
        QCOMPARE(icsPart[QStringLiteral("filename")].toString(), QStringLiteral("Sitzung.ics"));
        QCOMPARE(icsPart[QStringLiteral("sha256")].toString(), sha256(ics));
    }

    void aPlainReminderIsOneTextPartMarkedAutomatic()
    {
        MailMessage message;
        message.from = {QStringLiteral("Ada"), QStringLiteral("ada@practice.example")};
        message.to = {{{}, QStringLiteral("client@example.com")}};
        message.subject = QStringLiteral("Reminder: your session tomorrow at 14:00");
        message.text = QStringLiteral("See you tomorrow.");
        message.automatic = true;
        const auto mime = writeMime(message);
        QVERIFY(mime.hasValue());
        const QJsonObject read = readBack(mime.value());
        QCOMPARE(read[QStringLiteral("structure")].toString(), QStringLiteral("text/plain"));
        QCOMPARE(read[QStringLiteral("auto_submitted")].toString(), QStringLiteral("auto-generated"));
        QCOMPARE(read[QStringLiteral("raw_subject")].toString(), message.subject);
        // A Message-ID was made at the sender's domain.
        QVERIFY(read[QStringLiteral("message_id")].toString().endsWith(QStringLiteral("@practice.example>")));
    }

    void aLineBreakInASubjectOrNameNeverMakesAHeader()
    {
        MailMessage message;
        message.from = {QStringLiteral("Smith, John \"JJ\"\r\nBcc: evil@attacker.example"),
            QStringLiteral("john@practice.example")};
        message.to = {{{}, QStringLiteral("client@example.com")}};
        message.subject = QStringLiteral("Hello\r\nBcc: evil@attacker.example");
        message.text = QStringLiteral("Hi");
        const auto mime = writeMime(message);
        QVERIFY(mime.hasValue());
        QVERIFY(!mime->contains("\r\nBcc:"));
        const QJsonObject read = readBack(mime.value());
        QCOMPARE(read[QStringLiteral("subject")].toString(), QStringLiteral("Hello Bcc: evil@attacker.example"));
        QCOMPARE(read[QStringLiteral("from")].toArray().size(), 1);
        QCOMPARE(read[QStringLiteral("to")].toArray().size(), 1);
    }

    void anInternationalDomainGoesOutInItsAsciiForm()
    {
        MailMessage message;
        message.from = {{}, QStringLiteral("ada@practice.example")};
        message.to = {{QStringLiteral("Buchladen"), QStringLiteral("info@bücher.example")}};
        message.subject = QStringLiteral("Hi");
        message.text = QStringLiteral("Hi");
        const auto mime = writeMime(message);
        QVERIFY(mime.hasValue());
        QVERIFY(mime->contains("info@xn--bcher-kva.example"));
    }

    void aMessageThatCannotBeSentIsRefusedWithItsReason_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("no sender") << QString() << "c@example.com"
                                   << "Hi"
                                   << "mail.no-sender";
        QTest::newRow("no recipient") << "a@practice.example" << QString() << "Hi"
                                      << "mail.no-recipient";
        QTest::newRow("no text") << "a@practice.example"
                                 << "c@example.com"
                                 << "  \n"
                                 << "mail.no-text";
        QTest::newRow("name in the address") << "a@practice.example"
                                             << "Jane <jane@example.com>"
                                             << "Hi"
                                             << "mail.bad-address";
        QTest::newRow("no domain") << "a@practice.example"
                                   << "jane@"
                                   << "Hi"
                                   << "mail.bad-address";
    }

    void aMessageThatCannotBeSentIsRefusedWithItsReason()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, text);
        QFETCH(QString, key);
        MailMessage message;
        message.from = {{}, from};
        if (!to.isEmpty()) {
            message.to = {{{}, to}};
        }
        message.subject = QStringLiteral("Hi");
        message.text = text;
        const auto mime = writeMime(message);
        QVERIFY(!mime.hasValue());
        QCOMPARE(mime.error().code(), Error::Code::InvalidInput);
        QCOMPARE(mime.error().detail(), key);
        QVERIFY(!mime.error().userMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(MailMimeTest)
#include "test_mail_mime.moc"
