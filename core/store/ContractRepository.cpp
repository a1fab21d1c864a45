#include "core/store/ContractRepository.h"

#include <QCoreApplication>

#include "core/domain/Booking.h"
#include "core/domain/Client.h"
#include "core/domain/Invoice.h"
#include "core/domain/PracticeProfile.h"
#include "core/domain/Service.h"
#include "core/services/ContractMergeValues.h"
#include "core/store/BookingRows.h"
#include "core/store/ClientRows.h"
#include "core/store/ContractRows.h"
#include "core/store/InvoiceRows.h"
#include "core/store/ServiceRows.h"
#include "core/store/SettingRows.h"
#include "core/store/Store.h"
#include "core/store/StoredValues.h"
#include "core/store/Transactions.h"

namespace clientele {

namespace {

using domain::Contract;

Error notFound(const QString& message, const char* kind, const QUuid& id)
{
    return Error(Error::Code::NotFound, message,
        QStringLiteral("%1 %2").arg(QLatin1String(kind), id.toString(QUuid::WithoutBraces)));
}

// The records a draft's merge fields come from.
struct DraftSources
{
    domain::PracticeProfile profile;
    domain::Client client;
    std::optional<domain::Booking> booking;
    std::optional<domain::Service> service;
    std::optional<domain::Invoice> invoice;
};

// The booking's latest invoice that still counts (not void), if any.
Result<std::optional<domain::Invoice>> invoiceOfBooking(SqlCipherDatabase& db, const QUuid& bookingId)
{
    const Result<QList<QUuid>> ids = StoredValues::rowIds(db,
        QStringLiteral("SELECT id FROM invoice WHERE booking_id = ?1 AND deleted = 0 AND status <> 'void' "
                       "ORDER BY id DESC LIMIT 1"),
        bookingId);
    if (!ids) {
        return ids.error();
    }
    if (ids->isEmpty()) {
        return std::optional<domain::Invoice>();
    }
    return InvoiceRows::load(db, ids->constFirst());
}

Result<DraftSources> loadSources(SqlCipherDatabase& db, const QUuid& clientId, const QUuid& bookingId)
{
    Result<domain::PracticeProfile> profile = SettingRows::loadProfile(db);
    if (!profile) {
        return profile.error();
    }
    Result<std::optional<domain::Client>> client = ClientRows::load(db, clientId);
    if (!client) {
        return client.error();
    }
    if (!client.value()) {
        return notFound(
            QCoreApplication::translate("ContractRepository", "The client no longer exists."), "client", clientId);
    }
    DraftSources sources {std::move(profile).value(), *client.value(), {}, {}, {}};
    if (bookingId.isNull()) {
        return sources;
    }
    Result<std::optional<domain::Booking>> booking = BookingRows::load(db, bookingId);
    if (!booking) {
        return booking.error();
    }
    if (!booking.value()) {
        return notFound(
            QCoreApplication::translate("ContractRepository", "The booking no longer exists."), "booking", bookingId);
    }
    if (booking.value()->clientId() != clientId) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("ContractRepository", "The booking belongs to another client."),
            QStringLiteral("contract.booking-other-client"));
    }
    sources.booking = booking.value();
    Result<std::optional<domain::Service>> service = ServiceRows::load(db, sources.booking->serviceId());
    if (!service) {
        return service.error();
    }
    sources.service = service.value();
    Result<std::optional<domain::Invoice>> invoice = invoiceOfBooking(db, bookingId);
    if (!invoice) {
        return invoice.error();
    }
    sources.invoice = invoice.value();
    return sources;
}

Result<Contract> loadExisting(SqlCipherDatabase& db, const QUuid& id)
{
    Result<std::optional<Contract>> loaded = ContractRows::load(db, id);
    if (!loaded) {
        return loaded.error();
    }
    if (!loaded.value()) {
        return notFound(
            QCoreApplication::translate("ContractRepository", "The contract no longer exists."), "contract", id);
    }
    return *loaded.value();
}

