#include "ui/settings/ContractTemplatesEditor.h"

#include <algorithm>
#include <utility>

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextCursor>
#include <QVBoxLayout>

#include "ui/EmptyStatePage.h"
#include "ui/settings/FieldErrorLabel.h"
#include "ui/widgets/MergeFieldMenu.h"

namespace clientele::ui {

using domain::ContractTemplate;

namespace {

constexpr int kFormMaxWidth = 720;
constexpr int kSideBySideMinWidth = 860;
constexpr int kBodyMinimumLines = 12;

} // namespace

ContractTemplatesEditor::ContractTemplatesEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("contractTemplatesEditor"));
    setAccessibleName(tr("Contract templates"));
    m_confirmRemove = [this](const QString& name) {
        return QMessageBox::question(this, tr("Remove Contract Template"),
                   tr("Remove the contract template “%1”? Contracts already drafted from it keep their text.")
                       .arg(name),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    buildUi();
    updateStack();
}

ContractTemplatesEditor::~ContractTemplatesEditor() = default;

void ContractTemplatesEditor::buildUi()
{
    m_stack = new QStackedWidget(this);

    // Empty state: what templates are for, and the action that makes the first one.
    auto* emptyPage = new QWidget(m_stack);
    emptyPage->setObjectName(QStringLiteral("contractTemplateEmptyState"));
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    auto* empty = new EmptyStatePage(QStringLiteral(":/icons/sections/contracts.svg"), tr("No contract templates yet"),
        tr("Write the agreements you send clients once, with merge fields such as {{client.name}} or "
           "{{booking.date}}. New Contract on a client's page fills them in for that client."),
        emptyPage);
    auto* emptyAdd = new QPushButton(tr("&Add a Template"), emptyPage);
    emptyAdd->setObjectName(QStringLiteral("contractTemplateEmptyAddButton"));
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(empty);
    emptyLayout->addWidget(emptyAdd, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);
    connect(emptyAdd, &QPushButton::clicked, this, &ContractTemplatesEditor::addTemplate);

    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->setObjectName(QStringLiteral("contractTemplatesSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto* master = new QWidget(m_splitter);
    auto* masterLayout = new QVBoxLayout(master);
    masterLayout->setContentsMargins(16, 0, 8, 12);
    masterLayout->setSpacing(8);
    m_list = new QListWidget(master);
    m_list->setObjectName(QStringLiteral("contractTemplateList"));
    m_list->setAccessibleName(tr("Contract templates"));
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    auto* listButtons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("&Add"), master);
    m_addButton->setObjectName(QStringLiteral("contractTemplateAddButton"));
    m_addButton->setAccessibleName(tr("Add contract template"));
    m_addButton->setToolTip(
        tr("Add a contract template (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_removeButton = new QPushButton(tr("Remo&ve"), master);
    m_removeButton->setObjectName(QStringLiteral("contractTemplateRemoveButton"));
    m_removeButton->setAccessibleName(tr("Remove contract template"));
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch(1);
    masterLayout->addWidget(m_list, 1);
    masterLayout->addLayout(listButtons);

    m_splitter->addWidget(master);
    m_splitter->addWidget(buildDetail());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);

    m_stack->addWidget(emptyPage);
    m_stack->addWidget(m_splitter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_list, &QListWidget::currentRowChanged, this, &ContractTemplatesEditor::currentRowChanged);
    connect(m_addButton, &QPushButton::clicked, this, &ContractTemplatesEditor::addTemplate);
    connect(m_removeButton, &QPushButton::clicked, this, &ContractTemplatesEditor::removeCurrentTemplate);
    auto* addShortcut = new QShortcut(QKeySequence::New, this);
    addShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(addShortcut, &QShortcut::activated, this, &ContractTemplatesEditor::addTemplate);
    auto* removeShortcut = new QShortcut(QKeySequence::Delete, m_list);
    removeShortcut->setContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &ContractTemplatesEditor::removeCurrentTemplate);
    auto* cancel = new QShortcut(QKeySequence::Cancel, m_detail);
    cancel->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancel, &QShortcut::activated, this, &ContractTemplatesEditor::revertCurrent);

    setTabOrder(m_list, m_addButton);
    setTabOrder(m_addButton, m_removeButton);
    setTabOrder(m_removeButton, m_name);
    setTabOrder(m_name, m_insertField);
    setTabOrder(m_insertField, m_body);
    setTabOrder(m_body, m_revertButton);
    setTabOrder(m_revertButton, m_saveButton);
}

QWidget* ContractTemplatesEditor::buildDetail()
{
    m_detail = new QWidget;
    m_detail->setObjectName(QStringLiteral("contractTemplateDetail"));
    auto* content = new QWidget(m_detail);
    content->setMaximumWidth(kFormMaxWidth);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 0, 16, 0);
    contentLayout->setSpacing(8);
    m_detailTitle = new QLabel(content);
    m_detailTitle->setObjectName(QStringLiteral("contractTemplateTitleLabel"));
    m_detailTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setWordWrap(true);
    contentLayout->addWidget(m_detailTitle);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    m_name = new QLineEdit(content);
    m_name->setObjectName(QStringLiteral("contractTemplateNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Wedding photography agreement"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setToolTip(tr("The title of every contract drafted from this template"));
    m_nameError = new FieldErrorLabel(m_name, content);
    m_nameError->setObjectName(QStringLiteral("contractTemplateNameErrorLabel"));
    auto* nameLabel = new QLabel(tr("&Name:"), content);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, FieldErrorLabel::wrap(m_name, m_nameError, content));
    contentLayout->addLayout(form);

    // The text, with the menu of merge fields on its right above it.
    auto* bodyBar = new QHBoxLayout;
    bodyBar->setSpacing(8);
    auto* bodyLabel = new QLabel(tr("&Text:"), content);
    m_insertField = new QPushButton(tr("Insert &Field"), content);
    m_insertField->setObjectName(QStringLiteral("contractTemplateInsertFieldButton"));
    m_insertField->setAccessibleName(tr("Insert merge field"));
    m_insertField->setToolTip(tr("Insert a merge field at the cursor; it is filled in for each client"));
    m_insertField->setAutoDefault(false);
    m_insertField->setMenu(buildFieldMenu(m_insertField));
    bodyBar->addWidget(bodyLabel);
    bodyBar->addStretch(1);
    bodyBar->addWidget(m_insertField);
    contentLayout->addLayout(bodyBar);

    m_body = new QPlainTextEdit(content);
    m_body->setObjectName(QStringLiteral("contractTemplateBodyEdit"));
    m_body->setAccessibleName(tr("Text"));
    m_body->setAccessibleDescription(tr("The contract text with merge fields in double braces"));
    m_body->setPlaceholderText(
        tr("e.g. This agreement is between {{practice.name}} and {{client.name}} for {{service.name}} on "
           "{{booking.date}}…"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * kBodyMinimumLines);
    bodyLabel->setBuddy(m_body);
    contentLayout->addWidget(m_body, 1);
    m_bodyError = new FieldErrorLabel(m_body, content);
    m_bodyError->setObjectName(QStringLiteral("contractTemplateBodyErrorLabel"));
    contentLayout->addWidget(m_bodyError);
    auto* hint = new QLabel(tr("Merge fields in double braces, such as {{client.name}}, are filled in with the "
                               "client's, the booking's and your practice's details when you draft a contract. "
                               "Write \\{{ for braces that are not a field."),
        content);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    contentLayout->addWidget(hint);

    auto* buttonBar = new QHBoxLayout;
    buttonBar->setContentsMargins(16, 8, 16, 12);
    m_generalError = new FieldErrorLabel(nullptr, m_detail);
    m_generalError->setObjectName(QStringLiteral("contractTemplateGeneralErrorLabel"));
    m_revertButton = new QPushButton(tr("&Revert"), m_detail);
    m_revertButton->setObjectName(QStringLiteral("contractTemplateRevertButton"));
    m_revertButton->setToolTip(tr("Discard changes to this template (Esc)"));
    m_saveButton = new QPushButton(tr("&Save"), m_detail);
    m_saveButton->setObjectName(QStringLiteral("contractTemplateSaveButton"));
    buttonBar->addWidget(m_generalError, 1);
    buttonBar->addStretch(0);
    buttonBar->addWidget(m_revertButton);
    buttonBar->addWidget(m_saveButton);

    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(0);
    detailLayout->addWidget(content, 1);
    detailLayout->addLayout(buttonBar);

    connect(m_name, &QLineEdit::textEdited, this, &ContractTemplatesEditor::formEdited);
    connect(m_name, &QLineEdit::returnPressed, this, &ContractTemplatesEditor::saveCurrent);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ContractTemplatesEditor::formEdited);
    connect(m_saveButton, &QPushButton::clicked, this, &ContractTemplatesEditor::saveCurrent);
    connect(m_revertButton, &QPushButton::clicked, this, &ContractTemplatesEditor::revertCurrent);
    return m_detail;
}

QMenu* ContractTemplatesEditor::buildFieldMenu(QWidget* parent)
{
    return mergeFieldMenu(ContractTemplate::knownFields(), QStringLiteral("contractTemplate"), parent,
        [this](const QString& field) { insertField(field); });
}

void ContractTemplatesEditor::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Side by side when there is room; the list above the editor in a narrow window (200 % scale).
    const Qt::Orientation wanted = width() < kSideBySideMinWidth ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        const int total = wanted == Qt::Vertical ? height() : width();
        m_splitter->setSizes({total / 4, total * 3 / 4});
    }
}

