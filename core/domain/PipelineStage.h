#pragma once

#include <optional>

#include <QString>

#include "core/Result.h"

namespace clientele::domain {

// Where a client stands in the lead pipeline (DESIGN.md §2, Clients). The order of the values is
// the order of the pipeline.
enum class PipelineStage
{
    Inquiry,
    Consultation,
    Booked,
    Repeat, // booked again after a first completed booking
};

// The pipeline rules in one place, so the client, the importer and the UI agree:
// - moving forward is free (an inquiry may book straight away), except that Repeat is reached only
//   from Booked: a client repeats after having booked;
// - moving back is a deliberate "reopen" (a lost booking, a mistaken click) and is refused
//   without it; a reopen must actually move back;
// - staying where one is succeeds and changes nothing.
// Refusals carry a stable key in Error::detail() ("pipeline.backward-needs-reopen",
// "pipeline.repeat-needs-booked", "pipeline.reopen-not-backward").
class PipelineRules final
{
public:
    enum class Move
    {
        Advance,
        Reopen,
    };

    static Result<void> check(PipelineStage from, PipelineStage to, Move move);

    // Stable names for storage and import ("inquiry", "consultation", "booked", "repeat").
    static QString name(PipelineStage stage);
    static std::optional<PipelineStage> fromName(const QString& name);
    // Translated label for the UI.
    static QString label(PipelineStage stage);
};

} // namespace clientele::domain
