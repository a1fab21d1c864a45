# clientele_add_test(NAME
#     SOURCES <files...>
#     [LIBS <targets...>]
#     LABELS <core|store|adapters|ui|relay|e2e|slow|lint...>
#     [TIMEOUT <seconds>]            default 60
#     [XVFB]                         run under a private X server (xvfb-run) instead of offscreen
#     [KEYRING]                      run in a private D-Bus session with an unlocked gnome-keyring
#     [POSTGRES]                     run inside pg_virtualenv: a throwaway PostgreSQL server on loopback,
#                                    reachable through the PG* variables; CLIENTELE_TEST_RELAY_BACKEND=postgresql
#     [SCREEN <WxH>]                 size of the XVFB screen, default 1280x800
#     [EXECUTABLE <target>]          run this already declared test executable instead of building one
#                                    (another variant of the same test, e.g. on another screen)
#     [ENVIRONMENT <VAR=op:value...>])  ENVIRONMENT_MODIFICATION entries, e.g. FOO=set:1
#
# Every Qt Test executable is declared through this helper: it builds the executable from the given
# sources, links clientele_options and Qt Test, registers it with CTest, and gives it a reproducible
# environment (offscreen platform, fixed locale, no D-Bus session, a private HOME under the build tree).
include_guard(GLOBAL)

function(clientele_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "XVFB;KEYRING;POSTGRES" "TIMEOUT;SCREEN;EXECUTABLE" "SOURCES;LIBS;LABELS;ENVIRONMENT")
    if(NOT arg_SOURCES AND NOT arg_EXECUTABLE)
        message(FATAL_ERROR "clientele_add_test(${name}): SOURCES is required")
    endif()
    if(NOT arg_LABELS)
        message(FATAL_ERROR "clientele_add_test(${name}): LABELS is required")
    endif()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 60)
    endif()

    if(NOT arg_SCREEN)
        set(arg_SCREEN 1280x800)
    endif()
    if(arg_EXECUTABLE)
        set(executable ${arg_EXECUTABLE})
    else()
        set(executable ${name})
        add_executable(${name} ${arg_SOURCES})
        target_link_libraries(${name} PRIVATE clientele_options clientele_test_support Qt6::Test ${arg_LIBS})
    endif()

    set(home "${CMAKE_BINARY_DIR}/test-home/${name}")
    if(arg_XVFB)
        find_program(CLIENTELE_XVFB_RUN xvfb-run REQUIRED)
        add_test(NAME ${name}
            COMMAND ${CLIENTELE_XVFB_RUN} -a -s "-screen 0 ${arg_SCREEN}x24 -nolisten tcp" $<TARGET_FILE:${executable}>)
        set(platform xcb)
    elseif(arg_KEYRING)
        add_test(NAME ${name} COMMAND "${PROJECT_SOURCE_DIR}/tests/support/run-with-keyring" $<TARGET_FILE:${executable}>)
        set(platform offscreen)
    elseif(arg_POSTGRES)
        find_program(CLIENTELE_PG_VIRTUALENV pg_virtualenv REQUIRED)
        # -t: a temporary cluster directory even as root. Port and password are chosen per run.
        add_test(NAME ${name} COMMAND ${CLIENTELE_PG_VIRTUALENV} -t $<TARGET_FILE:${executable}>)
        list(APPEND arg_ENVIRONMENT "CLIENTELE_TEST_RELAY_BACKEND=set:postgresql")
        set(platform offscreen)
    else()
        add_test(NAME ${name} COMMAND ${executable})
        set(platform offscreen)
    endif()

    set(env
        "HOME=set:${home}"
        "XDG_CONFIG_HOME=set:${home}/.config"
        "XDG_DATA_HOME=set:${home}/.local/share"
        "XDG_CACHE_HOME=set:${home}/.cache"
        "XDG_RUNTIME_DIR=set:${home}/run"
        "QT_QPA_PLATFORM=set:${platform}"
        "LC_ALL=set:C.UTF-8"
        "LANG=set:C.UTF-8"
        "LANGUAGE=unset:"
        "DBUS_SESSION_BUS_ADDRESS=set:disabled:"
        "QT_LOGGING_RULES=set:cl.*.debug=true"
        "CLIENTELE_BUILD_DIR=set:${CMAKE_BINARY_DIR}"
        "LSAN_OPTIONS=set:suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0"
        ${arg_ENVIRONMENT})
    set_tests_properties(${name} PROPERTIES
        LABELS "${arg_LABELS}"
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT_MODIFICATION "${env}")
    if(arg_POSTGRES)
        # One throwaway server at a time keeps the 2-core CI machine responsive.
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK postgres)
    endif()
    file(MAKE_DIRECTORY "${home}/run")
    file(CHMOD "${home}/run" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
endfunction()
