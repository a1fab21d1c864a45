#include "ui/printing/DocumentPrinting.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include "core/Logging.h"
#include "core/documents/DocumentRenderer.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

namespace {

const QString kPdfFolderKey = QStringLiteral("documents/pdfFolder");

DocumentPrinting::SavePathChooser& savePathChooser()
{
    static DocumentPrinting::SavePathChooser chooser;
    return chooser;
}

QString nativeSavePath(QWidget* parent, const QString& caption, const QString& suggestedPath)
{
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, DocumentPrinting::tr("PDF documents (*.pdf)"));
}

// A printer set up the way the practice's documents are laid out; the dialogs may change it.
QPrinter* newPrinter(const documents::Document& document)
{
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageLayout(documents::DocumentRenderer::pageLayout(document));
    printer->setDocName(document.title);
    printer->setCreator(QCoreApplication::applicationName());
    return printer;
}

} // namespace

DocumentPrinting::DocumentPrinting(QWidget* window, Producer producer)
    : QObject(window)
    , m_window(window)
    , m_producer(std::move(producer))
{
    m_previewAction = new QAction(tr("Print Pre&view…"), this);
    m_previewAction->setObjectName(QStringLiteral("documentPreviewAction"));
    m_previewAction->setToolTip(tr("See the document as it will print"));
    m_printAction = new QAction(tr("&Print…"), this);
    m_printAction->setObjectName(QStringLiteral("documentPrintAction"));
    m_printAction->setToolTip(tr("Print the document"));
    m_savePdfAction = new QAction(tr("Save as P&DF…"), this);
    m_savePdfAction->setObjectName(QStringLiteral("documentSavePdfAction"));
    m_savePdfAction->setToolTip(tr("Save the document as a PDF file to send or archive"));
    connect(m_previewAction, &QAction::triggered, this, &DocumentPrinting::preview);
    connect(m_printAction, &QAction::triggered, this, &DocumentPrinting::print);
    connect(m_savePdfAction, &QAction::triggered, this, &DocumentPrinting::savePdf);
}

DocumentPrinting::~DocumentPrinting() = default;

void DocumentPrinting::setProducer(Producer producer)
{
    m_producer = std::move(producer);
}

void DocumentPrinting::setErrorHandler(ErrorHandler handler)
{
    m_errorHandler = std::move(handler);
}

void DocumentPrinting::setActionTexts(const QString& preview, const QString& print, const QString& savePdf)
{
    m_previewAction->setText(preview);
    m_printAction->setText(print);
    m_savePdfAction->setText(savePdf);
}

void DocumentPrinting::setEnabled(bool enabled)
{
    m_enabled = enabled;
    updateActions();
}

void DocumentPrinting::setSavePathChooser(SavePathChooser chooser)
{
    savePathChooser() = std::move(chooser);
}

QString DocumentPrinting::suggestedPdfPath(const QString& fileName)
{
    QString folder = QSettings().value(kPdfFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    if (folder.isEmpty()) {
        folder = QDir::homePath();
    }
    return QDir(folder).filePath(fileName);
}

void DocumentPrinting::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void DocumentPrinting::updateActions()
{
    for (QAction* action : {m_previewAction, m_printAction, m_savePdfAction}) {
        action->setEnabled(m_enabled && !m_busy);
    }
}

void DocumentPrinting::showError(const QString& title, const QString& message)
{
    if (m_errorHandler) {
        m_errorHandler(message);
    } else {
        QMessageBox::warning(m_window, title, message);
    }
    Q_EMIT failed(message);
}

void DocumentPrinting::withDocument(const QString& title, const std::function<void(const documents::Document&)>& use)
{
    if (!m_producer || m_busy) {
        return;
    }
    if (m_errorHandler) {
        m_errorHandler(QString()); // a new attempt: the last refusal no longer stands
    }
    setBusy(true);
    whenReady(this, m_producer(), [this, use, title](const Result<documents::Document>& document) {
        setBusy(false);
        if (!document) {
            qCInfo(lcUi).noquote() << "Document refused:" << document.error().detail();
            showError(title, document.error().userMessage());
            return;
        }
        use(document.value());
    });
}

void DocumentPrinting::preview()
{
    withDocument(tr("Print Preview"), [this](const documents::Document& document) {
        QPrinter* printer = newPrinter(document);
        auto* dialog = new QPrintPreviewDialog(printer, m_window);
        dialog->setObjectName(QStringLiteral("documentPreviewDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Print Preview – %1").arg(document.title));
        // The printer outlives every use the dialog makes of it.
        connect(dialog, &QObject::destroyed, [printer] { delete printer; });
        connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [document](QPrinter* target) {
            // The paper chosen in the dialog wins over the practice's default.
            const Result<int> painted = documents::DocumentRenderer::paint(document, *target, false);
            if (!painted) {
                qCWarning(lcUi).noquote() << "Preview not painted:" << painted.error().toString();
            }
        });
        if (m_window) {
            // Tall enough to read a whole page; the dialog's own default is a small window.
            const QRect area = m_window->window()->geometry();
            dialog->resize(qMax(720, area.width() * 3 / 4), qMax(600, area.height() * 9 / 10));
        }
        dialog->setWindowModality(Qt::WindowModal);
        dialog->show();
        Q_EMIT previewShown(dialog);
    });
}

void DocumentPrinting::print()
{
    withDocument(tr("Print"), [this](const documents::Document& document) {
        QPrinter* printer = newPrinter(document);
        auto* dialog = new QPrintDialog(printer, m_window);
        dialog->setObjectName(QStringLiteral("documentPrintDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Print %1").arg(document.title));
        connect(dialog, &QObject::destroyed, [printer] { delete printer; });
        connect(dialog, qOverload<QPrinter*>(&QPrintDialog::accepted), this, [this, document](QPrinter* target) {
            const Result<int> painted = documents::DocumentRenderer::paint(document, *target, false);
            if (!painted) {
                showError(tr("Print"), painted.error().userMessage());
                return;
            }
            Q_EMIT statusMessage(tr("Sent %1 to the printer").arg(document.title));
        });
        dialog->open();
    });
}

void DocumentPrinting::savePdf()
{
    withDocument(tr("Save as PDF"), [this](const documents::Document& document) {
        const SavePathChooser& chooser = savePathChooser();
        const QString caption = tr("Save as PDF");
        const QString suggested = suggestedPdfPath(document.fileName);
        QString path = chooser ? chooser(m_window, caption, suggested) : nativeSavePath(m_window, caption, suggested);
        if (path.isEmpty()) {
            return;
        }
        if (QFileInfo(path).suffix().compare(u"pdf", Qt::CaseInsensitive) != 0) {
            path += QStringLiteral(".pdf");
        }
        QSettings().setValue(kPdfFolderKey, QFileInfo(path).absolutePath());
        const QString shownName = QDir::toNativeSeparators(path);
        setBusy(true);
        Q_EMIT statusMessage(tr("Saving %1…").arg(QFileInfo(path).fileName()));
        // Painting a PDF with embedded fonts takes a moment per page: never on the UI thread.
        QFuture<Result<void>> written = QtConcurrent::run(
            [document, path]() -> Result<void> { return documents::DocumentRenderer::writePdf(document, path); });
        whenReady(this, std::move(written), [this, path, shownName, caption](const Result<void>& done) {
            setBusy(false);
            if (!done) {
                showError(caption, tr("The PDF could not be saved: %1").arg(done.error().userMessage()));
                return;
            }
            Q_EMIT statusMessage(tr("Saved %1").arg(shownName));
            Q_EMIT pdfSaved(path);
        });
    });
}

} // namespace clientele::ui