void ContractTemplatesEditor::setIdFactory(IdFactory factory)
{
    m_idFactory = std::move(factory);
}

void ContractTemplatesEditor::setRemoveConfirmation(RemoveConfirmation confirm)
{
    m_confirmRemove = std::move(confirm);
}

void ContractTemplatesEditor::setTemplates(const QList<ContractTemplate>& templates)
{
    const QUuid selected = currentTemplateId();
    std::vector<Entry> previous = std::move(m_entries);
    m_entries.clear();
    for (const ContractTemplate& stored : templates) {
        Entry entry;
        entry.id = stored.id();
        entry.saved = Draft {stored.name(), stored.body()};
        entry.draft = *entry.saved;
        const auto before =
            std::find_if(previous.begin(), previous.end(), [&stored](const Entry& e) { return e.id == stored.id(); });
        if (before != previous.end()) {
            if (before->isModified()) {
                entry.draft = before->draft; // still being edited, or just saved (then equal to the store)
            }
            previous.erase(before);
        }
        m_entries.push_back(std::move(entry));
    }
    // New templates not saved yet stay; a saved one the store no longer has was removed elsewhere.
    for (Entry& entry : previous) {
        if (!entry.saved) {
            m_entries.push_back(std::move(entry));
        }
    }
    rebuildList();
    selectTemplate(selected);
    if (m_current < 0 && !m_entries.empty()) {
        m_list->setCurrentRow(0);
    }
    updateStack();
}

