# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# AddressSanitizer and UndefinedBehaviorSanitizer for the whole build, product and tests (the asan
# preset turns it on, in a build folder of its own). Any undefined behaviour stops the program.
option(MESHERY_AUTH_SANITIZERS "Build everything with ASan and UBSan" OFF)

if(MESHERY_AUTH_SANITIZERS)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
