#include "relay/sandbox/stripe/StripePages.h"

#include <QJsonArray>

#include "relay/sandbox/stripe/StripeObjects.h"

namespace clientele::relay::sandbox::StripePages {

namespace {

QString page(const QString& title, const QString& content)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<title>%1 · Stripe sandbox</title>"
                          "<style>body{font-family:sans-serif;max-width:32em;margin:3em auto;padding:0 1em}"
                          "button{font-size:1.1em;padding:.5em 1.5em;margin-right:1em}"
                          ".note{color:#666;font-size:.9em}</style></head><body>\n"
                          "<p class=\"note\">Stripe sandbox: no real payment is made.</p>\n%2\n</body></html>\n")
        .arg(title.toHtmlEscaped(), content);
}

} // namespace

QString checkout(const QJsonObject& session)
{
    const QString id = session.value(QStringLiteral("id")).toString();
    const QString amount = StripeObjects::formatAmount(session.value(QStringLiteral("amount_total")).toInteger(),
        session.value(QStringLiteral("currency")).toString());
    QString items;
    const QJsonArray lines =
        session.value(QStringLiteral("line_items")).toObject().value(QStringLiteral("data")).toArray();
    for (const auto& line : lines) {
        const QJsonObject item = line.toObject();
        items += QStringLiteral("<li>%1 × %2</li>")
                     .arg(item.value(QStringLiteral("quantity")).toInteger())
                     .arg(item.value(QStringLiteral("description")).toString().toHtmlEscaped());
    }
    const QString base = QStringLiteral("/sandbox/checkout/") + id.toHtmlEscaped();
    return page(QStringLiteral("Pay %1").arg(amount),
        QStringLiteral("<h1>Pay %1</h1>\n<ul>%2</ul>\n"
                       "<form method=\"post\" action=\"%3/pay\" style=\"display:inline\">"
                       "<button type=\"submit\" id=\"pay\">Pay</button></form>\n"
                       "<form method=\"post\" action=\"%3/cancel\" style=\"display:inline\">"
                       "<button type=\"submit\" id=\"cancel\">Cancel</button></form>")
            .arg(amount.toHtmlEscaped(), items, base));
}

QString onboarding(const QString& token, const QString& accountId)
{
    return page(QStringLiteral("Onboarding"),
        QStringLiteral("<h1>Set up payouts</h1>\n<p>Account %1</p>\n"
                       "<form method=\"post\" action=\"/sandbox/onboarding/%2\">"
                       "<button type=\"submit\" id=\"complete\">Complete onboarding</button></form>")
            .arg(accountId.toHtmlEscaped(), token.toHtmlEscaped()));
}

QString billingPortal(const QJsonObject& session)
{
    const QString returnUrl = session.value(QStringLiteral("return_url")).toString();
    QString content = QStringLiteral("<h1>Billing</h1>\n<p>Customer %1</p>")
                          .arg(session.value(QStringLiteral("customer")).toString().toHtmlEscaped());
    if (!returnUrl.isEmpty()) {
        content += QStringLiteral("\n<p><a id=\"return\" href=\"%1\">Return</a></p>").arg(returnUrl.toHtmlEscaped());
    }
    return page(QStringLiteral("Billing"), content);
}

QString message(const QString& title, const QString& text)
{
    return page(title, QStringLiteral("<h1>%1</h1>\n<p>%2</p>").arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
}

} // namespace clientele::relay::sandbox::StripePages
