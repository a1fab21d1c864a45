#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include "core/webhooks/FormBody.h"
#include "core/webhooks/StripeSignature.h"
#include "core/webhooks/TwilioSignature.h"

using namespace clientele;
using namespace clientele::webhooks;

namespace {

QByteArray readVectorFile(const char* relativePath)
{
    QFile file(QStringLiteral(CLIENTELE_WEBHOOK_VECTORS_DIR "/") + QLatin1String(relativePath));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

FormParams paramsFromObject(const QJsonObject& object)
{
    FormParams params;
    for (auto it = object.begin(); it != object.end(); ++it) {
        params.emplace_back(it.key(), it.value().toString());
    }
    return params;
}

FormParams paramsFromPairs(const QJsonArray& array)
{
    FormParams params;
    for (const auto& item : array) {
        const QJsonArray pair = item.toArray();
        params.emplace_back(pair.at(0).toString(), pair.at(1).toString());
    }
    return params;
}

// The error of a failed Result, for QVERIFY2 (which evaluates its message even on success).
template<typename T>
QByteArray failure(const Result<T>& result)
{
    return result.hasValue() ? QByteArray() : result.error().toString().toUtf8();
}

QByteArray latin1(const QJsonValue& value)
{
    return value.toString().toLatin1();
}

} // namespace

class TestWebhookSignatures final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QByteArray json = readVectorFile("vectors.json");
        QVERIFY2(!json.isEmpty(), "tests/data/webhook-vectors/vectors.json is missing");
        m_vectors = QJsonDocument::fromJson(json).object();
        m_stripe = m_vectors.value(u"stripe_webhook_official").toObject();
        m_twilio = m_vectors.value(u"twilio_signature_official").toObject();
        QVERIFY(!m_stripe.isEmpty() && !m_twilio.isEmpty());
        m_stripePayload = readVectorFile("stripe/event_test_signature.json");
        // A checkout that turned LF into CRLF would break the official vector in a confusing way.
        QCOMPARE(qint64(m_stripePayload.size()), m_stripe.value(u"payload_bytes").toInteger());
        QVERIFY(!m_stripePayload.contains('\r'));
    }

    void stripeOfficialVector_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QString>("error"); // Error::detail(), empty when accepted

        const QByteArray header = latin1(m_stripe.value(u"header"));
        const QByteArray secret = latin1(m_stripe.value(u"secret"));
        const qint64 t = m_stripe.value(u"timestamp").toInteger();
        const QByteArray v1 = header.split(',').at(1).mid(3);
        const QByteArray v0 = header.split(',').at(2).mid(3);
        const QByteArray stamp = "t=" + QByteArray::number(t);
        QByteArray changedBody = m_stripePayload;
        changedBody[changedBody.indexOf("cus_123") + 4] = '4';
        const QString accepted;
        const QString stale = QLatin1String(kStripeOutsideTolerance);
        const QString noMatch = QLatin1String(kStripeNoMatch);
        const QString malformed = QLatin1String(kStripeHeaderMalformed);

        QTest::newRow("the official vector is accepted 100 s after it was signed")
            << m_stripePayload << header << secret << t + 100 << accepted;
        QTest::newRow("exactly at the tolerance it is still accepted")
            << m_stripePayload << header << secret << t + 300 << accepted;
        QTest::newRow("400 s after it was signed it is refused as stale")
            << m_stripePayload << header << secret << t + 400 << stale;
        QTest::newRow("400 s before it was signed (from the future) it is refused")
            << m_stripePayload << header << secret << t - 400 << stale;
        QTest::newRow("a body with one byte changed is refused")
            << changedBody << header << secret << t + 100 << noMatch;
        QTest::newRow("the wrong secret is refused")
            << m_stripePayload << header << QByteArray("whsec_wrong") << t + 100 << noMatch;
        QTest::newRow("the matching v1 may be the second of two (secret rolling)")
            << m_stripePayload << QByteArray(stamp + ",v1=" + QByteArray(64, 'a') + ",v1=" + v1) << secret << t
            << accepted;
        QTest::newRow("whitespace around items and '=' is tolerated")
            << m_stripePayload << QByteArray(" " + stamp + " , v1 = " + v1 + " ,v0=" + v0 + ", ") << secret << t
            << accepted;
        QTest::newRow("unknown schemes are ignored")
            << m_stripePayload << QByteArray(stamp + ",v2=zz,x=1,v1=" + v1) << secret << t << accepted;
        QTest::newRow("an uppercase hex signature is accepted")
            << m_stripePayload << QByteArray(stamp + ",v1=" + v1.toUpper()) << secret << t << accepted;
        QTest::newRow("a v0-only header is refused: v0 is not checked")
            << m_stripePayload << QByteArray(stamp + ",v0=" + v0) << secret << t
            << QString::fromLatin1(kStripeNoV1Signature);
        QTest::newRow("an empty v1 counts as none") << m_stripePayload << QByteArray(stamp + ",v1=") << secret << t
                                                    << QString::fromLatin1(kStripeNoV1Signature);
        QTest::newRow("an empty header is missing")
            << m_stripePayload << QByteArray() << secret << t << QString::fromLatin1(kStripeHeaderMissing);
        QTest::newRow("a blank header is missing")
            << m_stripePayload << QByteArray("  ") << secret << t << QString::fromLatin1(kStripeHeaderMissing);
        QTest::newRow("a header without a timestamp is malformed")
            << m_stripePayload << QByteArray("v1=" + v1) << secret << t << malformed;
        QTest::newRow("a non-numeric timestamp is malformed")
            << m_stripePayload << QByteArray("t=abc,v1=" + v1) << secret << t << malformed;
        QTest::newRow("a signed timestamp is malformed")
            << m_stripePayload << QByteArray("t=+" + QByteArray::number(t) + ",v1=" + v1) << secret << t << malformed;
        QTest::newRow("a timestamp too long for 64 bits is malformed")
            << m_stripePayload << QByteArray("t=99999999999999999999,v1=" + v1) << secret << t << malformed;
        QTest::newRow("two timestamps are malformed")
            << m_stripePayload << QByteArray(stamp + "," + stamp + ",v1=" + v1) << secret << t << malformed;
        QTest::newRow("an item without '=' is malformed")
            << m_stripePayload << QByteArray(stamp + ",v1") << secret << t << malformed;
        QTest::newRow("an empty secret is refused before anything else")
            << m_stripePayload << header << QByteArray() << t << QString::fromLatin1(kStripeNoSecret);
    }
    void stripeOfficialVector()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, secret);
        QFETCH(qint64, now);
        QFETCH(QString, error);

        const Result<qint64> verified = verifyStripeSignature(body, header, secret, now);
        if (error.isEmpty()) {
            QVERIFY2(verified.hasValue(), failure(verified).constData());
            QCOMPARE(verified.value(), m_stripe.value(u"timestamp").toInteger());
            return;
        }
        QVERIFY(!verified.hasValue());
        QCOMPARE(verified.error().detail(), error);
        // Logs carry the error: it must never quote the secret or a signature.
        const QByteArray text = verified.error().toString().toUtf8();
        QVERIFY(secret.isEmpty() || !text.contains(secret));
        for (const QByteArray& item : header.split(',')) {
            const QByteArray value = item.mid(item.indexOf('=') + 1).trimmed();
            QVERIFY2(value.size() < 16 || !text.contains(value), text.constData());
        }
    }

    void stripeErrorsCarryTheirCodes()
    {
        const QByteArray header = latin1(m_stripe.value(u"header"));
        const QByteArray secret = latin1(m_stripe.value(u"secret"));
        const qint64 t = m_stripe.value(u"timestamp").toInteger();
        QCOMPARE(verifyStripeSignature(m_stripePayload, {}, secret, t).error().code(), Error::Code::InvalidInput);
        QCOMPARE(verifyStripeSignature(m_stripePayload, header, "x", t).error().code(), Error::Code::PermissionDenied);
        QCOMPARE(verifyStripeSignature(m_stripePayload, header, secret, t + 301).error().code(),
            Error::Code::PermissionDenied);
        QCOMPARE(verifyStripeSignature(m_stripePayload, header, {}, t).error().code(), Error::Code::Unavailable);
        // A custom tolerance is honoured.
        QVERIFY(!verifyStripeSignature(m_stripePayload, header, secret, t + 11, 10).hasValue());
        QVERIFY(verifyStripeSignature(m_stripePayload, header, secret, t + 10, 10).hasValue());
    }

    void stripeSignsTheOfficialAndDerivedVectors()
    {
        const QByteArray officialHeader = latin1(m_stripe.value(u"header"));
        QCOMPARE(stripeSignatureHeader(
                     m_stripePayload, latin1(m_stripe.value(u"secret")), m_stripe.value(u"timestamp").toInteger()),
            officialHeader.first(officialHeader.indexOf(",v0=")));

        // stripe-python's test payload and secret; a regression value, not proof of compatibility.
        const QJsonObject derived = m_vectors.value(u"stripe_webhook_derived").toObject();
        const QByteArray payload = derived.value(u"payload").toString().toUtf8();
        const QByteArray secret = latin1(derived.value(u"secret"));
        const qint64 t = derived.value(u"timestamp").toInteger();
        const QByteArray header = stripeSignatureHeader(payload, secret, t);
        QCOMPARE(header, QByteArray("t=" + QByteArray::number(t) + ",v1=" + latin1(derived.value(u"v1"))));
        const Result<qint64> verified = verifyStripeSignature(payload, header, secret, t + 299);
        QVERIFY2(verified.hasValue(), failure(verified).constData());
    }

    void stripeSignThenVerifyRoundTrips_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("an empty body") << QByteArray();
        QTest::newRow("a JSON event") << QByteArray(R"({"id":"evt_1","type":"checkout.session.completed"})");
        QTest::newRow("bytes that are not text, NUL included") << QByteArray("\x00\xff\r\n.", 5);
        QTest::newRow("UTF-8 with CRLF") << QStringLiteral("{\"name\":\"Zoë\"}\r\n").toUtf8();
    }
    void stripeSignThenVerifyRoundTrips()
    {
        QFETCH(QByteArray, body);
        const QByteArray secret = "whsec_round_trip";
        const qint64 t = 1'750'000'000;
        const QByteArray header = stripeSignatureHeader(body, secret, t);
        QVERIFY(header.startsWith("t=1750000000,v1="));
        const Result<qint64> verified = verifyStripeSignature(body, header, secret, t);
        QVERIFY2(verified.hasValue(), failure(verified).constData());
        QCOMPARE(verified.value(), t);
        // The timestamp is signed too: moving it breaks the signature.
        QByteArray moved = header;
        moved.replace("t=1750000000", "t=1750000001");
        QCOMPARE(verifyStripeSignature(body, moved, secret, t).error().detail(), QLatin1String(kStripeNoMatch));
        QCOMPARE(verifyStripeSignature(QByteArray(body + ' '), header, secret, t).error().detail(),
            QLatin1String(kStripeNoMatch));
    }

    void twilioComputesTheOfficialSignatures()
    {
        const QString url = m_twilio.value(u"url").toString();
        const QByteArray token = latin1(m_twilio.value(u"auth_token"));
        const FormParams params = paramsFromObject(m_twilio.value(u"params").toObject());
        QCOMPARE(twilioSignature(url, params, token), latin1(m_twilio.value(u"expected")));
        QString withPort = url;
        withPort.replace(QStringLiteral(".com"), QStringLiteral(".com:443"));
        QCOMPARE(twilioSignature(withPort, params, token), latin1(m_twilio.value(u"expected_https_with_port_443")));
        QString http = url;
        http.replace(QStringLiteral("https://"), QStringLiteral("http://"));
        QString httpWithPort = http;
        httpWithPort.replace(QStringLiteral(".com"), QStringLiteral(".com:80"));
        QCOMPARE(twilioSignature(httpWithPort, params, token), latin1(m_twilio.value(u"expected_http_with_port_80")));
        httpWithPort = http;
        httpWithPort.replace(QStringLiteral(".com"), QStringLiteral(".com:1234"));
        QCOMPARE(twilioSignature(httpWithPort, params, token), latin1(m_twilio.value(u"expected_http_with_port_1234")));
        QCOMPARE(twilioSignature(url, paramsFromPairs(m_twilio.value(u"duplicate_params").toArray()), token),
            latin1(m_twilio.value(u"duplicate_expected")));
    }

    void twilioValidation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<FormParams>("params");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<bool>("valid");

        const QString url = m_twilio.value(u"url").toString();
        QString http = url;
        http.replace(QStringLiteral("https://"), QStringLiteral("http://"));
        const auto withPort = [](QString text, const QString& port) {
            return text.replace(QStringLiteral(".com"), QStringLiteral(".com") + port);
        };
        const QByteArray token = latin1(m_twilio.value(u"auth_token"));
        const FormParams params = paramsFromObject(m_twilio.value(u"params").toObject());
        const FormParams reversed(params.crbegin(), params.crend());
        FormParams tampered = params;
        tampered[0].second += u'0';
        const QByteArray expected = latin1(m_twilio.value(u"expected"));
        const QByteArray with443 = latin1(m_twilio.value(u"expected_https_with_port_443"));
        const QByteArray with80 = latin1(m_twilio.value(u"expected_http_with_port_80"));
        const QByteArray with1234 = latin1(m_twilio.value(u"expected_http_with_port_1234"));

        QTest::newRow("the official example") << url << params << token << expected << true;
        QTest::newRow("the order of the posted fields does not matter") << url << reversed << token << expected << true;
        QTest::newRow("a signature made with :443 passes for the bare https URL")
            << url << params << token << with443 << true;
        QTest::newRow("a signature of the bare URL passes when the URL names :443")
            << withPort(url, QStringLiteral(":443")) << params << token << expected << true;
        QTest::newRow("a signature made with :80 passes for the bare http URL")
            << http << params << token << with80 << true;
        QTest::newRow("an https URL with :1234 accepts the bare URL's signature, as Twilio's validators do")
            << withPort(url, QStringLiteral(":1234")) << params << token << expected << true;
        QTest::newRow("an http URL with :1234 accepts its own signature")
            << withPort(http, QStringLiteral(":1234")) << params << token << with1234 << true;
        QTest::newRow("the duplicate-parameter vector")
            << url << paramsFromPairs(m_twilio.value(u"duplicate_params").toArray()) << token
            << latin1(m_twilio.value(u"duplicate_expected")) << true;
        QTest::newRow("SYNC.md's example")
            << url
            << FormParams {{QStringLiteral("CallSid"), QStringLiteral("CA1234567890ABCDE")},
                   {QStringLiteral("Caller"), QStringLiteral("+12349013030")},
                   {QStringLiteral("Digits"), QStringLiteral("1234")},
                   {QStringLiteral("From"), QStringLiteral("+12349013030")},
                   {QStringLiteral("To"), QStringLiteral("+18005551212")}}
            << token << QByteArray("0/KCTR6DLpKmkAf8muzZqo1nDgQ=") << true;
        QTest::newRow("a surrounding space in the header is tolerated")
            << url << params << token << QByteArray(" " + expected + " ") << true;
        QTest::newRow("a tampered field is refused") << url << tampered << token << expected << false;
        QTest::newRow("a missing field is refused") << url << params.mid(1) << token << expected << false;
        QTest::newRow("the wrong token is refused") << url << params << QByteArray("12346") << expected << false;
        QTest::newRow("an empty token is refused") << url << params << QByteArray() << expected << false;
        QTest::newRow("another path is refused")
            << QString(url).replace(QStringLiteral("myapp"), QStringLiteral("other")) << params << token << expected
            << false;
        QTest::newRow("an http signature does not pass for https")
            << m_twilio.value(u"url").toString() << params << token << with80 << false;
        QTest::newRow("a missing header is refused") << http << params << token << QByteArray() << false;
        QTest::newRow("a truncated signature is refused") << http << params << token << with80.chopped(1) << false;
    }
    void twilioValidation()
    {
        QFETCH(QString, url);
        QFETCH(FormParams, params);
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, signature);
        QFETCH(bool, valid);
        QCOMPARE(twilioSignatureValid(url, params, token, signature), valid);
    }

    void twilioJsonBody_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<bool>("valid");

        const QString url = m_twilio.value(u"json_url").toString();
        const QByteArray body = m_twilio.value(u"json_body").toString().toUtf8();
        const QByteArray signature = latin1(m_twilio.value(u"json_expected"));
        QString upperHash = url;
        upperHash.replace(
            m_twilio.value(u"json_body_sha256").toString(), m_twilio.value(u"json_body_sha256").toString().toUpper());

        QTest::newRow("the official JSON vector") << url << body << signature << true;
        QTest::newRow("a changed body is refused though the URL is signed")
            << url << QByteArray(body).replace("value", "valuf") << signature << false;
        QTest::newRow("an empty body is refused") << url << QByteArray() << signature << false;
        QTest::newRow("a wrong signature is refused") << url << body << latin1(m_twilio.value(u"expected")) << false;
        QTest::newRow("a URL without bodySHA256 is refused")
            << m_twilio.value(u"url").toString() << body << latin1(m_twilio.value(u"expected")) << false;
        QTest::newRow("an uppercase hash is signed as sent, so this signature no longer covers it")
            << upperHash << body << signature << false;
    }
    void twilioJsonBody()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, signature);
        QFETCH(bool, valid);
        QCOMPARE(twilioJsonSignatureValid(url, body, latin1(m_twilio.value(u"auth_token")), signature), valid);
    }

    void formBodyParses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<FormParams>("expected");
        QTest::newRow("an empty body has no fields") << QByteArray() << FormParams {};
        QTest::newRow("order and repeated names are kept")
            << QByteArray("b=2&a=1&b=3")
            << FormParams {{QStringLiteral("b"), QStringLiteral("2")}, {QStringLiteral("a"), QStringLiteral("1")},
                   {QStringLiteral("b"), QStringLiteral("3")}};
        QTest::newRow("'+' is a space") << QByteArray("Body=See+you+soon")
                                        << FormParams {{QStringLiteral("Body"), QStringLiteral("See you soon")}};
        QTest::newRow("%2B and %2b are a plus") << QByteArray("From=%2B14158675309&To=%2b1")
                                                << FormParams {{QStringLiteral("From"), QStringLiteral("+14158675309")},
                                                       {QStringLiteral("To"), QStringLiteral("+1")}};
        QTest::newRow("escapes decode as UTF-8") << QByteArray("Body=Caf%C3%A9+%F0%9F%93%B7")
                                                 << FormParams {{QStringLiteral("Body"), QStringLiteral("Café 📷")}};
        QTest::newRow("names are decoded too")
            << QByteArray("Media%5B0%5D=x") << FormParams {{QStringLiteral("Media[0]"), QStringLiteral("x")}};
        QTest::newRow("'=' inside a value is kept")
            << QByteArray("a=b=c") << FormParams {{QStringLiteral("a"), QStringLiteral("b=c")}};
        QTest::newRow("a field without '=' has an empty value") << QByteArray(
            "flag&x=") << FormParams {{QStringLiteral("flag"), QString()}, {QStringLiteral("x"), QString()}};
        QTest::newRow("empty fields are skipped")
            << QByteArray("&a=1&&") << FormParams {{QStringLiteral("a"), QStringLiteral("1")}};
        QTest::newRow("a leading byte-order mark stays in the value")
            << QByteArray("a=%EF%BB%BFx") << FormParams {{QStringLiteral("a"), QStringLiteral("\uFEFFx")}};
    }
    void formBodyParses()
    {
        QFETCH(QByteArray, body);
        QFETCH(FormParams, expected);
        const Result<FormParams> parsed = parseFormBody(body);
        QVERIFY2(parsed.hasValue(), failure(parsed).constData());
        QCOMPARE(parsed.value(), expected);
    }

    void formBodyRefuses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        const QString badEscape = QLatin1String(kFormBodyBadEscape);
        const QString badUtf8 = QLatin1String(kFormBodyInvalidUtf8);
        QTest::newRow("a '%' at the end") << QByteArray("a=%") << badEscape;
        QTest::newRow("a '%' with one digit") << QByteArray("a=%2") << badEscape;
        QTest::newRow("a '%' with non-hex digits") << QByteArray("a=%zz&b=1") << badEscape;
        QTest::newRow("a bad escape in a name") << QByteArray("%g1=x") << badEscape;
        QTest::newRow("a lone continuation byte") << QByteArray("a=%80") << badUtf8;
        QTest::newRow("a sequence cut short") << QByteArray("a=%C3") << badUtf8;
        QTest::newRow("an overlong encoding") << QByteArray("a=%C0%AF") << badUtf8;
        QTest::newRow("an encoded surrogate") << QByteArray("a=%ED%A0%80") << badUtf8;
        QTest::newRow("a raw byte that is not UTF-8") << QByteArray("a=\xff") << badUtf8;
    }
    void formBodyRefuses()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const Result<FormParams> parsed = parseFormBody(body);
        QVERIFY(!parsed.hasValue());
        QCOMPARE(parsed.error().detail(), error);
        QCOMPARE(parsed.error().code(), Error::Code::InvalidInput);
    }

    void aParsedTwilioBodyVerifies()
    {
        // The relay's path: raw form body → fields → signature, with '+' in phone numbers escaped.
        const Result<FormParams> parsed = parseFormBody(
            "To=%2B18005551212&From=%2B14158675309&Digits=1234&Caller=%2B14158675309&CallSid=CA1234567890ABCDE");
        QVERIFY2(parsed.hasValue(), failure(parsed).constData());
        QVERIFY(twilioSignatureValid(m_twilio.value(u"url").toString(), parsed.value(),
            latin1(m_twilio.value(u"auth_token")), latin1(m_twilio.value(u"expected"))));
        // An unescaped '+' is a space: the signature no longer matches, as on the real wire.
        const Result<FormParams> unescaped = parseFormBody(
            "To=+18005551212&From=+14158675309&Digits=1234&Caller=+14158675309&CallSid=CA1234567890ABCDE");
        QVERIFY(unescaped.hasValue());
        QVERIFY(!twilioSignatureValid(m_twilio.value(u"url").toString(), unescaped.value(),
            latin1(m_twilio.value(u"auth_token")), latin1(m_twilio.value(u"expected"))));
    }

private:
    QJsonObject m_vectors;
    QJsonObject m_stripe;
    QJsonObject m_twilio;
    QByteArray m_stripePayload;
};

QTEST_GUILESS_MAIN(TestWebhookSignatures)
#include "test_webhook_signatures.moc"
