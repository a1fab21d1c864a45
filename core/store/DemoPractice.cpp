#include "core/store/DemoPractice.h"

#include <QCborMap>
#include <array>
#include <random>

#include "core/domain/Booking.h"
#include "core/domain/Client.h"
#include "core/domain/Invoice.h"
#include "core/domain/Service.h"
#include "core/domain/TaxRate.h"
#include "core/store/BookingRows.h"
#include "core/store/ClientRows.h"
#include "core/store/InvoiceRows.h"
#include "core/store/ServiceRows.h"
#include "core/store/StoreSession.h"
#include "core/sync/UuidV7.h"

namespace clientele::DemoPractice {

namespace {

using namespace clientele::domain;

constexpr int kBatch = 2000;
constexpr auto kZone = "Europe/Berlin";

const std::array kGivenNames {"Ada", "Ben", "Clara", "David", "Elena", "Felix", "Greta", "Hugo", "Ines", "Jonas",
    "Karla", "Leon", "Mia", "Noah", "Olivia", "Paul", "Quinn", "Rosa", "Samuel", "Tara", "Uma", "Victor", "Wanda",
    "Xavier", "Yara", "Zoe", "Amir", "Bianca", "Chen", "Dalia", "Emeka", "Farah", "Gustav", "Hana", "Igor", "Jamal",
    "Keiko", "Lars", "Maya", "Nico", "Oskar", "Priya", "Rafael", "Sofia", "Tomas", "Ulla", "Vera", "Wei", "Yusuf",
    "Zainab"};
const std::array kFamilyNames {"Abbott", "Bauer", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia", "Hoffmann",
    "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quintero", "Rossi",
    "Schneider", "Tanaka", "Ullrich", "Vargas", "Weber", "Xu", "Yilmaz", "Zimmermann", "Andersen", "Becker", "Costa",
    "Dahl", "Engel", "Ferreira", "Grant", "Haas", "Iqbal", "Jovanovic", "Keller", "Larsen", "Meyer", "Novak", "Olsen",
    "Park", "Richter", "Santos", "Torres", "Vogel", "Wagner", "Young", "Zhou", "Lehmann"};
const std::array kTags {"wedding", "portrait", "family", "corporate", "vip", "referral", "newsletter", "repeat", "2025",
    "2026", "sliding-scale", "insurance", "couples", "coaching"};
const std::array kNotes {"Prefers morning sessions.", "Referred by a previous client.",
    "Allergic to lilies; mention to the florist.", "Wants the gallery delivered in black and white as well.",
    "Pays by bank transfer.", "Needs a receipt for the employer.", "Asked about a payment plan.",
    "Very nervous in front of the camera; plan extra warm-up time.", "Goals: better sleep and less overtime.",
    "Interested in the quarterly package."};

// Each prefix + three digits is a number reserved for fiction; together 15,000 different numbers.
const std::array kFictionalPhonePrefixes {"+441134960", "+441144960", "+441164960", "+441174960", "+441184960",
    "+441214960", "+441314960", "+441414960", "+441514960", "+441614960", "+441914980", "+442079460", "+442896496",
    "+442920180", "+493023125"};

struct ServiceSeed
{
    const char* name;
    int minutes;
    qint64 priceMinor;
};
const std::array kServices {ServiceSeed {"Portrait session", 60, 25000}, ServiceSeed {"Family shoot", 90, 35000},
    ServiceSeed {"Wedding day", 480, 320000}, ServiceSeed {"Therapy session", 50, 12000},
    ServiceSeed {"Intake consultation", 30, 0}, ServiceSeed {"Coaching call", 60, 15000},
    ServiceSeed {"Headshots", 30, 9000}, ServiceSeed {"Couples therapy", 80, 18000}};

class Random final
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {
    }
    // mt19937_64's output is fixed by the standard (unlike the distributions), so data is the same everywhere.
    quint64 next() { return m_engine(); }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    QUuid id(qint64 ms)
    {
        std::array<unsigned char, 10> bytes {};
        quint64 a = next();
        quint64 b = next();
        for (std::size_t i = 0; i < 8; ++i) {
            bytes[i] = static_cast<unsigned char>(a >> (8 * i));
        }
        bytes[8] = static_cast<unsigned char>(b);
        bytes[9] = static_cast<unsigned char>(b >> 8);
        return sync::UuidV7::fromParts(ms, bytes);
    }

private:
    std::mt19937_64 m_engine;
};

const QDateTime& epoch()
{
    static const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    return start;
}

class Generator final
{
public:
    Generator(StoreSession& session, Size size, quint64 seed, const std::function<void(int)>& progress)
        : m_session(session)
        , m_counts(countsFor(size))
        , m_random(seed)
        , m_progress(progress)
    {
    }

