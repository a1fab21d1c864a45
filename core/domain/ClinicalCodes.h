#pragma once

#include <QString>
#include <QStringList>

#include "core/Result.h"

namespace clientele::domain {

// The codes a US superbill or CMS-1500 claim carries, checked for their shape and written one way,
// so "f411" typed in an editor and "F41.1" from an import are the same code. Only the format is
// checked: whether a code exists in this year's code set is the payer's business, and the code
// sets change every October.
//
// Refusals carry a stable key in Error::detail(); the user message names what was typed and shows
// an example of the right shape.

// ICD-10-CM diagnosis code: a letter, a digit, a digit or A/B (C4A, M1A, Z3A), then optionally up
// to four more letters or digits after a dot. Trimmed, upper-cased, the dot added when it was left
// out ("F411" → "F41.1"). "code.bad-icd10".
// U is accepted as the first letter although WHO reserves it: ICD-10-CM bills U07.1 and U09.9.
Result<QString> normalizeIcd10(const QString& code);

// CPT (four digits and a digit, or F, T or U for categories II, III and lab analyses: 90837, 0001F)
// or HCPCS Level II (a letter and four digits: G0444). "code.bad-procedure".
Result<QString> normalizeProcedureCode(const QString& code);

// A procedure modifier: two letters or digits (95, GT, HO, 59), upper-cased. "code.bad-modifier".
Result<QString> normalizeModifier(const QString& modifier);

// A CMS place-of-service code, 01–99, written with two digits ("2" → "02").
// "code.bad-place-of-service".
Result<QString> normalizePlaceOfService(const QString& code);

// The translated name of a place of service a practice of ours uses ("11" → "Office"); empty for
// other codes, which are still valid.
QString placeOfServiceName(const QString& code);
// The codes placeOfServiceName() names, in the order an editor offers them (office first).
const QStringList& commonPlacesOfService();

} // namespace clientele::domain
