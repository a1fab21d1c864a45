#include "ui/invoices/InvoicesPage.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include "core/text/MoneyText.h"
#include "ui/EmptyStatePage.h"
#include "ui/invoices/InvoiceEditor.h"
#include "ui/invoices/InvoiceFilterProxy.h"
#include "ui/invoices/InvoiceListTotals.h"
#include "ui/invoices/InvoiceStatusText.h"
#include "ui/invoices/InvoiceTableModel.h"
#include "ui/widgets/StatusPillDelegate.h"

namespace clientele::ui {

namespace {
const QString kHeaderKey = QStringLiteral("invoices/headerState");
const QString kSortColumnKey = QStringLiteral("invoices/sortColumn");
const QString kSortOrderKey = QStringLiteral("invoices/sortOrder");
const QString kSplitterKey = QStringLiteral("invoices/splitterState");
const QString kFilterKey = QStringLiteral("invoices/filter");
} // namespace

InvoicesPage::InvoicesPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new InvoiceTableModel(this))
    , m_proxy(new InvoiceFilterProxy(this))
{
    setObjectName(QStringLiteral("invoicesPage"));
    setAccessibleName(tr("Invoices"));
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildToolbar());
    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);

    m_stack = new QStackedWidget(this);
    m_emptyState = new EmptyStatePage(QStringLiteral(":/icons/sections/invoices.svg"), tr("No invoices yet"),
        tr("No invoices yet — create one from a booking or press %1.")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)),
        m_stack);
    m_emptyState->setObjectName(QStringLiteral("invoicesEmptyState"));
    m_stack->addWidget(m_emptyState);

    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->setObjectName(QStringLiteral("invoicesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    auto* listPane = new QWidget(m_splitter);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    m_table = new QTableView(listPane);
    m_table->setObjectName(QStringLiteral("invoiceTable"));
    m_table->setAccessibleName(tr("Invoices"));
    m_table->setAccessibleDescription(tr("Select an invoice to open it beside the list"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceTableModel::ClientColumn, QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(InvoiceTableModel::StatusColumn, new StatusPillDelegate(m_table));
    listLayout->addWidget(m_table, 1);

    m_noMatchLabel = new QLabel(tr("No invoices match. Choose “All invoices” or clear the search."), listPane);
    m_noMatchLabel->setObjectName(QStringLiteral("invoiceNoMatchLabel"));
    m_noMatchLabel->setAlignment(Qt::AlignCenter);
    m_noMatchLabel->setWordWrap(true);
    m_noMatchLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noMatchLabel->setContentsMargins(16, 16, 16, 16);
    m_noMatchLabel->setVisible(false);
    listLayout->addWidget(m_noMatchLabel);

    auto* totalsRule = new QFrame(listPane);
    totalsRule->setFrameShape(QFrame::HLine);
    totalsRule->setFrameShadow(QFrame::Sunken);
    listLayout->addWidget(totalsRule);
    m_totalsLabel = new QLabel(listPane);
    m_totalsLabel->setObjectName(QStringLiteral("invoiceTotalsLabel"));
    m_totalsLabel->setWordWrap(true);
    m_totalsLabel->setContentsMargins(12, 8, 12, 8);
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totalsLabel->setText(tr("Loading invoices…"));
    listLayout->addWidget(m_totalsLabel);

    m_editor = new InvoiceEditor(m_splitter);
    m_editor->setVisible(false);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_stack->addWidget(m_splitter);
    layout->addWidget(m_stack, 1);

    auto* newAction = new QAction(tr("New Invoice"), this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newAction, &QAction::triggered, this, &InvoicesPage::newInvoiceRequested);
    addAction(newAction);
    auto* findAction = new QAction(tr("Find Invoice"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    addAction(findAction);

    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (!current.isValid() || m_restoring) {
                return;
            }
            const QUuid id = current.data(InvoiceTableModel::IdRole).toUuid();
            if (id != m_shownId) {
                Q_EMIT invoiceSelected(id);
            }
        });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &InvoicesPage::updateTotals);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InvoicesPage::updateTotals);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InvoicesPage::updateTotals);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InvoicesPage::updateTotals);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &InvoicesPage::saveViewState);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &InvoicesPage::saveViewState);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        m_userSplit = true;
        saveViewState();
    });

    connect(m_editor, &InvoiceEditor::saveRequested, this, &InvoicesPage::saveRequested);
    connect(m_editor, &InvoiceEditor::issueRequested, this, &InvoicesPage::issueRequested);
    connect(m_editor, &InvoiceEditor::voidRequested, this, &InvoicesPage::voidRequested);
    connect(m_editor, &InvoiceEditor::recordPaymentRequested, this, &InvoicesPage::recordPaymentRequested);
    connect(m_editor, &InvoiceEditor::paymentLinkRequested, this, &InvoicesPage::paymentLinkRequested);
    connect(m_editor, &InvoiceEditor::emailRequested, this, &InvoicesPage::emailRequested);
    connect(m_editor, &InvoiceEditor::recordRefundRequested, this, &InvoicesPage::recordRefundRequested);
    connect(m_editor, &InvoiceEditor::discardRequested, this, &InvoicesPage::discardRequested);

    setTabOrder(m_filterCombo, m_searchEdit);
    setTabOrder(m_searchEdit, m_newButton);
    setTabOrder(m_newButton, m_table);
    setTabOrder(m_table, m_editor);

    restoreViewState();
    updateEmptyState();
    updateTotals();
}

