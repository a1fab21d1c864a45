#include "core/store/SubscriptionInvoices.h"

#include <QCoreApplication>
#include <QTimeZone>

#include "core/domain/Invoice.h"
#include "core/domain/PracticeProfile.h"
#include "core/ports/Clock.h"
#include "core/store/InvoicePayments.h"
#include "core/store/InvoiceRepository.h"
#include "core/store/InvoiceRows.h"
#include "core/store/InvoiceSeries.h"
#include "core/store/SettingRows.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/StoreSession.h"
#include "core/store/Subscriptions.h"
#include "core/sync/UuidV7.h"

namespace clientele::SubscriptionInvoices {

namespace {

QUuid fromStripe(const char* kind, const QString& stripeInvoiceId)
{
    static const QUuid kNamespace(QStringLiteral("{5c0e8a3b-9d41-4f27-b6e2-18a7c4d93f60}"));
    return QUuid::createUuidV5(kNamespace, QString(QLatin1String(kind) + u':' + stripeInvoiceId));
}

// The newest issue date of the series; invalid when it has no invoice yet.
Result<QDate> lastIssueDate(WriteScope& scope, const QString& series)
{
    Result<SqlStatement> query = scope.db().prepare(
        QStringLiteral("SELECT max(issue_date) FROM invoice WHERE series = ?1 AND number IS NOT NULL"));
    if (!query) {
        return query.error();
    }
    query.value().bind(1, series);
    Result<bool> row = query.value().step();
    if (!row) {
        return row.error();
    }
    return row.value() && !query.value().isNull(0) ? QDate::fromString(query.value().text(0), Qt::ISODate) : QDate();
}

} // namespace

Result<bool> recordPaidPeriod(
    WriteScope& scope, const Subscription& subscription, const QJsonObject& stripeInvoice, qint64 eventCreated)
{
    const QString stripeId = stripeInvoice.value(QStringLiteral("id")).toString();
    const qint64 paid = stripeInvoice.value(QStringLiteral("amount_paid")).toInteger();
    const Result<domain::Currency> currency =
        domain::Currency::fromCode(stripeInvoice.value(QStringLiteral("currency")).toString().toUpper());
    if (!stripeId.startsWith(u"in_") || paid <= 0 || !currency) {
        return false;
    }
    const QUuid invoiceId = fromStripe("invoice", stripeId);
    Result<std::optional<domain::Invoice>> known = InvoiceRows::load(scope.db(), invoiceId);
    if (!known) {
        return known.error();
    }
    if (known->has_value()) {
        return false;
    }
    Result<domain::PracticeProfile> profile = SettingRows::loadProfile(scope.db());
    if (!profile) {
        return profile.error();
    }
    const QDateTime at =
        eventCreated > 0 ? QDateTime::fromSecsSinceEpoch(eventCreated, Qt::UTC) : scope.clock().nowUtc();
    const QTimeZone zone(profile->timeZoneId.toUtf8());
    const QDate day = zone.isValid() ? at.toTimeZone(zone).date() : at.date();

    // The plan as the client has it; what Stripe charged when that differs (a change mid-period).
    domain::Invoice invoice(invoiceId, subscription.clientId, currency.value());
    domain::InvoiceLine line;
    line.id = fromStripe("line", stripeId);
    line.description = QCoreApplication::translate("SubscriptionInvoices", "%1 (subscription)").arg(subscription.name);
    if (subscription.unitAmount.currency() == currency.value() && subscription.periodAmount().minorUnits() == paid) {
        line.quantityThousandths = domain::Money::kQuantityOne * subscription.quantity;
        line.unitPrice = subscription.unitAmount;
    } else {
        line.unitPrice = domain::Money(paid, currency.value());
    }
    if (Result<void> added = invoice.addLine(line); !added) {
        return added.error();
    }
    invoice.setNotes(
        QCoreApplication::translate("SubscriptionInvoices", "Charged by card through Stripe (%1).").arg(stripeId));
    if (Result<void> inserted = InvoiceRows::insert(scope, invoice); !inserted) {
        return inserted.error();
    }
    // In the series of Stripe's charges, numbered alike on every computer (InvoiceSeries).
    constexpr auto kCharges = InvoiceRepository::NumberSeries::StripeCharges;
    Result<domain::Invoice> issued = InvoiceRepository::issueIn(scope, invoiceId, day, kCharges);
    if (!issued && issued.error().code() == Error::Code::Conflict) {
        // Numbers follow dates: a period read late (after a newer one of a later year) is issued on
        // the series' last day rather than lost. That day, unlike today, is the same on every computer.
        Result<QDate> last = lastIssueDate(scope, InvoiceSeries::forStripeCharges(profile->invoiceNumberPattern).name);
        if (!last) {
            return last.error();
        }
        if (last->isValid() && last.value() > day) {
            issued = InvoiceRepository::issueIn(scope, invoiceId, last.value(), kCharges);
        }
    }
    if (!issued) {
        return issued.error();
    }
    domain::Payment payment;
    payment.id = fromStripe("payment", stripeId);
    payment.amount = domain::Money(paid, currency.value());
    payment.at = at;
    payment.method = domain::Payment::Method::Card;
    payment.externalReference = stripeId;
    if (Result<domain::Invoice> recorded = InvoicePayments::record(scope, invoiceId, payment); !recorded) {
        return recorded.error();
    }
    return true;
}

} // namespace clientele::SubscriptionInvoices
