#include "ui/settings/JoinPracticeDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/settings/FieldErrorLabel.h"

namespace clientele::ui {

JoinPracticeDialog::JoinPracticeDialog(const QString& relay, CodeCheck check, QWidget* parent)
    : QDialog(parent)
    , m_check(std::move(check))
{
    setObjectName(QStringLiteral("joinPracticeDialog"));
    setWindowTitle(tr("Join a Practice"));

    auto* intro = new QLabel(tr("On the computer that already has the practice, open Settings → Relay, choose "
                                "“Add a Computer…” and type the code it shows here. This computer then joins the "
                                "practice through %1.")
                                 .arg(relay),
        this);
    intro->setWordWrap(true);
    auto* replaced = new QLabel(tr("What this computer's practice holds now (its profile) is replaced by the "
                                   "practice it joins. A practice with clients, sessions or invoices of its own "
                                   "cannot join."),
        this);
    replaced->setObjectName(QStringLiteral("joinPracticeReplacedLabel"));
    replaced->setWordWrap(true);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("joinPracticeCodeEdit"));
    m_code->setPlaceholderText(QStringLiteral("K7QM-2XPA-9F3D-HW8C-RTYZ"));
    m_code->setMaxLength(40);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setAccessibleName(tr("Pairing code"));
    m_error = new FieldErrorLabel(m_code, this);

    auto* form = new QFormLayout;
    form->addRow(tr("Pairing &code:"), FieldErrorLabel::wrap(m_code, m_error, this));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Join"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("joinPracticeJoinButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled() && m_error->text().isEmpty()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_code->text().trimmed().isEmpty());
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(replaced);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

JoinPracticeDialog::~JoinPracticeDialog() = default;

QString JoinPracticeDialog::code() const
{
    return m_code->text().trimmed();
}

void JoinPracticeDialog::validate()
{
    const QString problem = m_check ? m_check(code()) : QString();
    if (problem.isEmpty()) {
        m_error->clear();
    } else {
        m_error->showError(problem);
        m_code->setFocus();
    }
}

} // namespace clientele::ui
