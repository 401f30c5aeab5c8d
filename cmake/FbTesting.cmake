# fb_add_qtest(<name> SOURCES ... LIBS ... LABELS unit|gui|integration|fuzz [TIMEOUT s])
# Builds one Qt Test executable and registers it with CTest. Tests link libraries, never
# executables; they run headless (offscreen platform) with a private data directory.
function(fb_add_qtest name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE fb_options Qt6::Test ${T_LIBS})
    # Tests sit above every layer: they may include any folder's headers (and tests/ helpers).
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;FB_SOURCE_DIR=${PROJECT_SOURCE_DIR};FB_BUILD_DIR=${PROJECT_BINARY_DIR};${T_ENVIRONMENT}")
endfunction()

# fb_add_fuzz(<name> SOURCES ... LIBS ... [SEEDS dir])
# A libFuzzer target (LLVMFuzzerTestOneInput). Built only with FB_FUZZ=ON and clang; registered
# with CTest under the label "fuzz", running FB_FUZZ_SECONDS from the committed seed corpus
# (new inputs go to a scratch corpus in the build tree, never into the sources).
set(FB_FUZZ_SECONDS 20 CACHE STRING "Seconds each fuzz target runs under CTest")
function(fb_add_fuzz name)
    if(NOT FB_FUZZ)
        return()
    endif()
    cmake_parse_arguments(F "" "SEEDS" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${F_SOURCES})
    target_compile_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(${name} PRIVATE fb_options ${F_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
    set(scratch ${CMAKE_CURRENT_BINARY_DIR}/${name}_corpus)
    file(MAKE_DIRECTORY ${scratch})
    set(dirs ${scratch})
    if(F_SEEDS)
        list(APPEND dirs ${F_SEEDS})
    endif()
    add_test(NAME ${name} COMMAND ${name} -max_total_time=${FB_FUZZ_SECONDS} -rss_limit_mb=2048
                                  -timeout=10 ${dirs})
    set_tests_properties(${name} PROPERTIES LABELS fuzz TIMEOUT 600)
endfunction()
