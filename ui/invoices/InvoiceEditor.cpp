#include "ui/invoices/InvoiceEditor.h"

#include <algorithm>
#include <functional>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/text/MoneyText.h"
#include "core/text/PaymentMethodText.h"
#include "ui/invoices/InvoiceStatusText.h"
#include "ui/invoices/PaymentDisputeText.h"
#include "ui/printing/DocumentPrinting.h"
#include "ui/widgets/StatusPillDelegate.h"

namespace clientele::ui {

using domain::Invoice;
using domain::InvoiceStatus;
using domain::Money;

// One undoable step: the whole draft before and after. Drafts are small and implicitly shared, so a
// snapshot is cheaper and safer than an inverse operation per kind of edit.
class DraftCommand final : public QUndoCommand
{
public:
    DraftCommand(InvoiceEditor* editor, InvoiceDraft before, InvoiceDraft after, const QString& text, QString mergeKey)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(std::move(mergeKey))
    {
    }

    void undo() override { m_editor->applyDraft(m_before); }
    void redo() override { m_editor->applyDraft(m_after); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const DraftCommand*>(other);
        if (next->m_mergeKey != m_mergeKey) {
            return false;
        }
        m_after = next->m_after;
        return true;
    }

private:
    InvoiceEditor* m_editor;
    InvoiceDraft m_before;
    InvoiceDraft m_after;
    QString m_mergeKey;
};

// The invoice's status as a pill in the editor's header.
class StatusPill final : public QWidget
{
public:
    explicit StatusPill(QWidget* parent)
        : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }

    void setStatus(const QString& text, StatusTone tone)
    {
        m_text = text;
        m_tone = tone;
        setAccessibleName(text);
        setToolTip(text);
        updateGeometry();
        update();
    }
    const QString& text() const { return m_text; }
    QSize sizeHint() const override { return StatusPillDelegate::pillSize(m_text, font()); }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* /*event*/) override
    {
        QPainter painter(this);
        StatusPillDelegate::paintPill(&painter, rect(), m_text, m_tone, palette(), font());
    }

private:
    QString m_text;
    StatusTone m_tone = StatusTone::Neutral;
};

// The cell delegate of the editable tables. It keeps track of the cell editor that is open, so that
// an action (Add Line, Save, Ctrl+S…) can commit what is being typed before it runs: a price typed
// and not yet confirmed with Enter must never be lost or bypass the checks. When given a formatter it
// also shows the cell's text formatted for reading (money per the locale) while the editor still
// gets the text as typed.
class DraftCellDelegate final : public QStyledItemDelegate
{
public:
    using Formatter = std::function<QString(const QString& text)>;

    explicit DraftCellDelegate(QObject* parent, Formatter formatter = {})
        : QStyledItemDelegate(parent)
        , m_formatter(std::move(formatter))
    {
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        m_openEditor = editor;
        return editor;
    }

    void destroyEditor(QWidget* editor, const QModelIndex& index) const override
    {
        if (m_openEditor == editor) {
            m_openEditor.clear();
        }
        QStyledItemDelegate::destroyEditor(editor, index);
    }

    QString displayText(const QVariant& value, const QLocale& locale) const override
    {
        if (m_formatter && value.userType() == QMetaType::QString) {
            return m_formatter(value.toString());
        }
        return QStyledItemDelegate::displayText(value, locale);
    }

    // Commits the open cell editor's text to its item (itemChanged follows) and closes it.
    void commitOpenEditor()
    {
        if (QWidget* editor = m_openEditor.data()) {
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
        }
    }

private:
    Formatter m_formatter;
    mutable QPointer<QWidget> m_openEditor;
};

namespace {

constexpr int kSpacing = 8;

QLabel* makeErrorLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Errors are told by words and an icon-like prefix, not by colour alone; bold text keeps
    // contrast in both palettes.
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setVisible(false);
    return label;
}

void setErrorText(QLabel* label, const QString& text)
{
    label->setText(text.isEmpty() ? QString() : QStringLiteral("⚠ ") + text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}

QPushButton* makeButton(
    const QString& text, const QString& objectName, const QString& accessibleDescription, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    button->setAccessibleDescription(accessibleDescription);
    button->setToolTip(accessibleDescription);
    button->setAutoDefault(false);
    return button;
}

QTableWidget* makeTable(int columns, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    table->setTabKeyNavigation(false); // Tab leaves the table, as in a form
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setWordWrap(false);
    return table;
}

// A table inside the scrolling form shows all its rows; the form scrolls, not the table. Rows are
// measured as they are (their content, the font, the scale), not assumed to be the default size.
void fitTableHeight(QTableWidget* table, int minimumRows)
{
    // Rows as tall as their content needs, with room to breathe and for a cell editor's frame.
    const int comfortable = table->fontMetrics().height() + 12;
    table->resizeRowsToContents();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->rowHeight(row) < comfortable) {
            table->setRowHeight(row, comfortable);
        }
    }
    QHeaderView* rows = table->verticalHeader();
    int height = rows->length();
    const int missing = minimumRows - table->rowCount();
    if (missing > 0) {
        height += missing * comfortable;
    }
    QHeaderView* header = table->horizontalHeader();
    if (!header->isHidden()) {
        height += header->sizeHint().height();
    }
    table->setFixedHeight(height + 2 * table->frameWidth());
}

QTableWidgetItem* ensureItem(QTableWidget* table, int row, int column)
{
    QTableWidgetItem* item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        table->setItem(row, column, item);
    }
    return item;
}

void setItemText(QTableWidget* table, int row, int column, const QString& text, bool editable,
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    QTableWidgetItem* item = ensureItem(table, row, column);
    if (item->text() != text) {
        item->setText(text);
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (editable) {
        flags |= Qt::ItemIsEditable;
    }
    if (item->flags() != flags) {
        item->setFlags(flags);
    }
    if (item->textAlignment() != int(alignment)) {
        item->setTextAlignment(alignment);
    }
}

void setItemError(QTableWidgetItem* item, const QString& error, const QIcon& icon)
{
    if (error.isEmpty()) {
        if (!item->icon().isNull()) {
            item->setIcon(QIcon());
        }
        if (!item->toolTip().isEmpty()) {
            item->setToolTip(QString());
            item->setData(Qt::AccessibleDescriptionRole, QVariant());
        }
        return;
    }
    item->setIcon(icon);
    item->setToolTip(error);
    item->setData(Qt::AccessibleDescriptionRole, error);
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

} // namespace

InvoiceEditor::InvoiceEditor(QWidget* parent)
    : QWidget(parent)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("invoiceEditor"));
    setAccessibleName(tr("Invoice editor"));
    buildUi();

    QAction* undo = m_undoStack->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("invoiceUndoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("invoiceRedoAction"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);
    auto* save = new QShortcut(QKeySequence::Save, this, this, &InvoiceEditor::requestSave);
    save->setContext(Qt::WidgetWithChildrenShortcut);

    connect(m_undoStack, &QUndoStack::cleanChanged, this, &InvoiceEditor::refreshActions);
    setInvoice(Invoice());
}

InvoiceEditor::~InvoiceEditor()
{
    // Commands call back into the editor, and closing the window commits an open cell editor: ignore
    // both from here on, before the widgets go.
    m_updating = true;
    m_undoStack->clear();
}

