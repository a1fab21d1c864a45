#include "ui/settings/EmailTemplatesEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/settings/FieldErrorLabel.h"
#include "ui/widgets/MergeFieldMenu.h"
#include "ui/widgets/PanelParts.h"

namespace clientele::ui {

namespace {

using email::EmailKind;
using email::EmailTemplate;

constexpr int kBodyMinimumLines = 10;

} // namespace

EmailTemplatesEditor::EmailTemplatesEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emailTemplatesEditor"));
    setAccessibleName(tr("Email templates"));
    for (const EmailKind kind : email::allEmailKinds()) {
        m_stored.append(EmailTemplate::defaultFor(kind));
    }
    m_drafts = m_stored;

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("emailTemplateKindCombo"));
    for (const EmailKind kind : email::allEmailKinds()) {
        m_kind->addItem(email::emailKindName(kind), int(kind));
    }
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("emailTemplateSubjectEdit"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("emailTemplateBodyEdit"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * kBodyMinimumLines);
    m_insertField = new QPushButton(tr("Insert Fie&ld"), this);
    m_insertField->setObjectName(QStringLiteral("emailTemplateInsertFieldButton"));
    m_insertField->setAccessibleName(tr("Insert merge field"));
    m_insertField->setToolTip(tr("Insert a merge field at the cursor; it is filled in for each client"));
    m_save = new QPushButton(tr("Save &Changes"), this);
    m_save->setObjectName(QStringLiteral("emailTemplateSaveButton"));
    m_reset = new QPushButton(tr("Reset to &Default"), this);
    m_reset->setObjectName(QStringLiteral("emailTemplateResetButton"));
    m_error = new FieldErrorLabel(m_body, this);
    m_error->setObjectName(QStringLiteral("emailTemplateError"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_insertField);
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_save);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Kind of email:"), m_kind);
    form->addRow(tr("Su&bject:"), m_subject);
    form->addRow(tr("Te&xt:"), FieldErrorLabel::wrap(m_body, m_error, this));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeHint(tr("What each email says. Merge fields such as {{client.first_name}} are filled in "
                                  "for each client; your logo, colour and contact details frame the text, and "
                                  "links such as the video meeting’s are added as buttons."),
        this));
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &EmailTemplatesEditor::showKind);
    connect(m_subject, &QLineEdit::textEdited, this, &EmailTemplatesEditor::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &EmailTemplatesEditor::edited);
    connect(m_save, &QPushButton::clicked, this, &EmailTemplatesEditor::saveCurrent);
    connect(m_reset, &QPushButton::clicked, this, &EmailTemplatesEditor::resetCurrent);
    // The field goes where the user was typing: the subject or the text.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == m_subject || now == m_body) {
            m_lastFocus = now;
        }
    });
    connect(m_insertField, &QPushButton::clicked, this, [this]() {
        QMenu* menu = mergeFieldMenu(email::emailFields(currentKind()), QStringLiteral("emailTemplate"), this,
            [this](const QString& field) { insertField(field); });
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_insertField->mapToGlobal(QPoint(0, m_insertField->height())));
    });
    showKind();
}

EmailTemplatesEditor::~EmailTemplatesEditor() = default;

void EmailTemplatesEditor::setTemplates(const QList<EmailTemplate>& templates)
{
    for (const EmailTemplate& stored : templates) {
        const qsizetype at = email::allEmailKinds().indexOf(stored.kind);
        if (at < 0) {
            continue;
        }
        // A draft the user has not touched follows the store; an edited one stays.
        if (m_drafts.at(at) == m_stored.at(at)) {
            m_drafts[at] = stored;
        }
        m_stored[at] = stored;
    }
    showKind();
}

void EmailTemplatesEditor::selectKind(EmailKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

EmailKind EmailTemplatesEditor::currentKind() const
{
    return static_cast<EmailKind>(m_kind->currentData().toInt());
}

QString EmailTemplatesEditor::error() const
{
    return m_error->text();
}

void EmailTemplatesEditor::showSaveError(const QString& message)
{
    m_error->showError(message);
}

void EmailTemplatesEditor::insertField(const QString& field)
{
    if (m_lastFocus == m_subject) {
        m_subject->insert(mergeFieldPlaceholder(field));
        edited();
        m_subject->setFocus();
        return;
    }
    m_body->textCursor().insertText(mergeFieldPlaceholder(field));
    m_body->setFocus();
}

void EmailTemplatesEditor::saveCurrent()
{
    const EmailTemplate draft = current();
    if (Result<void> valid = draft.validate(); !valid) {
        m_error->showError(valid.error().userMessage());
        return;
    }
    Q_EMIT saveRequested(draft);
}

void EmailTemplatesEditor::resetCurrent()
{
    const EmailTemplate original = EmailTemplate::defaultFor(currentKind());
    m_drafts[email::allEmailKinds().indexOf(currentKind())] = original;
    showKind();
    if (!(original == m_stored.at(email::allEmailKinds().indexOf(currentKind())))) {
        Q_EMIT saveRequested(original);
    }
}

void EmailTemplatesEditor::showKind()
{
    const EmailTemplate& draft = m_drafts.at(email::allEmailKinds().indexOf(currentKind()));
    m_showing = true;
    m_subject->setText(draft.subject);
    m_body->setPlainText(draft.body);
    m_showing = false;
    edited();
}

void EmailTemplatesEditor::edited()
{
    if (m_showing) {
        return;
    }
    const qsizetype at = email::allEmailKinds().indexOf(currentKind());
    m_drafts[at] = current();
    const Result<void> valid = m_drafts.at(at).validate();
    if (valid) {
        m_error->clear();
    } else {
        m_error->showError(valid.error().userMessage());
    }
    m_save->setEnabled(valid.hasValue() && !(m_drafts.at(at) == m_stored.at(at)));
    m_reset->setEnabled(!(m_drafts.at(at) == EmailTemplate::defaultFor(currentKind())));
}

EmailTemplate EmailTemplatesEditor::current() const
{
    return EmailTemplate {currentKind(), m_subject->text(), m_body->toPlainText()};
}

} // namespace clientele::ui
