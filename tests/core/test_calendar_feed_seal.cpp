// The calendar feed's seal: only the token the secret URL carries opens it, a changed byte is
// refused, and the id the relay files it under is stable for a token and tells nothing of the key.
#include <QTest>

#include "core/feeds/CalendarFeedSeal.h"

using clientele::feeds::CalendarFeedSeal;

class TestCalendarFeedSeal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyItsTokenOpensTheFeed()
    {
        const QByteArray token = CalendarFeedSeal::newToken();
        QCOMPARE(token.size(), CalendarFeedSeal::kTokenBytes);
        const QByteArray calendar = "BEGIN:VCALENDAR\r\nSUMMARY:Ada Lovelace\r\nEND:VCALENDAR\r\n";
        const QByteArray sealed = CalendarFeedSeal::seal(token, calendar).value();
        QVERIFY(!sealed.contains("Ada"));
        QCOMPARE(CalendarFeedSeal::open(token, sealed).value(), calendar);
        // Random nonces: the same calendar seals differently each time.
        QVERIFY(CalendarFeedSeal::seal(token, calendar).value() != sealed);

        QVERIFY(!CalendarFeedSeal::open(CalendarFeedSeal::newToken(), sealed).hasValue());
        QByteArray changed = sealed;
        changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 0x01);
        QVERIFY(!CalendarFeedSeal::open(token, changed).hasValue());
        QVERIFY(!CalendarFeedSeal::open(token, sealed.left(20)).hasValue());
        QVERIFY(!CalendarFeedSeal::open(token, QByteArray()).hasValue());
        QVERIFY(!CalendarFeedSeal::seal(QByteArray("short"), calendar).hasValue());
    }

    void theTokenTravelsAsUrlSafeText()
    {
        const QByteArray token = CalendarFeedSeal::newToken();
        const QString text = CalendarFeedSeal::tokenText(token);
        QCOMPARE(text.size(), 43);
        QVERIFY(!text.contains(u'/') && !text.contains(u'+') && !text.contains(u'='));
        QCOMPARE(CalendarFeedSeal::tokenFromText(text), token);
        QVERIFY(CalendarFeedSeal::tokenFromText(text.left(42)).isEmpty());
        QVERIFY(CalendarFeedSeal::tokenFromText(QString(text).replace(0, 1, u'*')).isEmpty());
        QVERIFY(CalendarFeedSeal::tokenFromText(QString()).isEmpty());
    }

    void theFeedIdIsStablePerToken()
    {
        const QByteArray token = CalendarFeedSeal::newToken();
        const QString id = CalendarFeedSeal::feedId(token);
        QCOMPARE(id.size(), 64);
        QCOMPARE(CalendarFeedSeal::feedId(token), id);
        QVERIFY(CalendarFeedSeal::feedId(CalendarFeedSeal::newToken()) != id);
        QVERIFY(!id.contains(QString::fromLatin1(token.toHex())));
        // Known answers (libsodium crypto_kdf, context "clfeed01", subkey 1): a desktop and a relay
        // of different versions must file a feed under the same id, so this may never change.
        QCOMPARE(CalendarFeedSeal::feedId(QByteArray(32, '\0')),
            QStringLiteral("119b7d730c95964f9ee48e2af98a5e1ebf8a2a04f3667fe5456f94145be34ea9"));
        QByteArray counting(32, '\0');
        for (int i = 0; i < counting.size(); ++i) {
            counting[i] = char(i);
        }
        QCOMPARE(CalendarFeedSeal::feedId(counting),
            QStringLiteral("ff49b1ce6dccc7d065e54b4e6ba17d1c38e4a9d1b89f149958be628cf7c392c4"));
        QVERIFY(CalendarFeedSeal::feedId(QByteArray(31, '\0')).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCalendarFeedSeal)
#include "test_calendar_feed_seal.moc"
