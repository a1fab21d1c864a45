# Tests of the Invoices views (included from tests/CMakeLists.txt).
clientele_add_test(test_ui_invoices SOURCES ui/test_ui_invoices.cpp LIBS clientele_ui LABELS ui)
