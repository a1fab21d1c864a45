#pragma once

#include <QString>

#include "core/domain/BookingStatus.h"
#include "core/domain/PipelineStage.h"

namespace clientele::ui {

// The status names themselves are the domain's (domain::bookingStatusName, translated); these are the
// words only the interface needs.
// The button that moves a booking into this status ("Confirm", "Mark as No-show").
QString bookingTransitionText(domain::BookingStatus to);
QString pipelineStageText(domain::PipelineStage stage);

} // namespace clientele::ui
