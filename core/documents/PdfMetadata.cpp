#include "core/documents/PdfMetadata.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>
#include <qpdf/QUtil.hh>

#include <exception>

namespace clientele::documents {

namespace {

QString xmpDate(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

// "D:YYYYMMDDHHmmSSZ" (PDF 1.4 §3.8.3): UTC, so no offset to get wrong.
std::string pdfDate(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'")).toStdString();
}

QPDFObjectHandle text(const QString& value)
{
    return QPDFObjectHandle::newUnicodeString(value.toStdString());
}

} // namespace

QString pdfProducer()
{
    return QStringLiteral("Qt %1, qpdf %2")
        .arg(QString::fromLatin1(qVersion()), QString::fromStdString(QPDF::QPDFVersion()));
}

QByteArray pdfXmpPacket(const PdfInfo& info)
{
    const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeProcessingInstruction(
        QStringLiteral("xpacket"), QStringLiteral("begin='\uFEFF' id='W5M0MpCehiHzreSzNTczkc9d'"));
    w.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    w.writeNamespace(rdf, QStringLiteral("rdf"));
    w.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    w.writeStartElement(rdf, QStringLiteral("RDF"));

    const auto description = [&](const QString& ns, const QString& prefix) {
        w.writeStartElement(rdf, QStringLiteral("Description"));
        w.writeNamespace(ns, prefix);
        w.writeAttribute(rdf, QStringLiteral("about"), QString());
    };
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    description(dc, QStringLiteral("dc"));
    w.writeStartElement(dc, QStringLiteral("title"));
    w.writeStartElement(rdf, QStringLiteral("Alt"));
    w.writeStartElement(rdf, QStringLiteral("li"));
    w.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
    w.writeCharacters(info.title);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(dc, QStringLiteral("creator"));
    w.writeStartElement(rdf, QStringLiteral("Seq"));
    w.writeTextElement(rdf, QStringLiteral("li"), info.author);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement(); // Description

    const QString xmp = QStringLiteral("http://ns.adobe.com/xap/1.0/");
    description(xmp, QStringLiteral("xmp"));
    w.writeTextElement(xmp, QStringLiteral("CreatorTool"), info.creatorTool);
    w.writeTextElement(xmp, QStringLiteral("CreateDate"), xmpDate(info.createdAt));
    w.writeTextElement(xmp, QStringLiteral("ModifyDate"), xmpDate(info.createdAt));
    w.writeEndElement();

    const QString pdf = QStringLiteral("http://ns.adobe.com/pdf/1.3/");
    description(pdf, QStringLiteral("pdf"));
    w.writeTextElement(pdf, QStringLiteral("Producer"), pdfProducer());
    w.writeEndElement();

    const QString pdfaid = QStringLiteral("http://www.aiim.org/pdfa/ns/id/");
    description(pdfaid, QStringLiteral("pdfaid"));
    w.writeTextElement(pdfaid, QStringLiteral("part"), QStringLiteral("1"));
    w.writeTextElement(pdfaid, QStringLiteral("conformance"), QStringLiteral("B"));
    w.writeEndElement();

    w.writeEndElement(); // RDF
    w.writeEndElement(); // xmpmeta
    w.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end='w'"));
    w.writeEndDocument();
    return xml;
}

Result<QByteArray> withPdfInfo(const QByteArray& pdf, const PdfInfo& info)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("document.pdf", pdf.constData(), size_t(pdf.size()));
        QPDFObjectHandle trailer = document.getTrailer();
        QPDFObjectHandle dictionary = trailer.getKey("/Info");
        if (!dictionary.isDictionary()) {
            dictionary = document.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", dictionary);
        }
        dictionary.replaceKey("/Title", text(info.title));
        dictionary.replaceKey("/Author", text(info.author));
        dictionary.replaceKey("/Creator", text(info.creatorTool));
        dictionary.replaceKey("/Producer", text(pdfProducer()));
        dictionary.replaceKey("/CreationDate", QPDFObjectHandle::newString(pdfDate(info.createdAt)));
        dictionary.replaceKey("/ModDate", QPDFObjectHandle::newString(pdfDate(info.createdAt)));

        QPDFWriter writer(document);
        writer.setOutputMemory();
        // PDF/A-1 is PDF 1.4: no object streams.
        writer.setObjectStreamMode(qpdf_o_disable);
        // The same document gives the same file, so a re-export does not look like a change.
        writer.setDeterministicID(true);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception& e) {
        return Error(Error::Code::Internal,
            QCoreApplication::translate("PdfMetadata", "The PDF could not be finished."),
            QString::fromLocal8Bit(e.what()));
    }
}

} // namespace clientele::documents
