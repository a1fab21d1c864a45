# Formatting and static analysis of the project's own sources.
#   cmake --build <dir> --target format   rewrites files in place with clang-format
# The checks themselves run as CTest tests labelled "lint" (see tests/CMakeLists.txt).
include_guard(GLOBAL)

find_program(CLIENTELE_CLANG_FORMAT NAMES clang-format clang-format-14)
find_program(CLIENTELE_CLANG_TIDY NAMES clang-tidy clang-tidy-14)

if(CLIENTELE_CLANG_FORMAT)
    add_custom_target(format
        COMMAND "${PROJECT_SOURCE_DIR}/scripts/lint-format" --fix
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        COMMENT "Formatting sources with clang-format"
        VERBATIM)
endif()
