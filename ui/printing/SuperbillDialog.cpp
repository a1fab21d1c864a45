#include "ui/printing/SuperbillDialog.h"

#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include "ui/practice/PracticeContext.h"
#include "ui/printing/DocumentJobs.h"
#include "ui/printing/DocumentPrinting.h"
#include "ui/widgets/PanelParts.h"

namespace clientele::ui {

namespace {

QDateEdit* dateEdit(const QString& objectName, const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

} // namespace

SuperbillDialog::SuperbillDialog(
    PracticeContext& context, const QUuid& clientId, const QString& clientName, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("superbillDialog"));
    setWindowTitle(tr("Superbill for %1").arg(clientName));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(12);

    auto* heading = makeHeading(tr("Superbill for %1").arg(clientName), this, 1.2);
    heading->setTextFormat(Qt::PlainText);
    auto* explanation = new QLabel(tr("The sessions of a period with their diagnosis and procedure codes, for "
                                      "%1 to claim from their insurer or health savings account.")
                                       .arg(clientName),
        this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(heading);
    layout->addWidget(explanation);

    const auto [first, last] = DocumentJobs::previousMonth(context.today());
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_from = dateEdit(QStringLiteral("superbillFromDateEdit"), first, this);
    m_from->setAccessibleName(tr("First day"));
    m_to = dateEdit(QStringLiteral("superbillToDateEdit"), last, this);
    m_to->setAccessibleName(tr("Last day"));
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    layout->addLayout(form);

    m_error = makeDialogErrorLabel(QStringLiteral("superbillErrorLabel"), this);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("superbillSavedLabel"));
    m_saved->setTextFormat(Qt::PlainText);
    m_saved->setWordWrap(true);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saved->setVisible(false);
    layout->addWidget(m_saved);
    layout->addStretch(1);

    m_printing = new DocumentPrinting(this, [this, &context, clientId] {
        return DocumentJobs::superbill(context, clientId, m_from->date(), m_to->date());
    });
    m_printing->setObjectName(QStringLiteral("superbillPrinting"));
    m_printing->setErrorHandler([this](const QString& message) { showProblem(message); });

    auto* buttons = new QDialogButtonBox(this);
    m_preview = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("superbillPreviewButton"));
    m_save = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("superbillSavePdfButton"));
    m_save->setDefault(true);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("superbillCloseButton"));
    layout->addWidget(buttons);

    connect(m_preview, &QPushButton::clicked, m_printing, &DocumentPrinting::preview);
    connect(m_save, &QPushButton::clicked, m_printing, &DocumentPrinting::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The buttons follow the actions: off while a superbill is being prepared or saved.
    connect(m_printing->savePdfAction(), &QAction::changed, this, [this] {
        m_preview->setEnabled(m_printing->previewAction()->isEnabled());
        m_save->setEnabled(m_printing->savePdfAction()->isEnabled());
    });
    connect(m_printing, &DocumentPrinting::statusMessage, this, &SuperbillDialog::statusMessage);
    connect(m_printing, &DocumentPrinting::pdfSaved, this, [this](const QString& path) {
        m_saved->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        m_saved->setVisible(true);
        fitDialogHeight(this);
    });
    connect(m_from, &QDateEdit::dateChanged, this, &SuperbillDialog::periodChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &SuperbillDialog::periodChanged);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_preview);
    setTabOrder(m_preview, m_save);
    setTabOrder(m_save, close);
    m_from->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    fitDialogHeight(this);
}

SuperbillDialog::~SuperbillDialog() = default;

QString SuperbillDialog::errorText() const
{
    return m_problem;
}

void SuperbillDialog::showProblem(const QString& message)
{
    m_problem = message;
    m_error->setText(message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message);
    m_error->setAccessibleName(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        m_saved->setVisible(false);
    }
    fitDialogHeight(this);
}

void SuperbillDialog::periodChanged()
{
    m_saved->setVisible(false);
    const bool valid = m_from->date() <= m_to->date();
    m_printing->setEnabled(valid);
    showProblem(valid ? QString() : tr("The period ends before it starts. Choose a last day on or after the first."));
}

} // namespace clientele::ui
