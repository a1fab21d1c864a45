// What the relay takes from a Stripe event: which vault it is for, and the fields it forwards. An
// invoice of a subscription has no metadata of its own, so the vault is found in the subscription's
// metadata, where each API version puts it; a subscription forwards its quantity and period end.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "relay/lib/events/StripeEvent.h"

using clientele::relay::StripeEvent;

namespace {

const QJsonObject kOurs {
    {QStringLiteral("vault_id"), QStringLiteral("v1")}, {QStringLiteral("subscription_id"), QStringLiteral("s1")}};

QByteArray eventWith(const QString& type, const QJsonObject& object)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("id"), QStringLiteral("evt_1")}, {QStringLiteral("type"), type},
                             {QStringLiteral("created"), 1800000000},
                             {QStringLiteral("data"), QJsonObject {{QStringLiteral("object"), object}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestStripeEvent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anInvoiceIsRoutedByItsSubscriptionsMetadata_data()
    {
        QTest::addColumn<QJsonObject>("invoice");
        const QJsonObject base {{QStringLiteral("id"), QStringLiteral("in_1")},
            {QStringLiteral("object"), QStringLiteral("invoice")}, {QStringLiteral("amount_paid"), 15000},
            {QStringLiteral("metadata"), QJsonObject()}};
        QJsonObject basil = base;
        basil.insert(QStringLiteral("parent"),
            QJsonObject {{QStringLiteral("subscription_details"), QJsonObject {{QStringLiteral("metadata"), kOurs}}}});
        QJsonObject dated = base;
        dated.insert(QStringLiteral("subscription_details"), QJsonObject {{QStringLiteral("metadata"), kOurs}});
        QJsonObject lines = base;
        lines.insert(QStringLiteral("lines"),
            QJsonObject {{QStringLiteral("data"), QJsonArray {QJsonObject {{QStringLiteral("metadata"), kOurs}}}}});
        QTest::newRow("2025-03-31 and later: parent.subscription_details") << basil;
        QTest::newRow("before: subscription_details") << dated;
        QTest::newRow("older: the subscription's line") << lines;
    }

    void anInvoiceIsRoutedByItsSubscriptionsMetadata()
    {
        QFETCH(QJsonObject, invoice);
        const auto parsed = StripeEvent::parse(eventWith(QStringLiteral("invoice.paid"), invoice));
        QVERIFY(parsed.hasValue());
        QCOMPARE(parsed->vaultId, QStringLiteral("v1"));
        const QJsonObject forwarded = parsed->forwarded.value(QStringLiteral("object")).toObject();
        QCOMPARE(forwarded.value(QStringLiteral("metadata")).toObject(), kOurs);
        QCOMPARE(forwarded.value(QStringLiteral("amount_paid")).toInteger(), 15000);
    }

    void anInvoiceOfNoSubscriptionOfOursHasNoVault()
    {
        const auto parsed = StripeEvent::parse(eventWith(QStringLiteral("invoice.paid"),
            {{QStringLiteral("id"), QStringLiteral("in_2")}, {QStringLiteral("object"), QStringLiteral("invoice")}}));
        QVERIFY(parsed.hasValue());
        QVERIFY(parsed->vaultId.isEmpty());
    }

    void aSubscriptionForwardsItsQuantityAndPeriodFromItsItem()
    {
        const QJsonObject item {{QStringLiteral("quantity"), 4}, {QStringLiteral("current_period_end"), 1802592000}};
        const auto parsed = StripeEvent::parse(eventWith(QStringLiteral("customer.subscription.updated"),
            {{QStringLiteral("id"), QStringLiteral("sub_1")},
                {QStringLiteral("object"), QStringLiteral("subscription")},
                {QStringLiteral("status"), QStringLiteral("active")}, {QStringLiteral("metadata"), kOurs},
                {QStringLiteral("items"), QJsonObject {{QStringLiteral("data"), QJsonArray {item}}}}}));
        QVERIFY(parsed.hasValue());
        const QJsonObject forwarded = parsed->forwarded.value(QStringLiteral("object")).toObject();
        QCOMPARE(forwarded.value(QStringLiteral("quantity")).toInteger(), 4);
        QCOMPARE(forwarded.value(QStringLiteral("current_period_end")).toInteger(), 1802592000);
        QVERIFY(!forwarded.contains(QStringLiteral("items"))); // nothing else of the client's plan leaves
    }
};

QTEST_GUILESS_MAIN(TestStripeEvent)
#include "test_stripe_event.moc"
