#include "core/domain/PipelineStage.h"

#include <array>

#include <QCoreApplication>

namespace clientele::domain {

namespace {

constexpr std::array kStages = {
    PipelineStage::Inquiry, PipelineStage::Consultation, PipelineStage::Booked, PipelineStage::Repeat};

Error pipelineError(const char* key, QString message)
{
    return Error(Error::Code::InvalidInput, std::move(message), QString::fromLatin1(key));
}

} // namespace

Result<void> PipelineRules::check(PipelineStage from, PipelineStage to, Move move)
{
    if (from == to) {
        return {};
    }
    const bool backward = static_cast<int>(to) < static_cast<int>(from);
    if (move == Move::Reopen) {
        if (!backward) {
            return pipelineError("pipeline.reopen-not-backward",
                QCoreApplication::translate("PipelineRules", "Reopening moves a client back; %1 comes after %2.")
                    .arg(label(to), label(from)));
        }
        return {};
    }
    if (backward) {
        return pipelineError("pipeline.backward-needs-reopen",
            QCoreApplication::translate("PipelineRules", "Moving a client back from %1 to %2 needs “Reopen”.")
                .arg(label(from), label(to)));
    }
    if (to == PipelineStage::Repeat && from != PipelineStage::Booked) {
        return pipelineError("pipeline.repeat-needs-booked",
            QCoreApplication::translate("PipelineRules", "A client becomes a repeat client only after a booking."));
    }
    return {};
}

QString PipelineRules::name(PipelineStage stage)
{
    switch (stage) {
    case PipelineStage::Inquiry:
        return QStringLiteral("inquiry");
    case PipelineStage::Consultation:
        return QStringLiteral("consultation");
    case PipelineStage::Booked:
        return QStringLiteral("booked");
    case PipelineStage::Repeat:
        return QStringLiteral("repeat");
    }
    return {};
}

std::optional<PipelineStage> PipelineRules::fromName(const QString& name)
{
    for (const PipelineStage stage : kStages) {
        if (PipelineRules::name(stage) == name) {
            return stage;
        }
    }
    return std::nullopt;
}

QString PipelineRules::label(PipelineStage stage)
{
    switch (stage) {
    case PipelineStage::Inquiry:
        return QCoreApplication::translate("PipelineRules", "Inquiry");
    case PipelineStage::Consultation:
        return QCoreApplication::translate("PipelineRules", "Consultation");
    case PipelineStage::Booked:
        return QCoreApplication::translate("PipelineRules", "Booked");
    case PipelineStage::Repeat:
        return QCoreApplication::translate("PipelineRules", "Repeat");
    }
    return {};
}

} // namespace clientele::domain
