#include "core/store/DemoPractice.h"

#include <QCborArray>
#include <QCborMap>
#include <QTimeZone>
#include <array>
#include <random>

#include "core/domain/Availability.h"
#include "core/domain/Booking.h"
#include "core/domain/Client.h"
#include "core/domain/Contract.h"
#include "core/domain/Invoice.h"
#include "core/domain/PracticeProfile.h"
#include "core/domain/Service.h"
#include "core/domain/TaxRate.h"
#include "core/store/BookingRows.h"
#include "core/store/ClientRows.h"
#include "core/store/InvoiceRows.h"
#include "core/store/ServiceRows.h"
#include "core/store/SettingRows.h"
#include "core/store/StoreSession.h"
#include "core/sync/UuidV7.h"

namespace clientele::DemoPractice {

namespace {

// The demo's contract template: what a photographer's agreement says, with merge fields.
constexpr auto kContractTemplate =
    "This agreement is between {{practice.name}} and {{client.name}} for the session on {{booking.date}}.\n\n"
    "1. Fee and deposit. The deposit secures the date and is not refundable. The rest is due before the "
    "session.\n\n"
    "2. Rescheduling. The session can be moved once, free of charge, up to 14 days before the date.\n\n"
    "3. Images. The photographer delivers the edited images within four weeks in an online gallery. The "
    "client may print and share them for personal use; the photographer may show a selection in their "
    "portfolio unless the client objects in writing.\n\n"
    "4. Liability. If the photographer cannot attend because of illness or force majeure, every payment is "
    "refunded in full.";

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

const std::array kTextReplies {"C", "C", "Thanks, see you then!", "R", "Running 10 minutes late, sorry!",
    "Could we move it to the afternoon?", "Got it, thank you."};
const std::array kEmailReplies {"Thank you! Is there parking near the studio?",
    "Looking forward to it. Can I bring my partner along?", "Could we move the session by a week?",
    "Thanks for the reminder, see you then."};

// Mobile numbers reserved for fiction (ACMA: 0491 570 006–159, 0491 571 266–491, 0491 572 549–665),
// 497 in all: the first clients with a phone get one, so the demo's reminders and Text… reach them.
// Ofcom's 07700 900xxx would be the British choice, but libphonenumber rejects it as no valid number.
struct FictionalRange
{
    const char* prefix;
    int first;
    int last;
};
const std::array kFictionalMobileRanges {FictionalRange {"+61491570", 6, 159}, FictionalRange {"+61491571", 266, 491},
    FictionalRange {"+61491572", 549, 665}};

// Then landlines: each prefix + three digits is a number reserved for fiction; 15,000 in all.
const std::array kFictionalPhonePrefixes {"+441134960", "+441144960", "+441164960", "+441174960", "+441184960",
    "+441214960", "+441314960", "+441414960", "+441514960", "+441614960", "+441914980", "+442079460", "+442896496",
    "+442920180", "+493023125"};

struct ServiceSeed
{
    const char* name;
    int minutes;
    qint64 priceMinor;
    int bufferBefore;
    int bufferAfter;
    qint64 fixedDepositMinor; // 0: none (unless a percentage)
    qint64 depositPpm; // 0: none
    bool needsContract;
};
const std::array kServices {ServiceSeed {"Portrait session", 60, 25000, 15, 15, 5000, 0, false},
    ServiceSeed {"Family shoot", 90, 35000, 15, 30, 10000, 0, true},
    ServiceSeed {"Wedding day", 480, 320000, 60, 60, 0, 300000, true},
    ServiceSeed {"Therapy session", 50, 12000, 0, 10, 0, 0, false},
    ServiceSeed {"Intake consultation", 30, 0, 0, 0, 0, 0, false},
    ServiceSeed {"Coaching call", 60, 15000, 5, 10, 0, 0, false},
    ServiceSeed {"Headshots", 30, 9000, 10, 10, 0, 0, false},
    ServiceSeed {"Couples therapy", 80, 18000, 0, 10, 0, 250000, false}};

// Sessions placed by hand around "now" (days from today, local start time, service index), so the
// Today view and this week's calendar always have something to show, including one clash.
struct NearSeed
{
    int day;
    int hour;
    int minute;
    int service;
    BookingStatus status;
};
const std::array kNearBookings {NearSeed {0, 9, 30, 3, BookingStatus::Confirmed},
    NearSeed {0, 11, 0, 0, BookingStatus::Confirmed}, NearSeed {0, 11, 30, 6, BookingStatus::Pending},
    NearSeed {0, 14, 0, 5, BookingStatus::AwaitingPayment}, NearSeed {0, 16, 0, 1, BookingStatus::AwaitingSignature},
    NearSeed {1, 10, 0, 7, BookingStatus::Confirmed}, NearSeed {1, 13, 0, 0, BookingStatus::AwaitingPayment},
    NearSeed {2, 9, 0, 3, BookingStatus::Confirmed}, NearSeed {2, 15, 0, 4, BookingStatus::Inquiry},
    NearSeed {3, 10, 30, 1, BookingStatus::AwaitingSignature}, NearSeed {4, 12, 0, 5, BookingStatus::Pending},
    NearSeed {-1, 10, 0, 3, BookingStatus::Completed}, NearSeed {-1, 14, 0, 0, BookingStatus::NoShow}};

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

// About three years of history and seven months of plans around "now".
constexpr int kHistoryDays = 1060;
constexpr int kPlanDays = 216;

QDateTime referenceNow()
{
    return QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
}

const QDateTime& epoch()
{
    static const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    return start;
}

// The n-th fictional phone number: the mobile ones first, then the landlines.
QString fictionalPhone(int n)
{
    for (const FictionalRange& range : kFictionalMobileRanges) {
        const int size = range.last - range.first + 1;
        if (n < size) {
            return QString::fromLatin1(range.prefix)
                + QStringLiteral("%1").arg(range.first + n, 3, 10, QLatin1Char('0'));
        }
        n -= size;
    }
    const char* prefix = kFictionalPhonePrefixes[static_cast<std::size_t>(n / 1000) % kFictionalPhonePrefixes.size()];
    return QString::fromLatin1(prefix) + QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
}

class Generator final
{
public:
    Generator(
        StoreSession& session, Size size, quint64 seed, const std::function<void(int)>& progress, const QDateTime& now)
        : m_session(session)
        , m_counts(countsFor(size))
        , m_random(seed)
        , m_progress(progress)
        , m_now(now.toUTC())
        , m_today(now.toTimeZone(QTimeZone(kZone)).date())
    {
    }

