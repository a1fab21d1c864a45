#include "ui/clients/ClientImportDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <atomic>

#include "core/store/Store.h"
#include "ui/practice/PracticeContext.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

ClientImportDialog::ClientImportDialog(PracticeContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("clientImportDialog"));
    setWindowTitle(tr("Import Clients"));
    resize(720, 520);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Import a CSV export from HoneyBook, Dubsado, Google Contacts or Outlook, any other "
                                "CSV with a column mapping, or a vCard file. Clients already in your practice (same "
                                "email, or same phone when there is no email) are skipped."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_path->setReadOnly(true);
    m_path->setAccessibleName(tr("File to import"));
    auto* browse = new QPushButton(tr("Choose File…"), this);
    browse->setObjectName(QStringLiteral("importBrowseButton"));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File:"), fileRow);
    m_mapping = new QLineEdit(this);
    m_mapping->setObjectName(QStringLiteral("importMappingEdit"));
    m_mapping->setPlaceholderText(tr("Only for other CSVs, e.g. name=Full Name,email=Mail,phone=Mobile"));
    m_mapping->setAccessibleName(tr("Column mapping"));
    form->addRow(tr("Columns:"), m_mapping);
    m_region = new QLineEdit(this);
    m_region->setObjectName(QStringLiteral("importRegionEdit"));
    m_region->setMaxLength(2);
    m_region->setAccessibleName(tr("Country for phone numbers without a country code"));
    const QString practiceRegion = context.profile().address.countryCode.isEmpty()
        ? QLocale::territoryToCode(context.locale().territory())
        : context.profile().address.countryCode;
    m_region->setText(practiceRegion);
    form->addRow(tr("Phone country:"), m_region);
    layout->addLayout(form);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_problems = new QTableWidget(0, 2, this);
    m_problems->setObjectName(QStringLiteral("importProblemsTable"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Why")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setAccessibleName(tr("Rows refused or skipped"));
    layout->addWidget(m_problems, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->hide();
    layout->addWidget(m_progress);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importStartButton"));
    m_import->setEnabled(false);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ClientImportDialog::browse);
    connect(m_mapping, &QLineEdit::editingFinished, this, &ClientImportDialog::prepareAgain);
    connect(m_region, &QLineEdit::editingFinished, this, &ClientImportDialog::prepareAgain);
    connect(m_import, &QPushButton::clicked, this, &ClientImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_summary->setText(tr("Choose a file to see what it holds; nothing is imported until you press Import."));
}

void ClientImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Clients"), QDir::homePath(), tr("Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        loadFile(path);
    }
}

void ClientImportDialog::loadFile(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_filePath = path;
    prepareAgain();
}

void ClientImportDialog::prepareAgain()
{
    if (m_filePath.isEmpty()) {
        return;
    }
    m_summary->setText(tr("Reading the file…"));
    m_prepared.reset();
    m_import->setEnabled(false);
    const QString path = m_filePath;
    const QString mapping = m_mapping->text().trimmed();
    const QString region = m_region->text().trimmed().toUpper();
    const QDateTime now = m_context.clock().nowUtc();
    // Reading and parsing a large file is real work: it runs on the storage thread like everything else.
    whenReady(this,
        m_context.store().run([path, mapping, region, now](StoreSession&) -> Result<ClientTransfer::Prepared> {
            const Result<QByteArray> bytes = ClientTransfer::readImportFile(path);
            if (!bytes) {
                return bytes.error();
            }
            return ClientTransfer::prepare(bytes.value(), ClientTransfer::Format::Auto, mapping, region, now);
        }),
        [this](const Result<ClientTransfer::Prepared>& prepared) {
            if (!prepared) {
                m_summary->setText(tr("This file cannot be imported: %1").arg(prepared.error().userMessage()));
                showProblems({}, {});
                return;
            }
            m_prepared = prepared.value();
            m_summary->setText(tr("%n client(s) can be imported.", nullptr, int(prepared->clients.size())) + u' '
                + tr("%n row(s) are refused; see below.", nullptr, int(prepared->problems.size())));
            showProblems(prepared->problems, {});
            m_import->setEnabled(!prepared->clients.isEmpty());
        });
}

void ClientImportDialog::startImport()
{
    if (!m_prepared) {
        return;
    }
    m_import->setEnabled(false);
    m_progress->setRange(0, int(m_prepared->clients.size()));
    m_progress->setValue(0);
    m_progress->show();
    const ClientTransfer::Prepared prepared = *m_prepared;
    // The storage thread counts; a timer here shows the count. Nothing on that thread touches a widget.
    auto done = std::make_shared<std::atomic_int>(0);
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, m_progress, [this, done] { m_progress->setValue(done->load()); });
    poll->start(100);
    whenReady(this, m_context.store().run([prepared, done](StoreSession& session) {
        return ClientTransfer::write(session, prepared, [done](int count, int) { done->store(count); });
    }),
        [this, poll](const Result<ClientTransfer::Outcome>& outcome) {
            poll->deleteLater();
            m_progress->hide();
            if (!outcome) {
                m_summary->setText(tr("Nothing was imported: %1").arg(outcome.error().userMessage()));
                m_import->setEnabled(true);
                return;
            }
            m_summary->setText(tr("Imported %n client(s).", nullptr, outcome->imported) + u' '
                + tr("%n were already in your practice.", nullptr, int(outcome->skipped.size())) + u' '
                + tr("%n row(s) refused.", nullptr, int(m_prepared->problems.size())));
            showProblems(m_prepared->problems, outcome->skipped);
            m_prepared.reset();
            m_context.notifyChanged(PracticeContext::Area::Clients);
            Q_EMIT imported(outcome->imported);
        });
}

void ClientImportDialog::showProblems(
    const QList<interchange::ImportProblem>& refused, const QList<interchange::ImportProblem>& skipped)
{
    m_problems->setRowCount(0);
    const auto add = [this](const interchange::ImportProblem& problem) {
        const int row = m_problems->rowCount();
        m_problems->insertRow(row);
        auto* line = new QTableWidgetItem(QString::number(problem.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_problems->setItem(row, 0, line);
        m_problems->setItem(row, 1, new QTableWidgetItem(problem.reason));
    };
    for (const auto& problem : refused) {
        add(problem);
    }
    for (const auto& problem : skipped) {
        add(problem);
    }
    m_problems->resizeColumnToContents(0);
}

} // namespace clientele::ui
