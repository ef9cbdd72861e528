# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the compile policy for every MentorDesk target.
add_library(mentordesk_policy INTERFACE)
add_library(MentorDesk::policy ALIAS mentordesk_policy)

target_compile_features(mentordesk_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(mentordesk_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
if(MENTORDESK_WERROR)
    target_compile_options(mentordesk_policy INTERFACE -Werror)
endif()
# Sanitizers go on every target of the project (directory scope, before any add_subdirectory), not just on
# those that link the policy target, so that no object file in a sanitized binary is left uninstrumented.
# -fno-sanitize-recover makes any undefined-behaviour finding fatal, like AddressSanitizer's.
if(MENTORDESK_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

target_compile_definitions(mentordesk_policy INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    MENTORDESK_VERSION="${PROJECT_VERSION}")
