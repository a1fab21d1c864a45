#include "core/store/InvoiceRepository.h"

#include <QCoreApplication>
#include <algorithm>

#include "core/domain/Booking.h"
#include "core/domain/Service.h"
#include "core/store/BookingRows.h"
#include "core/store/InvoicePayments.h"
#include "core/store/InvoiceRows.h"
#include "core/store/InvoiceSeries.h"
#include "core/store/PaymentRequests.h"
#include "core/store/RefundRequests.h"
#include "core/store/ServiceRows.h"
#include "core/store/SettingRows.h"
#include "core/store/Store.h"
#include "core/store/Transactions.h"
#include "core/sync/UuidV7.h"
#include "core/text/MoneyText.h"

namespace clientele {

namespace {

using domain::Invoice;

const QString kDefaultSeries = QStringLiteral("INV");

} // namespace

InvoiceRepository::InvoiceRepository(Store& store)
    : m_store(store)
{
}

QFuture<Result<void>> InvoiceRepository::add(const Invoice& draft)
{
    return m_store.run([draft](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<void> {
            if (draft.status() != domain::InvoiceStatus::Draft) {
                return Error(Error::Code::InvalidInput,
                    QCoreApplication::translate("InvoiceRepository", "A new invoice starts as a draft."),
                    QStringLiteral("invoice.not-draft"));
            }
            return InvoiceRows::insert(scope, draft);
        });
    });
}

QFuture<Result<Invoice>> InvoiceRepository::draftForBooking(
    const QUuid& bookingId, const QUuid& invoiceId, const QDate& today)
{
    return m_store.run([bookingId, invoiceId, today](StoreSession& session) -> Result<Invoice> {
        SqlCipherDatabase& db = session.db();
        Result<std::optional<domain::Booking>> booking = BookingRows::load(db, bookingId);
        if (!booking) {
            return booking.error();
        }
        if (!booking.value()) {
            return Error(Error::Code::NotFound,
                QCoreApplication::translate("InvoiceRepository", "The booking no longer exists."),
                QStringLiteral("booking %1").arg(bookingId.toString(QUuid::WithoutBraces)));
        }
        Result<std::optional<domain::Service>> service = ServiceRows::load(db, booking.value()->serviceId());
        if (!service) {
            return service.error();
        }
        if (!service.value()) {
            return Error(Error::Code::NotFound,
                QCoreApplication::translate("InvoiceRepository", "The booking's service no longer exists."),
                QStringLiteral("service of booking %1").arg(bookingId.toString(QUuid::WithoutBraces)));
        }
        Result<domain::PracticeProfile> profile = SettingRows::loadProfile(db);
        if (!profile) {
            return profile.error();
        }
        const domain::Service& s = *service.value();
        const domain::Currency currency = s.price().currency().isValid() ? s.price().currency() : profile->currency;
        Invoice draft(invoiceId, booking.value()->clientId(), currency);
        draft.setBookingId(bookingId);
        (void)draft.setSeries(kDefaultSeries);
        const QDate dueDate = today.addDays(profile->paymentTermsDays);
        if (Result<void> due = draft.setDueDate(dueDate); !due) {
            return due.error();
        }
        domain::InvoiceLine line {sync::UuidV7::create(), s.name(), domain::Money::kQuantityOne,
            domain::Money(s.price().minorUnits(), currency), {}, QStringLiteral("a0")};
        if (Result<void> added = draft.addLine(line); !added) {
            return added.error();
        }
        Result<domain::Money> deposit = s.depositAmount();
        const qint64 total = s.price().minorUnits();
        if (deposit && deposit->isPositive() && deposit->minorUnits() < total) {
            QDate restDue = dueDate;
            const domain::Schedule& schedule = booking.value()->schedule();
            if (!schedule.isNull() && schedule.localStart().date() > restDue) {
                restDue = schedule.localStart().date();
            }
            Result<domain::PaymentSchedule> plan =
                domain::PaymentSchedule::create({{today, domain::Money(deposit->minorUnits(), currency)},
                    {restDue, domain::Money(total - deposit->minorUnits(), currency)}});
            if (!plan) {
                return plan.error();
            }
            if (Result<void> set = draft.setPaymentSchedule(plan.value()); !set) {
                return set.error();
            }
        }
        return draft;
    });
}

QFuture<Result<void>> InvoiceRepository::update(const Invoice& before, const Invoice& after)
{
    return m_store.run([before, after](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<void> {
            Result<Invoice> stored = InvoiceRows::loadExisting(scope.db(), after.id());
            if (!stored) {
                return stored.error();
            }
            if (stored->status() != domain::InvoiceStatus::Draft || after.status() != domain::InvoiceStatus::Draft) {
                return Error(Error::Code::Conflict,
                    QCoreApplication::translate("InvoiceRepository",
                        "Only a draft can be edited; an issued invoice is corrected by voiding it or by a refund."),
                    QStringLiteral("invoice.not-draft"));
            }
            if (Result<domain::InvoiceTotals> totals = after.totals(); !totals) {
                return totals.error();
            }
            return InvoiceRows::update(scope, before, after);
        });
    });
}

