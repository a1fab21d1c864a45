# Tests of the Settings views (included from tests/CMakeLists.txt).
clientele_add_test(test_ui_settings SOURCES ui/test_ui_settings.cpp LIBS clientele_ui LABELS ui)

# The main flow through the widgets over a real encrypted practice (first run → service → client →
# booking → invoice → payment → confirmed → lock/unlock → undo).
clientele_add_test(test_ui_workflow SOURCES ui/test_ui_workflow.cpp
    LIBS clientele_ui clientele_fakes LABELS ui TIMEOUT 300)
