#pragma once

#include <QDialog>

#include "core/ComponentVersions.h"

namespace clientele::ui {

// Help → About Clientele: the version and the versions of the libraries it runs on, with a button
// that copies them for a bug report.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(const ComponentVersions& versions, QWidget* parent = nullptr);

    // The text the copy button puts on the clipboard.
    QString debugInfo() const;

private:
    ComponentVersions m_versions;
};

} // namespace clientele::ui
