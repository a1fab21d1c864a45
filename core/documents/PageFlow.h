#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

#include "core/documents/Document.h"

class QPaintDevice;
class QPagedPaintDevice;
class QPainter;

namespace clientele::documents {

// Flows a Document down the pages of a paged device: letterhead on the first page, a running header
// on the others, a footer with "Page n of m" on every page, blocks one after another, a table's
// header row again on every page it continues on, paragraphs broken between lines.
//
// Run it twice with the same device: once without a painter to count the pages, then with one to
// paint, passing the count. Both runs take the same decisions, so the count is right by construction.
class PageFlow final
{
public:
    // `painter` is null for the counting run; `pageCount` is ignored then.
    PageFlow(const Document& document, QPagedPaintDevice& device, QPainter* painter, int pageCount);

    // Flows the whole document and returns the number of pages used.
    int run();

private:
    enum class FontRole
    {
        Body,
        Bold,
        Small,
        SmallBold,
        Heading,
        Kind,
        Stamp,
    };

    QFont font(FontRole role) const;
    qreal mm(qreal millimetres) const;
    // A rectangle measured from the leading edge; mirrored in right-to-left documents.
    QRectF place(qreal leadingX, qreal y, qreal width, qreal height) const;
    Qt::Alignment horizontal(CellAlign align) const;
    qreal textHeight(const QString& text, FontRole role, qreal width, int flags) const;
    int wrapFlags(const QString& text, FontRole role, qreal width) const;
    void drawText(const QRectF& rect, FontRole role, int flags, const QString& text, const QColor& color);
    void drawRule(qreal y, qreal leadingX, qreal width, const QColor& color, qreal thickness);

    void startPage();
    void letterhead();
    void runningHeader();
    void footer();
    // Starts a new page unless `height` still fits on this one (or nothing would fit anywhere).
    bool ensureSpace(qreal height);

    void flow(const ParagraphBlock& block);
    void flow(const FieldsBlock& block);
    void flow(const TableBlock& block);
    void flow(const TotalsBlock& block);
    void flow(const SignatureBlock& block);

    QList<qreal> columnWidths(const TableBlock& block) const;
    qreal tableRowHeight(
        const TableBlock& block, const QStringList& cells, const QList<qreal>& widths, FontRole role) const;
    void tableRow(const TableBlock& block, const QStringList& cells, const QList<qreal>& widths, FontRole role,
        qreal height, bool header);

    const Document& m_document;
    QPagedPaintDevice& m_device;
    QPainter* m_painter;
    int m_pageCount;
    bool m_rightToLeft;
    qreal m_width;
    qreal m_bottom; // where the footer starts
    qreal m_y = 0;
    int m_page = 0;
};

} // namespace clientele::documents