void InvoiceEditor::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("invoiceEditorContent"));
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 12, 16, 16);
    contentLayout->setSpacing(16);

    m_errorBanner = makeErrorLabel(content, QStringLiteral("invoiceErrorLabel"));
    contentLayout->addWidget(m_errorBanner);

    // Details.
    auto* details = new QFormLayout;
    details->setSpacing(kSpacing);
    m_dueDateEdit = new QDateEdit(content);
    m_dueDateEdit->setObjectName(QStringLiteral("invoiceDueDateEdit"));
    m_dueDateEdit->setCalendarPopup(true);
    m_dueDateEdit->setAccessibleName(tr("Due date"));
    m_dueDateEdit->setAccessibleDescription(tr("The day the client should have paid by"));
    m_dueDateError = makeErrorLabel(content, QStringLiteral("invoiceDueDateErrorLabel"));
    auto* dueColumn = new QVBoxLayout;
    dueColumn->setSpacing(4);
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_dueDateEdit);
    dueRow->addStretch(1);
    dueColumn->addLayout(dueRow);
    dueColumn->addWidget(m_dueDateError);
    details->addRow(tr("&Due date:"), dueColumn);
    qobject_cast<QLabel*>(details->labelForField(dueColumn))->setBuddy(m_dueDateEdit);
    m_poNumberEdit = new QLineEdit(content);
    m_poNumberEdit->setObjectName(QStringLiteral("invoicePoNumberEdit"));
    m_poNumberEdit->setPlaceholderText(tr("Optional, from the client's purchase order"));
    m_poNumberEdit->setAccessibleName(tr("PO number"));
    m_poNumberEdit->setMaxLength(100);
    details->addRow(tr("&PO number:"), m_poNumberEdit);
    contentLayout->addLayout(details);

    contentLayout->addWidget(buildLinesGroup());
    contentLayout->addWidget(buildSummaryRow());
    contentLayout->addWidget(buildTaxesGroup());
    contentLayout->addWidget(buildScheduleGroup());

    auto* notesTitle = sectionTitle(tr("&Notes"), content);
    m_notesTitle = notesTitle;
    m_notesEdit = new QPlainTextEdit(content);
    m_notesEdit->setObjectName(QStringLiteral("invoiceNotesEdit"));
    m_notesEdit->setAccessibleName(tr("Notes"));
    m_notesEdit->setAccessibleDescription(tr("Printed on the invoice below the lines"));
    m_notesEdit->setPlaceholderText(tr("Printed on the invoice, e.g. bank details or a thank-you"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->setFixedHeight(m_notesEdit->fontMetrics().lineSpacing() * 4 + 16);
    notesTitle->setBuddy(m_notesEdit);
    contentLayout->addWidget(notesTitle);
    contentLayout->addWidget(m_notesEdit);

    contentLayout->addWidget(buildHistoryGroup());
    contentLayout->addStretch(1);

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("invoiceEditorScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scrollArea->setWidget(content);
    layout->addWidget(m_scrollArea, 1);

    connect(m_dueDateEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_updating) {
            return;
        }
        InvoiceDraft next = m_draft;
        next.dueDate = date;
        commit(next, tr("Change due date"), QStringLiteral("dueDate"));
    });
    connect(m_poNumberEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        InvoiceDraft next = m_draft;
        next.poNumber = text;
        commit(next, tr("Edit PO number"), QStringLiteral("poNumber"));
    });
    connect(m_notesEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_updating) {
            return;
        }
        InvoiceDraft next = m_draft;
        next.notes = m_notesEdit->toPlainText();
        commit(next, tr("Edit notes"), QStringLiteral("notes"));
    });
    setUpTabOrder();
}

