#pragma once

#include <QString>
#include <QStringList>

#include "core/Result.h"

namespace clientele::domain {

// How a service is billed to US insurance on a superbill: its CPT/HCPCS code, up to four modifiers
// (the CMS-1500 has four boxes), the place of service and the units one session counts for.
// A coding without a code is no coding at all; practices outside the US never fill one in.
//
// Like Service, the fields hold what was typed; validate() says what is wrong and normalized()
// gives the spelling the store keeps (see ClinicalCodes.h).
struct ProcedureCoding
{
    static constexpr int kMaxModifiers = 4;
    static constexpr int kMaxUnits = 99;

    QString code; // "90837"
    QStringList modifiers; // "95", "HO"
    QString placeOfService; // "11"; editors suggest it, validate() does not invent it
    int units = 1;

    bool isEmpty() const { return code.trimmed().isEmpty(); }

    // An empty coding is valid. Otherwise the code, each modifier and the place of service must have
    // their shape ("code.*" keys), at most four modifiers ("coding.too-many-modifiers"), units from 1
    // to 99 ("coding.bad-units") and a place of service ("coding.needs-place-of-service").
    Result<void> validate() const;
    // The same coding with every code in its canonical spelling; an empty coding becomes the default
    // one (stray modifiers without a code are dropped). Refused for the reasons validate() gives.
    static Result<ProcedureCoding> normalized(const ProcedureCoding& coding);

    friend bool operator==(const ProcedureCoding& a, const ProcedureCoding& b) = default;
};

} // namespace clientele::domain
