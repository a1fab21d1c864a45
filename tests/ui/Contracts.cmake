# Contract templates and contracts through the widgets over a real encrypted practice (included from
# tests/CMakeLists.txt).
clientele_add_test(test_ui_contracts SOURCES ui/test_ui_contracts.cpp
    LIBS clientele_ui clientele_fakes LABELS ui TIMEOUT 180)