QWidget* InvoiceEditor::buildHeader()
{
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("invoiceEditorHeader"));
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::Window);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(kSpacing);

    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    m_clientLabel = new QLabel(header);
    m_clientLabel->setObjectName(QStringLiteral("invoiceClientLabel"));
    m_clientLabel->setTextFormat(Qt::PlainText);
    m_clientLabel->setWordWrap(true);
    QFont titleFont = m_clientLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_clientLabel->setFont(titleFont);
    m_numberLabel = new QLabel(header);
    m_numberLabel->setObjectName(QStringLiteral("invoiceNumberLabel"));
    m_numberLabel->setTextFormat(Qt::PlainText);
    m_numberLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusPill = new StatusPill(header);
    m_statusPill->setObjectName(QStringLiteral("invoiceStatusPill"));
    titleRow->addWidget(m_clientLabel, 1);
    titleRow->addWidget(m_numberLabel);
    titleRow->addWidget(m_statusPill, 0, Qt::AlignVCenter);
    layout->addLayout(titleRow);

    m_datesLabel = new QLabel(header);
    m_datesLabel->setObjectName(QStringLiteral("invoiceDatesLabel"));
    m_datesLabel->setForegroundRole(QPalette::PlaceholderText);
    m_datesLabel->setWordWrap(true);
    layout->addWidget(m_datesLabel);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(kSpacing);
    m_saveButton = makeButton(tr("&Save"), QStringLiteral("invoiceSaveButton"),
        tr("Save the draft (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)), header);
    m_issueButton = makeButton(tr("&Issue Invoice…"), QStringLiteral("invoiceIssueButton"),
        tr("Give the invoice its number and make it final"), header);
    m_discardButton = makeButton(tr("Discard Changes"), QStringLiteral("invoiceDiscardButton"),
        tr("Go back to the last saved version (can be undone)"), header);
    m_recordPaymentButton = makeButton(tr("Record &Payment…"), QStringLiteral("invoiceRecordPaymentButton"),
        tr("Record money received for this invoice"), header);
    m_paymentLinkButton = makeButton(tr("Payment &Link…"), QStringLiteral("invoicePaymentLinkButton"),
        tr("Get a link the client pays what is owed through, by card"), header);
    m_emailButton = makeButton(tr("E&mail…"), QStringLiteral("invoiceEmailButton"),
        tr("Email the invoice to the client as a PDF, from your own mailbox"), header);
    m_refundButton =
        makeButton(tr("&Refund…"), QStringLiteral("invoiceRefundButton"), tr("Give back money from a payment"), header);
    m_voidButton = makeButton(tr("&Void Invoice…"), QStringLiteral("invoiceVoidButton"),
        tr("Cancel this issued invoice; its number stays used"), header);
    // The primary action of a draft stands out through the palette's highlight, in both themes.
    QPalette primary = m_saveButton->palette();
    primary.setColor(QPalette::Button, primary.color(QPalette::Highlight));
    primary.setColor(QPalette::ButtonText, primary.color(QPalette::HighlightedText));
    m_saveButton->setPalette(primary);
    m_recordPaymentButton->setPalette(primary);
    for (QPushButton* button : {m_saveButton, m_issueButton, m_recordPaymentButton, m_paymentLinkButton, m_emailButton,
             m_refundButton, m_voidButton, m_discardButton}) {
        actions->addWidget(button);
    }
    actions->addStretch(1);
    // Printing and PDFs sit apart from the actions that change the invoice.
    m_documentsButton = makeButton(tr("Prin&t / PDF"), QStringLiteral("invoiceDocumentsButton"),
        tr("Preview, print or save the invoice or its receipt as PDF"), header);
    m_documentsButton->setMenu(new QMenu(m_documentsButton));
    m_documentsButton->setVisible(false);
    actions->addWidget(m_documentsButton);
    layout->addLayout(actions);

    m_saveReasonLabel = new QLabel(header);
    m_saveReasonLabel->setObjectName(QStringLiteral("invoiceSaveReasonLabel"));
    m_saveReasonLabel->setWordWrap(true);
    m_saveReasonLabel->setTextFormat(Qt::PlainText);
    m_saveReasonLabel->setVisible(false);
    layout->addWidget(m_saveReasonLabel);

    connect(m_saveButton, &QPushButton::clicked, this, &InvoiceEditor::requestSave);
    connect(m_issueButton, &QPushButton::clicked, this, &InvoiceEditor::requestIssue);
    connect(m_discardButton, &QPushButton::clicked, this, &InvoiceEditor::discardChanges);
    connect(m_recordPaymentButton, &QPushButton::clicked, this, &InvoiceEditor::recordPaymentRequested);
    connect(m_paymentLinkButton, &QPushButton::clicked, this, &InvoiceEditor::paymentLinkRequested);
    connect(m_emailButton, &QPushButton::clicked, this, &InvoiceEditor::emailRequested);
    connect(m_refundButton, &QPushButton::clicked, this, &InvoiceEditor::recordRefundRequested);
    connect(m_voidButton, &QPushButton::clicked, this, &InvoiceEditor::voidRequested);

    auto* outer = new QWidget(this);
    auto* outerLayout = new QVBoxLayout(outer);
    outerLayout->setContentsMargins(0, 0, 0, 0);
    outerLayout->setSpacing(0);
    outerLayout->addWidget(header);
    auto* line = new QFrame(outer);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    outerLayout->addWidget(line);
    return outer;
}

QWidget* InvoiceEditor::buildLinesGroup()
{
    auto* group = new QWidget;
    auto* layout = new QVBoxLayout(group);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(kSpacing);
    layout->addWidget(sectionTitle(tr("Lines"), group));

    m_linesTable = makeTable(InvoiceDraft::LineColumnCount, QStringLiteral("invoiceLinesTable"), group);
    m_linesTable->setAccessibleName(tr("Invoice lines"));
    m_linesTable->setAccessibleDescription(
        tr("Description, quantity, unit price and tax codes of each line. Press Delete to remove a line."));
    m_linesTable->setHorizontalHeaderLabels(
        {tr("Description"), tr("Qty"), tr("Unit price"), tr("Taxes"), tr("Amount")});
    m_linesTable->horizontalHeader()->setSectionResizeMode(InvoiceDraft::DescriptionColumn, QHeaderView::Stretch);
    m_linesTable->horizontalHeaderItem(InvoiceDraft::QuantityColumn)
        ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_linesTable->horizontalHeaderItem(InvoiceDraft::UnitPriceColumn)
        ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_linesTable->horizontalHeaderItem(InvoiceDraft::AmountColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_linesTable->horizontalHeaderItem(InvoiceDraft::TaxesColumn)
        ->setToolTip(tr("Codes from the tax table below, separated by commas"));
    m_linesTable->verticalHeader()->setVisible(false);
    m_linesTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_linesTable->installEventFilter(this);
    m_cellDelegates.append(new DraftCellDelegate(m_linesTable));
    m_linesTable->setItemDelegate(m_cellDelegates.constLast());
    // Prices read as money ("2,400.00 €") and keep the text as typed for editing ("2400").
    m_cellDelegates.append(
        new DraftCellDelegate(m_linesTable, [this](const QString& text) { return moneyCellText(text); }));
    m_linesTable->setItemDelegateForColumn(InvoiceDraft::UnitPriceColumn, m_cellDelegates.constLast());
    layout->addWidget(m_linesTable);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(kSpacing);
    m_addLineButton = makeButton(tr("&Add Line"), QStringLiteral("invoiceAddLineButton"), tr("Add a line"), group);
    m_removeLineButton = makeButton(
        tr("Remove Line"), QStringLiteral("invoiceRemoveLineButton"), tr("Remove the selected line (Delete)"), group);
    m_moveLineUpButton =
        makeButton(tr("Move Up"), QStringLiteral("invoiceMoveLineUpButton"), tr("Move the selected line up"), group);
    m_moveLineDownButton = makeButton(
        tr("Move Down"), QStringLiteral("invoiceMoveLineDownButton"), tr("Move the selected line down"), group);
    buttons->addWidget(m_addLineButton);
    buttons->addWidget(m_removeLineButton);
    buttons->addWidget(m_moveLineUpButton);
    buttons->addWidget(m_moveLineDownButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_linesError = makeErrorLabel(group, QStringLiteral("invoiceLinesErrorLabel"));
    layout->addWidget(m_linesError);

    connect(m_linesTable, &QTableWidget::itemChanged, this,
        [this](QTableWidgetItem* item) { onLineItemChanged(item->row(), item->column()); });
    connect(m_linesTable, &QTableWidget::itemSelectionChanged, this, &InvoiceEditor::refreshActions);
    connect(m_addLineButton, &QPushButton::clicked, this, &InvoiceEditor::addLine);
    connect(m_removeLineButton, &QPushButton::clicked, this, &InvoiceEditor::removeSelectedLine);
    connect(m_moveLineUpButton, &QPushButton::clicked, this, [this] { moveSelectedLine(-1); });
    connect(m_moveLineDownButton, &QPushButton::clicked, this, [this] { moveSelectedLine(1); });
    return group;
}

QWidget* InvoiceEditor::buildSummaryRow()
{
    // The discount above the totals rather than beside them: side by side they don't fit a narrow
    // editor pane, at 200 % or with longer translations.
    auto* row = new QWidget;
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto* discountForm = new QFormLayout;
    discountForm->setSpacing(kSpacing);
    m_discountCombo = new QComboBox(row);
    m_discountCombo->setObjectName(QStringLiteral("invoiceDiscountCombo"));
    m_discountCombo->setAccessibleName(tr("Discount kind"));
    m_discountCombo->addItem(tr("No discount"), int(InvoiceDraft::DiscountKind::None));
    m_discountCombo->addItem(tr("Percent of subtotal"), int(InvoiceDraft::DiscountKind::Percentage));
    m_discountCombo->addItem(tr("Fixed amount"), int(InvoiceDraft::DiscountKind::Amount));
    m_discountEdit = new QLineEdit(row);
    m_discountEdit->setObjectName(QStringLiteral("invoiceDiscountEdit"));
    m_discountEdit->setAccessibleName(tr("Discount"));
    m_discountEdit->setAlignment(Qt::AlignRight);
    m_discountEdit->setMinimumWidth(m_discountEdit->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 10 + 16);
    m_discountEdit->setMaximumWidth(m_discountEdit->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 14 + 16);
    m_discountError = makeErrorLabel(row, QStringLiteral("invoiceDiscountErrorLabel"));
    auto* discountRow = new QHBoxLayout;
    discountRow->setSpacing(kSpacing);
    discountRow->addWidget(m_discountCombo);
    discountRow->addWidget(m_discountEdit);
    discountRow->addStretch(1);
    auto* discountColumn = new QVBoxLayout;
    discountColumn->setSpacing(4);
    discountColumn->addLayout(discountRow);
    discountColumn->addWidget(m_discountError);
    discountForm->addRow(tr("D&iscount:"), discountColumn);
    m_discountLabel = qobject_cast<QLabel*>(discountForm->labelForField(discountColumn));
    m_discountLabel->setBuddy(m_discountCombo);
    layout->addLayout(discountForm);

    m_totalsPanel = new QWidget(row);
    m_totalsPanel->setObjectName(QStringLiteral("invoiceTotalsPanel"));
    m_totalsPanel->setAccessibleName(tr("Totals"));
    m_totalsLayout = new QGridLayout(m_totalsPanel);
    m_totalsLayout->setContentsMargins(0, 0, 0, 0);
    m_totalsLayout->setHorizontalSpacing(24);
    m_totalsLayout->setVerticalSpacing(4);
    layout->addWidget(m_totalsPanel, 0, Qt::AlignRight);

    connect(m_discountCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating) {
            return;
        }
        InvoiceDraft next = m_draft;
        next.discountKind = static_cast<InvoiceDraft::DiscountKind>(m_discountCombo->currentData().toInt());
        if (next.discountKind == InvoiceDraft::DiscountKind::None) {
            next.discountValue.clear();
        }
        commit(next, tr("Change discount"));
        if (next.discountKind != InvoiceDraft::DiscountKind::None) {
            m_discountEdit->setFocus();
        }
    });
    connect(m_discountEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        InvoiceDraft next = m_draft;
        next.discountValue = text;
        commit(next, tr("Change discount"), QStringLiteral("discount"));
    });
    return row;
}

