#include "core/store/BookingRepository.h"

#include <QCoreApplication>

#include "core/store/BookingRows.h"
#include "core/store/Store.h"
#include "core/store/Transactions.h"

namespace clientele {

namespace {

Error bookingNotFound(const QUuid& id)
{
    return Error(Error::Code::NotFound,
        QCoreApplication::translate("BookingRepository", "The booking no longer exists."),
        QStringLiteral("booking %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace

BookingRepository::BookingRepository(Store& store)
    : m_store(store)
{
}

QFuture<Result<void>> BookingRepository::add(const domain::Booking& booking)
{
    return m_store.run([booking](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return BookingRows::insert(scope, booking); });
    });
}

QFuture<Result<void>> BookingRepository::addSeries(const QList<domain::Booking>& bookings)
{
    return m_store.run([bookings](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<void> {
            for (const domain::Booking& booking : bookings) {
                if (Result<void> done = BookingRows::insert(scope, booking); !done) {
                    return done;
                }
            }
            return {};
        });
    });
}

QFuture<Result<void>> BookingRepository::update(const domain::Booking& before, const domain::Booking& after)
{
    return m_store.run([before, after](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return BookingRows::update(scope, before, after); });
    });
}

QFuture<Result<std::optional<domain::Booking>>> BookingRepository::find(const QUuid& id)
{
    return m_store.run([id](StoreSession& session) { return BookingRows::load(session.db(), id); });
}

QFuture<Result<domain::BookingTransitionContext>> BookingRepository::transitionContext(
    const QUuid& id, const QDateTime& now)
{
    return m_store.run([id, now](StoreSession& session) -> Result<domain::BookingTransitionContext> {
        Result<std::optional<domain::Booking>> booking = BookingRows::load(session.db(), id);
        if (!booking) {
            return booking.error();
        }
        if (!booking.value()) {
            return bookingNotFound(id);
        }
        Result<domain::BookingTransitionContext> context =
            BookingRows::transitionContext(session.db(), *booking.value(), now);
        if (context) {
            context.value().sessionStart = booking.value()->schedule().start();
            context.value().sessionEnd = booking.value()->schedule().end();
        }
        return context;
    });
}

QFuture<Result<domain::Booking>> BookingRepository::transition(
    const QUuid& id, domain::BookingStatus to, const QString& reason, const QDateTime& now)
{
    return m_store.run([id, to, reason, now](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<domain::Booking> {
            Result<std::optional<domain::Booking>> loaded = BookingRows::load(scope.db(), id);
            if (!loaded) {
                return loaded.error();
            }
            if (!loaded.value()) {
                return bookingNotFound(id);
            }
            const domain::Booking before = *loaded.value();
            Result<domain::BookingTransitionContext> context = BookingRows::transitionContext(scope.db(), before, now);
            if (!context) {
                return context.error();
            }
            domain::Booking after = before;
            if (Result<void> moved = after.transitionTo(to, context.value(), reason); !moved) {
                return moved.error();
            }
            if (Result<void> done = BookingRows::update(scope, before, after); !done) {
                return done.error();
            }
            return after;
        });
    });
}

QFuture<Result<void>> BookingRepository::remove(const QUuid& id)
{
    return m_store.run([id](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return BookingRows::remove(scope, id); });
    });
}

QFuture<Result<void>> BookingRepository::undelete(const QUuid& id)
{
    return m_store.run([id](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return BookingRows::undelete(scope, id); });
    });
}

} // namespace clientele
