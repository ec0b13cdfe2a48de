# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Desktop integration files and CPack packages (a .deb and a tarball): `cpack --config
# build/CPackConfig.cmake` after a build; scripts/check-package.sh builds and checks the .deb.
# Windows and macOS configurations are below, untested here (docs/packaging.md).
include(GNUInstallDirs)

install(FILES ${PROJECT_SOURCE_DIR}/resources/io.meshery.MesheryAuth.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/io.meshery.MesheryAuth.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/meshery-auth.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME io.meshery.MesheryAuth.svg)

if(UNIX AND NOT APPLE)
    # Debian's place for the licence: a machine-readable copyright file that points to the
    # system's copy of Apache-2.0 (lintian refuses the full licence text there).
    install(FILES ${PROJECT_SOURCE_DIR}/installer/copyright
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/meshery-auth)

    # Debian policy wants the changelog and the manual pages gzipped, and -n keeps the name and
    # time stamp out, so the same sources give the same package.
    configure_file(${PROJECT_SOURCE_DIR}/installer/changelog.in ${CMAKE_BINARY_DIR}/installer/changelog @ONLY)
    set(_compressed)
    foreach(_source IN ITEMS ${CMAKE_BINARY_DIR}/installer/changelog
                             ${PROJECT_SOURCE_DIR}/installer/meshery-auth.1
                             ${PROJECT_SOURCE_DIR}/installer/meshery-auth-cli.1
                             ${PROJECT_SOURCE_DIR}/installer/meshery-auth-demo-server.1)
        get_filename_component(_name ${_source} NAME)
        set(_output ${CMAKE_BINARY_DIR}/installer/${_name}.gz)
        add_custom_command(OUTPUT ${_output}
                           COMMAND sh -c "gzip -9n -c \"$1\" > \"$2\"" gzip ${_source} ${_output}
                           DEPENDS ${_source} VERBATIM)
        list(APPEND _compressed ${_output})
    endforeach()
    add_custom_target(compressed-docs ALL DEPENDS ${_compressed})
    install(FILES ${CMAKE_BINARY_DIR}/installer/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/meshery-auth)
    install(FILES ${CMAKE_BINARY_DIR}/installer/meshery-auth.1.gz
                  ${CMAKE_BINARY_DIR}/installer/meshery-auth-cli.1.gz
                  ${CMAKE_BINARY_DIR}/installer/meshery-auth-demo-server.1.gz
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

set(CPACK_PACKAGE_NAME "meshery-auth")
set(CPACK_PACKAGE_VENDOR "Meshery Auth developers")
set(CPACK_PACKAGE_CONTACT "Meshery Auth developers <maintainers@meshery-auth.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Meshery Auth")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
# No debug information in any package: the build keeps it (RelWithDebInfo), the package strips.
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")
# The extended description; CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY above it as the synopsis.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Meshery Auth signs you in to a Meshery server through its providers, keeps
the token in the system keychain, and shows who is signed in, your
organizations and when the token expires. It copies the token, or a ready
header or curl line, for use in scripts.
.
The package holds the window (meshery-auth), the command-line client
(meshery-auth-cli), the embedded-browser login helper and a demo server.")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
# Files in the control archive as root:root 0644/0755, as dpkg-deb would build them.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# qt6-translations-l10n: Qt's own texts (dialog buttons) in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB;TGZ")
elseif(WIN32)
    # An NSIS installer with the Qt libraries beside the programs: windeployqt copies them into
    # the install tree, so CPack packs what the programs need.
    set(CPACK_GENERATOR "NSIS;ZIP")
    find_program(WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin")
    if(WINDEPLOYQT)
        install(CODE "execute_process(COMMAND \"${WINDEPLOYQT}\" --no-translations --no-compiler-runtime
                          \"\${CMAKE_INSTALL_PREFIX}/bin/meshery-auth.exe\"
                          \"\${CMAKE_INSTALL_PREFIX}/bin/meshery-auth-cli.exe\" COMMAND_ERROR_IS_FATAL ANY)")
    endif()
    set(CPACK_NSIS_DISPLAY_NAME "Meshery Auth")
    set(CPACK_NSIS_PACKAGE_NAME "Meshery Auth")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\meshery-auth.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_PACKAGE_EXECUTABLES "meshery-auth;Meshery Auth")
elseif(APPLE)
    # A disk image to drag the app bundle from; macdeployqt puts Qt's frameworks into the bundle.
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Meshery Auth")
    set(CPACK_DMG_FORMAT "UDZO")
    find_program(MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/bin")
    if(MACDEPLOYQT)
        install(CODE "execute_process(COMMAND \"${MACDEPLOYQT}\"
                          \"\${CMAKE_INSTALL_PREFIX}/meshery-auth.app\" -always-overwrite
                          COMMAND_ERROR_IS_FATAL ANY)")
    endif()
endif()
include(CPack)
