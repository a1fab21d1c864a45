#pragma once

#include <QByteArray>
#include <QString>

#include "core/Result.h"
#include "core/documents/Document.h"

class QPagedPaintDevice;
class QPageLayout;

namespace clientele::documents {

// Paints documents: onto a PDF (PDF/A-1b, fonts embedded, text extractable, title and author set)
// or onto any other paged device the caller owns, such as the UI's QPrinter.
//
// Runs on any thread that has a QGuiApplication (fonts); the UI calls it off its own thread for
// PDFs. Rendering never reads files: the logo travels in the Branding.
class DocumentRenderer final
{
public:
    // The page size and margins the practice's documents use (A4 or US Letter).
    static QPageLayout pageLayout(const Document& document);

    // Paints onto `device`, starting on its current page. With `applyPageLayout` the device gets
    // pageLayout() first; a print dialog that already let the user pick a paper passes false.
    static Result<int> paint(const Document& document, QPagedPaintDevice& device, bool applyPageLayout = true);

    static Result<QByteArray> pdf(const Document& document);

    // Writes the PDF atomically (a half-written file never replaces a good one).
    static Result<void> writePdf(const Document& document, const QString& path);
};

} // namespace clientele::documents
