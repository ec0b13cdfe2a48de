# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Hardening of everything the package ships (applied to src/ only; tests and benchmarks build
# without it): stack protector, fortified libc calls when optimising, full RELRO (the GOT is
# read-only once the program has started) and position-independent executables (ASLR).
# Check a build with:  readelf -h build/bin/meshery-auth | grep Type      -> DYN
#                      readelf -d build/bin/meshery-auth | grep -E 'BIND_NOW|FLAGS'
option(MESHERY_AUTH_HARDENING "Build the product with hardening flags" ON)

if(MESHERY_AUTH_HARDENING)
    include(CheckPIESupported)
    check_pie_supported(LANGUAGES CXX)
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)

    add_compile_options(-fstack-protector-strong)
    # _FORTIFY_SOURCE needs the optimiser; some compilers predefine it, hence -U first.
    add_compile_options("$<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
    add_link_options(LINKER:-z,relro,-z,now)
endif()
