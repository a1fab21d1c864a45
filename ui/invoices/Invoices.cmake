# Invoices views (see ../CMakeLists.txt); sources relative to ui/.
target_sources(clientele_ui PRIVATE
    widgets/StatusPillDelegate.h widgets/StatusPillDelegate.cpp
    invoices/InvoiceStatusText.h invoices/InvoiceStatusText.cpp
    invoices/InvoiceTableModel.h invoices/InvoiceTableModel.cpp
    invoices/InvoiceFilterProxy.h invoices/InvoiceFilterProxy.cpp
    invoices/InvoiceListTotals.h invoices/InvoiceListTotals.cpp
    invoices/InvoiceDraft.h invoices/InvoiceDraft.cpp
    invoices/InvoiceEditor.h invoices/InvoiceEditor.cpp
    invoices/PaymentDisputeText.h invoices/PaymentDisputeText.cpp
    invoices/PaymentLinkDialog.h invoices/PaymentLinkDialog.cpp
    invoices/RecordPaymentDialog.h invoices/RecordPaymentDialog.cpp
    invoices/RecordRefundDialog.h invoices/RecordRefundDialog.cpp
    invoices/InvoicesPage.h invoices/InvoicesPage.cpp
)
