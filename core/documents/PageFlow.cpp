#include "core/documents/PageFlow.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace clientele::documents {

namespace {

const QColor kInk(0x1f, 0x23, 0x28);
const QColor kMuted(0x5b, 0x64, 0x70);
const QColor kRule(0xd0, 0xd5, 0xdb);
const QColor kStripe(0xf4, 0xf6, 0xf8);

// Readable text on the accent: white on dark accents, ink on light ones.
QColor onAccent(const QColor& accent)
{
    const qreal luminance = 0.2126 * accent.redF() + 0.7152 * accent.greenF() + 0.0722 * accent.blueF();
    return luminance < 0.6 ? QColor(Qt::white) : kInk;
}

constexpr qreal kPadding = 1.6; // mm inside table cells
constexpr qreal kBlockGap = 5.0; // mm between blocks

} // namespace

PageFlow::PageFlow(const Document& document, QPagedPaintDevice& device, QPainter* painter, int pageCount)
    : m_document(document)
    , m_device(device)
    , m_painter(painter)
    , m_pageCount(pageCount)
    , m_rightToLeft(document.branding.locale.textDirection() == Qt::RightToLeft)
    , m_width(device.width())
    , m_bottom(device.height())
{
    if (m_painter) {
        m_painter->setLayoutDirection(m_rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        m_painter->setRenderHint(QPainter::Antialiasing);
    }
}

QFont PageFlow::font(FontRole role) const
{
    QFont f(m_document.branding.fontFamily);
    f.setStyleStrategy(QFont::PreferOutline);
    // Paper has no pixel grid to snap to; hinting only costs time (FreeType's bytecode interpreter
    // was a third of the rendering time) and makes glyph widths depend on the resolution.
    f.setHintingPreference(QFont::PreferNoHinting);
    switch (role) {
    case FontRole::Body:
        f.setPointSizeF(9.5);
        break;
    case FontRole::Bold:
        f.setPointSizeF(9.5);
        f.setBold(true);
        break;
    case FontRole::Small:
        f.setPointSizeF(8);
        break;
    case FontRole::SmallBold:
        f.setPointSizeF(8);
        f.setBold(true);
        break;
    case FontRole::Heading:
        f.setPointSizeF(11.5);
        f.setBold(true);
        break;
    case FontRole::Kind:
        f.setPointSizeF(22);
        f.setBold(true);
        break;
    case FontRole::Stamp:
        f.setPointSizeF(12);
        f.setBold(true);
        break;
    }
    return f;
}

qreal PageFlow::mm(qreal millimetres) const
{
    return millimetres * m_device.logicalDpiX() / 25.4;
}

QRectF PageFlow::place(qreal leadingX, qreal y, qreal width, qreal height) const
{
    const qreal x = m_rightToLeft ? m_width - leadingX - width : leadingX;
    return {x, y, width, height};
}

Qt::Alignment PageFlow::horizontal(CellAlign align) const
{
    // Absolute: the page is already mirrored here, so QPainter must not mirror left and right again.
    switch (align) {
    case CellAlign::Leading:
        return Qt::AlignAbsolute | (m_rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    case CellAlign::Trailing:
        return Qt::AlignAbsolute | (m_rightToLeft ? Qt::AlignLeft : Qt::AlignRight);
    case CellAlign::Center:
        break;
    }
    return Qt::AlignHCenter;
}

int PageFlow::wrapFlags(const QString& text, FontRole role, qreal width) const
{
    // Words wrap; a single word wider than the cell (a long e-mail address, a name without spaces)
    // breaks anywhere rather than running into the next column.
    const QFontMetricsF metrics(font(role), &m_device);
    const QRectF words = metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text);
    return words.width() > width + 0.5 ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
}

qreal PageFlow::textHeight(const QString& text, FontRole role, qreal width, int flags) const
{
    const QFontMetricsF metrics(font(role), &m_device);
    if (text.isEmpty()) {
        return metrics.height();
    }
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), flags | wrapFlags(text, role, width), text).height();
}

