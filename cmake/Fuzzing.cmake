# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# libFuzzer targets (fuzz/, the fuzz preset, build-fuzz/): clang only. Our code is instrumented
# for coverage, ASan and UBSan; the fuzz targets link libFuzzer's main. Only the core library and
# the CLI's code are built: the window, the browser helper and the tests have no part in it.
option(MESHERY_AUTH_FUZZ "Build the libFuzzer targets in fuzz/ (clang), not the product" OFF)

if(MESHERY_AUTH_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "MESHERY_AUTH_FUZZ needs clang (libFuzzer): configure with the fuzz preset")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer)
    # Qt's qCDebug(category) << ... is pedantic-clean for gcc only: clang flags the empty "...".
    add_compile_options(-Wno-gnu-zero-variadic-macro-arguments)
    add_link_options(-fsanitize=address,undefined)
endif()
