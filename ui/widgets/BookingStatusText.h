#pragma once

#include <QString>

#include "core/domain/BookingStatus.h"
#include "core/domain/PipelineStage.h"

namespace clientele::ui {

// Status names as the practitioner reads them, translated ("Awaiting payment"); the keys in the store
// stay untranslated.
QString bookingStatusText(domain::BookingStatus status);
// The button that moves a booking into this status ("Confirm", "Mark as No-show").
QString bookingTransitionText(domain::BookingStatus to);
QString pipelineStageText(domain::PipelineStage stage);

} // namespace clientele::ui
