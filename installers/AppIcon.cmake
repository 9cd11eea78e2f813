# The app icon, rendered at build time from the one SVG (installers/icons/stitch-tunnel-wizard.svg):
#   - hicolor PNGs 16..256 px for Linux (installed by installers/Packaging.cmake),
#   - a .ico embedded in both Windows executables (with a version resource),
#   - a .icns in the macOS bundle (with an Info.plist carrying the version).
# Included at the end of app/CMakeLists.txt, so that the executables' targets are in scope.
#
# Rasterizer: rsvg-convert (Debian: librsvg2-bin; Homebrew: librsvg; MSYS2: librsvg), or
# ImageMagick 7's `magick`. Point STITCH_RSVG_CONVERT at one explicitly if it is not on PATH.
# Packing .ico/.icns needs no tool: installers/icons/icon_pack.cpp is built for the host
# (on macOS, iconutil is used when present).

include("${PROJECT_SOURCE_DIR}/installers/Identity.cmake")
set(STITCH_ICON_SVG "${PROJECT_SOURCE_DIR}/installers/icons/${STITCH_ICON_NAME}.svg")
set(STITCH_ICON_DIR "${CMAKE_CURRENT_BINARY_DIR}/icons")
# Linux hicolor sizes; .ico and .icns sizes.
set(STITCH_HICOLOR_SIZES 16 22 24 32 48 64 128 256)
set(_stitch_ico_sizes 16 24 32 48 64 128 256)
set(_stitch_icns_sizes 16 32 64 128 256 512 1024)

find_program(STITCH_RSVG_CONVERT NAMES rsvg-convert
             DOC "rsvg-convert, to render the app icon from SVG")
find_program(STITCH_MAGICK NAMES magick DOC "ImageMagick 7, to render the app icon from SVG")

# Renders the SVG at SIZE px into OUT_VAR's file. Returns "" when there is no rasterizer.
function(stitch_render_icon size out_var)
    set(png "${STITCH_ICON_DIR}/${size}x${size}/${STITCH_ICON_NAME}.png")
    if(STITCH_RSVG_CONVERT)
        set(render "${STITCH_RSVG_CONVERT}" --width=${size} --height=${size}
                   --keep-aspect-ratio --output "${png}" "${STITCH_ICON_SVG}")
    elseif(STITCH_MAGICK)
        set(render "${STITCH_MAGICK}" -background none -density 384 "${STITCH_ICON_SVG}"
                   -resize ${size}x${size} "PNG32:${png}")
    else()
        set(${out_var} "" PARENT_SCOPE)
        return()
    endif()
    add_custom_command(OUTPUT "${png}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${STITCH_ICON_DIR}/${size}x${size}"
        COMMAND ${render}
        DEPENDS "${STITCH_ICON_SVG}"
        COMMENT "Rendering the app icon at ${size}x${size}"
        VERBATIM)
    set(${out_var} "${png}" PARENT_SCOPE)
endfunction()

set(STITCH_HICOLOR_PNGS "")
if(NOT STITCH_RSVG_CONVERT AND NOT STITCH_MAGICK)
    message(WARNING "Neither rsvg-convert nor ImageMagick (magick) was found: the app icon "
                    "is not rendered and packages will lack it (Debian: apt-get install "
                    "librsvg2-bin; macOS: brew install librsvg).")
