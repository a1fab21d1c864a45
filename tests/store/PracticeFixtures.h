#pragma once

#include <QDateTime>

#include "core/domain/Booking.h"
#include "core/domain/Client.h"
#include "core/domain/Invoice.h"
#include "core/domain/PracticeProfile.h"
#include "core/domain/Service.h"
#include "core/store/BookingRows.h"
#include "core/store/ClientRows.h"
#include "core/store/InvoiceRows.h"
#include "core/store/ServiceRows.h"
#include "core/store/SettingRows.h"
#include "core/store/Transactions.h"
#include "core/sync/UuidV7.h"
#include "tests/store/StoreTestSupport.h"

namespace clientele::test {

inline domain::Currency eur()
{
    return domain::Currency::fromCode(QStringLiteral("EUR")).value();
}

inline domain::PracticeProfile lumenProfile()
{
    domain::PracticeProfile profile;
    profile.name = QStringLiteral("Lumen Studio");
    profile.currency = eur();
    profile.timeZoneId = QStringLiteral("Europe/Berlin");
    profile.localeName = QStringLiteral("de_DE");
    profile.invoiceNumberPattern = QStringLiteral("LS-{YYYY}-{###}");
    profile.paymentTermsDays = 10;
    return profile;
}

inline domain::Client clientNamed(const QString& given, const QString& family, const QDateTime& at)
{
    domain::Client client(sync::UuidV7::create(), at);
    client.setGivenName(given);
    client.setFamilyName(family);
    return client;
}

inline domain::Service serviceWithDeposit(qint64 priceMinor, qint64 depositMinor)
{
    domain::Service service(
        sync::UuidV7::create(), QStringLiteral("Portrait session"), 60, domain::Money(priceMinor, eur()));
    service.setBuffers(15, 15);
    if (depositMinor > 0) {
        service.setDeposit(domain::Deposit::fixed(domain::Money(depositMinor, eur())));
    }
    return service;
}

inline domain::Booking bookingAt(const domain::Client& client, const domain::Service& service,
    const QDateTime& startUtc, domain::BookingStatus status, int minutes = 60)
{
    const auto schedule =
        domain::Schedule::create(startUtc, startUtc.addSecs(60LL * minutes), QStringLiteral("Europe/Berlin"));
    return domain::Booking::restore(sync::UuidV7::create(), client.id(), service.id(), schedule.value(), status);
}

// Writes records straight through the row layer, in one transaction.
template<typename Write>
void seed(TestPractice& practice, Write write)
{
    const auto done = practice.run([write](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<void> { return write(scope); });
    });
    Q_ASSERT_X(done.hasValue(), "seed", qPrintable(done.hasValue() ? QString() : done.error().toString()));
}

// The Lumen profile and one session of `client` for `service`: the practice the calendar sync tests
// start from.
inline void seedOneBooking(TestPractice& practice, const domain::Client& client, const domain::Service& service,
    const domain::Booking& booking)
{
    seed(practice, [&](WriteScope& scope) -> Result<void> {
        if (auto done = SettingRows::saveProfile(scope, lumenProfile()); !done) {
            return done;
        }
        if (auto done = ClientRows::insert(scope, client); !done) {
            return done;
        }
        if (auto done = ServiceRows::insert(scope, service); !done) {
            return done;
        }
        return BookingRows::insert(scope, booking);
    });
}

} // namespace clientele::test
