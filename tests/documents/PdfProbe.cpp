#include "tests/documents/PdfProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

PdfProbe::PdfProbe(const QByteArray& pdf, const QString& folder, const QString& name)
    : m_path(QDir(folder).filePath(name))
{
    QDir().mkpath(folder);
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        qFatal("cannot write %s", qPrintable(m_path));
    }
}

QString PdfProbe::run(const QString& program, const QStringList& arguments) const
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString PdfProbe::rawText() const
{
    return run(QStringLiteral("pdftotext"),
        {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), m_path, QStringLiteral("-")});
}

QString PdfProbe::text() const
{
    QString text = rawText().normalized(QString::NormalizationForm_KC);
    static const QRegularExpression marks(QStringLiteral("[\u200e\u200f\u202a-\u202e\u2066-\u2069]"));
    return text.remove(marks);
}

QString PdfProbe::info(const QString& key) const
{
    const QStringList lines = run(QStringLiteral("pdfinfo"), {m_path}).split(u'\n');
    for (const QString& line : lines) {
        if (line.startsWith(key + u':')) {
            return line.mid(key.size() + 1).trimmed();
        }
    }
    return {};
}

QString PdfProbe::xmp() const
{
    return run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), m_path});
}

QStringList PdfProbe::fonts() const
{
    QStringList lines = run(QStringLiteral("pdffonts"), {m_path}).split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(2); // a header line and a rule
}

QList<QImage> PdfProbe::pages(int dpi) const
{
    const QString prefix = m_path.chopped(4);
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), m_path, prefix});
    QList<QImage> images;
    const QFileInfo info(prefix);
    QStringList files =
        QDir(info.path()).entryList({info.fileName() + QStringLiteral("-*.png")}, QDir::Files, QDir::Name);
    // pdftoppm pads page numbers to the width of the count, so name order is page order.
    for (const QString& file : files) {
        images << QImage(QDir(info.path()).filePath(file));
    }
    return images;
}

QList<QRectF> PdfProbe::wordBoxes(const QString& word) const
{
    const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), m_path, QStringLiteral("-")});
    QList<QRectF> boxes;
    QXmlStreamReader xml(html);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"word") {
            const auto attributes = xml.attributes();
            const qreal x0 = attributes.value(QStringLiteral("xMin")).toDouble();
            const qreal y0 = attributes.value(QStringLiteral("yMin")).toDouble();
            const qreal x1 = attributes.value(QStringLiteral("xMax")).toDouble();
            const qreal y1 = attributes.value(QStringLiteral("yMax")).toDouble();
            if (xml.readElementText() == word) {
                boxes << QRectF(QPointF(x0, y0), QPointF(x1, y1));
            }
        }
    }
    return boxes;
}
