#pragma once

#include <memory>

#include <QList>

#include <QDate>
#include <QWidget>

#include "core/Result.h"
#include "core/domain/Invoice.h"
#include "core/store/PaymentDisputes.h"
#include "core/store/RefundRequests.h"
#include "ui/invoices/InvoiceDraft.h"

class QComboBox;
class QDateEdit;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QUndoStack;

namespace clientele::ui {

class DocumentPrinting;
class DraftCellDelegate;
class DraftCommand;
class StatusPill;

// Edits one invoice in place. A draft is edited freely (lines, taxes, discount, schedule, due date,
// PO number, notes) with live totals and undo/redo (Ctrl+Z, Ctrl+Shift+Z); every problem is shown
// next to the field or cell that has it, and Save is disabled with the reason shown beside it. An
// issued, paid, void or refunded invoice is shown read-only with its number, status and payment
// history. The editor never stores anything: it emits requests that the app carries out.
class InvoiceEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceEditor)

public:
    explicit InvoiceEditor(QWidget* parent = nullptr);
    ~InvoiceEditor() override;

    // Shows an invoice, replacing whatever was being edited, and clears the undo history.
    void setInvoice(const domain::Invoice& invoice);
    void setClientName(const QString& clientName);
    // The day overdue is judged against; today's date unless told.
    void setToday(const QDate& today);
    // Money on its way that is not on the invoice (yet): refunds waiting for Stripe or refused by
    // it, and the client's bank disputing a payment. Shown in the payment history; an open dispute
    // also above it, with the deadline to answer in Stripe.
    void setMoneyUnderWay(const QList<RefundRequest>& refunds, const QList<PaymentDispute>& disputes);

    const domain::Invoice& loadedInvoice() const { return m_invoice; }
    // The invoice with the edits applied, or the first problem that keeps it from being saved.
    Result<domain::Invoice> editedInvoice() const;
    bool isReadOnly() const { return m_readOnly; }
    // True when there are edits since the invoice was shown or last marked saved.
    bool isModified() const;
    // The app calls this once the store has saved what saveRequested carried.
    void markSaved();
    // A refusal from the app (the store or a service), shown above the form until the next edit.
    void showError(const QString& message);

    QUndoStack* undoStack() const { return m_undoStack; }

    // The invoice's Print / PDF menu: Print Preview…, Print…, Save as PDF… of the invoice (on while
    // one is shown) and of its receipt (on while it has payments). The app makes the documents.
    void setDocumentPrinting(DocumentPrinting* invoice, DocumentPrinting* receipt);

Q_SIGNALS:
    void saveRequested(const clientele::domain::Invoice& invoice);
    void issueRequested();
    void voidRequested();
    void recordPaymentRequested();
    void paymentLinkRequested();
    void emailRequested();
    void recordRefundRequested();
    void discardRequested();

private:
    friend class DraftCommand;

    void buildUi();
    QWidget* buildHeader();
    QWidget* buildLinesGroup();
    QWidget* buildSummaryRow();
    QWidget* buildTaxesGroup();
    QWidget* buildScheduleGroup();
    QWidget* buildHistoryGroup();
    void setUpTabOrder();

    // Pushes an undoable change from the current draft to `next`; edits of the same field in a row
    // (typing in one box) merge into one step.
    void commit(const InvoiceDraft& next, const QString& text, const QString& mergeKey = {});
    // Shows `draft` (from a command's undo or redo) and checks it.
    void applyDraft(const InvoiceDraft& draft);
    void refreshWidgets();
    void refreshLinesTable();
    void refreshTaxesTable();
    void refreshScheduleTable();
    void recheck();
    void refreshTotals();
    void refreshHeader();
    void refreshHistory();
    void refreshActions();
    void setReadOnlyMode(bool readOnly);

    void onLineItemChanged(int row, int column);
    void onTaxItemChanged(int row, int column);
    void onInstallmentItemChanged(int row, int column);
    void addLine();
    void removeSelectedLine();
    void moveSelectedLine(int delta);
    void addTax();
    void removeSelectedTax();
    void addInstallment();
    void removeSelectedInstallment();
    void requestSave();
    void requestIssue();
    // Commits what is being typed in a table cell, so no action runs past an unconfirmed edit.
    void commitOpenCellEditors();
    // A money cell's text for reading: formatted per the locale when it is an amount, else as typed.
    QString moneyCellText(const QString& text) const;
    void discardChanges();
    int selectedRow(const QTableWidget* table) const;

    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

    domain::Invoice m_invoice;
    InvoiceDraft m_draft;
    InvoiceDraftCheck m_check;
    QString m_clientName;
    QDate m_today;
    QList<RefundRequest> m_refundRequests;
    QList<PaymentDispute> m_disputes;
    QLabel* m_disputeNotice = nullptr;
    bool m_readOnly = false;
    bool m_updating = false;
    QUndoStack* m_undoStack = nullptr;

    QLabel* m_clientLabel = nullptr;
    QLabel* m_numberLabel = nullptr;
    StatusPill* m_statusPill = nullptr;
    QLabel* m_datesLabel = nullptr;
    QLabel* m_errorBanner = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_issueButton = nullptr;
    QPushButton* m_discardButton = nullptr;
    QPushButton* m_recordPaymentButton = nullptr;
    QPushButton* m_paymentLinkButton = nullptr;
    QPushButton* m_emailButton = nullptr;
    QPushButton* m_refundButton = nullptr;
    QPushButton* m_voidButton = nullptr;
    QPushButton* m_documentsButton = nullptr;
    DocumentPrinting* m_invoicePrinting = nullptr;
    DocumentPrinting* m_receiptPrinting = nullptr;
    QLabel* m_saveReasonLabel = nullptr;
    QScrollArea* m_scrollArea = nullptr;

    QDateEdit* m_dueDateEdit = nullptr;
    QLabel* m_dueDateError = nullptr;
    QLineEdit* m_poNumberEdit = nullptr;

    QTableWidget* m_linesTable = nullptr;
    QList<DraftCellDelegate*> m_cellDelegates; // of the lines, tax and instalment tables
    QPushButton* m_addLineButton = nullptr;
    QPushButton* m_removeLineButton = nullptr;
    QPushButton* m_moveLineUpButton = nullptr;
    QPushButton* m_moveLineDownButton = nullptr;
    QLabel* m_linesError = nullptr;

    QLabel* m_discountLabel = nullptr;
    QComboBox* m_discountCombo = nullptr;
    QLineEdit* m_discountEdit = nullptr;
    QLabel* m_discountError = nullptr;
    QWidget* m_totalsPanel = nullptr;
    QGridLayout* m_totalsLayout = nullptr;

    QGroupBox* m_taxesGroup = nullptr;
    QTableWidget* m_taxesTable = nullptr;
    QPushButton* m_addTaxButton = nullptr;
    QPushButton* m_removeTaxButton = nullptr;
    QLabel* m_taxesError = nullptr;

    QGroupBox* m_scheduleGroup = nullptr;
    QComboBox* m_scheduleCombo = nullptr;
    QTableWidget* m_scheduleTable = nullptr;
    QPushButton* m_addInstallmentButton = nullptr;
    QPushButton* m_removeInstallmentButton = nullptr;
    QLabel* m_scheduleSummary = nullptr;
    QLabel* m_scheduleError = nullptr;

    QLabel* m_notesTitle = nullptr;
    QPlainTextEdit* m_notesEdit = nullptr;

    QGroupBox* m_historyGroup = nullptr;
    QTableWidget* m_historyTable = nullptr;
};

} // namespace clientele::ui