QWidget* InvoiceEditor::buildTaxesGroup()
{
    m_taxesGroup = new QGroupBox(tr("Tax rates"));
    m_taxesGroup->setObjectName(QStringLiteral("invoiceTaxesGroup"));
    auto* layout = new QVBoxLayout(m_taxesGroup);
    layout->setSpacing(kSpacing);
    m_taxesTable = makeTable(4, QStringLiteral("invoiceTaxRatesTable"), m_taxesGroup);
    m_taxesTable->setAccessibleName(tr("Tax rates"));
    m_taxesTable->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Rate %"), tr("Included in prices")});
    m_taxesTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_taxesTable->verticalHeader()->setVisible(false);
    m_taxesTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_cellDelegates.append(new DraftCellDelegate(m_taxesTable));
    m_taxesTable->setItemDelegate(m_cellDelegates.constLast());
    layout->addWidget(m_taxesTable);
    auto* buttons = new QHBoxLayout;
    m_addTaxButton = makeButton(tr("Add Tax Rate"), QStringLiteral("invoiceAddTaxButton"),
        tr("Add a tax that lines can refer to by its code"), m_taxesGroup);
    m_removeTaxButton = makeButton(
        tr("Remove Tax Rate"), QStringLiteral("invoiceRemoveTaxButton"), tr("Remove the selected tax"), m_taxesGroup);
    buttons->addWidget(m_addTaxButton);
    buttons->addWidget(m_removeTaxButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_taxesError = makeErrorLabel(m_taxesGroup, QStringLiteral("invoiceTaxesErrorLabel"));
    layout->addWidget(m_taxesError);

    connect(m_taxesTable, &QTableWidget::itemChanged, this,
        [this](QTableWidgetItem* item) { onTaxItemChanged(item->row(), item->column()); });
    connect(m_taxesTable, &QTableWidget::itemSelectionChanged, this, &InvoiceEditor::refreshActions);
    connect(m_addTaxButton, &QPushButton::clicked, this, &InvoiceEditor::addTax);
    connect(m_removeTaxButton, &QPushButton::clicked, this, &InvoiceEditor::removeSelectedTax);
    return m_taxesGroup;
}

QWidget* InvoiceEditor::buildScheduleGroup()
{
    m_scheduleGroup = new QGroupBox(tr("Payment schedule"));
    m_scheduleGroup->setObjectName(QStringLiteral("invoiceScheduleGroup"));
    auto* layout = new QVBoxLayout(m_scheduleGroup);
    layout->setSpacing(kSpacing);
    m_scheduleCombo = new QComboBox(m_scheduleGroup);
    m_scheduleCombo->setObjectName(QStringLiteral("invoiceScheduleCombo"));
    m_scheduleCombo->setAccessibleName(tr("Payment terms"));
    m_scheduleCombo->addItem(tr("Pay in full by the due date"), false);
    m_scheduleCombo->addItem(tr("Deposit, then instalments"), true);
    auto* comboRow = new QHBoxLayout;
    comboRow->addWidget(m_scheduleCombo);
    comboRow->addStretch(1);
    layout->addLayout(comboRow);

    m_scheduleTable = makeTable(2, QStringLiteral("invoiceScheduleTable"), m_scheduleGroup);
    m_scheduleTable->setAccessibleName(tr("Instalments"));
    m_scheduleTable->setHorizontalHeaderLabels({tr("Due"), tr("Amount")});
    m_scheduleTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_scheduleTable->horizontalHeaderItem(1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_scheduleTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_cellDelegates.append(new DraftCellDelegate(m_scheduleTable));
    m_scheduleTable->setItemDelegate(m_cellDelegates.constLast());
    m_cellDelegates.append(
        new DraftCellDelegate(m_scheduleTable, [this](const QString& text) { return moneyCellText(text); }));
    m_scheduleTable->setItemDelegateForColumn(1, m_cellDelegates.constLast());
    layout->addWidget(m_scheduleTable);
    auto* buttons = new QHBoxLayout;
    m_addInstallmentButton = makeButton(tr("Add Instalment"), QStringLiteral("invoiceAddInstallmentButton"),
        tr("Add an instalment with the amount still unscheduled"), m_scheduleGroup);
    m_removeInstallmentButton = makeButton(tr("Remove Instalment"), QStringLiteral("invoiceRemoveInstallmentButton"),
        tr("Remove the selected instalment"), m_scheduleGroup);
    buttons->addWidget(m_addInstallmentButton);
    buttons->addWidget(m_removeInstallmentButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_scheduleSummary = new QLabel(m_scheduleGroup);
    m_scheduleSummary->setObjectName(QStringLiteral("invoiceScheduleSummaryLabel"));
    m_scheduleSummary->setWordWrap(true);
    layout->addWidget(m_scheduleSummary);
    m_scheduleError = makeErrorLabel(m_scheduleGroup, QStringLiteral("invoiceScheduleErrorLabel"));
    layout->addWidget(m_scheduleError);

    connect(m_scheduleCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating) {
            return;
        }
        InvoiceDraft next = m_draft;
        next.scheduled = m_scheduleCombo->currentData().toBool();
        if (next.scheduled && next.installments.isEmpty() && m_check.totals) {
            // A sensible start: 30 % now, the rest on the due date.
            const Money total = m_check.totals->grandTotal();
            const Money deposit = total.applyRate(300'000, domain::Rounding::HalfUp).valueOr(total);
            const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
            const QDate due = next.dueDate.isValid() && next.dueDate > today ? next.dueDate : today.addDays(14);
            next.installments.append({today, InvoiceDraft::amountText(deposit, locale())});
            next.installments.append({due,
                InvoiceDraft::amountText(
                    Money(total.minorUnits() - deposit.minorUnits(), total.currency()), locale())});
        }
        commit(next, tr("Change payment terms"));
    });
    connect(m_scheduleTable, &QTableWidget::itemChanged, this,
        [this](QTableWidgetItem* item) { onInstallmentItemChanged(item->row(), item->column()); });
    connect(m_scheduleTable, &QTableWidget::itemSelectionChanged, this, &InvoiceEditor::refreshActions);
    connect(m_addInstallmentButton, &QPushButton::clicked, this, &InvoiceEditor::addInstallment);
    connect(m_removeInstallmentButton, &QPushButton::clicked, this, &InvoiceEditor::removeSelectedInstallment);
    return m_scheduleGroup;
}

QWidget* InvoiceEditor::buildHistoryGroup()
{
    m_historyGroup = new QGroupBox(tr("Payments and refunds"));
    m_historyGroup->setObjectName(QStringLiteral("invoiceHistoryGroup"));
    auto* layout = new QVBoxLayout(m_historyGroup);
    m_disputeNotice = new QLabel(m_historyGroup);
    m_disputeNotice->setObjectName(QStringLiteral("invoiceDisputeNotice"));
    m_disputeNotice->setWordWrap(true);
    m_disputeNotice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_disputeNotice->hide();
    layout->addWidget(m_disputeNotice);
    m_historyTable = makeTable(4, QStringLiteral("invoiceHistoryTable"), m_historyGroup);
    m_historyTable->setAccessibleName(tr("Payments and refunds"));
    m_historyTable->setHorizontalHeaderLabels({tr("Date"), tr("What"), tr("Details"), tr("Amount")});
    m_historyTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_historyTable->horizontalHeaderItem(3)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_historyTable->verticalHeader()->setVisible(false);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_historyTable);
    return m_historyGroup;
}

void InvoiceEditor::setUpTabOrder()
{
    const QList<QWidget*> order {m_saveButton, m_issueButton, m_recordPaymentButton, m_paymentLinkButton, m_emailButton,
        m_refundButton, m_voidButton, m_discardButton, m_documentsButton, m_dueDateEdit, m_poNumberEdit, m_linesTable,
        m_addLineButton, m_removeLineButton, m_moveLineUpButton, m_moveLineDownButton, m_discountCombo, m_discountEdit,
        m_taxesTable, m_addTaxButton, m_removeTaxButton, m_scheduleCombo, m_scheduleTable, m_addInstallmentButton,
        m_removeInstallmentButton, m_notesEdit, m_historyTable};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }
}

void InvoiceEditor::setInvoice(const Invoice& invoice)
{
    if (invoice.id() != m_invoice.id()) {
        m_refundRequests.clear();
        m_disputes.clear();
    }
    m_undoStack->clear();
    m_invoice = invoice;
    m_readOnly = invoice.status() != InvoiceStatus::Draft;
    setErrorText(m_errorBanner, {});
    setReadOnlyMode(m_readOnly);
    applyDraft(InvoiceDraft::fromInvoice(invoice, locale()));
    m_undoStack->setClean();
    refreshActions();
}