void PageFlow::drawText(const QRectF& rect, FontRole role, int flags, const QString& text, const QColor& color)
{
    if (!m_painter || text.isEmpty()) {
        return;
    }
    m_painter->setFont(font(role));
    m_painter->setPen(color);
    // Each text reads in its own direction ("10969 Berlin" stays so on a Hebrew page); only the
    // page's geometry follows the document's direction.
    m_painter->setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    m_painter->drawText(rect, flags | wrapFlags(text, role, rect.width()), text);
}

void PageFlow::drawRule(qreal y, qreal leadingX, qreal width, const QColor& color, qreal thickness)
{
    if (m_painter) {
        m_painter->fillRect(place(leadingX, y, width, thickness), color);
    }
}

int PageFlow::run()
{
    m_page = 0;
    startPage();
    for (const Block& block : m_document.blocks) {
        std::visit([this](const auto& b) { flow(b); }, block);
    }
    return m_page;
}

void PageFlow::startPage()
{
    if (m_page > 0 && m_painter) {
        m_device.newPage();
    }
    ++m_page;
    m_y = 0;
    footer();
    if (m_page == 1) {
        letterhead();
    } else {
        runningHeader();
    }
}

bool PageFlow::ensureSpace(qreal height)
{
    if (m_y + height <= m_bottom) {
        return false;
    }
    // Something taller than a whole page goes on as it is; a new page would not help.
    const qreal usable = m_bottom - mm(14);
    if (height > usable && m_y <= mm(14) + 1) {
        return false;
    }
    startPage();
    return true;
}

void PageFlow::footer()
{
    const QFontMetricsF metrics(font(FontRole::Small), &m_device);
    const QString pageText = QCoreApplication::translate("PageFlow", "Page %1 of %2")
                                 .arg(m_document.branding.locale.toString(m_page),
                                     m_document.branding.locale.toString(std::max(m_pageCount, m_page)));
    // The same width on both runs whatever the count, so the footer wraps the same way and the
    // counting run paginates exactly like the painting run.
    const QString widest = QCoreApplication::translate("PageFlow", "Page %1 of %2")
                               .arg(m_document.branding.locale.toString(888), m_document.branding.locale.toString(888));
    const qreal pageTextWidth = metrics.horizontalAdvance(widest) + mm(2);
    const qreal footerWidth = m_width - pageTextWidth - mm(4);
    const QString& footerText = m_document.branding.footer;
    const qreal footerTextHeight = footerText.isEmpty()
        ? metrics.height()
        : std::max(metrics.height(), textHeight(footerText, FontRole::Small, footerWidth, 0));
    const qreal height = mm(3) + footerTextHeight;
    const qreal top = m_device.height() - height;
    m_bottom = top - mm(4);
    drawRule(top, 0, m_width, kRule, mm(0.3));
    drawText(place(0, top + mm(2), footerWidth, footerTextHeight), FontRole::Small, int(horizontal(CellAlign::Leading)),
        footerText, kMuted);
    if (m_painter) {
        drawText(place(m_width - pageTextWidth, top + mm(2), pageTextWidth, metrics.height()), FontRole::Small,
            int(horizontal(CellAlign::Trailing)), pageText, kMuted);
    }
}