InvoicesPage::~InvoicesPage() = default;

QWidget* InvoicesPage::buildToolbar()
{
    auto* toolbar = new QWidget(this);
    toolbar->setObjectName(QStringLiteral("invoicesToolbar"));
    auto* layout = new QHBoxLayout(toolbar);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);

    auto* title = new QLabel(tr("Invoices"), toolbar);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    layout->addWidget(title);
    layout->addSpacing(8);

    m_filterCombo = new QComboBox(toolbar);
    m_filterCombo->setObjectName(QStringLiteral("invoiceFilterCombo"));
    m_filterCombo->setAccessibleName(tr("Show"));
    m_filterCombo->setAccessibleDescription(tr("Which invoices the list shows"));
    m_filterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const InvoiceFilter filter : {InvoiceFilter::All, InvoiceFilter::Drafts, InvoiceFilter::Unpaid,
             InvoiceFilter::Overdue, InvoiceFilter::Paid, InvoiceFilter::Closed}) {
        m_filterCombo->addItem(InvoiceFilterProxy::filterName(filter), int(filter));
    }
    layout->addWidget(m_filterCombo);

    m_searchEdit = new QLineEdit(toolbar);
    m_searchEdit->setObjectName(QStringLiteral("invoiceSearchEdit"));
    m_searchEdit->setAccessibleName(tr("Search invoices"));
    m_searchEdit->setPlaceholderText(tr("Search number or client"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(m_searchEdit->fontMetrics().averageCharWidth() * 24);
    layout->addWidget(m_searchEdit, 1);
    layout->addStretch(0);

    m_newButton = new QPushButton(tr("&New Invoice"), toolbar);
    m_newButton->setObjectName(QStringLiteral("newInvoiceButton"));
    m_newButton->setAccessibleName(tr("New Invoice"));
    m_newButton->setToolTip(
        tr("New Invoice (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_newButton->setAutoDefault(false);
    QPalette primary = m_newButton->palette();
    primary.setColor(QPalette::Button, primary.color(QPalette::Highlight));
    primary.setColor(QPalette::ButtonText, primary.color(QPalette::HighlightedText));
    m_newButton->setPalette(primary);
    layout->addWidget(m_newButton);

    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setFilter(static_cast<InvoiceFilter>(m_filterCombo->currentData().toInt()));
        updateTotals();
        saveViewState();
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateTotals();
    });
    connect(m_newButton, &QPushButton::clicked, this, &InvoicesPage::newInvoiceRequested);
    return toolbar;
}

void InvoicesPage::setInvoices(const QList<InvoiceSummary>& invoices, const QDate& today)
{
    m_restoring = true;
    m_loaded = true;
    m_model->setInvoices(invoices, today);
    m_editor->setToday(today);
    m_restoring = false;
    if (!m_shownId.isNull()) {
        selectRowOf(m_shownId);
    }
    updateEmptyState();
    updateTotals();
}

void InvoicesPage::showInvoice(const domain::Invoice& invoice, const QString& clientName)
{
    m_shownId = invoice.id();
    m_editor->setClientName(clientName);
    m_editor->setInvoice(invoice);
    m_editor->setVisible(true);
    applyDefaultSplit();
    selectRowOf(invoice.id());
}

void InvoicesPage::clearInvoice()
{
    m_shownId = QUuid();
    m_editor->setVisible(false);
    m_table->clearSelection();
}

QUuid InvoicesPage::selectedInvoiceId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(InvoiceTableModel::IdRole).toUuid() : QUuid();
}

