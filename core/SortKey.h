#pragma once

#include <QString>

namespace clientele {

// A key that sorts names the way people expect in any locale, the C locale of a test included:
// without case or accents ("Émile" next to "Emil", "ébène" before "Portrait").
QString sortKey(const QString& name);

} // namespace clientele
