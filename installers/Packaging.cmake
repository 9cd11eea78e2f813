# Packaging and desktop integration: install rules beyond the executables, the desktop entry and
# AppStream metainfo (generated from .in templates with the one PROJECT_VERSION), and CPack:
#   Linux   .deb (dependencies computed by dpkg-shlibdeps) and .tar.gz; an .rpm configuration
#   Windows NSIS installer (start menu entry) and .zip, after windeployqt
#   macOS   DragNDrop .dmg of a self-contained bundle, after macdeployqt
# Included at the end of the top-level CMakeLists.txt; the icons come from
# installers/AppIcon.cmake (included by app/CMakeLists.txt). See docs/PLATFORMS.md.
include_guard(GLOBAL)
include(GNUInstallDirs)
include("${CMAKE_CURRENT_LIST_DIR}/Identity.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/ReleaseNotes.cmake")

set(_stitch_in "${CMAKE_CURRENT_LIST_DIR}")
set(_stitch_gen "${PROJECT_BINARY_DIR}/installers")
set(_stitch_doc_dir "${CMAKE_INSTALL_DATADIR}/doc/${STITCH_PACKAGE_NAME}")

# ---------------------------------------------------------------------------------------------
# Generated metadata: desktop entry, AppStream metainfo, manual pages, changelogs.
stitch_release_notes("${PROJECT_SOURCE_DIR}/CHANGELOG.md")

set(STITCH_DESKTOP_FILE "${_stitch_gen}/${STITCH_APP_ID}.desktop")
set(STITCH_METAINFO_FILE "${_stitch_gen}/${STITCH_APP_ID}.metainfo.xml")
configure_file("${_stitch_in}/linux/stitch-tunnel-wizard.desktop.in" "${STITCH_DESKTOP_FILE}" @ONLY)
configure_file("${_stitch_in}/linux/stitch-tunnel-wizard.metainfo.xml.in" "${STITCH_METAINFO_FILE}"
               @ONLY)
foreach(page stitch-tunnel.1 stitch-tunnel-wizard.1)
    configure_file("${_stitch_in}/man/${page}" "${_stitch_gen}/man/${page}" @ONLY)
endforeach()
file(WRITE "${_stitch_gen}/changelog.Debian.new" "${STITCH_DEBIAN_CHANGELOG}")
configure_file("${_stitch_gen}/changelog.Debian.new" "${_stitch_gen}/changelog.Debian" COPYONLY)