void InvoicesPage::selectRowOf(const QUuid& id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        return;
    }
    m_restoring = true;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_restoring = false;
}

void InvoicesPage::updateTotals()
{
    m_totalsLabel->setText(
        m_loaded ? invoiceListTotalsText(invoiceListTotals(*m_proxy), locale()) : tr("Loading invoices…"));
    const bool noMatch = m_model->rowCount() > 0 && m_proxy->rowCount() == 0;
    m_noMatchLabel->setVisible(noMatch);
    m_table->setVisible(!noMatch);
}

void InvoicesPage::updateEmptyState()
{
    m_stack->setCurrentWidget(
        m_loaded && m_model->rowCount() == 0 && m_shownId.isNull() ? static_cast<QWidget*>(m_emptyState) : m_splitter);
}

void InvoicesPage::restoreViewState()
{
    m_restoring = true;
    QSettings settings;
    QHeaderView* header = m_table->horizontalHeader();
    const QByteArray headerState = settings.value(kHeaderKey).toByteArray();
    if (headerState.isEmpty() || !header->restoreState(headerState)) {
        applyDefaultColumnWidths();
    }
    header->setSectionResizeMode(InvoiceTableModel::ClientColumn, QHeaderView::Stretch);
    const int sortColumn = settings.value(kSortColumnKey, int(InvoiceTableModel::IssueDateColumn)).toInt();
    const auto sortOrder = static_cast<Qt::SortOrder>(settings.value(kSortOrderKey, int(Qt::DescendingOrder)).toInt());
    m_table->sortByColumn(qBound(0, sortColumn, InvoiceTableModel::ColumnCount - 1), sortOrder);
    const int filterIndex = m_filterCombo->findData(settings.value(kFilterKey, int(InvoiceFilter::All)).toInt());
    m_filterCombo->setCurrentIndex(qMax(0, filterIndex));
    m_proxy->setFilter(static_cast<InvoiceFilter>(m_filterCombo->currentData().toInt()));
    const QByteArray splitterState = settings.value(kSplitterKey).toByteArray();
    m_userSplit = !splitterState.isEmpty() && m_splitter->restoreState(splitterState);
    m_restoring = false;
}

