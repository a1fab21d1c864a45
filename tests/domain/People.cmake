# Tests of the People part of core/domain.
clientele_add_test(test_domain_phone_number SOURCES test_domain_phone_number.cpp LIBS clientele_core LABELS core)
clientele_add_test(test_domain_client SOURCES test_domain_client.cpp LIBS clientele_core LABELS core)
clientele_add_test(test_domain_contract SOURCES test_domain_contract.cpp LIBS clientele_core LABELS core)
clientele_add_test(test_domain_deliverable SOURCES test_domain_deliverable.cpp LIBS clientele_core LABELS core)
clientele_add_test(test_domain_questionnaire SOURCES test_domain_questionnaire.cpp LIBS clientele_core LABELS core)
clientele_add_test(test_domain_message SOURCES test_domain_message.cpp LIBS clientele_core LABELS core)
