#pragma once

#include <QHash>
#include <QString>

#include "core/email/EmailPayload.h"

namespace clientele::domain {
struct PracticeProfile;
}

namespace clientele::email {

// The values of an email's merge fields (emailFields()) for its payload, written the way the
// practice's documents write them (contractMergeValues: its locale, the session's time zone). Like
// contracts, a value the payload does not have is left out, so a template that names it is refused
// by name; but {{client.first_name}} falls back to the client's whole name (a company has no first
// name), as emails start with it.
QHash<QString, QString> emailMergeValues(const EmailPayload& payload, const domain::PracticeProfile& profile);

} // namespace clientele::email
