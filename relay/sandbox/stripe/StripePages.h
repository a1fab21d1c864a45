#pragma once

#include <QJsonObject>
#include <QString>

namespace clientele::relay::sandbox {

// The small HTML pages the simulator serves in place of Stripe's hosted pages. Everything that comes
// from a request is HTML-escaped.
namespace StripePages {

// "Pay 80.00 EUR" with the line items, a Pay and a Cancel button (forms posting to …/pay, …/cancel).
QString checkout(const QJsonObject& session);
// "Complete onboarding" for an account link.
QString onboarding(const QString& token, const QString& accountId);
// A customer portal stand-in with a link back to return_url.
QString billingPortal(const QJsonObject& session);
// A page that only says something (a closed session, an unknown link).
QString message(const QString& title, const QString& text);

} // namespace StripePages

} // namespace clientele::relay::sandbox
