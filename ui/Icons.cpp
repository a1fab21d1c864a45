#include "ui/Icons.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include "core/Logging.h"

namespace clientele::ui {

QIcon tintedIcon(const QString& svgPath, const QColor& color, int logicalSize, const QColor& selectedColor)
{
    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid()) {
        qCWarning(lcUi).noquote() << "Icon missing or unreadable:" << svgPath;
        return {};
    }
    QIcon icon;
    // Render the sizes a sidebar needs at 1x, 1.5x and 2x scale, so HiDPI screens get sharp lines.
    const auto render = [&renderer](int pixels, const QColor& tint) {
        QPixmap pixmap(pixels, pixels);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), tint);
        painter.end();
        return pixmap;
    };
    // The sizes a sidebar needs at 1x, 1.5x and 2x scale, so that HiDPI screens get sharp lines.
    for (const qreal scale : {1.0, 1.5, 2.0}) {
        const int pixels = qRound(logicalSize * scale);
        icon.addPixmap(render(pixels, color), QIcon::Normal);
        if (selectedColor.isValid()) {
            icon.addPixmap(render(pixels, selectedColor), QIcon::Selected);
        }
    }
    return icon;
}

} // namespace clientele::ui
