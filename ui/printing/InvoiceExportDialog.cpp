#include "ui/printing/InvoiceExportDialog.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "ui/printing/DocumentJobs.h"
#include "ui/widgets/PanelParts.h"

namespace clientele::ui {

namespace {

const QString kFolderKey = QStringLiteral("documents/exportFolder");

QDateEdit* dateEdit(const QString& objectName, const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return edit;
}

} // namespace

InvoiceExportDialog::InvoiceExportDialog(const QDate& today, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("invoiceExportDialog"));
    setWindowTitle(tr("Export Invoices as PDF"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(12);
    auto* explanation = new QLabel(tr("Writes every invoice issued in the period as a PDF, for your accountant or "
                                      "your records. Void invoices are included so no number is missing; drafts "
                                      "are not."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    const auto [first, last] = DocumentJobs::previousMonth(today);
    auto* form = new QFormLayout;
    m_from = dateEdit(QStringLiteral("exportFromDateEdit"), first, this);
    m_from->setAccessibleName(tr("First day"));
    m_to = dateEdit(QStringLiteral("exportToDateEdit"), last, this);
    m_to->setAccessibleName(tr("Last day"));
    auto* folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("exportFolderEdit"));
    m_folder->setAccessibleName(tr("Folder"));
    m_folder->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("exportChooseFolderButton"));
    choose->setAccessibleName(tr("Choose folder"));
    choose->setAutoDefault(false);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto* folderLabel = new QLabel(tr("F&older:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    layout->addLayout(form);

    m_error = makeDialogErrorLabel(QStringLiteral("exportErrorLabel"), this);
    layout->addWidget(m_error);
    layout->addStretch(1);
    m_export = addDialogButtons(this, layout, tr("&Export"), QStringLiteral("exportOkButton"),
        QStringLiteral("exportCancelButton"), [this] { return m_export->isEnabled(); });

    QString initial = QSettings().value(kFolderKey).toString();
    if (initial.isEmpty()) {
        initial = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    m_folder->setText(QDir::toNativeSeparators(initial));

    connect(choose, &QPushButton::clicked, this, &InvoiceExportDialog::chooseFolder);
    connect(m_from, &QDateEdit::dateChanged, this, &InvoiceExportDialog::validate);
    connect(m_to, &QDateEdit::dateChanged, this, &InvoiceExportDialog::validate);
    connect(m_folder, &QLineEdit::textChanged, this, &InvoiceExportDialog::validate);
    connect(this, &QDialog::accepted, this, [this] { QSettings().setValue(kFolderKey, folder()); });
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_folder);
    setTabOrder(m_folder, choose);
    m_from->setFocus();
    validate();
    // Wrapped text does not make a window taller by itself (height for width): size it once.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    layout->activate();
    setMinimumHeight(heightForWidth(minimumWidth()));
}

InvoiceExportDialog::~InvoiceExportDialog() = default;

QDate InvoiceExportDialog::from() const
{
    return m_from->date();
}

QDate InvoiceExportDialog::to() const
{
    return m_to->date();
}

QString InvoiceExportDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void InvoiceExportDialog::setFolder(const QString& folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void InvoiceExportDialog::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the Invoices"), folder());
    if (!chosen.isEmpty()) {
        setFolder(chosen);
    }
}

void InvoiceExportDialog::validate()
{
    QString problem;
    if (m_to->date() < m_from->date()) {
        problem = tr("The period ends before it starts. Choose a last day on or after the first.");
    } else if (folder().isEmpty()) {
        problem = tr("Choose the folder the PDFs go into.");
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_export->setEnabled(problem.isEmpty());
}

} // namespace clientele::ui
