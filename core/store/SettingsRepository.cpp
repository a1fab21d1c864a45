#include "core/store/SettingsRepository.h"

#include "core/store/SettingRows.h"
#include "core/store/Store.h"
#include "core/store/Transactions.h"

namespace clientele {

SettingsRepository::SettingsRepository(Store& store)
    : m_store(store)
{
}

QFuture<Result<domain::PracticeProfile>> SettingsRepository::profile()
{
    return m_store.run([](StoreSession& session) { return SettingRows::loadProfile(session.db()); });
}

QFuture<Result<void>> SettingsRepository::saveProfile(const domain::PracticeProfile& profile)
{
    return m_store.run([profile](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return SettingRows::saveProfile(scope, profile); });
    });
}

QFuture<Result<domain::Availability>> SettingsRepository::availability()
{
    return m_store.run([](StoreSession& session) { return SettingRows::loadAvailability(session.db()); });
}

QFuture<Result<void>> SettingsRepository::saveAvailability(const domain::Availability& availability)
{
    return m_store.run([availability](StoreSession& session) {
        return inTransaction(
            session, [&](WriteScope& scope) { return SettingRows::saveAvailability(scope, availability); });
    });
}

} // namespace clientele
