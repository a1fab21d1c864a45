#include "ui/widgets/StatusPillDelegate.h"

#include <cmath>

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace clientele::ui {

namespace {

constexpr int kHorizontalPadding = 8;
constexpr int kVerticalPadding = 2;
constexpr int kCellMargin = 4;

// A hue per tone; Neutral has none and is mixed from the palette's text colour.
QColor toneHue(StatusTone tone, const QPalette& palette)
{
    switch (tone) {
    case StatusTone::Neutral:
        return palette.color(QPalette::Text);
    case StatusTone::Info:
        return QColor(0x2f, 0x6f, 0xd6);
    case StatusTone::Success:
        return QColor(0x2e, 0x8b, 0x57);
    case StatusTone::Warning:
        return QColor(0xc7, 0x7c, 0x02);
    case StatusTone::Danger:
        return QColor(0xd0, 0x35, 0x35);
    }
    return palette.color(QPalette::Text);
}

QColor mix(const QColor& a, const QColor& b, qreal amountOfB)
{
    const qreal keep = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amountOfB),
        float(a.greenF() * keep + b.greenF() * amountOfB), float(a.blueF() * keep + b.blueF() * amountOfB));
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

QFont pillFont(const QFont& font)
{
    QFont result = font;
    result.setWeight(QFont::DemiBold);
    return result;
}

// The text's width rounded up: QFontMetrics::horizontalAdvance rounds to the nearest pixel, so a
// pill sized from it can be a fraction too narrow and elide a short word ("Paid" → "Pa…").
int textWidth(const QString& text, const QFont& font)
{
    return int(std::ceil(QFontMetricsF(font).horizontalAdvance(text))) + 1;
}

} // namespace

StatusPillDelegate::StatusPillDelegate(QObject* parent, int toneRole)
    : QStyledItemDelegate(parent)
    , m_toneRole(toneRole)
{
}

QColor StatusPillDelegate::fillColor(StatusTone tone, const QPalette& palette)
{
    // A light tint of the hue on the base colour: 16 % in light mode, 30 % in dark mode where tints
    // read weaker.
    return mix(palette.color(QPalette::Base), toneHue(tone, palette), isDark(palette) ? 0.30 : 0.16);
}

QColor StatusPillDelegate::textColor(StatusTone tone, const QPalette& palette)
{
    if (tone == StatusTone::Neutral) {
        return palette.color(QPalette::Text);
    }
    // Towards the text colour, so contrast on the tint holds in both palettes.
    return mix(toneHue(tone, palette), palette.color(QPalette::Text), isDark(palette) ? 0.45 : 0.35);
}

QSize StatusPillDelegate::pillSize(const QString& text, const QFont& font)
{
    const QFont boldFont = pillFont(font);
    const QFontMetrics metrics(boldFont);
    return {textWidth(text, boldFont) + 2 * kHorizontalPadding, metrics.height() + 2 * kVerticalPadding};
}

QRect StatusPillDelegate::paintPill(QPainter* painter, const QRect& rect, const QString& text, StatusTone tone,
    const QPalette& palette, const QFont& font)
{
    const QFont boldFont = pillFont(font);
    const QFontMetrics metrics(boldFont);
    const QSize full = pillSize(text, font);
    QSize size = full;
    size.setWidth(qMin(size.width(), rect.width()));
    size.setHeight(qMin(size.height(), rect.height()));
    const QRect pill(QPoint(rect.left(), rect.top() + (rect.height() - size.height()) / 2), size);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPainterPath path;
    const qreal radius = pill.height() / 2.0;
    path.addRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->fillPath(path, fillColor(tone, palette));
    painter->setPen(QPen(mix(fillColor(tone, palette), textColor(tone, palette), 0.35), 1.0));
    painter->drawPath(path);
    painter->setFont(boldFont);
    painter->setPen(textColor(tone, palette));
    const QRect textRect = pill.adjusted(kHorizontalPadding, 0, -kHorizontalPadding, 0);
    // Elide only when the cell is really too narrow for the whole pill.
    const QString shown =
        size.width() < full.width() ? metrics.elidedText(text, Qt::ElideRight, textRect.width()) : text;
    painter->drawText(textRect, Qt::AlignCenter, shown);
    painter->restore();
    return pill;
}

void StatusPillDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    const QString text = background.text;
    // The style draws selection, focus and alternating rows; the pill goes on top.
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    if (text.isEmpty()) {
        return;
    }
    const auto tone = static_cast<StatusTone>(index.data(m_toneRole).toInt());
    const QRect area = option.rect.adjusted(kCellMargin, kCellMargin / 2, -kCellMargin, -kCellMargin / 2);
    paintPill(painter, area, text, tone, option.palette, option.font);
}

QSize StatusPillDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QSize pill = pillSize(index.data(Qt::DisplayRole).toString(), option.font);
    return {qMax(base.width(), pill.width() + 2 * kCellMargin), qMax(base.height(), pill.height() + kCellMargin)};
}

} // namespace clientele::ui
