# Printing and PDF export of documents (see ../CMakeLists.txt); sources relative to ui/.
target_sources(clientele_ui PRIVATE
    printing/DocumentJobs.h printing/DocumentJobs.cpp
    printing/DocumentPrinting.h printing/DocumentPrinting.cpp
    printing/InvoiceExportDialog.h printing/InvoiceExportDialog.cpp
    printing/InvoicePdfExport.h printing/InvoicePdfExport.cpp
    printing/SuperbillDialog.h printing/SuperbillDialog.cpp
)
# PDFs are painted and written on the thread pool (QtConcurrent), never on the UI thread.
target_link_libraries(clientele_ui PRIVATE Qt6::Concurrent)