void PageFlow::letterhead()
{
    const Branding& branding = m_document.branding;
    const qreal halfWidth = m_width / 2 - mm(3);

    // Logo at the leading top corner, at most 45 × 22 mm, never stretched.
    qreal logoHeight = 0;
    if (!branding.logo.isNull()) {
        const QSizeF box(mm(45), mm(22));
        QSizeF size = QSizeF(branding.logo.size()).scaled(box, Qt::KeepAspectRatio);
        logoHeight = size.height();
        if (m_painter) {
            m_painter->drawImage(place(0, 0, size.width(), size.height()), branding.logo);
        }
    }

    // The kind of document, large, in the accent colour, at the trailing top corner.
    const qreal kindHeight = textHeight(m_document.kind, FontRole::Kind, halfWidth, 0);
    drawText(place(m_width - halfWidth, 0, halfWidth, kindHeight), FontRole::Kind, int(horizontal(CellAlign::Trailing)),
        m_document.kind, branding.accent);
    qreal trailingY = kindHeight;
    if (!m_document.stamp.isEmpty()) {
        const qreal stampHeight = textHeight(m_document.stamp, FontRole::Stamp, halfWidth, 0);
        drawText(place(m_width - halfWidth, trailingY, halfWidth, stampHeight), FontRole::Stamp,
            int(horizontal(CellAlign::Trailing)), m_document.stamp, QColor(0xb4, 0x23, 0x18));
        trailingY += stampHeight;
    }
    trailingY += mm(2);

    // Header fields (number, dates) under the kind: label and value, both against the trailing edge.
    const qreal labelWidth = halfWidth * 0.45;
    const qreal valueWidth = halfWidth - labelWidth;
    for (const Field& field : m_document.headerFields) {
        const qreal h = std::max(textHeight(field.label, FontRole::Small, labelWidth, 0),
            textHeight(field.value, FontRole::Bold, valueWidth, 0));
        drawText(place(m_width - halfWidth, trailingY, labelWidth, h), FontRole::Small,
            int(horizontal(CellAlign::Leading) | Qt::AlignVCenter), field.label, kMuted);
        drawText(place(m_width - valueWidth, trailingY, valueWidth, h), FontRole::Bold,
            int(horizontal(CellAlign::Trailing) | Qt::AlignVCenter), field.value, kInk);
        trailingY += h + mm(0.8);
    }

    // The practice (from) under the logo, on the leading side.
    qreal leadingY = logoHeight > 0 ? logoHeight + mm(4) : 0;
    for (int i = 0; i < m_document.from.lines.size(); ++i) {
        const QString& line = m_document.from.lines.at(i);
        const FontRole role = i == 0 ? FontRole::Bold : FontRole::Small;
        const qreal h = textHeight(line, role, halfWidth, 0);
        drawText(
            place(0, leadingY, halfWidth, h), role, int(horizontal(CellAlign::Leading)), line, i == 0 ? kInk : kMuted);
        leadingY += h;
    }

    m_y = std::max(leadingY, trailingY) + mm(7);

    // The client (to).
    if (!m_document.to.lines.isEmpty()) {
        const qreal titleHeight = textHeight(m_document.to.title, FontRole::SmallBold, halfWidth, 0);
        drawText(place(0, m_y, halfWidth, titleHeight), FontRole::SmallBold, int(horizontal(CellAlign::Leading)),
            m_document.to.title.toUpper(), branding.accent);
        m_y += titleHeight + mm(0.8);
        for (int i = 0; i < m_document.to.lines.size(); ++i) {
            const QString& line = m_document.to.lines.at(i);
            const FontRole role = i == 0 ? FontRole::Bold : FontRole::Body;
            const qreal h = textHeight(line, role, halfWidth, 0);
            drawText(place(0, m_y, halfWidth, h), role, int(horizontal(CellAlign::Leading)), line, kInk);
            m_y += h;
        }
        m_y += mm(6);
    }
    drawRule(m_y, 0, m_width, branding.accent, mm(0.6));
    m_y += mm(kBlockGap);
}

void PageFlow::runningHeader()
{
    const qreal half = m_width / 2;
    const qreal h = textHeight(m_document.branding.practiceName, FontRole::SmallBold, half, 0);
    drawText(place(0, 0, half, h), FontRole::SmallBold, int(horizontal(CellAlign::Leading)),
        m_document.branding.practiceName, kInk);
    drawText(place(half, 0, half, h), FontRole::Small, int(horizontal(CellAlign::Trailing)), m_document.title, kMuted);
    m_y = h + mm(2);
    drawRule(m_y, 0, m_width, m_document.branding.accent, mm(0.4));
    m_y += mm(kBlockGap);
}

