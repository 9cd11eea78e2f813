# CMake toolchain for cross-building the Windows programs on Debian with mingw-w64 (the posix
# thread model, which std::thread and Qt need). Used by installers/windows/cross-build.sh for the
# dependencies and the project; STITCH_WINDOWS_PREFIX is the prefix the dependencies went into.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(_triple x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${_triple}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_triple}-g++-posix)
set(CMAKE_RC_COMPILER ${_triple}-windres)

# Look for headers, libraries and CMake packages only in the mingw sysroot and our prefix, never
# in the build machine's /usr; programs (moc, rcc, ...) come from the build machine.
if(DEFINED ENV{STITCH_WINDOWS_PREFIX})
    set(STITCH_WINDOWS_PREFIX "$ENV{STITCH_WINDOWS_PREFIX}")
endif()
set(CMAKE_FIND_ROOT_PATH /usr/${_triple} ${STITCH_WINDOWS_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
