# Names shared by the icon, desktop, AppStream, Windows and macOS packaging. The version is not
# here: it is PROJECT_VERSION, from project() in the top-level CMakeLists.txt, and nowhere else.

set(STITCH_DISPLAY_NAME "Stitch SSH Tunnel Wizard")
set(STITCH_PACKAGE_NAME "stitch-tunnel-wizard")   # .deb/.rpm name, doc folder
set(STITCH_ICON_NAME "stitch-tunnel-wizard")      # hicolor icon name, .ico/.icns base name
set(STITCH_VENDOR "The Stitch SSH Tunnel Wizard authors")
# AppStream component ID; the .desktop file is named after it (reverse DNS, no hyphens).
set(STITCH_APP_ID "io.github.stitch_tunnel_wizard.stitch_tunnel_wizard")
# macOS CFBundleIdentifier (letters, digits, '-' and '.': no underscores).
set(STITCH_MACOS_BUNDLE_ID "io.github.stitch-tunnel-wizard.stitch-tunnel-wizard")

# Placeholders until the project has its public home: the metainfo's homepage, bug tracker and
# screenshot addresses (docs/screenshots/*.png served raw from the default branch).
set(STITCH_PROJECT_URL "https://github.com/stitch-tunnel-wizard/stitch-tunnel-wizard"
    CACHE STRING "Public home page of the project (AppStream, packages)")
set(STITCH_SCREENSHOT_BASE_URL
    "https://raw.githubusercontent.com/stitch-tunnel-wizard/stitch-tunnel-wizard/main/docs/screenshots"
    CACHE STRING "Where docs/screenshots/ is served raw (AppStream screenshots)")
set(STITCH_PACKAGE_CONTACT "Stitch SSH Tunnel Wizard maintainers <stitch-tunnel-wizard@users.noreply.github.com>"
    CACHE STRING "Maintainer of the packages (Debian Maintainer field)")
