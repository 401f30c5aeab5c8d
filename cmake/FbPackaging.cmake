# Installation layout and the Debian package (make package, or cpack -G DEB in the build tree).
# Everything the app needs at run time that is not a Debian library: the three executables side by
# side in bin/ (the app finds flashback-node next to itself), the desktop entry, the icon, the
# AppStream metainfo and the .qm translations (share/flashback/translations; the app prefers them
# to its embedded copies, so an updated translation needs no rebuild).
include(GNUInstallDirs)
# install and package do not rebuild the whole tree first: `make package` builds, and
# tst_package depends on the installed targets.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(FB_APP_ID "tech.flashback.Flashback")

install(TARGETS flashback flashback-cli flashback-node
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT flashback)
# The web document view module, loaded by flashback from ../lib/flashback (app/gui/main.cpp).
install(TARGETS flashback-web LIBRARY DESTINATION lib/flashback COMPONENT flashback)
install(FILES ${PROJECT_SOURCE_DIR}/resources/flashback.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
    RENAME ${FB_APP_ID}.desktop COMPONENT flashback)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/flashback.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT flashback)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${FB_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT flashback)
# The .qm files qt_add_translations compiles for fb_ui (ui/CMakeLists.txt).
foreach(lang en fr de)
    install(FILES ${PROJECT_BINARY_DIR}/ui/flashback_${lang}.qm
        DESTINATION ${CMAKE_INSTALL_DATADIR}/flashback/translations COMPONENT flashback)
endforeach()

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "flashback")
set(CPACK_PACKAGE_VENDOR "Flashback")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Storage marketplace: buy and sell storage under enforced SLAs")
set(CPACK_PACKAGE_DESCRIPTION
    "Flashback Desktop connects people who need storage with the providers who sell it, through SLAs whose price, duration, redundancy and quality of service are enforced and paid in crypto or fiat. It includes the desktop app, the flashback-cli offline signer and command line, and flashback-node, the reference platform server.")
set(CPACK_PACKAGE_CONTACT "Flashback <packaging@flashback.tech>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "flashback")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES OFF)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://flashback.tech")
# Library dependencies from the binaries (dpkg-shlibdeps), plus the Qt plugins that are loaded at
# run time and so are invisible to it: the SQLite driver, the SVG icon engine, the xcb platform.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins")
# gzip: a fraction of xz's time on unstripped RelWithDebInfo binaries (the package test builds it).
set(CPACK_DEBIAN_COMPRESSION_TYPE "gzip")
set(CPACK_THREADS 0)
include(CPack)
