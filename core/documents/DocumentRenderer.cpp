#include "core/documents/DocumentRenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include "core/AppInfo.h"
#include "core/documents/PageFlow.h"
#include "core/documents/PdfMetadata.h"

namespace clientele::documents {

namespace {

Error renderError(const QString& detail)
{
    return Error(Error::Code::Internal,
        QCoreApplication::translate("DocumentRenderer", "The document could not be drawn."), detail);
}

} // namespace

QPageLayout DocumentRenderer::pageLayout(const Document& document)
{
    const QPageSize size(document.branding.paper == domain::PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
    // 18 mm at the sides and 15 mm top and bottom: inside every office printer's unprintable edge.
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
}

Result<int> DocumentRenderer::paint(const Document& document, QPagedPaintDevice& device, bool applyPageLayout)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return renderError(QStringLiteral("documents need a QGuiApplication for fonts"));
    }
    if (applyPageLayout && !device.setPageLayout(pageLayout(document))) {
        return renderError(QStringLiteral("the device refused the page layout"));
    }
    // First count the pages ("Page 1 of n" needs n), then paint.
    const int pages = PageFlow(document, device, nullptr, 0).run();
    QPainter painter;
    if (!painter.begin(&device)) {
        return renderError(QStringLiteral("QPainter::begin failed"));
    }
    const int painted = PageFlow(document, device, &painter, pages).run();
    if (!painter.end()) {
        return renderError(QStringLiteral("QPainter::end failed"));
    }
    Q_ASSERT(painted == pages);
    return painted;
}

Result<QByteArray> DocumentRenderer::pdf(const Document& document)
{
    PdfInfo info;
    info.title = document.title;
    info.author = document.branding.practiceName;
    info.creatorTool = AppInfo::name() + u' ' + AppInfo::version();
    const QDateTime created =
        document.branding.createdAt.isValid() ? document.branding.createdAt : QDateTime::currentDateTimeUtc();
    info.createdAt = created.addMSecs(-created.time().msec()); // whole seconds, like the PDF date format

    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b); // embeds every font in full
        writer.setTitle(info.title);
        writer.setCreator(info.creatorTool);
        writer.setResolution(600);
        writer.setDocumentXmpMetadata(pdfXmpPacket(info));
        if (Result<int> painted = paint(document, writer); !painted) {
            return painted.error();
        }
    }
    return withPdfInfo(bytes, info);
}

Result<void> DocumentRenderer::writePdf(const Document& document, const QString& path)
{
    Result<QByteArray> bytes = pdf(document);
    if (!bytes) {
        return bytes.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size() || !file.commit()) {
        return Error(Error::Code::Io,
            QCoreApplication::translate("DocumentRenderer", "Could not write %1: %2").arg(path, file.errorString()),
            file.errorString());
    }
    return {};
}

} // namespace clientele::documents
