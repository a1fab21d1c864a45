#pragma once

#include <QFuture>

#include "core/Result.h"
#include "core/domain/Availability.h"
#include "core/domain/PracticeProfile.h"

namespace clientele {

class Store;

// The practice's own settings, kept in the encrypted store (they sync between devices): the profile
// and the weekly availability. Each profile field is its own setting row, so two devices editing
// different fields both keep their edit.
class SettingsRepository final
{
public:
    explicit SettingsRepository(Store& store);

    // A practice that never saved a profile gets the defaults (empty name: the first-run wizard).
    QFuture<Result<domain::PracticeProfile>> profile();
    // Validates first; writes only the fields that changed.
    QFuture<Result<void>> saveProfile(const domain::PracticeProfile& profile);
    // Weekly hours and date exceptions, in the profile's time zone.
    QFuture<Result<domain::Availability>> availability();
    QFuture<Result<void>> saveAvailability(const domain::Availability& availability);

private:
    Store& m_store;
};

} // namespace clientele
