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
if(MENTORDESK_ASAN)
    target_compile_options(mentordesk_policy INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                       -fno-sanitize-recover=undefined)
    target_link_options(mentordesk_policy INTERFACE -fsanitize=address,undefined)
endif()

target_compile_definitions(mentordesk_policy INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    MENTORDESK_VERSION="${PROJECT_VERSION}")
