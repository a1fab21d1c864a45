#pragma once

#include <QDialog>

#include "core/store/ClientTransfer.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace clientele::ui {

class PracticeContext;

// File → Import Clients: choose a CSV (HoneyBook, Dubsado, Google, Outlook or any CSV with a column
// mapping) or a vCard file, see what will be imported and which rows are refused and why, import in
// one transaction with a progress bar, and get a report naming every row that was refused or skipped.
class ClientImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientImportDialog)

public:
    ClientImportDialog(PracticeContext& context, QWidget* parent = nullptr);

    // Reads `path` (what Choose File… does after the file dialog; also for drag and drop).
    void loadFile(const QString& path);

Q_SIGNALS:
    void imported(int count);

private:
    void browse();
    void prepareAgain();
    void startImport();
    void showProblems(
        const QList<interchange::ImportProblem>& refused, const QList<interchange::ImportProblem>& skipped);

    PracticeContext& m_context;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_mapping = nullptr;
    QLineEdit* m_region = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_problems = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_import = nullptr;
    QString m_filePath;
    std::optional<ClientTransfer::Prepared> m_prepared;
};

} // namespace clientele::ui
