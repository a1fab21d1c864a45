#pragma once

#include "app/cli/CliCommand.h"

namespace clientele::cli {

class ExportCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int execute(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace clientele::cli
