#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTest>
#include <QUuid>
#include <functional>

#include "core/SecureBytes.h"
#include "core/store/BookingRows.h"
#include "core/store/ClientRows.h"
#include "core/store/CommandOutbox.h"
#include "core/store/CommandSender.h"
#include "core/store/InboxPuller.h"
#include "core/store/InvoiceRepository.h"
#include "core/store/ServiceRows.h"
#include "core/store/SettingsRepository.h"
#include "core/store/StoreSession.h"
#include "core/store/Transactions.h"
#include "tests/store/PracticeFixtures.h"
#include "tests/store/StoreTestSupport.h"

namespace clientele::test {

// A sender that retries and asks again within a test's patience.
inline CommandSender::Options fastSenderOptions()
{
    CommandSender::Options options;
    options.firstRetry = std::chrono::milliseconds(200);
    options.maxRetry = std::chrono::seconds(1);
    options.firstCheck = std::chrono::milliseconds(50);
    options.maxCheck = std::chrono::milliseconds(200);
    return options;
}

// An inbox that holds its polls briefly and retries soon.
inline InboxPuller::Options fastInboxOptions()
{
    InboxPuller::Options options;
    options.wait = std::chrono::seconds(1);
    options.firstRetry = std::chrono::milliseconds(100);
    options.maxRetry = std::chrono::milliseconds(400);
    return options;
}

// Waits up to 20 s for `done`, moving the practice's clock on with real time (the sender and the
// inbox schedule by it).
inline bool advancingUntil(TestPractice& practice, const std::function<bool()>& done)
{
    for (int waited = 0; waited < 20000; waited += 50) {
        if (done()) {
            return true;
        }
        QTest::qWait(50);
        practice.clock.advance(50);
    }
    return done();
}

inline SecureBytes secureCopy(const QByteArray& bytes)
{
    return SecureBytes(
        reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
}

inline QJsonObject accountParams()
{
    return {{QStringLiteral("country"), QStringLiteral("DE")},
        {QStringLiteral("email"), QStringLiteral("studio@lumen.example")}};
}

inline QJsonObject checkoutParams(qint64 amountMinor, const QString& reference)
{
    return {{QStringLiteral("mode"), QStringLiteral("payment")}, {QStringLiteral("currency"), QStringLiteral("eur")},
        {QStringLiteral("line_items"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Invoice 2026-0007")},
                {QStringLiteral("unit_amount"), static_cast<double>(amountMinor)}, {QStringLiteral("quantity"), 1}}}},
        {QStringLiteral("customer_email"), QStringLiteral("ada@example.com")},
        {QStringLiteral("client_reference_id"), reference},
        {QStringLiteral("success_url"), QStringLiteral("https://lumen.example/thanks")}};
}

inline QJsonObject smsParams(const QString& body)
{
    return {{QStringLiteral("to"), QStringLiteral("+4915112345678")}, {QStringLiteral("body"), body}};
}

// Queues a command about a new client, in the transaction that adds the client (as a business
// action queues its side effect).
inline OutboxCommand queueCommand(TestPractice& practice, const QString& type, const QJsonObject& params)
{
    const domain::Client client =
        clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), practice.clock.nowUtc());
    const Result<OutboxCommand> queued = practice.run([client, type, params](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<OutboxCommand> {
            if (Result<void> added = ClientRows::insert(scope, client); !added) {
                return added.error();
            }
            return CommandOutbox::enqueue(scope, type, params, QStringLiteral("client"), client.id());
        });
    });
    Q_ASSERT(queued.hasValue());
    return queued.value();
}

// Ada Lovelace (ada@example.com) with a 200 € session next week (in `status`) and its invoice, issued
// unless `issue` is false.
inline domain::Invoice invoiceForAda(
    TestPractice& practice, bool issue = true, domain::BookingStatus status = domain::BookingStatus::Confirmed)
{
    domain::Client client = clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), practice.clock.nowUtc());
    client.addEmail(domain::EmailAddress::parse(QStringLiteral("ada@example.com")).value());
    const domain::Service service = serviceWithDeposit(20000, 0);
    const domain::Booking booking = bookingAt(client, service, practice.clock.nowUtc().addDays(7), status);
    Q_ASSERT(await(SettingsRepository(*practice.store).saveProfile(lumenProfile())).hasValue());
    seed(practice, [&](WriteScope& scope) -> Result<void> {
        if (auto done = ClientRows::insert(scope, client); !done) {
            return done;
        }
        if (auto done = ServiceRows::insert(scope, service); !done) {
            return done;
        }
        return BookingRows::insert(scope, booking);
    });
    InvoiceRepository invoices(*practice.store);
    const QDate today = practice.clock.nowUtc().date();
    const Result<domain::Invoice> draft = await(invoices.draftForBooking(booking.id(), sync::UuidV7::create(), today));
    Q_ASSERT(draft.hasValue() && await(invoices.add(draft.value())).hasValue());
    if (!issue) {
        return draft.value();
    }
    const Result<domain::Invoice> issued = await(invoices.issue(draft->id(), today));
    Q_ASSERT(issued.hasValue());
    return issued.value();
}

} // namespace clientele::test
