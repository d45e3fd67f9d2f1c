# storefort_add_test(NAME SOURCES ... [LIBS ...] [GUI] [LABELS ...] [ENVIRONMENT ...])
# Adds a Qt Test executable and registers it with CTest. Tests never need a display:
# GUI tests run on the offscreen platform.
function(storefort_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE storefort_flags Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" ${ARG_ENVIRONMENT})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" LABELS "${ARG_LABELS}" TIMEOUT 300)
endfunction()
