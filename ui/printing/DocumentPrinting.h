#pragma once

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

#include "core/Result.h"
#include "core/documents/Document.h"

class QAction;
class QWidget;

namespace clientele::ui {

// Print Preview…, Print… and Save as PDF… for one kind of document, the same everywhere (invoices,
// receipts, statements, superbills, contracts). The caller says how to make the document: a function
// that starts the work (usually a job on the storage thread that loads the sources and runs a
// builder) and returns its future. Nothing here waits: the future is continued on the UI thread, the
// PDF is painted and written on a worker thread, and the preview and print dialogs open without a
// nested event loop. A refusal (a builder's "add your NPI in Settings → Practice") is shown as a
// warning with its message, or handed to setErrorHandler() when the caller shows it in place.
class DocumentPrinting final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentPrinting)

public:
    using Producer = std::function<QFuture<Result<documents::Document>>()>;
    // The file Save as PDF writes, asked with `suggestedPath` as the default; empty when the user
    // cancels. A seam for tests, which answer without a native dialog.
    using SavePathChooser =
        std::function<QString(QWidget* parent, const QString& caption, const QString& suggestedPath)>;
    // Shows a refusal in place; called with an empty message when a new attempt starts.
    using ErrorHandler = std::function<void(const QString& message)>;

    // `window` is the parent of the dialogs and warnings; it also owns this object.
    explicit DocumentPrinting(QWidget* window, Producer producer = {});
    ~DocumentPrinting() override;

    void setProducer(Producer producer);
    // Shows refusals in place instead of in a warning box (empty: the warning box again).
    void setErrorHandler(ErrorHandler handler);

    // "Print Preview…", "Print…" (Ctrl+P when added to a visible widget by the caller) and
    // "Save as PDF…", with objectNames prefix + "PreviewAction", "PrintAction", "SavePdfAction".
    // Disabled while a document is being prepared.
    QAction* previewAction() const { return m_previewAction; }
    QAction* printAction() const { return m_printAction; }
    QAction* savePdfAction() const { return m_savePdfAction; }
    void setActionTexts(const QString& preview, const QString& print, const QString& savePdf);
    // Enables or disables all three (e.g. nothing selected); busy work keeps them off until it ends.
    void setEnabled(bool enabled);
    bool isBusy() const { return m_busy; }

    // The native dialog when unset. Process-wide, as QFileDialog's own statics are.
    static void setSavePathChooser(SavePathChooser chooser);
    // `fileName` in the user's Documents folder (home when there is none).
    static QString suggestedPdfPath(const QString& fileName);

public Q_SLOTS:
    void preview();
    void print();
    void savePdf();

Q_SIGNALS:
    // For the status bar: "Saved Invoice INV-2026-0042 – Jane Doe.pdf".
    void statusMessage(const QString& text);
    void pdfSaved(const QString& path);
    // A refusal or failure, after it was shown.
    void failed(const QString& message);
    // The preview dialog is open (tests and screenshots look at it).
    void previewShown(QWidget* dialog);

private:
    // Produces the document, then runs `use` with it on the UI thread; a refusal is shown under `title`.
    void withDocument(const QString& title, const std::function<void(const documents::Document&)>& use);
    void showError(const QString& title, const QString& message);
    void setBusy(bool busy);
    void updateActions();

    QPointer<QWidget> m_window;
    Producer m_producer;
    ErrorHandler m_errorHandler;
    QAction* m_previewAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_savePdfAction = nullptr;
    bool m_enabled = true;
    bool m_busy = false;
};

} // namespace clientele::ui