# ---------------------------------------------------------------------------------------------
# Linux (and other freedesktop systems): everything under <prefix>/share.
if(UNIX AND NOT APPLE)
    set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
        OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

    install(FILES "${STITCH_DESKTOP_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${STITCH_METAINFO_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    # The setup file type (*.stitch-tunnel), which the desktop entry opens.
    install(FILES "${_stitch_in}/linux/stitch-tunnel-wizard-mime.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
            RENAME "${STITCH_APP_ID}.xml")
    install(FILES "${_stitch_in}/icons/${STITCH_ICON_NAME}.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
    get_property(_stitch_pngs GLOBAL PROPERTY STITCH_HICOLOR_PNGS)
    foreach(png IN LISTS _stitch_pngs)
        get_filename_component(size_dir "${png}" DIRECTORY)
        get_filename_component(size_dir "${size_dir}" NAME) # 16x16, 32x32, ...
        install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size_dir}/apps")
    endforeach()
    install(FILES "${_stitch_in}/completion/stitch-tunnel.bash"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions"
            RENAME stitch-tunnel)
    install(FILES "${_stitch_in}/debian/copyright" DESTINATION "${_stitch_doc_dir}")

    # Hardening of the shipped executables as Debian builds them (full RELRO: bind now), and
    # `cpack`'s strip made as thorough as dh_strip (no .comment/.note sections).
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_link_options(stitch-tunnel PRIVATE "LINKER:-z,relro,-z,now")
        target_link_options(stitch-tunnel-wizard PRIVATE "LINKER:-z,relro,-z,now")
    endif()
    if(CMAKE_OBJCOPY)
        install(CODE "
            if(CMAKE_INSTALL_DO_STRIP)
                foreach(exe stitch-tunnel stitch-tunnel-wizard)
                    execute_process(COMMAND \"${CMAKE_OBJCOPY}\" --remove-section=.comment
                        --remove-section=.note
                        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/\${exe}\")
                endforeach()
            endif()")
    endif()

    # Manual pages and changelogs, gzipped reproducibly (gzip -9n) as Debian policy asks.
    set(_stitch_gz "")
    foreach(page stitch-tunnel.1 stitch-tunnel-wizard.1)
        set(gz "${_stitch_gen}/man/${page}.gz")
        add_custom_command(OUTPUT "${gz}"
            COMMAND ${CMAKE_COMMAND} -DIN=${_stitch_gen}/man/${page} -DOUT=${gz}
                    -P "${_stitch_in}/gzip.cmake"
            DEPENDS "${_stitch_gen}/man/${page}" "${_stitch_in}/gzip.cmake"
            VERBATIM)
        list(APPEND _stitch_gz "${gz}")
        install(FILES "${gz}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    endforeach()
    add_custom_command(OUTPUT "${_stitch_gen}/changelog.Debian.gz"
        COMMAND ${CMAKE_COMMAND} -DIN=${_stitch_gen}/changelog.Debian
                -DOUT=${_stitch_gen}/changelog.Debian.gz -P "${_stitch_in}/gzip.cmake"
        DEPENDS "${_stitch_gen}/changelog.Debian" "${_stitch_in}/gzip.cmake"
        VERBATIM)
    add_custom_command(OUTPUT "${_stitch_gen}/changelog.gz"
        COMMAND ${CMAKE_COMMAND} -DIN=${PROJECT_SOURCE_DIR}/CHANGELOG.md
                -DOUT=${_stitch_gen}/changelog.gz -P "${_stitch_in}/gzip.cmake"
        DEPENDS "${PROJECT_SOURCE_DIR}/CHANGELOG.md" "${_stitch_in}/gzip.cmake"
        VERBATIM)
    list(APPEND _stitch_gz "${_stitch_gen}/changelog.Debian.gz" "${_stitch_gen}/changelog.gz")
    add_custom_target(stitch_docs ALL DEPENDS ${_stitch_gz})
    install(FILES "${_stitch_gen}/changelog.Debian.gz" "${_stitch_gen}/changelog.gz"
            DESTINATION "${_stitch_doc_dir}")

    # The desktop metadata validates (fast; part of the normal test run).
    if(STITCH_BUILD_TESTS)
        find_program(STITCH_DESKTOP_FILE_VALIDATE desktop-file-validate)
        find_program(STITCH_APPSTREAMCLI appstreamcli)
        add_test(NAME desktop_metadata
                 COMMAND "${_stitch_in}/linux/validate-metadata.sh"
                         "${STITCH_DESKTOP_FILE}" "${STITCH_METAINFO_FILE}"
                         "${_stitch_in}/linux/stitch-tunnel-wizard-mime.xml")
        set_tests_properties(desktop_metadata PROPERTIES TIMEOUT 60 LABELS "unit")
    endif()
endif()

# ---------------------------------------------------------------------------------------------
# Windows and macOS: self-contained installs (Qt and the other libraries next to the app).
# Qt's deployment tools sit next to qmake (vcpkg: <installed>/tools/Qt6/bin; Homebrew: bin).
set(_stitch_qt_bin "")
if(WIN32 OR APPLE)
    foreach(tool qmake windeployqt macdeployqt)
        if(TARGET Qt6::${tool} AND NOT _stitch_qt_bin)
            get_target_property(_stitch_tool_path Qt6::${tool} IMPORTED_LOCATION)
            if(NOT _stitch_tool_path)
                get_target_property(_stitch_tool_path Qt6::${tool} IMPORTED_LOCATION_RELEASE)
            endif()
            if(_stitch_tool_path)
                get_filename_component(_stitch_qt_bin "${_stitch_tool_path}" DIRECTORY)
            endif()
        endif()
    endforeach()
endif()

if(WIN32 AND CMAKE_CROSSCOMPILING)
    # Cross-built on Linux with mingw-w64 (installers/windows/cross-build.sh). There is no
    # windeployqt for Windows programs on the build machine: mingw's objdump reads which DLLs the
    # programs load (Qt, libssh, OpenSSL, QtKeychain, the mingw runtime), and the two Qt plugins
    # a Widgets app loads by name are copied as windeployqt would.
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM "windows+pe")
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL "objdump")
    find_program(STITCH_MINGW_OBJDUMP NAMES x86_64-w64-mingw32-objdump REQUIRED)
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "${STITCH_MINGW_OBJDUMP}")
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libstdc++-6.dll
                    OUTPUT_VARIABLE _stitch_libstdcxx OUTPUT_STRIP_TRAILING_WHITESPACE)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libwinpthread-1.dll
                    OUTPUT_VARIABLE _stitch_winpthread OUTPUT_STRIP_TRAILING_WHITESPACE)
    get_filename_component(_stitch_mingw_runtime "${_stitch_libstdcxx}" DIRECTORY)
    get_filename_component(_stitch_mingw_pthread "${_stitch_winpthread}" DIRECTORY)
    install(TARGETS stitch-tunnel stitch-tunnel-wizard
            RUNTIME_DEPENDENCY_SET stitch_runtime_dependencies
            RUNTIME DESTINATION bin)
    # Only the DLLs we ship; Windows' own (KERNEL32, USER32, ...) are on every machine. CMake
    # looks Windows DLL names up in lower case, which a Linux file system does not match for
    # Qt6Core.dll and its kind: Qt's four are installed by name instead.
    install(RUNTIME_DEPENDENCY_SET stitch_runtime_dependencies
            DESTINATION bin
            PRE_INCLUDE_REGEXES "^lib"
            PRE_EXCLUDE_REGEXES ".*"
            DIRECTORIES "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${_stitch_mingw_runtime}"
                        "${_stitch_mingw_pthread}")
    install(FILES $<TARGET_FILE:Qt6::Core> $<TARGET_FILE:Qt6::Gui> $<TARGET_FILE:Qt6::Network>
                  $<TARGET_FILE:Qt6::Widgets>
            DESTINATION bin)
    set(_stitch_qt_plugins "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}")
    install(FILES "${_stitch_qt_plugins}/platforms/qwindows.dll" DESTINATION bin/platforms)
    install(FILES "${_stitch_qt_plugins}/styles/qwindowsvistastyle.dll" DESTINATION bin/styles)
    install(FILES "${PROJECT_SOURCE_DIR}/CHANGELOG.md" "${PROJECT_SOURCE_DIR}/README.md"
            DESTINATION doc)