else()
    set(_stitch_all_sizes ${STITCH_HICOLOR_SIZES} ${_stitch_ico_sizes} ${_stitch_icns_sizes})
    list(REMOVE_DUPLICATES _stitch_all_sizes)
    foreach(size IN LISTS _stitch_all_sizes)
        stitch_render_icon(${size} png)
        set(_stitch_png_${size} "${png}")
    endforeach()
    foreach(size IN LISTS STITCH_HICOLOR_SIZES)
        list(APPEND STITCH_HICOLOR_PNGS "${_stitch_png_${size}}")
    endforeach()
    # The Linux icons are cheap (a second): always built, so `cmake --install` finds them.
    add_custom_target(stitch_icons ALL DEPENDS ${STITCH_HICOLOR_PNGS})
    # installers/Packaging.cmake (top-level scope) installs them.
    set_property(GLOBAL PROPERTY STITCH_HICOLOR_PNGS ${STITCH_HICOLOR_PNGS})

    # .ico and .icns: a build-machine tool that packs PNGs into either. When cross-compiling
    # (the Windows build on Linux) it is compiled by the build machine's own C++ compiler, since
    # a target of this project would be a Windows program.
    set(_icon_pack_source "${PROJECT_SOURCE_DIR}/installers/icons/icon_pack.cpp")
    if(CMAKE_CROSSCOMPILING)
        find_program(STITCH_HOST_CXX NAMES c++ g++ clang++ REQUIRED
                     DOC "the build machine's C++ compiler, for the icon packer")
        set(stitch_icon_pack "${STITCH_ICON_DIR}/host/stitch_icon_pack")
        add_custom_command(OUTPUT "${stitch_icon_pack}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${STITCH_ICON_DIR}/host"
            COMMAND "${STITCH_HOST_CXX}" -std=c++17 -O1 -o "${stitch_icon_pack}"
                    "${_icon_pack_source}"
            DEPENDS "${_icon_pack_source}"
            COMMENT "Building the icon packer for the build machine"
            VERBATIM)
    else()
        add_executable(stitch_icon_pack "${_icon_pack_source}")
        set_target_properties(stitch_icon_pack PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
        if(NOT WIN32 AND NOT APPLE)
            set_target_properties(stitch_icon_pack PROPERTIES EXCLUDE_FROM_ALL ON)
        endif()
        set(stitch_icon_pack stitch_icon_pack)
    endif()
    set(STITCH_ICON_ICO "${STITCH_ICON_DIR}/${STITCH_ICON_NAME}.ico")
    set(STITCH_ICON_ICNS "${STITCH_ICON_DIR}/${STITCH_ICON_NAME}.icns")
    set(_ico_pngs "")
    foreach(size IN LISTS _stitch_ico_sizes)
        list(APPEND _ico_pngs "${_stitch_png_${size}}")
    endforeach()
    add_custom_command(OUTPUT "${STITCH_ICON_ICO}"
        COMMAND "${stitch_icon_pack}" ico "${STITCH_ICON_ICO}" ${_ico_pngs}
        DEPENDS "${stitch_icon_pack}" ${_ico_pngs}
        COMMENT "Packing ${STITCH_ICON_NAME}.ico"
        VERBATIM)
    find_program(STITCH_ICONUTIL iconutil)
    if(APPLE AND STITCH_ICONUTIL)
        # Apple's own tool, from an .iconset folder (name@2x is the next size up).
        set(_iconset "${STITCH_ICON_DIR}/${STITCH_ICON_NAME}.iconset")
        set(_copy "")
        foreach(size 16 32 128 256 512)
            math(EXPR double "${size} * 2")
            list(APPEND _copy
                COMMAND ${CMAKE_COMMAND} -E copy "${_stitch_png_${size}}"
                        "${_iconset}/icon_${size}x${size}.png"
                COMMAND ${CMAKE_COMMAND} -E copy "${_stitch_png_${double}}"
                        "${_iconset}/icon_${size}x${size}@2x.png")
        endforeach()
        set(_icns_pngs "")
        foreach(size IN LISTS _stitch_icns_sizes)
            list(APPEND _icns_pngs "${_stitch_png_${size}}")
        endforeach()
        add_custom_command(OUTPUT "${STITCH_ICON_ICNS}"
            COMMAND ${CMAKE_COMMAND} -E rm -rf "${_iconset}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${_iconset}"
            ${_copy}
            COMMAND "${STITCH_ICONUTIL}" -c icns -o "${STITCH_ICON_ICNS}" "${_iconset}"
            DEPENDS ${_icns_pngs}
            COMMENT "Packing ${STITCH_ICON_NAME}.icns with iconutil"
            VERBATIM)
    else()
        set(_icns_pngs "")
        foreach(size IN LISTS _stitch_icns_sizes)
            list(APPEND _icns_pngs "${_stitch_png_${size}}")
        endforeach()
        add_custom_command(OUTPUT "${STITCH_ICON_ICNS}"
            COMMAND "${stitch_icon_pack}" icns "${STITCH_ICON_ICNS}" ${_icns_pngs}
            DEPENDS "${stitch_icon_pack}" ${_icns_pngs}
            COMMENT "Packing ${STITCH_ICON_NAME}.icns"
            VERBATIM)
    endif()
    # Built by default only where it is used; on Linux, installers/debian/test-deb.sh builds it
    # to check that both files are well formed.
    if(WIN32 OR APPLE)
        set(_all ALL)
    else()
        set(_all "")
    endif()
    add_custom_target(stitch_platform_icons ${_all}
                      DEPENDS "${STITCH_ICON_ICO}" "${STITCH_ICON_ICNS}")
endif()

# Windows: icon and version resource in both .exe files (Explorer, taskbar, start menu).
if(WIN32)
    set(_patch "${PROJECT_VERSION_PATCH}")
    if(_patch STREQUAL "")
        set(_patch 0)
    endif()
    set(STITCH_VERSION_COMMAS "${PROJECT_VERSION_MAJOR},${PROJECT_VERSION_MINOR},${_patch},0")
    foreach(exe stitch-tunnel stitch-tunnel-wizard)
        if(exe STREQUAL "stitch-tunnel")
            set(STITCH_RC_DESCRIPTION "Stitch SSH Tunnel Wizard (command line)")
        else()
            set(STITCH_RC_DESCRIPTION "Stitch SSH Tunnel Wizard")
        endif()
        set(STITCH_RC_EXE "${exe}")
        set(STITCH_RC_ICON_LINE "")
        if(STITCH_ICON_ICO)
            set(STITCH_RC_ICON_LINE "IDI_ICON1 ICON \"${STITCH_ICON_ICO}\"")
        endif()
        configure_file("${PROJECT_SOURCE_DIR}/installers/windows/app.rc.in"
                       "${CMAKE_CURRENT_BINARY_DIR}/${exe}.rc" @ONLY)
        target_sources(${exe} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/${exe}.rc")
        if(STITCH_ICON_ICO)
            # Listing the .ico makes it a dependency of the resource compilation.
            target_sources(${exe} PRIVATE "${STITCH_ICON_ICO}")
            set_source_files_properties("${STITCH_ICON_ICO}" PROPERTIES HEADER_FILE_ONLY ON)
        endif()
    endforeach()
endif()

# macOS: the bundle is named as users know it, with the icon and the version in Info.plist.
if(APPLE)
    set_target_properties(stitch-tunnel-wizard PROPERTIES
        OUTPUT_NAME "${STITCH_DISPLAY_NAME}"
        MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/installers/macos/Info.plist.in"
        MACOSX_BUNDLE_BUNDLE_NAME "${STITCH_DISPLAY_NAME}"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${STITCH_MACOS_BUNDLE_ID}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_ICON_FILE "${STITCH_ICON_NAME}.icns"
        MACOSX_BUNDLE_COPYRIGHT "${STITCH_VENDOR}")
    if(STITCH_ICON_ICNS)
        target_sources(stitch-tunnel-wizard PRIVATE "${STITCH_ICON_ICNS}")
        set_source_files_properties("${STITCH_ICON_ICNS}" PROPERTIES
                                    MACOSX_PACKAGE_LOCATION Resources)
    endif()
endif()