    Result<Counts> run()
    {
        if (Result<void> done = begin(); !done) {
            return done.error();
        }
        if (Result<void> done = settings(); !done) {
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

    Result<void> settings()
    {
        PracticeProfile profile;
        profile.name = QStringLiteral("Lumen Studio");
        profile.currency = Currency::fromCode(QStringLiteral("EUR")).value();
        profile.timeZoneId = QString::fromLatin1(kZone);
        profile.localeName = QStringLiteral("en_GB");
        profile.legalName = QStringLiteral("Lumen Studio GmbH");
        profile.address.streetLines = {QStringLiteral("Lindenstraße 12")};
        profile.address.city = QStringLiteral("Berlin");
        profile.address.postalCode = QStringLiteral("10969");
        profile.address.countryCode = QStringLiteral("DE");
        profile.email = QStringLiteral("hello@lumen-studio.example");
        profile.phone = QStringLiteral("+493023125000");
        profile.website = QStringLiteral("https://lumen-studio.example");
        profile.taxId = QStringLiteral("DE000000000");
        profile.invoiceTerms = QStringLiteral("Payable within 14 days by bank transfer or card.");
        profile.invoiceFooter = QStringLiteral("Lumen Studio GmbH · IBAN DE00 0000 0000 0000 0000 00 · Thank you!");
        profile.invoiceNumberPattern = QStringLiteral("INV-{YYYY}-{#####}");
        profile.paymentTermsDays = 14;
        if (Result<void> done = SettingRows::saveProfile(*m_scope, profile); !done) {
            return done;
        }
        Result<Availability> availability = Availability::create(profile.timeZoneId);
        if (!availability) {
            return availability.error();
        }
        for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
            if (Result<void> done =
                    availability.value().addWeeklyHours(static_cast<Qt::DayOfWeek>(day), QTime(9, 0), QTime(17, 0));
                !done) {
                return done;
            }
        }
        (void)availability.value().setMinimumNoticeMinutes(24 * 60);
        (void)availability.value().setHorizonDays(120);
        availability.value().closeOn(QDate(m_today.year(), 12, 24));
        availability.value().closeOn(QDate(m_today.year(), 12, 25));
        const qint64 at = epoch().toMSecsSinceEpoch();
        return SettingRows::saveAvailability(*m_scope, availability.value(), [this, at] { return m_random.id(at); });
    }

    Result<void> services()
    {
        const Currency eur = Currency::fromCode(QStringLiteral("EUR")).value();
        m_contractTemplate = m_random.id(epoch().toMSecsSinceEpoch());
        if (Result<void> done = m_scope->changes().insert(QStringLiteral("contract_template"), m_contractTemplate,
                QCborMap {{QStringLiteral("name"), QStringLiteral("Photography agreement")},
                    {QStringLiteral("body"), QString::fromLatin1(kContractTemplate)}});
            !done) {
            return done;
        }
        for (const ServiceSeed& seed : kServices) {
            Service service(m_random.id(epoch().toMSecsSinceEpoch()), QString::fromUtf8(seed.name), seed.minutes,
                Money(seed.priceMinor, eur));
            service.setBuffers(seed.bufferBefore, seed.bufferAfter);
            if (seed.fixedDepositMinor > 0) {
                service.setDeposit(Deposit::fixed(Money(seed.fixedDepositMinor, eur)));
            } else if (seed.depositPpm > 0) {
                service.setDeposit(Deposit::percentage(seed.depositPpm));
            }
            if (seed.needsContract) {
                service.setRequiredContractTemplateId(m_contractTemplate);
            }
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
        const qint64 firstCreated = m_now.toMSecsSinceEpoch() - kHistoryDays * 24LL * 60 * 60 * 1000;
        const qint64 span = m_now.toMSecsSinceEpoch() - firstCreated - 24LL * 60 * 60 * 1000;
        for (int i = 0; i < m_counts.clients; ++i) {
            const qint64 created = firstCreated + span / m_counts.clients * i;
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
            // for drama and documentation, so no real person is ever texted by a demo.
            if (i % 4 != 0) {
                if (auto parsed = PhoneNumber::fromE164(fictionalPhone(m_phones++))) {
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
        const QDate first = m_today.addDays(-kHistoryDays);
        const int days = kHistoryDays + kPlanDays;
        const int spread = m_counts.bookings - static_cast<int>(kNearBookings.size());
        // Sessions up to two weeks ahead are invoiced (on the day of the session, or today for later ones).
        const int invoiceable = static_cast<int>(static_cast<qint64>(spread) * (kHistoryDays + 14) / days);
        // Spread evenly over the whole history (a fractional step), so recent months have invoices too.
        const qint64 target = m_counts.invoices;
        const qint64 slots = std::max(1, invoiceable);
        int invoices = 0;
        bool nearDone = false;
        for (int i = 0; i < spread; ++i) {
            // Bookings in date order, so invoice numbers are issued in order too.
            const QDate date = first.addDays(static_cast<qint64>(days) * i / spread);
            if (!nearDone && date >= m_today.addDays(-1)) {
                nearDone = true;
                if (Result<void> done = nearBookings(eur, vat.value(), invoices); !done) {
                    return done;
                }
            }
            const Service& service = m_services.at(m_random.below(static_cast<int>(m_services.size())));
            const QTime time(8 + m_random.below(9), m_random.below(4) * 15);
            Result<Schedule> schedule = Schedule::fromLocal(
                date, time, service.durationMinutes(), QString::fromLatin1(kZone), GapPolicy::ShiftForward);
            if (!schedule) {
                return schedule.error();
            }
            BookingStatus status = BookingStatus::Confirmed;
            if (schedule->end() <= m_now) {
                const int roll = m_random.below(100);
                status = roll < 88 ? BookingStatus::Completed
                                   : (roll < 95 ? BookingStatus::Canceled : BookingStatus::NoShow);
            } else {
                const int roll = m_random.below(100);
                status = roll < 55
                    ? BookingStatus::Confirmed
                    : (roll < 75
                            ? BookingStatus::Pending
                            : (roll < 88 ? BookingStatus::AwaitingPayment
                                         : (roll < 96 ? BookingStatus::AwaitingSignature : BookingStatus::Canceled)));
            }
            const bool invoiceSlot = (qint64 {i} + 1) * target / slots > qint64 {i} * target / slots;
            const bool withInvoice = invoices < m_counts.invoices && invoiceSlot && status != BookingStatus::Canceled
                && date <= m_today.addDays(14);
            if (Result<void> done =
                    booking(service, schedule.value(), status, withInvoice, eur, vat.value(), std::min(date, m_today));
                !done) {
                return done;
            }
            invoices += withInvoice ? 1 : 0;
        }
        if (!nearDone) {
            if (Result<void> done = nearBookings(eur, vat.value(), invoices); !done) {
                return done;
            }
        }
        m_counts.invoices = invoices;
        return {};
    }

    // The hand-placed sessions of yesterday, today and this week.
    Result<void> nearBookings(const Currency& eur, const TaxRate& vat, int& invoices)
    {
        for (const NearSeed& seed : kNearBookings) {
            const Service& service = m_services.at(seed.service);
            const QDate date = m_today.addDays(seed.day);
            Result<Schedule> schedule = Schedule::fromLocal(date, QTime(seed.hour, seed.minute),
                service.durationMinutes(), QString::fromLatin1(kZone), GapPolicy::ShiftForward);
            if (!schedule) {
                return schedule.error();
            }
            const bool withInvoice = seed.status == BookingStatus::AwaitingPayment && invoices < m_counts.invoices;
            if (Result<void> done =
                    booking(service, schedule.value(), seed.status, withInvoice, eur, vat, m_today.addDays(-3));
                !done) {
                return done;
            }
            invoices += withInvoice ? 1 : 0;
        }
        return {};
    }

    Result<void> booking(const Service& service, const Schedule& schedule, BookingStatus status, bool withInvoice,
        const Currency& eur, const TaxRate& vat, QDate invoiceDate)
    {
        const QUuid clientId = m_clientIds.at(m_random.below(static_cast<int>(m_clientIds.size())));
        Booking booking = Booking::restore(m_random.id(schedule.start().toMSecsSinceEpoch()), clientId, service.id(),
            schedule, status, {}, {},
            status == BookingStatus::Canceled ? QStringLiteral("Client rescheduled elsewhere") : QString());
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
        if (!service.requiredContractTemplateId().isNull() && schedule.end() > m_now
            && status != BookingStatus::Canceled && status != BookingStatus::Inquiry) {
            if (Result<void> done = contract(booking, status == BookingStatus::AwaitingSignature); !done) {
                return done;
            }
        }
        if (!withInvoice) {
            return {};
        }
        // A session waiting for its deposit is invoiced shortly before now and not yet paid.
        const bool awaiting = status == BookingStatus::AwaitingPayment;
        const QDate date = awaiting ? std::min(invoiceDate, m_today) : invoiceDate;
        return invoice(booking, service, eur, vat, date, awaiting);
    }

    Result<void> contract(const Booking& booking, bool unsignedYet)
    {
        const qint64 sent = booking.schedule().start().toMSecsSinceEpoch() - 21LL * 24 * 60 * 60 * 1000;
        const qint64 sentAt = std::min(sent, m_now.toMSecsSinceEpoch() - 2LL * 24 * 60 * 60 * 1000);
        // The template filled in as the app would have done when the contract was sent (the demo has
        // no client names at hand here, so the parties are named by role).
        const QString body = QString::fromLatin1(kContractTemplate)
                                 .replace(QStringLiteral("{{practice.name}}"), QStringLiteral("Lumen Studio GmbH"))
                                 .replace(QStringLiteral("{{client.name}}"), QStringLiteral("the client"))
                                 .replace(QStringLiteral("{{booking.date}}"),
                                     booking.schedule().localStart().date().toString(Qt::ISODate));
        QCborMap fields {{QStringLiteral("client_id"), booking.clientId().toRfc4122()},
            {QStringLiteral("booking_id"), booking.id().toRfc4122()},
            {QStringLiteral("template_id"), m_contractTemplate.toRfc4122()},
            {QStringLiteral("title"), QStringLiteral("Photography agreement")}, {QStringLiteral("body"), body},
            {QStringLiteral("body_sha256"), domain::Contract::hashOf(body)},
            {QStringLiteral("status"),
                unsignedYet ? (m_random.chance(50) ? QStringLiteral("viewed") : QStringLiteral("sent"))
                            : QStringLiteral("signed")},
            {QStringLiteral("sent_at"), sentAt}};
        if (!unsignedYet) {
            QString sha;
            for (int h = 0; h < 4; ++h) {
                sha += QStringLiteral("%1").arg(m_random.next(), 16, 16, QLatin1Char('0'));
            }
            fields.insert(QStringLiteral("signature"), QCborArray {sentAt + 3LL * 60 * 60 * 1000, sha});
        }
        return m_scope->changes().insert(QStringLiteral("contract"), m_random.id(sentAt), fields);
    }

    Result<void> invoice(const Booking& booking, const Service& service, const Currency& eur, const TaxRate& vat,
        QDate date, bool awaiting)
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
        if (!awaiting && m_random.chance(30)) {
            InvoiceLine extra {m_random.id(0), QStringLiteral("Prints and album"), 2 * Money::kQuantityOne,
                Money(4500, eur), {vat.code()}, QStringLiteral("a1")};
            (void)invoice.addLine(extra);
        }
        if (m_random.chance(15)) {
            invoice.setPoNumber(QStringLiteral("PO-%1").arg(m_random.below(90000) + 10000));
        }
        if (awaiting) {
            // Deposit now, the rest on the day of the session.
            Result<InvoiceTotals> totals = invoice.totals();
            Result<Money> deposit = service.depositAmount();
            if (totals && deposit && deposit->isPositive()
                && deposit->minorUnits() < totals->grandTotal().minorUnits()) {
                const qint64 total = totals->grandTotal().minorUnits();
                const QDate sessionDay = std::max(date, booking.schedule().localStart().date());
                Result<PaymentSchedule> plan = PaymentSchedule::create({{date, Money(deposit->minorUnits(), eur)},
                    {sessionDay, Money(total - deposit->minorUnits(), eur)}});
                if (plan) {
                    (void)invoice.setPaymentSchedule(plan.value());
                }
            }
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
        const QDate due = date.addDays(awaiting ? 7 : 14);
        (void)invoice.setDueDate(due);
        Result<Money> balance = invoice.balanceDue();
        // Older invoices are nearly all paid; among the recent ones some are late, a few half paid.
        const bool recent = due >= m_today.addDays(-45);
        const bool paysInFull = !awaiting && due < m_today && m_random.chance(recent ? 70 : 99);
        const bool paysHalf = !awaiting && !paysInFull && m_random.chance(recent ? 25 : 10);
        if (balance && balance->isPositive() && (paysInFull || paysHalf)) {
            const Money amount = paysInFull ? balance.value() : Money(balance->minorUnits() / 2, eur);
            (void)invoice.recordPayment(Payment {m_random.id(0), amount,
                QDateTime(std::min(date.addDays(m_random.below(14)), m_today), QTime(12, 0), Qt::UTC),
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
            // Spread over the history, a little denser in the last weeks.
            const qint64 ageMs = m_random.chance(5)
                ? static_cast<qint64>(m_random.below(14 * 24 * 60)) * 60'000
                : static_cast<qint64>(m_random.below(kHistoryDays * 24 * 60)) * 60'000;
            const qint64 at = m_now.toMSecsSinceEpoch() - ageMs;
            const bool inbound = m_random.chance(15);
            const bool failed = !inbound && ageMs < 14LL * 24 * 60 * 60 * 1000 && m_random.chance(8);
            // Clients answer in their own words: a reply to a reminder, a question.
            const QString body = inbound
                ? QString::fromUtf8(sms ? kTextReplies[static_cast<std::size_t>(m_random.below(kTextReplies.size()))]
                                        : kEmailReplies[static_cast<std::size_t>(m_random.below(kEmailReplies.size()))])
                : (sms ? QStringLiteral("Reminder: your session is tomorrow. Reply C to confirm.")
                       : QStringLiteral("Hello, this is a friendly reminder of your session next week."));
            QCborMap fields {{QStringLiteral("client_id"), m_clientIds.at(client).toRfc4122()},
                {QStringLiteral("channel"), sms ? QStringLiteral("sms") : QStringLiteral("email")},
                {QStringLiteral("direction"), inbound ? QStringLiteral("inbound") : QStringLiteral("outbound")},
                {QStringLiteral("subject"),
                    sms ? QCborValue(QCborValue::Null)
                        : QCborValue(inbound ? QStringLiteral("Re: Your session is coming up")
                                             : QStringLiteral("Your session is coming up"))},
                {QStringLiteral("body"), body},
                {QStringLiteral("state"),
                    failed ? QStringLiteral("failed")
                           : (inbound ? QStringLiteral("received") : QStringLiteral("delivered"))},
                {QStringLiteral("error"),
                    failed ? QCborValue(sms ? QStringLiteral("Carrier rejected the number (30003)")
                                            : QStringLiteral("Mailbox unavailable (550)"))
                           : QCborValue(QCborValue::Null)},
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
    QDateTime m_now;
    QDate m_today; // in the practice's zone
    QUuid m_contractTemplate;
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

Result<Counts> generate(
    StoreSession& session, Size size, quint64 seed, const std::function<void(int)>& progress, const QDateTime& now)
{
    Generator generator(session, size, seed, progress, now.isValid() ? now : referenceNow());
    return generator.run();
}

Result<Counts> generate(StoreSession& session, Size size, quint64 seed, const std::function<void(int)>& progress)
{
    return generate(session, size, seed, progress, referenceNow());
}

} // namespace clientele::DemoPractice