elseif(WIN32)
    find_program(STITCH_WINDEPLOYQT NAMES windeployqt windeployqt6 windeployqt-qt6
                 HINTS "${_stitch_qt_bin}" "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
                 DOC "Qt's windeployqt")
    # DLLs that are neither Qt's nor Windows': libssh, QtKeychain, OpenSSL, zlib (vcpkg's bin).
    install(TARGETS stitch-tunnel stitch-tunnel-wizard
            RUNTIME_DEPENDENCY_SET stitch_runtime_dependencies
            RUNTIME DESTINATION bin)
    install(RUNTIME_DEPENDENCY_SET stitch_runtime_dependencies
            DESTINATION bin
            PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^hvsifiledialog"
            POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*" ".*[Ww]in[Ss]x[Ss]/.*"
            DIRECTORIES "$<TARGET_FILE_DIR:Qt6::Core>" "${_stitch_qt_bin}")
    # The MSVC runtime, app-local (no separate redistributable to install).
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    set(CMAKE_INSTALL_UCRT_LIBRARIES ON)
    include(InstallRequiredSystemLibraries)
    configure_file("${_stitch_in}/windows/deploy.cmake.in" "${_stitch_gen}/windows-deploy.cmake"
                   @ONLY)
    install(SCRIPT "${_stitch_gen}/windows-deploy.cmake")
    install(FILES "${PROJECT_SOURCE_DIR}/CHANGELOG.md" "${PROJECT_SOURCE_DIR}/README.md"
            DESTINATION doc)
endif()

if(APPLE)
    find_program(STITCH_MACDEPLOYQT NAMES macdeployqt macdeployqt6
                 HINTS "${_stitch_qt_bin}" "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
                 DOC "Qt's macdeployqt")
    configure_file("${_stitch_in}/macos/deploy.cmake.in" "${_stitch_gen}/macos-deploy.cmake" @ONLY)
    install(SCRIPT "${_stitch_gen}/macos-deploy.cmake")
endif()

# ---------------------------------------------------------------------------------------------
# CPack
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME "${STITCH_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "${STITCH_VENDOR}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${STITCH_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${STITCH_PROJECT_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "set up and verify an SSH tunnel for Stitch")
# Wrapped for the Debian control file (lines under 80 columns).
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Stitch can reach a private database through an SSH tunnel. This tool does\n"
    "the five steps of Stitch's SSH tunnel guide on a Linux bastion server over\n"
    "SSH, and checks each one on the real server: the firewall, the way to the\n"
    "database, the Stitch public key, the tunnel user, and an end-to-end\n"
    "self-test through the tunnel.\n"
    "\n"
    "It comes as a desktop wizard (stitch-tunnel-wizard) and a command-line tool\n"
    "(stitch-tunnel).")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${STITCH_DISPLAY_NAME}")
