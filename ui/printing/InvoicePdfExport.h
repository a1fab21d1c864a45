#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

namespace clientele::ui {

class PracticeContext;

// Writes every invoice issued in a period as a PDF into a folder, one after the other: each invoice
// is read on the storage thread and painted and written on a worker thread, so neither the UI nor the
// database waits for the other. A file name already taken gets " (2)", " (3)"… Cancel stops after
// the file being written. Deletes nothing it did not write, and overwrites nothing.
class InvoicePdfExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoicePdfExport)

public:
    InvoicePdfExport(
        PracticeContext& context, const QDate& from, const QDate& to, const QString& folder, QObject* parent = nullptr);
    ~InvoicePdfExport() override;

    void start();
    void cancel();

    const QString& folder() const { return m_folder; }
    int total() const { return int(m_ids.size()); }
    int written() const { return int(m_files.size()); }
    const QStringList& files() const { return m_files; }
    bool wasCanceled() const { return m_canceled; }

    // `fileName`, or "name (2).pdf", "name (3).pdf"… when `folder` already has a file of that name.
    static QString freeFileName(const QString& folder, const QString& fileName);

Q_SIGNALS:
    // The invoices of the period are known.
    void counted(int total);
    // `done` of `total` files are written.
    void progressed(int done, int total);
    void fileWritten(const QString& path);
    // `error` is empty when every invoice was written or the user canceled.
    void finished(int written, const QString& error);

private:
    void next();
    void finish(const QString& error);

    PracticeContext& m_context;
    QDate m_from;
    QDate m_to;
    QString m_folder;
    QDateTime m_now;
    QList<QUuid> m_ids;
    QStringList m_files;
    int m_index = 0;
    bool m_canceled = false;
    bool m_running = false;
};

} // namespace clientele::ui
