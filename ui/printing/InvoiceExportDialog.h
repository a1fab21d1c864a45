#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace clientele::ui {

// File → Export Invoices as PDF…: which period (the previous calendar month unless changed) and
// into which folder. Export stays off while the period ends before it starts or no folder is given,
// and says why.
class InvoiceExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceExportDialog)

public:
    InvoiceExportDialog(const QDate& today, QWidget* parent);
    ~InvoiceExportDialog() override;

    QDate from() const;
    QDate to() const;
    QString folder() const;
    void setFolder(const QString& folder);

private:
    void chooseFolder();
    void validate();

    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_folder = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace clientele::ui