QUuid ContractTemplatesEditor::currentTemplateId() const
{
    return m_current >= 0 ? m_entries.at(std::size_t(m_current)).id : QUuid();
}

void ContractTemplatesEditor::selectTemplate(const QUuid& id)
{
    if (id.isNull()) {
        return;
    }
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id) {
            m_list->setCurrentRow(int(i));
            return;
        }
    }
}

QString ContractTemplatesEditor::fieldError(const QString& field) const
{
    if (field == u"name") {
        return m_nameError->text();
    }
    if (field == u"body") {
        return m_bodyError->text();
    }
    return m_generalError->text();
}

void ContractTemplatesEditor::showSaveError(const QUuid& id, const QString& message)
{
    selectTemplate(id);
    if (currentTemplateId() == id) {
        m_generalError->showError(tr("Not saved: %1").arg(message));
    }
}

void ContractTemplatesEditor::rebuildList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_current = -1;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        new QListWidgetItem(m_list);
        updateListRow(int(i));
    }
}

void ContractTemplatesEditor::updateListRow(int row)
{
    QListWidgetItem* item = m_list->item(row);
    if (!item) {
        return;
    }
    const Entry& entry = m_entries.at(std::size_t(row));
    QString name = entry.draft.name.trimmed().isEmpty() ? tr("New template") : entry.draft.name.trimmed();
    if (entry.isModified()) {
        name = tr("%1 (not saved)").arg(name);
    }
    item->setText(name);
    item->setData(Qt::UserRole, entry.id);
    QFont font = m_list->font();
    font.setItalic(entry.isModified());
    item->setFont(font);
    item->setToolTip(entry.isModified() ? tr("Changes not saved yet") : QString());
}

void ContractTemplatesEditor::updateStack()
{
    m_stack->setCurrentIndex(m_entries.empty() ? 0 : 1);
    m_detail->setEnabled(m_current >= 0);
    updateButtons();
}

void ContractTemplatesEditor::currentRowChanged()
{
    m_current = m_list->currentRow();
    showEntry(m_current);
    updateStack();
}

void ContractTemplatesEditor::showEntry(int row)
{
    m_generalError->clear();
    const Draft draft = row >= 0 && row < int(m_entries.size()) ? m_entries.at(std::size_t(row)).draft : Draft {};
    m_loading = true;
    m_name->setText(draft.name);
    if (m_body->toPlainText() != draft.body) {
        m_body->setPlainText(draft.body);
    }
    m_loading = false;
    m_detailTitle->setText(draft.name.trimmed().isEmpty() ? tr("New template") : draft.name.trimmed());
    validateCurrent();
}