void InvoiceEditor::setMoneyUnderWay(const QList<RefundRequest>& refunds, const QList<PaymentDispute>& disputes)
{
    m_refundRequests.clear();
    for (const RefundRequest& refund : refunds) {
        if (refund.invoiceId == m_invoice.id()) {
            m_refundRequests.append(refund);
        }
    }
    m_disputes.clear();
    for (const PaymentDispute& dispute : disputes) {
        if (dispute.invoiceId == m_invoice.id()) {
            m_disputes.append(dispute);
        }
    }
    refreshHistory();
}

void InvoiceEditor::setDocumentPrinting(DocumentPrinting* invoice, DocumentPrinting* receipt)
{
    m_invoicePrinting = invoice;
    m_receiptPrinting = receipt;
    QMenu* menu = m_documentsButton->menu();
    menu->clear();
    if (invoice) {
        menu->addAction(invoice->previewAction());
        menu->addAction(invoice->printAction());
        menu->addAction(invoice->savePdfAction());
    }
    if (receipt) {
        menu->addSeparator();
        menu->addAction(receipt->previewAction());
        menu->addAction(receipt->savePdfAction());
    }
    m_documentsButton->setVisible(!menu->isEmpty());
    refreshActions();
}

void InvoiceEditor::setClientName(const QString& clientName)
{
    m_clientName = clientName;
    refreshHeader();
}

void InvoiceEditor::setToday(const QDate& today)
{
    m_today = today;
    refreshHeader();
}

Result<Invoice> InvoiceEditor::editedInvoice() const
{
    if (m_readOnly) {
        return m_invoice;
    }
    if (!m_check.isValid()) {
        return Error(Error::Code::InvalidInput, m_check.firstProblem());
    }
    return m_check.invoice;
}

bool InvoiceEditor::isModified() const
{
    return !m_readOnly && m_draft != InvoiceDraft::fromInvoice(m_invoice, locale());
}

void InvoiceEditor::markSaved()
{
    if (const Result<Invoice> edited = editedInvoice()) {
        m_invoice = edited.value();
    }
    m_undoStack->setClean();
    refreshActions();
}

void InvoiceEditor::showError(const QString& message)
{
    setErrorText(m_errorBanner, message);
    if (!message.isEmpty()) {
        m_scrollArea->ensureWidgetVisible(m_errorBanner);
    }
}

void InvoiceEditor::commit(const InvoiceDraft& next, const QString& text, const QString& mergeKey)
{
    if (m_updating || m_readOnly || next == m_draft) {
        return;
    }
    setErrorText(m_errorBanner, {});
    m_undoStack->push(new DraftCommand(this, m_draft, next, text, mergeKey));
}

void InvoiceEditor::applyDraft(const InvoiceDraft& draft)
{
    m_draft = draft;
    recheck();
    refreshWidgets();
}

void InvoiceEditor::recheck()
{
    if (m_readOnly) {
        m_check = InvoiceDraftCheck();
        m_check.invoice = m_invoice;
        if (Result<domain::InvoiceTotals> totals = m_invoice.totals()) {
            m_check.totals = totals.value();
        }
        for (const domain::InvoiceLine& line : m_invoice.lines()) {
            const Result<Money> amount = line.amount();
            m_check.lineAmounts.append(amount ? std::optional<Money>(amount.value()) : std::nullopt);
        }
        return;
    }
    m_check = checkInvoiceDraft(m_invoice, m_draft, locale());
}

