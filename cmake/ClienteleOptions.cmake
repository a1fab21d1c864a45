# clientele_options: the one INTERFACE target every Clientele target links. It carries the language
# standard, warnings, strict Qt defines and hardening flags, so no target sets its own.
include_guard(GLOBAL)
include(CheckPIESupported)
check_pie_supported()

add_library(clientele_options INTERFACE)

target_compile_features(clientele_options INTERFACE cxx_std_20)

target_compile_options(clientele_options INTERFACE
    -Wall -Wextra -Wpedantic
    -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough
    $<$<BOOL:${CLIENTELE_WERROR}>:-Werror>)

target_compile_definitions(clientele_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    # Qt 6.4 spells it ..._BEFORE; 6.5 renamed it ..._UP_TO. Both are set so an upgrade keeps it.
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    $<$<BOOL:${CLIENTELE_FORCE_ASSERTS}>:QT_FORCE_ASSERTS>
    CLIENTELE_VERSION="${PROJECT_VERSION}")

# Hardening (Debian's hardening-wrapper set). _FORTIFY_SOURCE needs optimisation, so Debug gets the
# libstdc++ assertions instead.
target_compile_options(clientele_options INTERFACE
    -fstack-protector-strong
    -fstack-clash-protection
    -fcf-protection
    $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
target_compile_definitions(clientele_options INTERFACE $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)
target_link_options(clientele_options INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -Wl,--as-needed)

if(CLIENTELE_SANITIZE)
    target_compile_options(clientele_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(clientele_options INTERFACE -fsanitize=address,undefined)
endif()

# Fuzzing (preset "fuzz", clang only): every library gets libFuzzer's coverage instrumentation, so
# the fuzz targets in tests/fuzz see into the parsers they call; ASan and UBSan catch what breaks.
if(CLIENTELE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CLIENTELE_FUZZ needs clang (libFuzzer): use the \"fuzz\" preset or scripts/fuzz")
    endif()
    target_compile_options(clientele_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(clientele_options INTERFACE -fsanitize=address,undefined)
endif()
