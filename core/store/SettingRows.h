#pragma once

#include <functional>

#include <QCborValue>
#include <QHash>
#include <QString>
#include <QUuid>

#include "core/Result.h"
#include "core/domain/Availability.h"
#include "core/domain/PracticeProfile.h"
#include "core/sync/UuidV7.h"

namespace clientele {

class SqlCipherDatabase;
class WriteScope;

// The practice's settings in the store: one `setting` row per profile field (key "profile.name", …,
// value a CBOR-encoded value), so two devices editing different fields both keep their edit, and
// availability as availability_rule / availability_exception rows plus three settings. Runs on the
// storage thread inside the caller's transaction.
namespace SettingRows {

// The row id of a setting: a UUIDv5 of its key, the same on every device, so two devices that
// save the same setting write the same row instead of two rows with one key.
QUuid idOf(const QString& key);

// A practice that never saved its profile gets PracticeProfile's defaults.
Result<domain::PracticeProfile> loadProfile(SqlCipherDatabase& db);
// Validates, then writes the fields that differ from what is stored. Nothing is written when invalid.
Result<void> saveProfile(WriteScope& scope, const domain::PracticeProfile& profile);

// Other settings (the calendar feed's, …), one row per key like the profile's fields: the stored
// values whose key starts with `prefix`, and one value written when it differs from what is stored.
Result<QHash<QString, QCborValue>> read(SqlCipherDatabase& db, const QString& prefix);
Result<void> write(WriteScope& scope, const QString& key, const QCborValue& value);

// In the profile's time zone (UTC until one is saved).
Result<domain::Availability> loadAvailability(SqlCipherDatabase& db);
// newId makes the ids of new rule and exception rows (UUIDv7 by default; the demo generator passes its
// seeded one, so a demo practice is the same for the same seed).
Result<void> saveAvailability(WriteScope& scope, const domain::Availability& availability,
    const std::function<QUuid()>& newId = &sync::UuidV7::create);

} // namespace SettingRows

} // namespace clientele
