#include <QTest>

#include "core/domain/Message.h"
#include "core/domain/SmsSegments.h"

using clientele::Error;
using clientele::Result;
using namespace clientele::domain;

namespace {

const QDateTime kNow(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
const QUuid kClient = QUuid::createUuidV5(QUuid(), QStringLiteral("client"));
const QString kEmoji = QStringLiteral("\U0001F600"); // two UTF-16 units

Message draftSms()
{
    return Message::outbound(QUuid::createUuidV5(QUuid(), QStringLiteral("sms")), kClient, ContactChannel::Sms,
        QStringLiteral("+4915123456789"), QStringLiteral("+4930123456"), QString(),
        QStringLiteral("Reminder: your session is tomorrow at 10:00. Reply C to confirm."), kNow)
        .value();
}

// The shortest legal path from Draft to each outbound state.
QList<MessageState> pathTo(MessageState state)
{
    using S = MessageState;
    switch (state) {
    case S::Draft:
        return {};
    case S::Queued:
        return {S::Queued};
    case S::Sending:
        return {S::Queued, S::Sending};
    case S::Sent:
        return {S::Queued, S::Sending, S::Sent};
    case S::Delivered:
        return {S::Queued, S::Sending, S::Sent, S::Delivered};
    case S::Failed:
        return {S::Queued, S::Sending, S::Failed};
    case S::Undeliverable:
        return {S::Queued, S::Sending, S::Sent, S::Undeliverable};
    case S::Received:
        break;
    }
    return {};
}

} // namespace

class TestDomainMessage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsSmsSegments_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<SmsSegments::Encoding>("encoding");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("segments");

