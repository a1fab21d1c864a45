#pragma once

#include "app/cli/CliCommand.h"

namespace clientele::cli {

// clientele-cli import-calendar: an .ics file as time that other calendars block.
class ImportCalendarCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int execute(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace clientele::cli
