# Tests of the Calendar views (included from tests/CMakeLists.txt).
clientele_add_test(test_ui_calendar SOURCES ui/test_ui_calendar.cpp LIBS clientele_ui LABELS ui)

# Not a test: lays out and paints a week and a month with 2,000 bookings and prints median and p95
# (DESIGN.md §6: at most 16 ms to open either); also saves screenshots for people to look at.
add_executable(bench_ui_calendar ui/bench_ui_calendar.cpp)
target_link_libraries(bench_ui_calendar PRIVATE clientele_options clientele_ui)