void PageFlow::flow(const ParagraphBlock& block)
{
    const FontRole role = block.style == ParagraphBlock::Style::Heading ? FontRole::Heading
        : block.style == ParagraphBlock::Style::Small                   ? FontRole::Small
                                                                        : FontRole::Body;
    const QFont f = font(role);
    const QFontMetricsF metrics(f, &m_device);
    if (block.style == ParagraphBlock::Style::Heading) {
        m_y += mm(2);
        // Keep a heading with at least two lines of what follows.
        ensureSpace(metrics.height() + 3 * QFontMetricsF(font(FontRole::Body), &m_device).height());
    }
    QTextOption option(horizontal(CellAlign::Leading));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const QStringList paragraphs = block.text.split(u'\n');
    for (const QString& paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty()) {
            m_y += metrics.height() * 0.6;
            continue;
        }
        QTextLayout layout(paragraph, f, &m_device);
        option.setTextDirection(paragraph.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        layout.setTextOption(option);
        layout.beginLayout();
        QList<QTextLine> lines;
        qreal y = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(m_width);
            line.setPosition(QPointF(0, y));
            y += line.height();
            lines << line;
        }
        layout.endLayout();
        for (const QTextLine& line : lines) {
            ensureSpace(line.height());
            if (m_painter) {
                m_painter->setPen(role == FontRole::Small ? kMuted : kInk);
                line.draw(m_painter, QPointF(0, m_y - line.y()));
            }
            m_y += line.height();
        }
        m_y += metrics.height() * 0.35;
    }
    m_y += mm(block.style == ParagraphBlock::Style::Heading ? 0.5 : kBlockGap - 2);
}

void PageFlow::flow(const FieldsBlock& block)
{
    const qreal labelWidth = m_width * 0.3;
    const qreal valueWidth = m_width - labelWidth - mm(3);
    for (const Field& field : block.fields) {
        const qreal h = std::max(textHeight(field.label, FontRole::Small, labelWidth, 0),
            textHeight(field.value, FontRole::Body, valueWidth, 0));
        ensureSpace(h);
        drawText(place(0, m_y, labelWidth, h), FontRole::Small, int(horizontal(CellAlign::Leading) | Qt::AlignTop),
            field.label, kMuted);
        drawText(place(labelWidth + mm(3), m_y, valueWidth, h), FontRole::Body,
            int(horizontal(CellAlign::Leading) | Qt::AlignTop), field.value, kInk);
        m_y += h + mm(1);
    }
    m_y += mm(kBlockGap - 1);
}

QList<qreal> PageFlow::columnWidths(const TableBlock& block) const
{
    int totalWeight = 0;
    for (const TableColumn& column : block.columns) {
        totalWeight += std::max(1, column.weight);
    }
    QList<qreal> widths;
    for (const TableColumn& column : block.columns) {
        widths << m_width * std::max(1, column.weight) / std::max(1, totalWeight);
    }
    return widths;
}

qreal PageFlow::tableRowHeight(
    const TableBlock& block, const QStringList& cells, const QList<qreal>& widths, FontRole role) const
{
    qreal height = QFontMetricsF(font(role), &m_device).height();
    for (int c = 0; c < block.columns.size(); ++c) {
        height = std::max(height, textHeight(cells.value(c), role, widths.at(c) - 2 * mm(kPadding), 0));
    }
    return height + 2 * mm(kPadding);
}

void PageFlow::tableRow(const TableBlock& block, const QStringList& cells, const QList<qreal>& widths, FontRole role,
    qreal height, bool header)
{
    if (m_painter && header) {
        m_painter->fillRect(place(0, m_y, m_width, height), m_document.branding.accent);
    }
    qreal x = 0;
    for (int c = 0; c < block.columns.size(); ++c) {
        const QRectF cell =
            place(x + mm(kPadding), m_y + mm(kPadding), widths.at(c) - 2 * mm(kPadding), height - 2 * mm(kPadding));
        drawText(cell, role, int(horizontal(block.columns.at(c).align) | Qt::AlignTop), cells.value(c),
            header ? onAccent(m_document.branding.accent) : kInk);
        x += widths.at(c);
    }
    m_y += height;
    if (!header) {
        drawRule(m_y - mm(0.2), 0, m_width, kRule, mm(0.2));
    }
}

