#include "core/services/ContractMergeValues.h"

#include <optional>

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

#include "core/domain/Booking.h"
#include "core/domain/Client.h"
#include "core/domain/Invoice.h"
#include "core/domain/PhoneNumber.h"
#include "core/domain/PracticeProfile.h"
#include "core/domain/Service.h"
#include "core/text/DocumentText.h"
#include "core/text/MoneyText.h"

namespace clientele {

namespace {

using Values = QHash<QString, QString>;

// Only values there is something to write (see the header).
void put(Values& values, const char* key, const QString& value)
{
    if (!value.trimmed().isEmpty()) {
        values.insert(QString::fromLatin1(key), value);
    }
}

QString durationText(int minutes)
{
    if (minutes > 0 && minutes % 60 == 0) {
        return QCoreApplication::translate("ContractMergeValues", "%n hour(s)", nullptr, minutes / 60);
    }
    return QCoreApplication::translate("ContractMergeValues", "%n minute(s)", nullptr, minutes);
}

QTimeZone practiceZone(const domain::PracticeProfile& profile)
{
    const QByteArray id = profile.timeZoneId.toLatin1();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id)) {
        return QTimeZone::utc();
    }
    return QTimeZone(id);
}

void putClient(Values& values, const domain::Client& client, const QString& home)
{
    put(values, "client.first_name", client.givenName());
    put(values, "client.last_name", client.familyName());
    put(values, "client.name", client.displayName());
    put(values, "client.company", client.company());
    if (const auto email = client.primaryEmail()) {
        put(values, "client.email", email->address());
    }
    if (const auto phone = client.primaryPhone()) {
        put(values, "client.phone", phone->formatted(domain::PhoneNumber::Format::International));
    }
    put(values, "client.address", addressLines(client.address(), home).join(QStringLiteral(", ")));
}

void putPractice(Values& values, const domain::PracticeProfile& profile, const QString& home)
{
    put(values, "practice.name", profile.name.trimmed());
    put(values, "practice.email", profile.email.trimmed());
    if (!profile.phone.isEmpty()) {
        put(values, "practice.phone", documentPhone(profile.phone));
    }
    put(values, "practice.address", addressLines(profile.address, home).join(QStringLiteral(", ")));
}

void putBooking(Values& values, const domain::Booking& booking, const QLocale& locale)
{
    if (!booking.schedule().isNull()) {
        const QDateTime start = booking.schedule().localStart();
        put(values, "booking.date", locale.toString(start.date(), QLocale::LongFormat));
        put(values, "booking.time", locale.toString(start.time(), QLocale::ShortFormat));
    }
    put(values, "booking.location", booking.location());
    put(values, "booking.meeting_link", booking.videoLink());
}

void putService(Values& values, const domain::Service& service, const QLocale& locale)
{
    put(values, "service.name", service.name().trimmed());
    if (service.durationMinutes() > 0) {
        put(values, "service.duration", durationText(service.durationMinutes()));
    }
    if (service.price().currency().isValid()) {
        put(values, "service.price", moneyText(service.price(), locale));
    }
}

// The deposit the contract speaks of: the invoice's first instalment when it is paid in parts, else
// the service's deposit; nothing when neither asks for one.
std::optional<domain::Money> depositOf(const domain::Invoice& invoice, const domain::Service* service)
{
    const auto& schedule = invoice.paymentSchedule();
    if (schedule && schedule->installments().size() > 1) {
        return schedule->installments().constFirst().amount;
    }
    if (service) {
        const Result<domain::Money> deposit = service->depositAmount();
        if (deposit && deposit->isPositive()) {
            return deposit.value();
        }
    }
    return std::nullopt;
}

void putInvoice(Values& values, const domain::Invoice& invoice, const domain::Service* service, const QLocale& locale)
{
    put(values, "invoice.number", invoice.number());
    if (const Result<domain::InvoiceTotals> totals = invoice.totals()) {
        put(values, "invoice.total", moneyText(totals->grandTotal(), locale));
    }
    if (const auto deposit = depositOf(invoice, service)) {
        put(values, "invoice.deposit", moneyText(*deposit, locale));
    }
    if (invoice.dueDate().isValid()) {
        put(values, "invoice.due_date", locale.toString(invoice.dueDate(), QLocale::LongFormat));
    }
}

} // namespace

QHash<QString, QString> contractMergeValues(const domain::PracticeProfile& profile, const domain::Client& client,
    const domain::Booking* booking, const domain::Service* service, const domain::Invoice* invoice,
    const QDateTime& now)
{
    const QLocale locale(profile.localeName);
    const QString home = homeCountry(profile.address, locale);
    Values values;
    putPractice(values, profile, home);
    putClient(values, client, home);
    if (booking) {
        putBooking(values, *booking, locale);
    }
    if (service) {
        putService(values, *service, locale);
    }
    if (invoice) {
        putInvoice(values, *invoice, service, locale);
    }
    if (now.isValid()) {
        put(values, "contract.date",
            locale.toString(now.toTimeZone(practiceZone(profile)).date(), QLocale::LongFormat));
    }
    return values;
}

} // namespace clientele
