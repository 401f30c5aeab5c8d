# fb_options: the one INTERFACE target every project target links. It carries the language
# level, the warnings, Qt's strict macros and the sanitizer switch.
add_library(fb_options INTERFACE)
target_compile_features(fb_options INTERFACE cxx_std_20)
target_compile_options(fb_options INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wsuggest-override -Wold-style-cast)
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    target_compile_options(fb_options INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
endif()
if(FB_WERROR)
    target_compile_options(fb_options INTERFACE -Werror)
endif()
target_compile_definitions(fb_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    FB_VERSION="${PROJECT_VERSION}")
if(FB_SANITIZE)
    target_compile_options(fb_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(fb_options INTERFACE -fsanitize=address,undefined)
endif()
if(FB_FUZZ)
    # Coverage instrumentation for everything the fuzz targets link; the targets add the driver.
    target_compile_options(fb_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                -fno-omit-frame-pointer)
    target_link_options(fb_options INTERFACE -fsanitize=address,undefined)
endif()
