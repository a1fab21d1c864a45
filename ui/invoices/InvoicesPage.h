#pragma once

#include <QDate>
#include <QList>
#include <QUuid>
#include <QWidget>

#include "core/domain/Invoice.h"
#include "core/store/Summaries.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace clientele::ui {

class EmptyStatePage;
class InvoiceEditor;
class InvoiceFilterProxy;
class InvoiceTableModel;

// The Invoices section: a toolbar (filter, search, New Invoice), the sortable list with a totals
// line, and the selected invoice's editor beside it in a splitter. Column widths, sort order and the
// splitter are remembered under "invoices/…" in QSettings. The page only shows and asks: the app
// answers invoiceSelected with showInvoice and carries out the editor's requests.
class InvoicesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoicesPage)

public:
    explicit InvoicesPage(QWidget* parent = nullptr);
    ~InvoicesPage() override;

    void setInvoices(const QList<InvoiceSummary>& invoices, const QDate& today);
    void showInvoice(const domain::Invoice& invoice, const QString& clientName);
    // Hides the editor, e.g. after the shown draft was deleted.
    void clearInvoice();

    InvoiceEditor* editor() const { return m_editor; }
    InvoiceTableModel* model() const { return m_model; }
    InvoiceFilterProxy* proxy() const { return m_proxy; }
    QUuid selectedInvoiceId() const;

Q_SIGNALS:
    void newInvoiceRequested();
    void invoiceSelected(const QUuid& id);
    void saveRequested(const clientele::domain::Invoice& invoice);
    void issueRequested();
    void voidRequested();
    void recordPaymentRequested();
    void paymentLinkRequested();
    void emailRequested();
    void recordRefundRequested();
    void discardRequested();

private:
    QWidget* buildToolbar();
    void restoreViewState();
    void saveViewState() const;
    void updateTotals();
    void updateEmptyState();
    void selectRowOf(const QUuid& id);
    // First-run column widths, from the font and sample values in the locale.
    void applyDefaultColumnWidths();
    // The width the list needs to show every column in full with a readable client name.
    int preferredListWidth() const;
    // Splits list and editor so that the list reads in full, until the user moves the splitter.
    void applyDefaultSplit();

    void resizeEvent(QResizeEvent* event) override;

    InvoiceTableModel* m_model = nullptr;
    InvoiceFilterProxy* m_proxy = nullptr;
    QComboBox* m_filterCombo = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QPushButton* m_newButton = nullptr;
    QStackedWidget* m_stack = nullptr;
    EmptyStatePage* m_emptyState = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_totalsLabel = nullptr;
    QLabel* m_noMatchLabel = nullptr;
    InvoiceEditor* m_editor = nullptr;
    QUuid m_shownId;
    bool m_loaded = false; // the first list has arrived: before that the page says it is loading
    bool m_restoring = false;
    bool m_userSplit = false; // the splitter was moved by the user or restored from settings
};

} // namespace clientele::ui
