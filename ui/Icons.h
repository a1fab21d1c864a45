#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace clientele::ui {

// Renders one of the bundled monochrome SVG icons in the given colour, so that icons follow the
// palette (light and dark) instead of shipping two sets. A valid selectedColor adds the pixmaps
// used on a selected row. Returns a null icon (and logs) if the SVG cannot be read.
QIcon tintedIcon(
    const QString& svgPath, const QColor& color, int logicalSize = 24, const QColor& selectedColor = QColor());

} // namespace clientele::ui
