#include "ui/practice/PracticeContext.h"

#include <utility>

#include "core/ports/Clock.h"

namespace clientele::ui {

PracticeContext::PracticeContext(
    Store& store, const Clock& clock, PracticeFiles files, domain::PracticeProfile profile, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_files(std::move(files))
    , m_profile(std::move(profile))
    , m_clients(store)
    , m_bookings(store)
    , m_contracts(store)
    , m_invoices(store)
    , m_services(store)
    , m_settings(store)
    , m_queries(store)
    , m_connectedAccounts(store)
{
}

void PracticeContext::setProfile(const domain::PracticeProfile& profile)
{
    m_profile = profile;
    Q_EMIT profileChanged();
}

QLocale PracticeContext::locale() const
{
    return m_profile.localeName.isEmpty() ? QLocale() : QLocale(m_profile.localeName);
}

QTimeZone PracticeContext::timeZone() const
{
    const QTimeZone zone(m_profile.timeZoneId.toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QDate PracticeContext::today() const
{
    return m_clock.nowUtc().toTimeZone(timeZone()).date();
}

} // namespace clientele::ui
