# Tests of the store's repositories and read models (included from tests/CMakeLists.txt).
clientele_add_test(test_store_queries SOURCES store/test_store_queries.cpp store/StoreTestSupport.h
    store/PracticeFixtures.h LIBS clientele_store clientele_fakes LABELS store)
clientele_add_test(test_store_invoice_repository SOURCES store/test_store_invoice_repository.cpp
    store/StoreTestSupport.h store/PracticeFixtures.h LIBS clientele_store clientele_fakes LABELS store)
clientele_add_test(test_store_booking_repository SOURCES store/test_store_booking_repository.cpp
    store/StoreTestSupport.h store/PracticeFixtures.h LIBS clientele_store clientele_fakes LABELS store)
clientele_add_test(test_store_settings SOURCES store/test_store_settings.cpp store/StoreTestSupport.h
    store/PracticeFixtures.h LIBS clientele_store clientele_fakes LABELS store)
clientele_add_test(test_store_contract_repository SOURCES store/test_store_contract_repository.cpp
    store/StoreTestSupport.h store/PracticeFixtures.h LIBS clientele_store clientele_fakes LABELS store)
clientele_add_test(test_store_calendar SOURCES store/test_store_calendar.cpp store/StoreTestSupport.h
    store/PracticeFixtures.h LIBS clientele_store clientele_fakes LABELS store)
target_compile_definitions(test_store_calendar PRIVATE CLIENTELE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
clientele_add_test(test_store_booking_import SOURCES store/test_store_booking_import.cpp store/StoreTestSupport.h
    store/PracticeFixtures.h LIBS clientele_store clientele_fakes LABELS "store;calendar")
target_compile_definitions(test_store_booking_import PRIVATE CLIENTELE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
clientele_add_test(test_store_calendar_sync SOURCES store/test_store_calendar_sync.cpp store/StoreTestSupport.h
    store/PracticeFixtures.h LIBS clientele_store clientele_fakes LABELS "store;calendar")
