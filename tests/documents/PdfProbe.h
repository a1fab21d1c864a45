#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

// Reads a PDF the way people and machines will: poppler's pdftotext, pdfinfo, pdffonts and pdftoppm
// (Debian poppler-utils), run as processes on a real file.
class PdfProbe final
{
public:
    // Writes the bytes to a file in `folder` named `name` and probes it.
    PdfProbe(const QByteArray& pdf, const QString& folder, const QString& name);

    const QString& path() const { return m_path; }
    // The text in reading order (pdftotext -layout), with bidi control marks removed and
    // Arabic presentation forms folded back (NFKC) so it compares with what was typed.
    QString text() const;
    // The raw text, as pdftotext writes it.
    QString rawText() const;
    // "Title", "Author", "Pages", "Page size", … as pdfinfo reports them.
    QString info(const QString& key) const;
    QString xmp() const;
    // One line per font: name, type, encoding, embedded, subset, unicode.
    QStringList fonts() const;
    // Every page rendered at `dpi` (pdftoppm); also saved as PNGs beside the PDF for a person to see.
    QList<QImage> pages(int dpi = 60) const;
    // The bounding boxes, in points, of each word equal to `word` (pdftotext -bbox).
    QList<QRectF> wordBoxes(const QString& word) const;

private:
    QString run(const QString& program, const QStringList& arguments) const;

    QString m_path;
};