set(CPACK_PACKAGE_EXECUTABLES "stitch-tunnel-wizard" "${STITCH_DISPLAY_NAME}")
set(CPACK_CREATE_DESKTOP_LINKS "stitch-tunnel-wizard")
set(CPACK_RESOURCE_FILE_LICENSE "${_stitch_in}/debian/copyright")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 0)
set(CPACK_SOURCE_GENERATOR "")
if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    if(CMAKE_CROSSCOMPILING)
        # Debian's makensis has 64-bit stubs: a 64-bit installer for 64-bit programs, which also
        # runs under Debian's 64-bit-only wine64 (the official Windows NSIS has x86 stubs only).
        set(CPACK_NSIS_DEFINES "Target amd64-unicode")
    endif()
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

# .deb: dependencies computed by dpkg-shlibdeps from the executables, plus what is loaded at run
# time and so invisible to it: libsecret (QtKeychain dlopens it to reach the keyring).
set(CPACK_DEBIAN_PACKAGE_NAME "${STITCH_PACKAGE_NAME}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${STITCH_PROJECT_URL}")
# Description: CPACK_PACKAGE_DESCRIPTION_SUMMARY is the synopsis, CPACK_PACKAGE_DESCRIPTION the rest.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# .rpm: rpmbuild finds the shared-library requirements itself (AUTOREQ); libsecret is dlopened.
set(CPACK_RPM_PACKAGE_NAME "${STITCH_PACKAGE_NAME}")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE "LicenseRef-proprietary")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL "${STITCH_PROJECT_URL}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES "libsecret")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
set(_stitch_rpm_dirs
    /usr/share/applications /usr/share/metainfo /usr/share/mime /usr/share/mime/packages
    /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps
    /usr/share/bash-completion /usr/share/bash-completion/completions
    /usr/share/man /usr/share/man/man1)
foreach(size 16 22 24 32 48 64 128 256)
    list(APPEND _stitch_rpm_dirs /usr/share/icons/hicolor/${size}x${size}
                                 /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
list(REMOVE_DUPLICATES _stitch_rpm_dirs)
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${_stitch_rpm_dirs})

# Windows installer (NSIS): Program Files, a start menu entry, an uninstaller, optional PATH entry
# for the command-line tool.
set(CPACK_NSIS_PACKAGE_NAME "${STITCH_DISPLAY_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${STITCH_DISPLAY_NAME} ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${PROJECT_BINARY_DIR}/app/icons/${STITCH_ICON_NAME}.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_BINARY_DIR}/app/icons/${STITCH_ICON_NAME}.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\stitch-tunnel-wizard.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "bin\\stitch-tunnel-wizard.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_URL_INFO_ABOUT "${STITCH_PROJECT_URL}")
set(CPACK_NSIS_HELP_LINK "${STITCH_PROJECT_URL}")
set(CPACK_NSIS_CONTACT "${STITCH_PACKAGE_CONTACT}")
# Setup files (*.stitch-tunnel) open in the wizard on double-click; the uninstaller takes the
# association out again. Written verbatim (CPACK_VERBATIM_VARIABLES): NSIS reads a backslash as
# itself.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR ".stitch-tunnel" "" "StitchTunnelWizard.Setup"
  WriteRegStr HKCR ".stitch-tunnel" "Content Type" "application/x-stitch-tunnel-setup"
  WriteRegStr HKCR "StitchTunnelWizard.Setup" "" "Stitch SSH tunnel setup"
  WriteRegStr HKCR "StitchTunnelWizard.Setup\DefaultIcon" "" "$INSTDIR\bin\stitch-tunnel-wizard.exe,0"
  WriteRegStr HKCR "StitchTunnelWizard.Setup\shell\open\command" "" '"$INSTDIR\bin\stitch-tunnel-wizard.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey HKCR ".stitch-tunnel"
  DeleteRegKey HKCR "StitchTunnelWizard.Setup"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])

# macOS disk image: the bundle and a link to /Applications to drag it onto.
set(CPACK_DMG_VOLUME_NAME "${STITCH_DISPLAY_NAME}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
if(APPLE)
    set(CPACK_PACKAGE_ICON "${PROJECT_BINARY_DIR}/app/icons/${STITCH_ICON_NAME}.icns")
endif()

include(CPack)
