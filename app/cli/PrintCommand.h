#pragma once

#include "app/cli/CliCommand.h"

namespace clientele::cli {

// clientele-cli print invoice|receipt|statement|superbill|contract <which> --pdf FILE
// clientele-cli print invoices --from DATE --to DATE --folder DIR
// The same renderer as the desktop's Print and Save as PDF, for scripts, accountants and tests.
class PrintCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int execute(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace clientele::cli