void ContractTemplatesEditor::formEdited()
{
    if (m_loading || m_current < 0) {
        return;
    }
    Entry& entry = m_entries.at(std::size_t(m_current));
    entry.draft = Draft {m_name->text(), m_body->toPlainText()};
    m_detailTitle->setText(entry.draft.name.trimmed().isEmpty() ? tr("New template") : entry.draft.name.trimmed());
    m_generalError->clear();
    updateListRow(m_current);
    validateCurrent();
}

ContractTemplate ContractTemplatesEditor::templateOf(const Entry& entry) const
{
    return ContractTemplate(entry.id, entry.draft.name.trimmed(), entry.draft.body);
}

void ContractTemplatesEditor::validateCurrent()
{
    m_nameError->clear();
    m_bodyError->clear();
    m_valid = false;
    if (m_current >= 0) {
        // The template's own check, as the user types: the store would refuse the same.
        const Result<void> valid = templateOf(m_entries.at(std::size_t(m_current))).validate();
        m_valid = valid.hasValue();
        if (!valid) {
            FieldErrorLabel* label = valid.error().detail() == u"template.needs-name" ? m_nameError : m_bodyError;
            label->showError(valid.error().userMessage());
        }
    }
    updateButtons();
}

void ContractTemplatesEditor::updateButtons()
{
    const bool hasCurrent = m_current >= 0;
    m_removeButton->setEnabled(hasCurrent);
    m_saveButton->setEnabled(hasCurrent && m_valid);
    m_saveButton->setToolTip(hasCurrent && !m_valid ? tr("Correct what is shown above to save this template")
                                                    : tr("Save this template (Enter in the name)"));
    m_revertButton->setEnabled(
        hasCurrent && m_entries.at(std::size_t(m_current)).saved && m_entries.at(std::size_t(m_current)).isModified());
}

void ContractTemplatesEditor::addTemplate()
{
    Entry entry;
    entry.id = m_idFactory ? m_idFactory() : QUuid::createUuid();
    m_entries.push_back(std::move(entry));
    {
        const QSignalBlocker blocker(m_list);
        new QListWidgetItem(m_list);
    }
    updateListRow(int(m_entries.size()) - 1);
    m_stack->setCurrentIndex(1);
    m_list->setCurrentRow(int(m_entries.size()) - 1);
    m_name->setFocus(Qt::OtherFocusReason);
}

void ContractTemplatesEditor::removeCurrentTemplate()
{
    if (m_current < 0) {
        return;
    }
    const Entry& entry = m_entries.at(std::size_t(m_current));
    if (entry.saved) {
        const QString name = entry.saved->name.isEmpty() ? entry.draft.name : entry.saved->name;
        if (m_confirmRemove && !m_confirmRemove(name)) {
            return;
        }
        Q_EMIT removeRequested(entry.id);
    }
    const int row = m_current;
    m_entries.erase(m_entries.begin() + row);
    {
        const QSignalBlocker blocker(m_list);
        delete m_list->takeItem(row);
        m_current = -1;
    }
    if (!m_entries.empty()) {
        // The list may already have moved its current row to a neighbour, silently: set it and show it.
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(std::min(row, int(m_entries.size()) - 1));
    }
    currentRowChanged();
}

void ContractTemplatesEditor::saveCurrent()
{
    if (m_current < 0) {
        return;
    }
    validateCurrent();
    if (!m_valid) {
        return;
    }
    Entry& entry = m_entries.at(std::size_t(m_current));
    // The name is stored as shown in lists and titles: without stray spaces.
    if (entry.draft.name != entry.draft.name.trimmed()) {
        entry.draft.name = entry.draft.name.trimmed();
        const QSignalBlocker blocker(m_name);
        m_name->setText(entry.draft.name);
        updateListRow(m_current);
    }
    m_generalError->clear();
    if (!entry.isModified()) {
        return;
    }
    // It counts as saved once the store says so (setTemplates); until then the list says "not saved".
    Q_EMIT saveRequested(templateOf(entry));
}

void ContractTemplatesEditor::revertCurrent()
{
    if (m_current < 0) {
        return;
    }
    Entry& entry = m_entries.at(std::size_t(m_current));
    if (!entry.saved) {
        return; // a new template has nothing to go back to; Remove discards it
    }
    entry.draft = *entry.saved;
    showEntry(m_current);
    updateListRow(m_current);
    updateButtons();
}

void ContractTemplatesEditor::insertField(const QString& field)
{
    if (m_current < 0) {
        return;
    }
    // Replaces a selection, like typing would; one undo step in the text.
    m_body->textCursor().insertText(mergeFieldPlaceholder(field));
    m_body->setFocus(Qt::OtherFocusReason);
}

} // namespace clientele::ui