void InvoiceEditor::refreshWidgets()
{
    m_updating = true;
    if (m_dueDateEdit->date() != m_draft.dueDate) {
        m_dueDateEdit->setDate(
            m_draft.dueDate.isValid() ? m_draft.dueDate : (m_today.isValid() ? m_today : QDate::currentDate()));
    }
    if (m_poNumberEdit->text() != m_draft.poNumber) {
        m_poNumberEdit->setText(m_draft.poNumber);
    }
    if (m_notesEdit->toPlainText() != m_draft.notes) {
        m_notesEdit->setPlainText(m_draft.notes);
    }
    const int discountIndex = m_discountCombo->findData(int(m_draft.discountKind));
    if (m_discountCombo->currentIndex() != discountIndex) {
        m_discountCombo->setCurrentIndex(discountIndex);
    }
    if (m_discountEdit->text() != m_draft.discountValue) {
        m_discountEdit->setText(m_draft.discountValue);
    }
    const bool hasDiscount = m_draft.discountKind != InvoiceDraft::DiscountKind::None;
    m_discountEdit->setVisible(hasDiscount);
    // A closed invoice shows what it has, not empty controls that can't be used.
    m_discountLabel->setVisible(!m_readOnly || hasDiscount);
    m_discountCombo->setVisible(!m_readOnly || hasDiscount);
    m_notesTitle->setVisible(!m_readOnly || !m_draft.notes.isEmpty());
    m_notesEdit->setVisible(!m_readOnly || !m_draft.notes.isEmpty());
    m_poNumberEdit->setPlaceholderText(m_readOnly ? tr("None") : tr("Optional, from the client's purchase order"));
    m_discountEdit->setPlaceholderText(m_draft.discountKind == InvoiceDraft::DiscountKind::Percentage
            ? tr("e.g. 10")
            : tr("e.g. %1").arg(InvoiceDraft::amountText(Money(5'000, m_invoice.currency()), locale())));
    const int scheduleIndex = m_scheduleCombo->findData(m_draft.scheduled);
    if (m_scheduleCombo->currentIndex() != scheduleIndex) {
        m_scheduleCombo->setCurrentIndex(scheduleIndex);
    }
    refreshLinesTable();
    refreshTaxesTable();
    refreshScheduleTable();
    m_updating = false;

    setErrorText(m_dueDateError, m_check.dueDateError);
    setErrorText(m_linesError, m_check.lineErrors.join(u'\n'));
    setErrorText(m_discountError, m_check.discountError);
    setErrorText(m_taxesError, m_check.taxError);
    setErrorText(m_scheduleError, m_check.scheduleError);
    m_scheduleSummary->setText(m_check.scheduleSummary);
    m_scheduleSummary->setVisible(m_draft.scheduled && !m_check.scheduleSummary.isEmpty());
    refreshTotals();
    refreshHeader();
    refreshHistory();
    refreshActions();
}

void InvoiceEditor::refreshLinesTable()
{
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (m_linesTable->rowCount() != m_draft.lines.size()) {
        m_linesTable->setRowCount(int(m_draft.lines.size()));
    }
    const bool editable = !m_readOnly;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < m_draft.lines.size(); ++row) {
        const InvoiceDraft::Line& line = m_draft.lines.at(row);
        setItemText(m_linesTable, row, InvoiceDraft::DescriptionColumn, line.description, editable);
        setItemText(m_linesTable, row, InvoiceDraft::QuantityColumn, line.quantity, editable, right);
        setItemText(m_linesTable, row, InvoiceDraft::UnitPriceColumn, line.unitPrice, editable, right);
        setItemText(m_linesTable, row, InvoiceDraft::TaxesColumn, line.taxCodes, editable);
        const std::optional<Money> amount = m_check.lineAmounts.value(row);
        setItemText(m_linesTable, row, InvoiceDraft::AmountColumn,
            amount ? moneyText(amount.value(), locale()) : QStringLiteral("—"), false, right);
        for (int column = 0; column < InvoiceDraft::AmountColumn; ++column) {
            setItemError(m_linesTable->item(row, column), m_check.cellErrors.value({row, column}), errorIcon);
        }
    }
    fitTableHeight(m_linesTable, m_readOnly ? 1 : 2);
}

void InvoiceEditor::refreshTaxesTable()
{
    if (m_taxesTable->rowCount() != m_draft.taxes.size()) {
        m_taxesTable->setRowCount(int(m_draft.taxes.size()));
    }
    const bool editable = !m_readOnly;
    for (int row = 0; row < m_draft.taxes.size(); ++row) {
        const InvoiceDraft::Tax& tax = m_draft.taxes.at(row);
        setItemText(m_taxesTable, row, 0, tax.code, editable);
        setItemText(m_taxesTable, row, 1, tax.name, editable);
        setItemText(m_taxesTable, row, 2, tax.rate, editable, Qt::AlignRight | Qt::AlignVCenter);
        QTableWidgetItem* inclusive = ensureItem(m_taxesTable, row, 3);
        const Qt::ItemFlags flags =
            Qt::ItemIsSelectable | (editable ? (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable) : Qt::ItemIsEnabled);
        if (inclusive->flags() != flags) {
            inclusive->setFlags(flags);
        }
        const Qt::CheckState state = tax.inclusive ? Qt::Checked : Qt::Unchecked;
        if (inclusive->data(Qt::CheckStateRole).isNull() || inclusive->checkState() != state) {
            inclusive->setCheckState(state);
        }
        const QString text = tax.inclusive ? tr("Included") : tr("Added on top");
        if (inclusive->text() != text) {
            inclusive->setText(text);
        }
    }
    fitTableHeight(m_taxesTable, 1);
    m_taxesGroup->setVisible(!m_readOnly || !m_draft.taxes.isEmpty());
}

void InvoiceEditor::refreshScheduleTable()
{
    if (m_scheduleTable->rowCount() != m_draft.installments.size()) {
        m_scheduleTable->setRowCount(int(m_draft.installments.size()));
    }
    const bool editable = !m_readOnly;
    QStringList rowNames;
    for (int row = 0; row < m_draft.installments.size(); ++row) {
        const InvoiceDraft::Installment& installment = m_draft.installments.at(row);
        QTableWidgetItem* date = ensureItem(m_scheduleTable, row, 0);
        if (date->data(Qt::EditRole).toDate() != installment.dueDate) {
            date->setData(Qt::EditRole, installment.dueDate);
        }
        date->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (editable ? Qt::ItemIsEditable : Qt::NoItemFlags));
        setItemText(m_scheduleTable, row, 1, installment.amount, editable, Qt::AlignRight | Qt::AlignVCenter);
        rowNames.append(row == 0 ? tr("Deposit") : tr("Instalment %1").arg(row + 1));
    }
    m_scheduleTable->setVerticalHeaderLabels(rowNames);
    m_scheduleTable->setVisible(m_draft.scheduled);
    m_addInstallmentButton->setVisible(m_draft.scheduled && editable);
    m_removeInstallmentButton->setVisible(m_draft.scheduled && editable);
    fitTableHeight(m_scheduleTable, 1);
    m_scheduleGroup->setVisible(!m_readOnly || m_draft.scheduled);
}

void InvoiceEditor::refreshTotals()
{
    while (QLayoutItem* item = m_totalsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    auto addRow = [this, &row](const QString& label, const QString& value, const QString& name, bool strong) {
        auto* labelWidget = new QLabel(label, m_totalsPanel);
        auto* valueWidget = new QLabel(value, m_totalsPanel);
        valueWidget->setObjectName(name);
        valueWidget->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        valueWidget->setTextInteractionFlags(Qt::TextSelectableByMouse);
        valueWidget->setAccessibleName(label + u' ' + value);
        if (strong) {
            QFont font = valueWidget->font();
            font.setWeight(QFont::Bold);
            font.setPointSizeF(font.pointSizeF() * 1.1);
            valueWidget->setFont(font);
            labelWidget->setFont(font);
        }
        m_totalsLayout->addWidget(labelWidget, row, 0, Qt::AlignLeft);
        m_totalsLayout->addWidget(valueWidget, row, 1, Qt::AlignRight);
        ++row;
    };
    const domain::Currency& currency = m_invoice.currency();
    if (!m_check.totals) {
        addRow(
            tr("Total"), tr("Fix the problems above to see the total"), QStringLiteral("invoiceTotalValueLabel"), true);
        return;
    }
    const domain::InvoiceTotals& totals = m_check.totals.value();
    addRow(tr("Subtotal"), moneyText(totals.subtotal(), locale()), QStringLiteral("invoiceSubtotalValueLabel"), false);
    if (!totals.discountTotal().isZero()) {
        addRow(tr("Discount"), moneyText(Money(-totals.discountTotal().minorUnits(), currency), locale()),
            QStringLiteral("invoiceDiscountValueLabel"), false);
    }
    for (const domain::InvoiceTotals::RateTotal& rate : totals.rates()) {
        const QString percent = InvoiceDraft::percentText(rate.rate.ratePpm(), locale());
        const QString label = rate.rate.isInclusive()
            ? tr("%1 %2 % (included)").arg(rate.rate.name().isEmpty() ? rate.rate.code() : rate.rate.name(), percent)
            : tr("%1 %2 %").arg(rate.rate.name().isEmpty() ? rate.rate.code() : rate.rate.name(), percent);
        addRow(label, moneyText(rate.tax, locale()), QStringLiteral("invoiceTaxValueLabel_") + rate.rate.code(), false);
    }
    auto* rule = new QFrame(m_totalsPanel);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    m_totalsLayout->addWidget(rule, row++, 0, 1, 2);
    addRow(tr("Total"), moneyText(totals.grandTotal(), locale()), QStringLiteral("invoiceTotalValueLabel"), true);
    const Money paid = m_invoice.netPaid();
    addRow(tr("Paid"), moneyText(paid, locale()), QStringLiteral("invoicePaidValueLabel"), false);
    Money balance = Money(totals.grandTotal().minorUnits() - paid.minorUnits(), currency);
    if (m_readOnly) {
        balance = m_invoice.balanceDue().valueOr(balance);
    }
    addRow(tr("Balance due"), moneyText(balance, locale()), QStringLiteral("invoiceBalanceValueLabel"), true);
}

void InvoiceEditor::refreshHeader()
{
    m_clientLabel->setText(m_clientName.isEmpty() ? tr("Invoice") : m_clientName);
    m_clientLabel->setAccessibleName(tr("Client: %1").arg(m_clientLabel->text()));
    const bool isDraft = m_invoice.status() == InvoiceStatus::Draft;
    // A draft has no number yet: the status pill says "Draft" and the line below says when the number
    // comes, so the header doesn't say "Draft" twice.
    m_numberLabel->setText(m_invoice.number());
    m_numberLabel->setAccessibleName(tr("Invoice number: %1").arg(m_invoice.number()));
    m_numberLabel->setVisible(!m_invoice.number().isEmpty());
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const bool overdue = m_invoice.isOverdue(today);
    m_statusPill->setStatus(
        invoiceStatusText(m_invoice.status(), overdue), invoiceStatusTone(m_invoice.status(), overdue));
    if (isDraft) {
        m_datesLabel->setText(tr("Not issued yet — the number is given when you issue it."));
    } else {
        QStringList parts;
        if (m_invoice.issueDate().isValid()) {
            parts.append(tr("Issued %1").arg(locale().toString(m_invoice.issueDate(), QLocale::LongFormat)));
        }
        if (m_invoice.dueDate().isValid()) {
            parts.append(tr("Due %1").arg(locale().toString(m_invoice.dueDate(), QLocale::LongFormat)));
        }
        if (!m_invoice.poNumber().isEmpty()) {
            parts.append(tr("PO %1").arg(m_invoice.poNumber()));
        }
        m_datesLabel->setText(parts.join(QStringLiteral(" · ")));
    }
}

void InvoiceEditor::refreshHistory()
{
    struct Entry
    {
        QDateTime at;
        QString what;
        QString details;
        Money amount;
    };
    QList<Entry> entries;
    for (const domain::Payment& payment : m_invoice.payments()) {
        QString details = paymentMethodText(payment.method);
        if (!payment.externalReference.isEmpty()) {
            details += QStringLiteral(" · ") + payment.externalReference;
        }
        entries.append({payment.at, tr("Payment"), details, payment.amount});
    }
    for (const domain::Refund& refund : m_invoice.refunds()) {
        entries.append(
            {refund.at, tr("Refund"), refund.reason, Money(-refund.amount.minorUnits(), refund.amount.currency())});
    }
    // Refunds made are on the invoice above; these are the ones still with Stripe, or refused by it.
    for (const RefundRequest& refund : std::as_const(m_refundRequests)) {
        if (refund.state == RefundRequest::State::Requested) {
            entries.append({refund.createdAt, tr("Refund on its way"), tr("%1 · waiting for Stripe").arg(refund.reason),
                Money(-refund.amount.minorUnits(), refund.amount.currency())});
        } else if (refund.state == RefundRequest::State::Unrecorded) {
            entries.append({refund.createdAt, tr("Refund not on the invoice"), refund.note, Money()});
        } else if (refund.state == RefundRequest::State::Failed) {
            entries.append({refund.createdAt, tr("Refund not made"),
                tr("%1 · Stripe refused it; the Outbox says why").arg(refund.reason), Money()});
        }
    }
    QStringList notices;
    for (const PaymentDispute& dispute : std::as_const(m_disputes)) {
        QString state;
        switch (dispute.status) {
        case PaymentDispute::Status::NeedsResponse:
            state = dispute.dueBy.isValid()
                ? tr("answer in Stripe by %1")
                      .arg(locale().toString(dispute.dueBy.toLocalTime().date(), QLocale::ShortFormat))
                : tr("answer in Stripe");
            notices.append(dispute.dueBy.isValid()
                    ? tr("The client's bank disputes %1 (%2). Answer in your Stripe dashboard by %3, or the bank "
                         "decides for the client.")
                          .arg(moneyText(dispute.amount, locale()), disputeReasonText(dispute.reason),
                              locale().toString(dispute.dueBy.toLocalTime().date(), QLocale::LongFormat))
                    : tr("The client's bank disputes %1 (%2). Answer in your Stripe dashboard.")
                          .arg(moneyText(dispute.amount, locale()), disputeReasonText(dispute.reason)));
            break;
        case PaymentDispute::Status::UnderReview:
            state = tr("the bank is deciding");
            break;
        case PaymentDispute::Status::Won:
            state = tr("won: the money stays with you");
            break;
        case PaymentDispute::Status::Lost:
            state = tr("lost: the bank gave the money back to the client");
            break;
        case PaymentDispute::Status::Closed:
            state = tr("closed");
            break;
        }
        entries.append({dispute.openedAt, tr("Disputed"),
            tr("%1 of the payment · %2 · %3")
                .arg(moneyText(dispute.amount, locale()), disputeReasonText(dispute.reason), state),
            Money()});
    }
    m_disputeNotice->setText(notices.isEmpty() ? QString() : QStringLiteral("⚠ ") + notices.join(u'\n'));
    m_disputeNotice->setAccessibleName(notices.join(u' '));
    m_disputeNotice->setVisible(!notices.isEmpty());
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.at < b.at; });
    m_historyTable->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const Entry& entry = entries.at(row);
        setItemText(
            m_historyTable, row, 0, locale().toString(entry.at.toLocalTime().date(), QLocale::ShortFormat), false);
        setItemText(m_historyTable, row, 1, entry.what, false);
        setItemText(m_historyTable, row, 2, entry.details, false);
        setItemText(m_historyTable, row, 3,
            entry.amount.currency().isValid() ? moneyText(entry.amount, locale()) : QString(), false,
            Qt::AlignRight | Qt::AlignVCenter);
    }
    fitTableHeight(m_historyTable, 1);
    m_historyGroup->setVisible(!entries.isEmpty());
}

