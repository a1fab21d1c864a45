#include "ui/printing/InvoicePdfExport.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include "core/Logging.h"
#include "core/documents/DocumentRenderer.h"
#include "core/store/DocumentSources.h"
#include "core/store/Store.h"
#include "ui/practice/PracticeContext.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

using documents::Document;

InvoicePdfExport::InvoicePdfExport(
    PracticeContext& context, const QDate& from, const QDate& to, const QString& folder, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_from(from)
    , m_to(to)
    , m_folder(folder)
{
}

InvoicePdfExport::~InvoicePdfExport() = default;

QString InvoicePdfExport::freeFileName(const QString& folder, const QString& fileName)
{
    const QDir dir(folder);
    const QFileInfo info(fileName);
    QString candidate = fileName;
    for (int n = 2; dir.exists(candidate); ++n) {
        candidate = QStringLiteral("%1 (%2).%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
    }
    return candidate;
}

void InvoicePdfExport::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_now = m_context.clock().nowUtc();
    if (!QDir().mkpath(m_folder)) {
        finish(tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(m_folder)));
        return;
    }
    const QDate from = m_from;
    const QDate to = m_to;
    whenReady(this, m_context.store().run([from, to](StoreSession& session) {
        return DocumentSources::invoicesIssuedBetween(session.db(), from, to);
    }),
        [this](const Result<QList<QUuid>>& ids) {
            if (!ids) {
                finish(ids.error().userMessage());
                return;
            }
            m_ids = ids.value();
            Q_EMIT counted(total());
            Q_EMIT progressed(0, total());
            next();
        });
}

void InvoicePdfExport::cancel()
{
    m_canceled = true;
}

void InvoicePdfExport::next()
{
    if (m_canceled || m_index >= m_ids.size()) {
        finish({});
        return;
    }
    const QUuid id = m_ids.at(m_index);
    const QDateTime now = m_now;
    // Read on the storage thread…
    whenReady(this, m_context.store().run([id, now](StoreSession& session) -> Result<Document> {
        const Result<documents::InvoiceSource> source = DocumentSources::invoice(session.db(), id, now);
        if (!source) {
            return source.error();
        }
        return documents::invoiceDocument(source.value());
    }),
        [this](const Result<Document>& document) {
            if (!document) {
                finish(document.error().userMessage());
                return;
            }
            // …painted and written on a worker thread. One file at a time, so a free name stays free.
            const QString folder = m_folder;
            QFuture<Result<QString>> written = QtConcurrent::run([folder, doc = document.value()]() -> Result<QString> {
                const QString path = QDir(folder).filePath(freeFileName(folder, doc.fileName));
                const Result<void> done = documents::DocumentRenderer::writePdf(doc, path);
                if (!done) {
                    return done.error();
                }
                return path;
            });
            whenReady(this, std::move(written), [this](const Result<QString>& path) {
                if (!path) {
                    finish(path.error().userMessage());
                    return;
                }
                m_files.append(path.value());
                ++m_index;
                Q_EMIT fileWritten(path.value());
                Q_EMIT progressed(m_index, total());
                next();
            });
        });
}

void InvoicePdfExport::finish(const QString& error)
{
    m_running = false;
    if (!error.isEmpty()) {
        qCWarning(lcUi).noquote() << "Invoice export stopped after" << written() << "files";
    }
    Q_EMIT finished(written(), error);
}

} // namespace clientele::ui