void InvoicesPage::applyDefaultColumnWidths()
{
    // Measured from the font and sample values in the locale, so 200 % scale, other date formats
    // and longer translations (headers are measured too) fit without cutting anything off.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QLocale locale = this->locale();
    const int cellPadding =
        2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 12;
    const int headerPadding = 2 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_table)
        + m_table->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, m_table) + 8;
    auto widthFor = [&](int column, const QStringList& samples) {
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString())
            + headerPadding;
        for (const QString& sample : samples) {
            width = qMax(width, metrics.horizontalAdvance(sample) + cellPadding);
        }
        return width;
    };

    QFont italic = m_table->font();
    italic.setItalic(true);
    const int draftWidth = QFontMetrics(italic).horizontalAdvance(tr("Draft")) + cellPadding;
    m_table->setColumnWidth(InvoiceTableModel::NumberColumn,
        qMax(draftWidth, widthFor(InvoiceTableModel::NumberColumn, {QStringLiteral("INV-0000-0000")})));

    QStringList dates;
    for (int month = 1; month <= 12; ++month) {
        dates.append(locale.toString(QDate(2024, month, 28), QLocale::ShortFormat));
    }
    m_table->setColumnWidth(InvoiceTableModel::IssueDateColumn, widthFor(InvoiceTableModel::IssueDateColumn, dates));
    m_table->setColumnWidth(InvoiceTableModel::DueDateColumn, widthFor(InvoiceTableModel::DueDateColumn, dates));

    const QStringList amounts {moneyText(9'999'999, QStringLiteral("EUR"), locale),
        moneyText(9'999'999, QStringLiteral("USD"), locale), moneyText(9'999'999, QStringLiteral("GBP"), locale)};
    m_table->setColumnWidth(InvoiceTableModel::TotalColumn, widthFor(InvoiceTableModel::TotalColumn, amounts));
    m_table->setColumnWidth(InvoiceTableModel::BalanceColumn, widthFor(InvoiceTableModel::BalanceColumn, amounts));

    int statusWidth = widthFor(InvoiceTableModel::StatusColumn, {});
    for (const domain::InvoiceStatus status :
        {domain::InvoiceStatus::Draft, domain::InvoiceStatus::Issued, domain::InvoiceStatus::PartiallyPaid,
            domain::InvoiceStatus::Paid, domain::InvoiceStatus::Void, domain::InvoiceStatus::Refunded}) {
        for (const bool overdue : {false, true}) {
            statusWidth = qMax(statusWidth,
                StatusPillDelegate::pillSize(invoiceStatusText(status, overdue), m_table->font()).width() + 12);
        }
    }
    m_table->setColumnWidth(InvoiceTableModel::StatusColumn, statusWidth);
}

int InvoicesPage::preferredListWidth() const
{
    int width = m_table->fontMetrics().averageCharWidth() * 18; // the client column
    for (int column = 0; column < InvoiceTableModel::ColumnCount; ++column) {
        if (column != InvoiceTableModel::ClientColumn && !m_table->isColumnHidden(column)) {
            width += m_table->columnWidth(column);
        }
    }
    return width + m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table)
        + 2 * m_table->frameWidth() + 2;
}

void InvoicesPage::applyDefaultSplit()
{
    if (m_userSplit || !m_editor->isVisibleTo(this)) {
        return;
    }
    const int available = width() - m_splitter->handleWidth();
    if (available <= 0) {
        return;
    }
    // The list gets what it needs to read in full, but at least 45 % and at most 62 % of the page;
    // the editor gets the rest.
    const int list = qBound(available * 45 / 100, preferredListWidth(), available * 62 / 100);
    m_restoring = true;
    m_splitter->setSizes({list, available - list});
    m_restoring = false;
}

void InvoicesPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyDefaultSplit();
}

void InvoicesPage::saveViewState() const
{
    if (m_restoring) {
        return;
    }
    QSettings settings;
    QHeaderView* header = m_table->horizontalHeader();
    settings.setValue(kHeaderKey, header->saveState());
    settings.setValue(kSortColumnKey, header->sortIndicatorSection());
    settings.setValue(kSortOrderKey, int(header->sortIndicatorOrder()));
    settings.setValue(kFilterKey, m_filterCombo->currentData().toInt());
    if (m_editor->isVisible()) {
        settings.setValue(kSplitterKey, m_splitter->saveState());
    }
}

} // namespace clientele::ui