    Result<Counts> run()
    {
        if (Result<void> done = begin(); !done) {
            return done.error();
        }
        if (Result<void> done = services(); !done) {
            return done.error();
        }
        if (Result<void> done = clients(); !done) {
            return done.error();
        }
        if (Result<void> done = bookingsAndInvoices(); !done) {
            return done.error();
        }
        if (Result<void> done = messages(); !done) {
            return done.error();
        }
        if (Result<void> done = deliverables(); !done) {
            return done.error();
        }
        if (Result<void> done = commit(); !done) {
            return done.error();
        }
        return m_counts;
    }

private:
    Result<void> begin()
    {
        Result<WriteScope> scope = m_session.beginWrite();
        if (!scope) {
            return scope.error();
        }
        m_scope.emplace(std::move(scope).value());
        return {};
    }

    Result<void> commit()
    {
        if (!m_scope) {
            return {};
        }
        Result<void> committed = m_scope->commit();
        m_scope.reset();
        if (committed && m_progress) {
            m_progress(m_written);
        }
        return committed;
    }

    // Counts a record and commits a batch when it is full.
    Result<void> written()
    {
        ++m_written;
        if (++m_inBatch < kBatch) {
            return {};
        }
        m_inBatch = 0;
        if (Result<void> done = commit(); !done) {
            return done;
        }
        return begin();
    }

    Result<void> services()
    {
        const Currency eur = Currency::fromCode(QStringLiteral("EUR")).value();
        for (const ServiceSeed& seed : kServices) {
            Service service(m_random.id(epoch().toMSecsSinceEpoch()), QString::fromUtf8(seed.name), seed.minutes,
                Money(seed.priceMinor, eur));
            service.setBuffers(10, 15);
            service.setReminderPlan({{10080, ReminderRule::Channel::Email}, {1440, ReminderRule::Channel::Sms}});
            service.setVideoMeeting(seed.minutes <= 60);
            if (Result<void> done = ServiceRows::insert(*m_scope, service); !done) {
                return done;
            }
            m_services.append(service);
        }
        return {};
    }

    Result<void> clients()
    {
        const qint64 span = epoch().msecsTo(QDateTime(QDate(2026, 6, 30), QTime(0, 0), Qt::UTC));
        for (int i = 0; i < m_counts.clients; ++i) {
            const qint64 created = epoch().toMSecsSinceEpoch() + span / m_counts.clients * i;
            Client client(m_random.id(created), QDateTime::fromMSecsSinceEpoch(created, Qt::UTC));
            const QString given =
                QString::fromUtf8(kGivenNames[static_cast<std::size_t>(m_random.below(kGivenNames.size()))]);
            const QString family =
                QString::fromUtf8(kFamilyNames[static_cast<std::size_t>(m_random.below(kFamilyNames.size()))]);
            client.setGivenName(given);
            client.setFamilyName(family);
            if (m_random.chance(10)) {
                client.setCompany(family + QStringLiteral(" & Partners"));
            }
            const QString email = given.toLower() + u'.' + family.toLower() + QString::number(i) + u"@example."
                + (i % 3 == 0 ? u"com" : (i % 3 == 1 ? u"org" : u"net"));
            if (auto parsed = EmailAddress::parse(email)) {
                client.addEmail(parsed.value());
            }
            // Three clients in four have a phone, each a different number from the ranges kept free
            // for drama and documentation (Ofcom's 01xx 496 0xxx, 020 7946 0xxx and Berlin's
            // 030 23125xxx), so no real person is ever texted by a demo.
            if (i % 4 != 0) {
                const int n = m_phones++;
                const char* prefix =
                    kFictionalPhonePrefixes[static_cast<std::size_t>(n / 1000) % kFictionalPhonePrefixes.size()];
                const QString phone =
                    QString::fromLatin1(prefix) + QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
                if (auto parsed = PhoneNumber::fromE164(phone)) {
                    client.addPhone(parsed.value());
                }
            }
            QStringList tags;
            for (int t = m_random.below(3); t > 0; --t) {
                tags.append(QString::fromUtf8(kTags[static_cast<std::size_t>(m_random.below(kTags.size()))]));
            }
            tags.removeDuplicates();
            (void)client.setTags(tags);
            client.setNotes(QString::fromUtf8(kNotes[static_cast<std::size_t>(m_random.below(kNotes.size()))]));
            client.setSource(i % 4 == 0 ? QStringLiteral("Instagram") : QStringLiteral("Website"));
            const int stage = m_random.below(4);
            if (stage >= 1) {
                (void)client.advanceTo(PipelineStage::Consultation);
            }
            if (stage >= 2) {
                (void)client.advanceTo(PipelineStage::Booked);
            }
            if (stage >= 3) {
                (void)client.advanceTo(PipelineStage::Repeat);
            }
            if (m_random.chance(70)) {
                (void)client.recordConsent(Consent {ContactChannel::Sms, Consent::State::Granted,
                    QDateTime::fromMSecsSinceEpoch(created, Qt::UTC), Consent::Method::WebForm,
                    QStringLiteral("Booking form: 'Text me reminders'")});
            }
            if (Result<void> done =
                    ClientRows::insert(*m_scope, client, [this, created] { return m_random.id(created); });
                !done) {
                return done;
            }
            m_clientIds.append(client.id());
            if (Result<void> done = written(); !done) {
                return done;
            }
        }
        return {};
    }

