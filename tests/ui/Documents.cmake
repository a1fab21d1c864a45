# Printing and PDFs through the widgets over a real encrypted practice (included from tests/CMakeLists.txt).
# pdftotext (poppler-utils) reads the PDFs back.
clientele_add_test(test_ui_documents SOURCES ui/test_ui_documents.cpp
    LIBS clientele_ui clientele_fakes LABELS ui TIMEOUT 180)