        using E = SmsSegments::Encoding;
        const QString a = QStringLiteral("a");
        const QString euro = QStringLiteral("€");
        const QString zhe = QStringLiteral("ж");
        QTest::newRow("an empty text costs nothing") << QString() << E::Gsm7 << 0 << 0;
        QTest::newRow("one letter is one part") << a << E::Gsm7 << 1 << 1;
        QTest::newRow("160 GSM letters fit one part") << a.repeated(160) << E::Gsm7 << 160 << 1;
        QTest::newRow("161 GSM letters need two parts") << a.repeated(161) << E::Gsm7 << 161 << 2;
        QTest::newRow("306 GSM letters fit two parts of 153") << a.repeated(306) << E::Gsm7 << 306 << 2;
        QTest::newRow("307 GSM letters need three parts") << a.repeated(307) << E::Gsm7 << 307 << 3;
        QTest::newRow("459 GSM letters fit three parts") << a.repeated(459) << E::Gsm7 << 459 << 3;
        QTest::newRow("German umlauts are GSM")
            << QStringLiteral("Grüße aus München: Ä Ö Ü ß é à") << E::Gsm7 << 30 << 1;
        QTest::newRow("the euro sign counts double") << (a.repeated(158) + euro) << E::Gsm7 << 160 << 1;
        QTest::newRow("the euro sign tips 159 letters into two parts")
            << (a.repeated(159) + euro) << E::Gsm7 << 161 << 2;
        QTest::newRow("80 euro signs fill one part") << euro.repeated(80) << E::Gsm7 << 160 << 1;
        QTest::newRow("every extension character counts double") << QStringLiteral("^{}\\[~]|€") << E::Gsm7 << 18 << 1;
        QTest::newRow("an escape pair is never split across parts")
            << (a.repeated(152) + euro + a.repeated(152)) << E::Gsm7 << 306 << 3;
        QTest::newRow("a line break is one GSM character") << QStringLiteral("Hi\nthere") << E::Gsm7 << 8 << 1;
        QTest::newRow("Greek capitals in the GSM table") << QStringLiteral("ΔΦΓΛΩΠΨΣΘΞ") << E::Gsm7 << 10 << 1;
        QTest::newRow("one Cyrillic letter switches to UCS-2") << (a.repeated(100) + zhe) << E::Ucs2 << 101 << 2;
        QTest::newRow("70 UCS-2 characters fit one part") << zhe.repeated(70) << E::Ucs2 << 70 << 1;
        QTest::newRow("71 UCS-2 characters need two parts") << zhe.repeated(71) << E::Ucs2 << 71 << 2;
        QTest::newRow("134 UCS-2 characters fit two parts of 67") << zhe.repeated(134) << E::Ucs2 << 134 << 2;
        QTest::newRow("135 UCS-2 characters need three parts") << zhe.repeated(135) << E::Ucs2 << 135 << 3;
        QTest::newRow("an emoji takes two units") << kEmoji << E::Ucs2 << 2 << 1;
        QTest::newRow("35 emoji fill one part") << kEmoji.repeated(35) << E::Ucs2 << 70 << 1;
        QTest::newRow("36 emoji need two parts") << kEmoji.repeated(36) << E::Ucs2 << 72 << 2;
        QTest::newRow("an emoji is never split across parts")
            << (zhe.repeated(66) + kEmoji + zhe.repeated(66)) << E::Ucs2 << 134 << 3;
        QTest::newRow("a lowercase c with cedilla is not GSM") << QStringLiteral("ç") << E::Ucs2 << 1 << 1;
        QTest::newRow("typographic quotes are not GSM") << QStringLiteral("“Hi”") << E::Ucs2 << 4 << 1;
    }
    void countsSmsSegments()
    {
        QFETCH(QString, body);
        QFETCH(SmsSegments::Encoding, encoding);
        QFETCH(int, units);
        QFETCH(int, segments);

        const SmsSegments::Count count = SmsSegments::count(body);
        QCOMPARE(count.encoding, encoding);
        QCOMPARE(count.units, units);
        QCOMPARE(count.segments, segments);
        QCOMPARE(SmsSegments::isGsm7(body), encoding == SmsSegments::Encoding::Gsm7);
    }

    void createsOutboundMessages_data()
    {
        QTest::addColumn<ContactChannel>("channel");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("reason"); // empty: accepted
        QTest::addColumn<QString>("storedTo");

        const QString body = QStringLiteral("See you tomorrow!");
        QTest::newRow("an email") << ContactChannel::Email << QStringLiteral(" Jane@Example.COM ")
                                  << QStringLiteral("Your session") << body << kNow << QString()
                                  << QStringLiteral("Jane@example.com");
        QTest::newRow("an SMS to an E.164 number")
            << ContactChannel::Sms << QStringLiteral("+4915123456789") << QString() << body << kNow << QString()
            << QStringLiteral("+4915123456789");
        QTest::newRow("an SMS to a number that is not E.164")
            << ContactChannel::Sms << QStringLiteral("01512 3456789") << QString() << body << kNow
            << QStringLiteral("message.bad-recipient") << QString();
        QTest::newRow("an SMS to an email address")
            << ContactChannel::Sms << QStringLiteral("jane@example.com") << QString() << body << kNow
            << QStringLiteral("message.bad-recipient") << QString();
        QTest::newRow("an email to a phone number")
            << ContactChannel::Email << QStringLiteral("+4915123456789") << QString() << body << kNow
            << QStringLiteral("message.bad-recipient") << QString();
        QTest::newRow("an email to a display-name address")
            << ContactChannel::Email << QStringLiteral("Jane <jane@example.com>") << QString() << body << kNow
            << QStringLiteral("message.bad-recipient") << QString();
        QTest::newRow("a blank body") << ContactChannel::Email << QStringLiteral("jane@example.com")
                                      << QStringLiteral("Hi") << QStringLiteral(" \n ") << kNow
                                      << QStringLiteral("message.no-body") << QString();
        QTest::newRow("an SMS with a subject")
            << ContactChannel::Sms << QStringLiteral("+4915123456789") << QStringLiteral("Hi") << body << kNow
            << QStringLiteral("message.sms-subject") << QString();
        QTest::newRow("a local creation time")
            << ContactChannel::Email << QStringLiteral("jane@example.com") << QString() << body
            << QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::LocalTime) << QStringLiteral("message.time-not-utc")
            << QString();
    }
    void createsOutboundMessages()
    {
        QFETCH(ContactChannel, channel);
        QFETCH(QString, to);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QDateTime, at);
        QFETCH(QString, reason);
        QFETCH(QString, storedTo);

        const auto message = Message::outbound(QUuid::createUuidV5(QUuid(), QStringLiteral("m")), kClient, channel, to,
            QStringLiteral("studio@example.com"), subject, body, at);
        QCOMPARE(message.hasValue(), reason.isEmpty());
        if (!reason.isEmpty()) {
            QCOMPARE(message.error().code(), Error::Code::InvalidInput);
            QCOMPARE(message.error().detail(), reason);
            return;
        }
        QCOMPARE(message->to(), storedTo);
        QCOMPARE(message->state(), MessageState::Draft);
        QCOMPARE(message->direction(), MessageDirection::Outbound);
        QCOMPARE(message->channel(), channel);
        QCOMPARE(message->clientId(), kClient);
        QCOMPARE(message->createdAt(), at);
        QVERIFY(message->bookingId().isNull());
    }

    void outboundTransitions_data()
    {
        QTest::addColumn<MessageState>("from");
        QTest::addColumn<MessageState>("to");
        QTest::addColumn<bool>("allowed");

        using S = MessageState;
        const QList<S> all = {
            S::Draft, S::Queued, S::Sending, S::Sent, S::Delivered, S::Failed, S::Received, S::Undeliverable};
        const QList<QPair<S, S>> allowed = {
            {S::Draft, S::Queued},
            {S::Queued, S::Sending},
            {S::Queued, S::Draft},
            {S::Queued, S::Failed},
            {S::Sending, S::Sent},
            {S::Sending, S::Failed},
            {S::Sending, S::Queued},
            {S::Sent, S::Delivered},
            {S::Sent, S::Undeliverable},
            {S::Failed, S::Queued},
        };
        for (const S from : all) {
            for (const S to : all) {
                const bool ok = allowed.contains(qMakePair(from, to));
                QTest::addRow("%s to %s is %s", qPrintable(Message::stateName(from)),
                    qPrintable(Message::stateName(to)), ok ? "allowed" : "refused")
                    << from << to << ok;
            }
        }
    }
    void outboundTransitions()
    {
        QFETCH(MessageState, from);
        QFETCH(MessageState, to);
        QFETCH(bool, allowed);

        const Result<void> checked = Message::checkTransition(MessageDirection::Outbound, from, to);
        QCOMPARE(checked.hasValue(), allowed);
        if (!allowed) {
            QCOMPARE(checked.error().detail(), QStringLiteral("message.transition"));
            QVERIFY(!checked.error().userMessage().isEmpty());
        }
        if (from == MessageState::Received) {
            return; // an outbound message never reaches Received, as the table shows
        }
        Message message = draftSms();
        QDateTime at = kNow;
        for (const MessageState step : pathTo(from)) {
            at = at.addSecs(1);
            QVERIFY(message.transitionTo(step, at).hasValue());
        }
        QCOMPARE(message.state(), from);
        const QDateTime later = at.addSecs(60);
        QCOMPARE(message.transitionTo(to, later).hasValue(), allowed);
        QCOMPARE(message.state(), allowed ? to : from);
        QCOMPARE(message.stateChangedAt(), allowed ? later : (from == MessageState::Draft ? kNow : at));
    }

    void inboundMessagesNeverChange_data()
    {
        QTest::addColumn<MessageState>("to");
        using S = MessageState;
        for (const S to :
            {S::Draft, S::Queued, S::Sending, S::Sent, S::Delivered, S::Failed, S::Received, S::Undeliverable}) {
            QTest::addRow("received to %s is refused", qPrintable(Message::stateName(to))) << to;
        }
    }
    void inboundMessagesNeverChange()
    {
        QFETCH(MessageState, to);

        auto message =
            Message::inbound(QUuid::createUuidV5(QUuid(), QStringLiteral("in")), kClient, ContactChannel::Sms,
                QStringLiteral("+4915123456789"), QStringLiteral("+4930123456"), QString(), QStringLiteral("C"), kNow);
        QVERIFY(message.hasValue());
        QCOMPARE(message->state(), MessageState::Received);
        QCOMPARE(message->direction(), MessageDirection::Inbound);
        QVERIFY(!Message::checkTransition(MessageDirection::Inbound, MessageState::Received, to).hasValue());
        QVERIFY(!message.value().transitionTo(to, kNow.addSecs(1)).hasValue());
        QCOMPARE(message->state(), MessageState::Received);
    }

    void refusesInboundWithoutSenderOrUtc()
    {
        const auto noSender = Message::inbound(QUuid(), kClient, ContactChannel::Sms, QStringLiteral(" "), QString(),
            QString(), QStringLiteral("STOP"), kNow);
        QVERIFY(!noSender.hasValue());
        QCOMPARE(noSender.error().detail(), QStringLiteral("message.no-sender"));
        const auto noTime = Message::inbound(QUuid(), kClient, ContactChannel::Sms, QStringLiteral("12345"), QString(),
            QString(), QStringLiteral("STOP"), QDateTime());
        QVERIFY(!noTime.hasValue());
        QCOMPARE(noTime.error().detail(), QStringLiteral("message.time-not-utc"));
        // Short codes are not E.164 and are still accepted as senders.
        QVERIFY(Message::inbound(QUuid(), kClient, ContactChannel::Sms, QStringLiteral("12345"), QString(), QString(),
            QStringLiteral("STOP"), kNow)
                    .hasValue());
    }

    void keepsDeliveryDetails()
    {
        Message message = draftSms();
        message.setBookingId(QUuid::createUuidV5(QUuid(), QStringLiteral("booking")));
        QVERIFY(message.transitionTo(MessageState::Queued, kNow.addSecs(1)).hasValue());
        QVERIFY(message.transitionTo(MessageState::Sending, kNow.addSecs(2)).hasValue());
        QVERIFY(message.transitionTo(MessageState::Failed, kNow.addSecs(3), QStringLiteral("HTTP 503")).hasValue());
        QCOMPARE(message.errorText(), QStringLiteral("HTTP 503"));
        QVERIFY(message.transitionTo(MessageState::Queued, kNow.addSecs(60)).hasValue());
        QVERIFY(message.errorText().isEmpty());
        QVERIFY(message.transitionTo(MessageState::Sending, kNow.addSecs(61)).hasValue());
        QCOMPARE(message.attempts(), 2);
        message.setProviderMessageId(QStringLiteral("SM0123456789abcdef0123456789abcdef"));
        QVERIFY(message.transitionTo(MessageState::Sent, kNow.addSecs(62)).hasValue());
        QVERIFY(message.transitionTo(MessageState::Delivered, kNow.addSecs(70)).hasValue());
        QCOMPARE(message.sentAt(), kNow.addSecs(62));
        QCOMPARE(message.deliveredAt(), kNow.addSecs(70));
        QCOMPARE(message.providerMessageId(), QStringLiteral("SM0123456789abcdef0123456789abcdef"));
        QVERIFY(!message.bookingId().isNull());
        QCOMPARE(message.smsSegments().segments, 1);
        QCOMPARE(message.smsSegments().encoding, SmsSegments::Encoding::Gsm7);
    }

    void aTransitionNeedsUtc()
    {
        Message message = draftSms();
        const Result<void> moved = message.transitionTo(MessageState::Queued, QDateTime());
        QVERIFY(!moved.hasValue());
        QCOMPARE(moved.error().detail(), QStringLiteral("message.time-not-utc"));
        QCOMPARE(message.state(), MessageState::Draft);
    }
};

QTEST_GUILESS_MAIN(TestDomainMessage)
#include "test_domain_message.moc"