void InvoiceEditor::refreshActions()
{
    const InvoiceStatus status = m_invoice.status();
    const bool isDraft = status == InvoiceStatus::Draft;
    const bool valid = m_check.isValid();
    m_saveButton->setVisible(isDraft);
    m_issueButton->setVisible(isDraft);
    m_discardButton->setVisible(isDraft);
    m_recordPaymentButton->setVisible(status == InvoiceStatus::Issued || status == InvoiceStatus::PartiallyPaid);
    m_paymentLinkButton->setVisible(status == InvoiceStatus::Issued || status == InvoiceStatus::PartiallyPaid);
    m_emailButton->setVisible(!isDraft && status != InvoiceStatus::Void);
    m_refundButton->setVisible(status == InvoiceStatus::PartiallyPaid || status == InvoiceStatus::Paid);
    m_voidButton->setVisible(status == InvoiceStatus::Issued);
    const bool shown = !m_invoice.id().isNull();
    m_documentsButton->setEnabled(shown);
    if (m_invoicePrinting) {
        m_invoicePrinting->setEnabled(shown);
    }
    if (m_receiptPrinting) {
        m_receiptPrinting->setEnabled(shown && !m_invoice.payments().isEmpty());
    }

    m_saveButton->setEnabled(isDraft && valid);
    m_issueButton->setEnabled(isDraft && valid && !m_draft.lines.isEmpty());
    m_discardButton->setEnabled(isDraft && isModified());

    QString reason;
    if (isDraft && !valid) {
        reason = tr("Can't save yet. %1").arg(m_check.firstProblem());
    } else if (isDraft && m_draft.lines.isEmpty()) {
        reason = tr("Add a line before issuing this invoice.");
    } else if (status == InvoiceStatus::Void) {
        reason = tr("This invoice is void and can no longer be changed.");
    } else if (status == InvoiceStatus::Refunded) {
        reason = tr("This invoice was refunded and is closed.");
    } else if (!isDraft) {
        reason = tr("Issued invoices can't be edited. Void it and issue a corrected one, or give a refund.");
    }
    m_saveReasonLabel->setText(reason);
    m_saveReasonLabel->setVisible(!reason.isEmpty());
    m_saveReasonLabel->setForegroundRole(isDraft ? QPalette::WindowText : QPalette::PlaceholderText);
    m_saveButton->setAccessibleDescription(reason.isEmpty() ? tr("Save the draft") : reason);

    const int lineRow = selectedRow(m_linesTable);
    const bool editable = !m_readOnly;
    m_removeLineButton->setEnabled(editable && lineRow >= 0);
    m_moveLineUpButton->setEnabled(editable && lineRow > 0);
    m_moveLineDownButton->setEnabled(editable && lineRow >= 0 && lineRow + 1 < m_draft.lines.size());
    m_removeTaxButton->setEnabled(editable && selectedRow(m_taxesTable) >= 0);
    m_removeInstallmentButton->setEnabled(editable && selectedRow(m_scheduleTable) >= 0);
}

