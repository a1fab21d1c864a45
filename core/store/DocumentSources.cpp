#include "core/store/DocumentSources.h"

#include <QCoreApplication>
#include <QTimeZone>

#include "core/domain/Booking.h"
#include "core/domain/Service.h"
#include "core/store/BookingRows.h"
#include "core/store/ClientRows.h"
#include "core/store/ContractRows.h"
#include "core/store/InvoiceRows.h"
#include "core/store/ServiceRows.h"
#include "core/store/SettingRows.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/StoredValues.h"

namespace clientele::DocumentSources {

namespace {

Error notFound(const QString& what)
{
    return Error(Error::Code::NotFound,
        QCoreApplication::translate("DocumentSources", "The %1 to print no longer exists.").arg(what),
        QStringLiteral("document.not-found"));
}

// The record a load found, or a "no longer exists" error naming `what`.
template<typename T>
Result<T> existing(Result<std::optional<T>> loaded, const QString& what)
{
    if (!loaded) {
        return loaded.error();
    }
    if (!loaded.value()) {
        return notFound(what);
    }
    return *std::move(loaded).value();
}

// The practice and one of its clients: the two parties every document names.
struct Parties
{
    domain::PracticeProfile profile;
    domain::Client client;
};

Result<Parties> parties(SqlCipherDatabase& db, const QUuid& clientId)
{
    Result<domain::Client> client =
        existing(ClientRows::load(db, clientId), QCoreApplication::translate("DocumentSources", "client"));
    if (!client) {
        return client.error();
    }
    Result<domain::PracticeProfile> profile = SettingRows::loadProfile(db);
    if (!profile) {
        return profile.error();
    }
    return Parties {profile.value(), client.value()};
}

// Milliseconds since the epoch of midnight at the start of `day` in the practice's zone.
qint64 startOfDay(const QDate& day, const QString& timeZoneId)
{
    const QTimeZone zone(timeZoneId.toUtf8());
    return day.startOfDay(zone.isValid() ? zone : QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
}

bool tookPlace(const domain::Booking& booking, const QDateTime& now)
{
    return booking.status() == domain::BookingStatus::Completed
        || (booking.status() == domain::BookingStatus::Confirmed && booking.schedule().end() <= now);
}

bool isBillable(domain::InvoiceStatus status)
{
    return status != domain::InvoiceStatus::Draft && status != domain::InvoiceStatus::Void;
}

} // namespace

Result<documents::InvoiceSource> invoice(SqlCipherDatabase& db, const QUuid& invoiceId, const QDateTime& now)
{
    Result<domain::Invoice> found =
        existing(InvoiceRows::load(db, invoiceId), QCoreApplication::translate("DocumentSources", "invoice"));
    if (!found) {
        return found.error();
    }
    Result<Parties> both = parties(db, found.value().clientId());
    if (!both) {
        return both.error();
    }
    return documents::InvoiceSource {both.value().profile, found.value(), both.value().client, now};
}

Result<documents::StatementSource> statement(
    SqlCipherDatabase& db, const QUuid& clientId, const QDate& asOf, const QDateTime& now)
{
    Result<Parties> both = parties(db, clientId);
    if (!both) {
        return both.error();
    }
    Result<QList<QUuid>> ids = StoredValues::rowIds(db,
        QStringLiteral(
            "SELECT id FROM invoice WHERE client_id = ?1 AND deleted = 0 AND status NOT IN ('draft', 'void') "
            "ORDER BY issue_date, number"),
        clientId);
    if (!ids) {
        return ids.error();
    }
    documents::StatementSource source {both.value().profile, both.value().client, {}, asOf, now};
    for (const QUuid& id : ids.value()) {
        Result<std::optional<domain::Invoice>> loaded = InvoiceRows::load(db, id);
        if (!loaded) {
            return loaded.error();
        }
        if (loaded.value()) {
            source.invoices << *loaded.value();
        }
    }
    return source;
}

Result<documents::SuperbillSource> superbill(
    SqlCipherDatabase& db, const QUuid& clientId, const QDate& from, const QDate& to, const QDateTime& now)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "DocumentSources", "The period of a superbill must end on or after its first day."),
            QStringLiteral("superbill.bad-period"));
    }
    Result<Parties> both = parties(db, clientId);
    if (!both) {
        return both.error();
    }
    const QString& zone = both.value().profile.timeZoneId;
    Result<SqlStatement> query = db.prepare(QStringLiteral(
        "SELECT id FROM booking WHERE client_id = ?1 AND deleted = 0 AND start_utc >= ?2 AND start_utc < ?3 "
        "ORDER BY start_utc"));
    if (!query) {
        return query.error();
    }
    query.value()
        .bindBlob(1, clientId.toRfc4122())
        .bind(2, startOfDay(from, zone))
        .bind(3, startOfDay(to.addDays(1), zone));
    QList<QUuid> bookingIds;
    Result<bool> step = query.value().step();
    for (; step && step.value(); step = query.value().step()) {
        bookingIds << QUuid::fromRfc4122(query.value().blob(0));
    }
    if (!step) {
        return step.error();
    }

    documents::SuperbillSource source {both.value().profile, both.value().client, from, to, {}, now};
    for (const QUuid& bookingId : bookingIds) {
        Result<std::optional<domain::Booking>> booking = BookingRows::load(db, bookingId);
        if (!booking) {
            return booking.error();
        }
        if (!booking.value() || !tookPlace(*booking.value(), now)) {
            continue;
        }
        Result<std::optional<domain::Service>> service = ServiceRows::load(db, booking.value()->serviceId());
        if (!service) {
            return service.error();
        }
        documents::SuperbillSession session;
        session.date = booking.value()->schedule().localStart().date();
        if (service.value()) {
            session.serviceName = service.value()->name();
            session.coding = service.value()->procedureCoding();
            session.fee = service.value()->price();
        }
        session.paid = domain::Money::zero(session.fee.currency());
        Result<QList<QUuid>> invoiceIds = StoredValues::rowIds(db,
            QStringLiteral("SELECT id FROM invoice WHERE booking_id = ?1 AND deleted = 0 ORDER BY issue_date"),
            bookingId);
        if (!invoiceIds) {
            return invoiceIds.error();
        }
        for (const QUuid& invoiceId : invoiceIds.value()) {
            Result<std::optional<domain::Invoice>> invoice = InvoiceRows::load(db, invoiceId);
            if (!invoice) {
                return invoice.error();
            }
            if (invoice.value() && isBillable(invoice.value()->status())) {
                if (Result<domain::InvoiceTotals> totals = invoice.value()->totals()) {
                    session.fee = totals.value().grandTotal();
                    session.paid = invoice.value()->netPaid();
                }
                break;
            }
        }
        source.sessions << session;
    }
    return source;
}

Result<documents::ContractSource> contract(SqlCipherDatabase& db, const QUuid& contractId, const QDateTime& now)
{
    Result<domain::Contract> found =
        existing(ContractRows::load(db, contractId), QCoreApplication::translate("DocumentSources", "contract"));
    if (!found) {
        return found.error();
    }
    Result<Parties> both = parties(db, found.value().clientId());
    if (!both) {
        return both.error();
    }
    return documents::ContractSource {both.value().profile, found.value(), both.value().client, now};
}

Result<QList<QUuid>> invoicesIssuedBetween(SqlCipherDatabase& db, const QDate& from, const QDate& to)
{
    Result<SqlStatement> query =
        db.prepare(QStringLiteral("SELECT id FROM invoice WHERE deleted = 0 AND status <> 'draft' AND issue_date >= ?1 "
                                  "AND issue_date <= ?2 ORDER BY issue_date, number"));
    if (!query) {
        return query.error();
    }
    query.value().bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    QList<QUuid> ids;
    Result<bool> step = query.value().step();
    for (; step && step.value(); step = query.value().step()) {
        ids << QUuid::fromRfc4122(query.value().blob(0));
    }
    if (!step) {
        return step.error();
    }
    return ids;
}

} // namespace clientele::DocumentSources