QFuture<Result<std::optional<Invoice>>> InvoiceRepository::find(const QUuid& id)
{
    return m_store.run([id](StoreSession& session) { return InvoiceRows::load(session.db(), id); });
}

QFuture<Result<Invoice>> InvoiceRepository::issue(const QUuid& id, const QDate& issueDate)
{
    return m_store.run([id, issueDate](StoreSession& session) {
        return inTransaction(
            session, [&](WriteScope& scope) -> Result<Invoice> { return issueIn(scope, id, issueDate); });
    });
}

Result<Invoice> InvoiceRepository::issueIn(WriteScope& scope, const QUuid& id, const QDate& issueDate, NumberSeries in)
{
    Result<domain::PracticeProfile> profile = SettingRows::loadProfile(scope.db());
    if (!profile) {
        return profile.error();
    }
    return InvoiceRows::change(scope, id, [&](Invoice& invoice) -> Result<void> {
        if (invoice.status() != domain::InvoiceStatus::Draft) {
            return Error(Error::Code::Conflict,
                QCoreApplication::translate("InvoiceRepository", "This invoice has already been issued."),
                QStringLiteral("invoice.not-draft"));
        }
        // Numbered in this computer's series, wherever the draft was written.
        Result<InvoiceSeries::Series> series = in == NumberSeries::StripeCharges
            ? InvoiceSeries::forStripeCharges(profile->invoiceNumberPattern)
            : InvoiceSeries::ofThisComputer(scope.db(), profile->invoiceNumberPattern);
        if (!series) {
            return series.error();
        }
        if (Result<void> set = invoice.setSeries(series->name); !set) {
            return set;
        }
        if (!invoice.dueDate().isValid() || invoice.dueDate() < issueDate) {
            if (Result<void> due = invoice.setDueDate(issueDate.addDays(profile->paymentTermsDays)); !due) {
                return due;
            }
        }
        Result<QString> number = InvoiceRows::allocateNumber(scope, invoice.series(), series->pattern, issueDate);
        if (!number) {
            return number.error();
        }
        if (Result<void> assigned = invoice.assignNumber(number.value()); !assigned) {
            return assigned;
        }
        return invoice.issue(issueDate);
    });
}

QFuture<Result<Invoice>> InvoiceRepository::recordPayment(const QUuid& id, const domain::Payment& payment)
{
    return m_store.run([id, payment](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<Invoice> {
            Result<Invoice> paid = InvoicePayments::record(scope, id, payment);
            if (!paid) {
                return paid;
            }
            // A link asking for more than is now owed would let the client pay twice.
            if (Result<void> stopped = PaymentRequestRows::stopLinksAbove(
                    scope, id, PaymentRequestRows::owedOn(*paid), PaymentRequestRows::StopReason::Paid);
                !stopped) {
                return stopped.error();
            }
            return paid;
        });
    });
}

QFuture<Result<Invoice>> InvoiceRepository::recordRefund(const QUuid& id, const domain::Refund& refund)
{
    return m_store.run([id, refund](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<Invoice> {
            // Money on its way back to the card through Stripe is not there to give back again.
            Result<qint64> waiting = RefundRequestRows::waitingFor(scope.db(), refund.paymentId);
            if (!waiting) {
                return waiting.error();
            }
            return InvoiceRows::change(scope, id, [&](Invoice& invoice) -> Result<void> {
                const qint64 left = invoice.refundableAmount(refund.paymentId).minorUnits() - waiting.value();
                if (waiting.value() > 0 && refund.amount.minorUnits() > left) {
                    return Error(Error::Code::InvalidInput,
                        QCoreApplication::translate("InvoiceRepository",
                            "Only %1 of this payment is left to refund: %2 is already on its way back through Stripe.")
                            .arg(moneyText(domain::Money(std::max<qint64>(left, 0), invoice.currency())),
                                moneyText(domain::Money(waiting.value(), invoice.currency()))));
                }
                return invoice.recordRefund(refund);
            });
        });
    });
}

QFuture<Result<Invoice>> InvoiceRepository::voidInvoice(const QUuid& id)
{
    return m_store.run([id](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<Invoice> {
            Result<Invoice> voided =
                InvoiceRows::change(scope, id, [](Invoice& invoice) { return invoice.voidInvoice(); });
            if (!voided) {
                return voided;
            }
            // Nothing is owed on a void invoice: its links stop working.
            if (Result<void> stopped =
                    PaymentRequestRows::stopLinksAbove(scope, id, 0, PaymentRequestRows::StopReason::Voided);
                !stopped) {
                return stopped.error();
            }
            return voided;
        });
    });
}

QFuture<Result<void>> InvoiceRepository::removeDraft(const QUuid& id)
{
    return m_store.run([id](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<void> {
            Result<Invoice> stored = InvoiceRows::loadExisting(scope.db(), id);
            if (!stored) {
                return stored.error();
            }
            if (stored->status() != domain::InvoiceStatus::Draft) {
                return Error(Error::Code::Conflict,
                    QCoreApplication::translate(
                        "InvoiceRepository", "An issued invoice can't be deleted; void it instead."),
                    QStringLiteral("invoice.not-draft"));
            }
            return InvoiceRows::removeDraft(scope, id);
        });
    });
}

} // namespace clientele