    Result<void> bookingsAndInvoices()
    {
        const Currency eur = Currency::fromCode(QStringLiteral("EUR")).value();
        Result<TaxRate> vat =
            TaxRate::create(QStringLiteral("VAT19"), QStringLiteral("VAT 19 %"), 190000, TaxRate::Inclusion::Exclusive);
        if (!vat) {
            return vat.error();
        }
        const QDate first(2024, 1, 1);
        const int days = static_cast<int>(first.daysTo(QDate(2027, 6, 30)));
        const QDate today(2026, 11, 26);
        const int invoiceEvery = std::max(1, m_counts.bookings / std::max(1, m_counts.invoices));
        int invoices = 0;
        for (int i = 0; i < m_counts.bookings; ++i) {
            // Bookings in date order, so invoice numbers are issued in order too.
            const QDate date = first.addDays(static_cast<qint64>(days) * i / m_counts.bookings);
            const Service& service = m_services.at(m_random.below(static_cast<int>(m_services.size())));
            const QTime time(8 + m_random.below(9), m_random.below(4) * 15);
            Result<Schedule> schedule = Schedule::fromLocal(
                date, time, service.durationMinutes(), QString::fromLatin1(kZone), GapPolicy::ShiftForward);
            if (!schedule) {
                return schedule.error();
            }
            BookingStatus status = BookingStatus::Confirmed;
            if (date < today) {
                const int roll = m_random.below(100);
                status = roll < 88 ? BookingStatus::Completed
                                   : (roll < 95 ? BookingStatus::Canceled : BookingStatus::NoShow);
            } else if (m_random.chance(30)) {
                status = BookingStatus::Pending;
            }
            const QUuid clientId = m_clientIds.at(m_random.below(static_cast<int>(m_clientIds.size())));
            Booking booking = Booking::restore(
                m_random.id(schedule->start().toMSecsSinceEpoch()), clientId, service.id(), schedule.value(), status);
            if (m_random.chance(20)) {
                booking.setNotes(QString::fromUtf8(kNotes[static_cast<std::size_t>(m_random.below(kNotes.size()))]));
            }
            booking.setLocation(service.hasVideoMeeting() ? QStringLiteral("Video call") : QStringLiteral("Studio"));
            if (Result<void> done = BookingRows::insert(*m_scope, booking); !done) {
                return done;
            }
            if (Result<void> done = written(); !done) {
                return done;
            }
            m_bookingIds.append(booking.id());
            if (invoices < m_counts.invoices && i % invoiceEvery == 0 && status != BookingStatus::Canceled) {
                if (Result<void> done = invoice(booking, service, eur, vat.value(), date, today); !done) {
                    return done;
                }
                ++invoices;
            }
        }
        m_counts.invoices = invoices;
        return {};
    }

