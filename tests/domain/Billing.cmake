# Tests of the Billing part of core/domain.
clientele_add_test(test_domain_money SOURCES test_domain_money.cpp LIBS clientele_core LABELS core)
clientele_add_test(test_domain_service SOURCES test_domain_service.cpp LIBS clientele_core LABELS core)
clientele_add_test(test_domain_invoice SOURCES test_domain_invoice.cpp LIBS clientele_core LABELS core)
clientele_add_test(test_domain_practice_profile SOURCES test_domain_practice_profile.cpp LIBS clientele_core
    LABELS core)
