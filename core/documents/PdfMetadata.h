#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "core/Result.h"

namespace clientele::documents {

// What a PDF says about itself, in both places PDF/A-1b requires to agree: the document
// information dictionary (what `pdfinfo` and file managers show) and the XMP metadata stream.
struct PdfInfo
{
    QString title;
    QString author; // the practice
    QString creatorTool; // "Clientele 0.1.0"
    QDateTime createdAt; // UTC, whole seconds
};

// The XMP packet for QPdfWriter::setDocumentXmpMetadata, declaring PDF/A-1b conformance.
QByteArray pdfXmpPacket(const PdfInfo& info);

// Rewrites the information dictionary of a PDF made by QPdfWriter so that it matches
// pdfXmpPacket(info). Qt 6.4 cannot set the author, and it stamps its own creation time, which
// would disagree with the XMP; qpdf (Debian libqpdf) edits the dictionary without re-rendering.
// A PDF qpdf cannot read is an Internal error.
Result<QByteArray> withPdfInfo(const QByteArray& pdf, const PdfInfo& info);

// The producer both places name.
QString pdfProducer();

} // namespace clientele::documents