// Loads the contract, applies change to a copy (the domain refuses what is not allowed) and writes
// what changed. Returns the contract as stored now.
template<typename Change>
Result<Contract> changeContract(WriteScope& scope, const QUuid& id, Change change)
{
    Result<Contract> before = loadExisting(scope.db(), id);
    if (!before) {
        return before.error();
    }
    Contract after = before.value();
    if (Result<void> changed = change(after); !changed) {
        return changed.error();
    }
    if (Result<void> done = ContractRows::update(scope, before.value(), after); !done) {
        return done.error();
    }
    return after;
}

} // namespace

ContractRepository::ContractRepository(Store& store)
    : m_store(store)
{
}

QFuture<Result<QList<domain::ContractTemplate>>> ContractRepository::listTemplates()
{
    return m_store.run([](StoreSession& session) { return ContractRows::loadTemplates(session.db()); });
}

QFuture<Result<void>> ContractRepository::saveTemplate(const domain::ContractTemplate& contractTemplate)
{
    return m_store.run([contractTemplate](StoreSession& session) {
        return inTransaction(
            session, [&](WriteScope& scope) { return ContractRows::saveTemplate(scope, contractTemplate); });
    });
}

QFuture<Result<void>> ContractRepository::removeTemplate(const QUuid& id)
{
    return m_store.run([id](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return ContractRows::removeTemplate(scope, id); });
    });
}

QFuture<Result<Contract>> ContractRepository::draftFromTemplate(
    const QUuid& templateId, const QUuid& clientId, const QUuid& bookingId, const QDateTime& now)
{
    Q_ASSERT(now.isValid() && now.timeSpec() == Qt::UTC);
    return m_store.run([templateId, clientId, bookingId, now](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<Contract> {
            Result<std::optional<domain::ContractTemplate>> contractTemplate =
                ContractRows::loadTemplate(scope.db(), templateId);
            if (!contractTemplate) {
                return contractTemplate.error();
            }
            if (!contractTemplate.value()) {
                return notFound(
                    QCoreApplication::translate("ContractRepository", "The contract template no longer exists."),
                    "contract_template", templateId);
            }
            Result<DraftSources> sources = loadSources(scope.db(), clientId, bookingId);
            if (!sources) {
                return sources.error();
            }
            const DraftSources& s = sources.value();
            const QHash<QString, QString> values =
                contractMergeValues(s.profile, s.client, s.booking ? &*s.booking : nullptr,
                    s.service ? &*s.service : nullptr, s.invoice ? &*s.invoice : nullptr, now);
            Result<QString> body = contractTemplate.value()->render(values);
            if (!body) {
                return body.error();
            }
            Contract contract(ContractRows::newContractId(now), clientId, templateId, contractTemplate.value()->name(),
                std::move(body).value(), now);
            contract.setBookingId(bookingId);
            if (Result<void> done = ContractRows::insert(scope, contract); !done) {
                return done.error();
            }
            return contract;
        });
    });
}

QFuture<Result<std::optional<Contract>>> ContractRepository::find(const QUuid& id)
{
    return m_store.run([id](StoreSession& session) { return ContractRows::load(session.db(), id); });
}

QFuture<Result<Contract>> ContractRepository::setBody(const QUuid& id, const QString& body)
{
    return m_store.run([id, body](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) {
            return changeContract(scope, id, [&body](Contract& contract) { return contract.setBody(body); });
        });
    });
}

QFuture<Result<Contract>> ContractRepository::send(const QUuid& id, const QDateTime& at)
{
    return transition(id, domain::ContractStatus::Sent, at);
}

QFuture<Result<Contract>> ContractRepository::sign(const QUuid& id, const QString& signedPdfSha256, const QDateTime& at)
{
    return m_store.run([id, signedPdfSha256, at](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) {
            return changeContract(scope, id, [&](Contract& contract) { return contract.sign(signedPdfSha256, at); });
        });
    });
}

QFuture<Result<Contract>> ContractRepository::transition(
    const QUuid& id, domain::ContractStatus to, const QDateTime& at)
{
    return m_store.run([id, to, at](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) {
            return changeContract(scope, id, [&](Contract& contract) { return contract.transitionTo(to, at); });
        });
    });
}

} // namespace clientele