    Result<void> invoice(const Booking& booking, const Service& service, const Currency& eur, const TaxRate& vat,
        QDate date, QDate today)
    {
        Invoice invoice(m_random.id(booking.schedule().start().toMSecsSinceEpoch()), booking.clientId(), eur);
        invoice.setBookingId(booking.id());
        (void)invoice.setSeries(QStringLiteral("INV"));
        (void)invoice.setTaxRates({vat});
        const qint64 price = service.price().minorUnits() > 0 ? service.price().minorUnits() : 5000;
        InvoiceLine line {
            m_random.id(0), service.name(), Money::kQuantityOne, Money(price, eur), {vat.code()}, QStringLiteral("a0")};
        if (Result<void> added = invoice.addLine(line); !added) {
            return added;
        }
        if (m_random.chance(30)) {
            InvoiceLine extra {m_random.id(0), QStringLiteral("Prints and album"), 2 * Money::kQuantityOne,
                Money(4500, eur), {vat.code()}, QStringLiteral("a1")};
            (void)invoice.addLine(extra);
        }
        if (m_random.chance(15)) {
            invoice.setPoNumber(QStringLiteral("PO-%1").arg(m_random.below(90000) + 10000));
        }
        Result<QString> number =
            InvoiceRows::allocateNumber(*m_scope, QStringLiteral("INV"), QStringLiteral("INV-{YYYY}-{#####}"), date);
        if (!number) {
            return number.error();
        }
        (void)invoice.assignNumber(number.value());
        if (Result<void> issued = invoice.issue(date); !issued) {
            return issued;
        }
        (void)invoice.setDueDate(date.addDays(14));
        Result<Money> balance = invoice.balanceDue();
        if (balance && date.addDays(14) < today && m_random.chance(92)) {
            (void)invoice.recordPayment(Payment {m_random.id(0), balance.value(),
                QDateTime(date.addDays(m_random.below(14)), QTime(12, 0), Qt::UTC),
                m_random.chance(60) ? Payment::Method::Card : Payment::Method::BankTransfer, {}});
        }
        const qint64 at = booking.schedule().start().toMSecsSinceEpoch();
        if (Result<void> done = InvoiceRows::insert(*m_scope, invoice, [this, at] { return m_random.id(at); }); !done) {
            return done;
        }
        return written();
    }

    Result<void> messages()
    {
        for (int i = 0; i < m_counts.messages; ++i) {
            const int client = m_random.below(static_cast<int>(m_clientIds.size()));
            const bool sms = m_random.chance(40);
            const qint64 at = epoch().toMSecsSinceEpoch() + static_cast<qint64>(m_random.below(90000)) * 1000 * 1000;
            QCborMap fields {{QStringLiteral("client_id"), m_clientIds.at(client).toRfc4122()},
                {QStringLiteral("channel"), sms ? QStringLiteral("sms") : QStringLiteral("email")},
                {QStringLiteral("direction"),
                    m_random.chance(15) ? QStringLiteral("inbound") : QStringLiteral("outbound")},
                {QStringLiteral("subject"),
                    sms ? QCborValue(QCborValue::Null) : QCborValue(QStringLiteral("Your session is coming up"))},
                {QStringLiteral("body"),
                    sms ? QStringLiteral("Reminder: your session is tomorrow. Reply C to confirm.")
                        : QStringLiteral("Hello, this is a friendly reminder of your session next week.")},
                {QStringLiteral("state"), m_random.chance(97) ? QStringLiteral("delivered") : QStringLiteral("failed")},
                {QStringLiteral("at"), at}};
            if (Result<void> done = m_scope->changes().insert(QStringLiteral("message"), m_random.id(at), fields);
                !done) {
                return done;
            }
            if (Result<void> done = written(); !done) {
                return done;
            }
        }
        return {};
    }

    Result<void> deliverables()
    {
        for (int i = 0; i < m_counts.deliverables; ++i) {
            const QUuid booking = m_bookingIds.at((i / 50 * 7919) % static_cast<int>(m_bookingIds.size()));
            QString sha;
            for (int h = 0; h < 4; ++h) {
                sha += QStringLiteral("%1").arg(m_random.next(), 16, 16, QLatin1Char('0'));
            }
            QCborMap fields {{QStringLiteral("booking_id"), booking.toRfc4122()},
                {QStringLiteral("path"), QStringLiteral("gallery/IMG_%1.jpg").arg(i % 50 + 1, 4, 10, QLatin1Char('0'))},
                {QStringLiteral("size_bytes"), 2'000'000 + m_random.below(6'000'000)}, {QStringLiteral("sha256"), sha},
                {QStringLiteral("mime"), QStringLiteral("image/jpeg")},
                {QStringLiteral("state"), QStringLiteral("uploaded")}};
            if (Result<void> done = m_scope->changes().insert(QStringLiteral("deliverable"), m_random.id(0), fields);
                !done) {
                return done;
            }
            if (Result<void> done = written(); !done) {
                return done;
            }
        }
        return {};
    }

    StoreSession& m_session;
    Counts m_counts;
    Random m_random;
    std::function<void(int)> m_progress;
    std::optional<WriteScope> m_scope;
    int m_written = 0;
    int m_phones = 0;
    int m_inBatch = 0;
    QList<Service> m_services;
    QList<QUuid> m_clientIds;
    QList<QUuid> m_bookingIds;
};

} // namespace

Counts countsFor(Size size)
{
    if (size == Size::Big) {
        return Counts {20000, 200000, 60000, 500000, 100000};
    }
    return Counts {200, 2000, 600, 5000, 1000};
}

Result<Counts> generate(StoreSession& session, Size size, quint64 seed, const std::function<void(int)>& progress)
{
    Generator generator(session, size, seed, progress);
    return generator.run();
}

} // namespace clientele::DemoPractice
