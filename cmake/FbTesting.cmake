# fb_add_qtest(<name> SOURCES ... LIBS ... LABELS unit|gui|integration|fuzz [TIMEOUT s])
# Builds one Qt Test executable and registers it with CTest. Tests link libraries, never
# executables; they run headless (offscreen platform) with a private data directory.
function(fb_add_qtest name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE fb_options Qt6::Test ${T_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;FB_SOURCE_DIR=${PROJECT_SOURCE_DIR};FB_BUILD_DIR=${PROJECT_BINARY_DIR};${T_ENVIRONMENT}")
endfunction()
