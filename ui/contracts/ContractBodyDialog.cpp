#include "ui/contracts/ContractBodyDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/practice/PracticeContext.h"
#include "ui/widgets/PanelParts.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

namespace {
constexpr int kBodyLines = 20;
} // namespace

ContractBodyDialog::ContractBodyDialog(PracticeContext& context, const QUuid& contractId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_contractId(contractId)
{
    setObjectName(QStringLiteral("contractBodyDialog"));
    setWindowTitle(tr("Edit Draft Contract"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(12);

    m_heading = makeHeading(tr("Loading the contract…"), this, 1.2);
    m_heading->setTextFormat(Qt::PlainText);
    auto* explanation = new QLabel(tr("Change the text before you send it. Once it is marked as sent, the text "
                                      "is final: a changed contract is then a new contract."),
        this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    auto* bodyLabel = new QLabel(tr("&Text:"), this);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("contractBodyEdit"));
    m_body->setAccessibleName(tr("Contract text"));
    m_body->setTabChangesFocus(true);
    m_body->setEnabled(false);
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * kBodyLines);
    bodyLabel->setBuddy(m_body);
    layout->addWidget(m_heading);
    layout->addWidget(explanation);
    layout->addWidget(bodyLabel);
    layout->addWidget(m_body, 1);

    m_error = makeDialogErrorLabel(QStringLiteral("contractBodyErrorLabel"), this);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("contractBodySaveButton"));
    m_save->setText(tr("&Save"));
    m_save->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("contractBodyCancelButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContractBodyDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        showProblem(QString());
        updateButtons();
    });

    setTabOrder(m_body, m_save);
    setTabOrder(m_save, cancel);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    updateButtons();

    whenReady(
        this, m_context.contracts().find(contractId), [this](const Result<std::optional<domain::Contract>>& contract) {
            if (!contract || !contract.value()) {
                m_heading->setText(tr("Edit Draft Contract"));
                showProblem(contract ? tr("The contract no longer exists.") : contract.error().userMessage());
                return;
            }
            loaded(**contract);
        });
}

ContractBodyDialog::~ContractBodyDialog() = default;

QString ContractBodyDialog::errorText() const
{
    return m_problem;
}

void ContractBodyDialog::loaded(const domain::Contract& contract)
{
    m_heading->setText(contract.title());
    setWindowTitle(tr("Edit Draft — %1").arg(contract.title()));
    m_loadedBody = contract.body();
    {
        const QSignalBlocker blocker(m_body);
        m_body->setPlainText(contract.body());
    }
    m_loaded = contract.status() == domain::ContractStatus::Draft;
    m_body->setEnabled(m_loaded);
    if (!m_loaded) {
        showProblem(tr("This contract was sent, so its text can no longer change."));
    }
    m_body->setFocus();
    updateButtons();
}

void ContractBodyDialog::updateButtons()
{
    m_save->setEnabled(m_loaded && !m_working && m_body->toPlainText() != m_loadedBody);
}

void ContractBodyDialog::save()
{
    if (!m_loaded || m_working) {
        return;
    }
    if (m_body->toPlainText() == m_loadedBody) {
        accept();
        return;
    }
    m_working = true;
    updateButtons();
    whenReady(this, m_context.contracts().setBody(m_contractId, m_body->toPlainText()),
        [this](const Result<domain::Contract>& contract) {
            m_working = false;
            updateButtons();
            if (!contract) {
                showProblem(contract.error().userMessage());
                return;
            }
            Q_EMIT saved(contract.value());
            accept();
        });
}

void ContractBodyDialog::showProblem(const QString& message)
{
    m_problem = message;
    m_error->setText(message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message);
    m_error->setAccessibleName(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace clientele::ui
