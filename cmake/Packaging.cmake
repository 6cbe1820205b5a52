# The documentation files every install carries, and the Debian package that `./project.sh package` builds with
# CPack (cpack -G DEB in the build folder). A clinic's IT installs it with `apt install ./<file>.deb`.

# Directories the install creates are 0755 whatever the umask of whoever builds (Debian wants them so).
set(_als_dir_permissions OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS ${_als_dir_permissions})

# Stripped installs (cpack, cmake --install --strip) also lose the .comment section, the compilers' version strings,
# as Debian's own packages do (dh_strip); lintian calls it unneeded.
install(CODE "
if(CMAKE_INSTALL_DO_STRIP)
    execute_process(COMMAND \"${CMAKE_OBJCOPY}\" --remove-section=.comment
        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/als-evidence-guide\"
        COMMAND_ERROR_IS_FATAL ANY)
endif()")

# The changelog and the manual page are installed compressed, as Debian keeps them: gzip -9n (no name, no time
# stamp, so the same text always makes the same file).
find_program(ALS_GZIP gzip REQUIRED)
set(_als_doc_dir "${PROJECT_BINARY_DIR}/packaging")
add_custom_command(OUTPUT "${_als_doc_dir}/changelog.gz"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${_als_doc_dir}"
    COMMAND ${ALS_GZIP} -9nc "${PROJECT_SOURCE_DIR}/packaging/changelog" > "${_als_doc_dir}/changelog.gz"
    DEPENDS "${PROJECT_SOURCE_DIR}/packaging/changelog"
    COMMENT "Compressing the changelog" VERBATIM)
add_custom_command(OUTPUT "${_als_doc_dir}/als-evidence-guide.1.gz"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${_als_doc_dir}"
    COMMAND ${ALS_GZIP} -9nc "${PROJECT_SOURCE_DIR}/packaging/als-evidence-guide.1"
        > "${_als_doc_dir}/als-evidence-guide.1.gz"
    DEPENDS "${PROJECT_SOURCE_DIR}/packaging/als-evidence-guide.1"
    COMMENT "Compressing the manual page" VERBATIM)
add_custom_target(als_docs ALL DEPENDS "${_als_doc_dir}/changelog.gz" "${_als_doc_dir}/als-evidence-guide.1.gz")

# The version is a native one (no Debian revision), so the changelog is changelog.gz, not changelog.Debian.gz.
install(FILES "${_als_doc_dir}/changelog.gz" "${PROJECT_SOURCE_DIR}/packaging/copyright"
    DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES "${_als_doc_dir}/als-evidence-guide.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The changelog's newest entry names the version being packaged: a new version needs its entry first.
file(STRINGS "${PROJECT_SOURCE_DIR}/packaging/changelog" _als_changelog_head LIMIT_COUNT 1)
if(NOT _als_changelog_head MATCHES "^als-evidence-guide \\(${PROJECT_VERSION}\\) ")
    message(WARNING "packaging/changelog has no entry for ${PROJECT_VERSION} at its top; the package test will fail")
endif()

# Read aloud (Qt TextToSpeech through speech-dispatcher, with the project's own Open JTalk module configuration in
# resources/speech-dispatcher) is in the package only when the source has it.
if(EXISTS "${PROJECT_SOURCE_DIR}/resources/speech-dispatcher")
    set(ALS_PACKAGE_READ_ALOUD ON)
else()
    set(ALS_PACKAGE_READ_ALOUD OFF)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME als-evidence-guide)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS ${_als_dir_permissions})
# No address that leads nowhere: the Homepage field appears only once ALS_HOMEPAGE_URL names a real one.
set(CPACK_PACKAGE_HOMEPAGE_URL "${ALS_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline guide to ALS treatments and the evidence behind them")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[
ALS Evidence Guide explains, in Japanese and English, what amyotrophic lateral
sclerosis is, what the approved drugs do, why supportive care matters as much,
and what the studies of stem-cell and conditioned-medium treatments actually
show. Every figure is checked against published sources, and every statement
shows how certain the evidence behind it is.

Handouts can be printed or saved as PDF, also from the command line. A clinic
can run it at its consultation desk, where visitors leave questions for the
staff; requests are kept in SQLite or PostgreSQL.

It reads aloud through speech-dispatcher (Japanese with Open JTalk where a
voice is installed), and works offline, with a screen reader and from the
keyboard alone.]=])
set(ALS_PACKAGE_MAINTAINER "ALS Evidence Guide maintainers <maintainers@users.noreply.r-seed-8b7e3525.example>"
    CACHE STRING "The Maintainer field of the Debian package (the address the repository's commits carry)")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ALS_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # als-evidence-guide_<version>_<arch>.deb
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Stripped: the package carries no debug symbols (they are left out; a developer debugs a build from source).
set(CPACK_STRIP_FILES ON)

