# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Desktop integration files and CPack packages (a .deb and a tarball): `cpack --config
# build/CPackConfig.cmake` after a build.
include(GNUInstallDirs)

install(FILES ${PROJECT_SOURCE_DIR}/resources/io.meshery.MesheryAuth.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/io.meshery.MesheryAuth.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/meshery-auth.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME io.meshery.MesheryAuth.svg)
# Debian's place for the licence (/usr/share/doc/<package>/copyright).
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/meshery-auth RENAME copyright)

set(CPACK_PACKAGE_NAME "meshery-auth")
set(CPACK_PACKAGE_VENDOR "Meshery Auth developers")
set(CPACK_PACKAGE_CONTACT "Meshery Auth developers <maintainers@meshery-auth.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Meshery Auth")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