void InvoiceEditor::setReadOnlyMode(bool readOnly)
{
    const auto triggers = readOnly ? QAbstractItemView::NoEditTriggers
                                   : (QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                       | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    for (QTableWidget* table : {m_linesTable, m_taxesTable, m_scheduleTable}) {
        table->setEditTriggers(triggers);
    }
    m_dueDateEdit->setReadOnly(readOnly);
    m_dueDateEdit->setCalendarPopup(!readOnly);
    m_dueDateEdit->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    m_poNumberEdit->setReadOnly(readOnly);
    m_notesEdit->setReadOnly(readOnly);
    m_discountEdit->setReadOnly(readOnly);
    m_discountCombo->setEnabled(!readOnly);
    m_scheduleCombo->setEnabled(!readOnly);
    for (QPushButton* button : {m_addLineButton, m_removeLineButton, m_moveLineUpButton, m_moveLineDownButton,
             m_addTaxButton, m_removeTaxButton}) {
        button->setVisible(!readOnly);
    }
}

int InvoiceEditor::selectedRow(const QTableWidget* table) const
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void InvoiceEditor::onLineItemChanged(int row, int column)
{
    if (m_updating || row < 0 || row >= m_draft.lines.size()) {
        return;
    }
    InvoiceDraft next = m_draft;
    InvoiceDraft::Line& line = next.lines[row];
    const QString text = m_linesTable->item(row, column)->text();
    switch (column) {
    case InvoiceDraft::DescriptionColumn:
        line.description = text;
        break;
    case InvoiceDraft::QuantityColumn:
        line.quantity = text;
        break;
    case InvoiceDraft::UnitPriceColumn:
        line.unitPrice = text;
        break;
    case InvoiceDraft::TaxesColumn:
        line.taxCodes = text;
        break;
    default:
        return;
    }
    commit(next, tr("Edit line %1").arg(row + 1));
}

void InvoiceEditor::onTaxItemChanged(int row, int column)
{
    if (m_updating || row < 0 || row >= m_draft.taxes.size()) {
        return;
    }
    InvoiceDraft next = m_draft;
    InvoiceDraft::Tax& tax = next.taxes[row];
    QTableWidgetItem* item = m_taxesTable->item(row, column);
    switch (column) {
    case 0: {
        const QString oldCode = tax.code;
        tax.code = item->text().trimmed();
        // Renaming a code renames it on the lines too, so nothing points at a code that is gone.
        for (InvoiceDraft::Line& line : next.lines) {
            QStringList codes = InvoiceDraft::splitTaxCodes(line.taxCodes);
            if (!oldCode.isEmpty() && codes.contains(oldCode)) {
                for (QString& code : codes) {
                    if (code == oldCode) {
                        code = tax.code;
                    }
                }
                line.taxCodes = codes.join(QStringLiteral(", "));
            }
        }
        break;
    }
    case 1:
        tax.name = item->text();
        break;
    case 2:
        tax.rate = item->text();
        break;
    case 3:
        tax.inclusive = item->checkState() == Qt::Checked;
        break;
    default:
        return;
    }
    commit(next, tr("Edit tax rate"));
}

void InvoiceEditor::onInstallmentItemChanged(int row, int column)
{
    if (m_updating || row < 0 || row >= m_draft.installments.size()) {
        return;
    }
    InvoiceDraft next = m_draft;
    QTableWidgetItem* item = m_scheduleTable->item(row, column);
    if (column == 0) {
        next.installments[row].dueDate = item->data(Qt::EditRole).toDate();
    } else {
        next.installments[row].amount = item->text();
    }
    commit(next, tr("Edit instalment"));
}

void InvoiceEditor::addLine()
{
    commitOpenCellEditors();
    if (m_readOnly) {
        return;
    }
    InvoiceDraft next = m_draft;
    InvoiceDraft::Line line;
    line.id = QUuid::createUuid();
    line.quantity = InvoiceDraft::quantityText(Money::kQuantityOne, locale());
    // New lines are taxed like the line above, which is right far more often than not.
    if (!next.lines.isEmpty()) {
        line.taxCodes = next.lines.constLast().taxCodes;
    } else if (!next.taxes.isEmpty()) {
        line.taxCodes = next.taxes.constFirst().code;
    }
    next.lines.append(line);
    commit(next, tr("Add line"));
    const int row = int(m_draft.lines.size()) - 1;
    m_linesTable->setFocus();
    m_linesTable->setCurrentCell(row, InvoiceDraft::DescriptionColumn);
    m_linesTable->editItem(m_linesTable->item(row, InvoiceDraft::DescriptionColumn));
}

void InvoiceEditor::removeSelectedLine()
{
    commitOpenCellEditors();
    const int row = selectedRow(m_linesTable);
    if (m_readOnly || row < 0 || row >= m_draft.lines.size()) {
        return;
    }
    InvoiceDraft next = m_draft;
    const QString description = next.lines.at(row).description;
    next.lines.removeAt(row);
    commit(next, description.isEmpty() ? tr("Remove line") : tr("Remove “%1”").arg(description));
    if (!m_draft.lines.isEmpty()) {
        m_linesTable->selectRow(qMin(row, int(m_draft.lines.size()) - 1));
    }
}

void InvoiceEditor::moveSelectedLine(int delta)
{
    commitOpenCellEditors();
    const int row = selectedRow(m_linesTable);
    const int target = row + delta;
    if (m_readOnly || row < 0 || target < 0 || target >= m_draft.lines.size()) {
        return;
    }
    InvoiceDraft next = m_draft;
    next.lines.move(row, target);
    commit(next, tr("Move line"));
    m_linesTable->selectRow(target);
}

void InvoiceEditor::addTax()
{
    commitOpenCellEditors();
    InvoiceDraft next = m_draft;
    next.taxes.append({QString(), QString(), QString(), false});
    commit(next, tr("Add tax rate"));
    const int row = int(m_draft.taxes.size()) - 1;
    m_taxesTable->setFocus();
    m_taxesTable->setCurrentCell(row, 0);
    m_taxesTable->editItem(m_taxesTable->item(row, 0));
}

void InvoiceEditor::removeSelectedTax()
{
    commitOpenCellEditors();
    const int row = selectedRow(m_taxesTable);
    if (row < 0 || row >= m_draft.taxes.size()) {
        return;
    }
    InvoiceDraft next = m_draft;
    next.taxes.removeAt(row);
    commit(next, tr("Remove tax rate"));
}

void InvoiceEditor::addInstallment()
{
    commitOpenCellEditors();
    InvoiceDraft next = m_draft;
    QDate due = next.installments.isEmpty() ? (m_today.isValid() ? m_today : QDate::currentDate())
                                            : next.installments.constLast().dueDate.addMonths(1);
    QString amount;
    if (m_check.totals) {
        qint64 scheduled = 0;
        for (const InvoiceDraft::Installment& installment : std::as_const(next.installments)) {
            if (const Result<Money> parsed = Money::parse(installment.amount, m_invoice.currency(), locale())) {
                scheduled += parsed->minorUnits();
            }
        }
        const qint64 left = m_check.totals->grandTotal().minorUnits() - scheduled;
        if (left > 0) {
            amount = InvoiceDraft::amountText(Money(left, m_invoice.currency()), locale());
        }
    }
    next.installments.append({due, amount});
    commit(next, tr("Add instalment"));
}

void InvoiceEditor::removeSelectedInstallment()
{
    commitOpenCellEditors();
    const int row = selectedRow(m_scheduleTable);
    if (row < 0 || row >= m_draft.installments.size()) {
        return;
    }
    InvoiceDraft next = m_draft;
    next.installments.removeAt(row);
    commit(next, tr("Remove instalment"));
}

void InvoiceEditor::commitOpenCellEditors()
{
    if (m_readOnly) {
        return;
    }
    for (DraftCellDelegate* delegate : std::as_const(m_cellDelegates)) {
        delegate->commitOpenEditor();
    }
}

QString InvoiceEditor::moneyCellText(const QString& text) const
{
    // The editor's locale, not the item view's: views switch grouping off for their display text,
    // and the draft is checked in the editor's locale too.
    if (const Result<Money> amount = Money::parse(text.trimmed(), m_invoice.currency(), locale())) {
        return moneyText(amount.value(), locale());
    }
    return text;
}

void InvoiceEditor::requestIssue()
{
    // Issuing works on the saved or edited draft: what is being typed counts, and a problem in it
    // keeps the invoice from being issued (the button is disabled with the reason).
    commitOpenCellEditors();
    if (m_readOnly || !m_issueButton->isEnabled()) {
        return;
    }
    Q_EMIT issueRequested();
}

void InvoiceEditor::requestSave()
{
    // Ctrl+S while a cell is being edited saves what was typed, and is refused if that is wrong.
    commitOpenCellEditors();
    if (m_readOnly || !m_saveButton->isEnabled()) {
        return;
    }
    const Result<Invoice> edited = editedInvoice();
    if (!edited) {
        showError(edited.error().userMessage());
        return;
    }
    Q_EMIT saveRequested(edited.value());
}

void InvoiceEditor::discardChanges()
{
    commit(InvoiceDraft::fromInvoice(m_invoice, locale()), tr("Discard changes"));
    Q_EMIT discardRequested();
}

bool InvoiceEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_linesTable && event->type() == QEvent::KeyPress && !m_readOnly
        && QApplication::focusWidget() == m_linesTable) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            removeSelectedLine();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InvoiceEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LocaleChange && !m_readOnly) {
        recheck();
        refreshWidgets();
    }
}

} // namespace clientele::ui