# Depends = what dpkg-shlibdeps finds the binary linked against (Qt, libsodium, SQLite, libxlsxwriter, libc…) and
# what it loads at run time, which no linker sees:
# - fonts-morisawa-bizud-gothic: BIZ UDPGothic, the font of the window and of the PDF handouts (embedded there, so
#   that Japanese text copies correctly); without it the PDF's text layer can be wrong.
# - libqt6sql6-sqlite, libqt6sql6-psql: the Qt SQL drivers of the request store (SQLite by default, PostgreSQL at a
#   clinic).
# - the plugins it loads (seen with QT_DEBUG_PLUGINS=1: the xcb platform for the window, offscreen for --export-pdf,
#   the compose input context, the GIF, ICO and JPEG image formats; the CUPS print plugin when printing) are in
#   libqt6gui6 and libqt6printsupport6, which dpkg-shlibdeps already names; Debian's qt6-qpa-plugins holds only the
#   VNC and TUIO plugins, which the guide never loads, so it is not a dependency.
# - qt6-translations-l10n: Qt's own strings (qtbase_ja: the buttons of every dialog, the print dialog). A Depends,
#   not a Recommends: the guide is Japanese first, and its readers should not meet English buttons on a system
#   installed without recommended packages.
set(ALS_PACKAGE_DEPENDS fonts-morisawa-bizud-gothic libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n)
# qt6-wayland: the native Wayland platform plugin, so that on a Wayland desktop the window carries the desktop file's
# name as its app id; without it Qt runs through XWayland, where StartupWMClass matches the window instead.
set(ALS_PACKAGE_RECOMMENDS qt6-wayland)
set(ALS_PACKAGE_SUGGESTS "")
if(ALS_PACKAGE_READ_ALOUD)
    # Qt TextToSpeech itself comes through dpkg-shlibdeps; its speech-dispatcher backend is a plugin.
    list(APPEND ALS_PACKAGE_DEPENDS qt6-speech-speechd-plugin)
    # Japanese through Open JTalk (with its dictionary), English through espeak-ng, both by speech-dispatcher.
    list(APPEND ALS_PACKAGE_RECOMMENDS speech-dispatcher speech-dispatcher-espeak-ng open-jtalk
        open-jtalk-mecab-naist-jdic)
    # The Japanese voice file is outside Debian's main archive: a suggestion only.
    list(APPEND ALS_PACKAGE_SUGGESTS hts-voice-nitech-jp-atr503-m001)
    # The Open JTalk module lives in /etc/speech-dispatcher/modules (ui/CMakeLists.txt): a configuration file that
    # an administrator may change, so dpkg keeps their change on upgrade (a conffile).
    file(WRITE "${PROJECT_BINARY_DIR}/packaging/conffiles" "/etc/speech-dispatcher/modules/open-jtalk-generic.conf\n")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${PROJECT_BINARY_DIR}/packaging/conffiles")
endif()
list(JOIN ALS_PACKAGE_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
list(JOIN ALS_PACKAGE_RECOMMENDS ", " CPACK_DEBIAN_PACKAGE_RECOMMENDS)
list(JOIN ALS_PACKAGE_SUGGESTS ", " CPACK_DEBIAN_PACKAGE_SUGGESTS)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

# lintian (./project.sh package runs it; Debian 12's 2.116) reports no error and no warning, and for the package
# ./project.sh builds no informational tag either (lintian -I +pedantic). A package made from a tree built without
# Debian's hardening flags, as the test build is, has two informational tags: hardening-no-bindnow and
# hardening-no-fortify-functions; ./project.sh package builds with dpkg-buildflags' flags, which remove them.
# "running with root privileges is not recommended" is lintian's note about being run as root, not about the package.

include(CPack)