void PageFlow::flow(const TableBlock& block)
{
    if (block.columns.isEmpty()) {
        return;
    }
    const QList<qreal> widths = columnWidths(block);
    QStringList titles;
    for (const TableColumn& column : block.columns) {
        titles << column.title;
    }
    const qreal headerHeight = tableRowHeight(block, titles, widths, FontRole::SmallBold);
    const qreal firstRow = block.rows.isEmpty() ? 0 : tableRowHeight(block, block.rows.first(), widths, FontRole::Body);
    ensureSpace(headerHeight + firstRow); // never a header alone at the foot of a page
    tableRow(block, titles, widths, FontRole::SmallBold, headerHeight, true);
    for (int r = 0; r < block.rows.size(); ++r) {
        const qreal height = tableRowHeight(block, block.rows.at(r), widths, FontRole::Body);
        if (ensureSpace(height)) {
            tableRow(block, titles, widths, FontRole::SmallBold, headerHeight, true);
        }
        if (m_painter && r % 2 == 1) {
            m_painter->fillRect(place(0, m_y, m_width, height), kStripe);
        }
        tableRow(block, block.rows.at(r), widths, FontRole::Body, height, false);
    }
    m_y += mm(kBlockGap - 2);
}

void PageFlow::flow(const TotalsBlock& block)
{
    const qreal boxWidth = std::max(m_width * 0.5, mm(80));
    const qreal labelWidth = boxWidth * 0.62;
    const qreal valueWidth = boxWidth - labelWidth;
    const qreal left = m_width - boxWidth;
    QList<qreal> heights;
    qreal total = 0;
    for (const TotalLine& line : block.lines) {
        const FontRole role = line.emphasized ? FontRole::Heading : FontRole::Body;
        const qreal h =
            std::max(textHeight(line.label, role, labelWidth, 0), textHeight(line.value, role, valueWidth, 0))
            + mm(line.emphasized ? 2.5 : 1.2);
        heights << h;
        total += h;
    }
    ensureSpace(total); // totals stay together
    for (int i = 0; i < block.lines.size(); ++i) {
        const TotalLine& line = block.lines.at(i);
        const FontRole role = line.emphasized ? FontRole::Heading : FontRole::Body;
        if (line.emphasized) {
            drawRule(m_y, left, boxWidth, kInk, mm(0.3));
            m_y += mm(1);
        }
        const qreal h = heights.at(i) - mm(line.emphasized ? 2.5 : 1.2);
        drawText(place(left, m_y, labelWidth, h), role, int(horizontal(CellAlign::Leading)), line.label,
            line.emphasized ? kInk : kMuted);
        drawText(
            place(left + labelWidth, m_y, valueWidth, h), role, int(horizontal(CellAlign::Trailing)), line.value, kInk);
        m_y += heights.at(i) - (line.emphasized ? mm(1) : 0);
    }
    m_y += mm(kBlockGap);
}

void PageFlow::flow(const SignatureBlock& block)
{
    const qreal column = (m_width - mm(10)) / 2;
    const qreal captionHeight = QFontMetricsF(font(FontRole::Small), &m_device).height();
    const qreal rowHeight = mm(11) + captionHeight;
    for (int i = 0; i < block.captions.size(); i += 2) {
        ensureSpace(rowHeight);
        for (int j = i; j < std::min<int>(i + 2, block.captions.size()); ++j) {
            const qreal x = (j - i) * (column + mm(10));
            drawRule(m_y + mm(10), x, column, kInk, mm(0.3));
            drawText(place(x, m_y + mm(11), column, captionHeight), FontRole::Small,
                int(horizontal(CellAlign::Leading)), block.captions.at(j), kMuted);
        }
        m_y += rowHeight + mm(2);
    }
    m_y += mm(kBlockGap - 2);
}

} // namespace clientele::documents
