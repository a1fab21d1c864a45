# Tests of the Scheduling part of core/domain.
clientele_add_test(test_domain_schedule SOURCES test_domain_schedule.cpp LIBS clientele_core LABELS core)
clientele_add_test(test_domain_booking SOURCES test_domain_booking.cpp LIBS clientele_core LABELS core)
clientele_add_test(test_domain_recurrence SOURCES test_domain_recurrence.cpp LIBS clientele_core LABELS core)
clientele_add_test(test_domain_availability SOURCES test_domain_availability.cpp LIBS clientele_core LABELS core)
clientele_add_test(test_domain_conflict_check SOURCES test_domain_conflict_check.cpp LIBS clientele_core LABELS core)
