# Installs into a scratch folder and checks that a desktop would find the program, its entry, metadata, icons and
# documentation.
set(root "${BUILD}/install-check")
file(REMOVE_RECURSE "${root}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD}" --prefix "${root}/usr" RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
foreach(f
        "usr/bin/als-evidence-guide"
        "usr/share/applications/${APP_ID}.desktop"
        "usr/share/metainfo/${APP_ID}.metainfo.xml"
        "usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg"
        "usr/share/icons/hicolor/64x64/apps/${APP_ID}.png"
        "usr/share/doc/als-evidence-guide/copyright"
        "usr/share/doc/als-evidence-guide/changelog.gz"
        "usr/share/man/man1/als-evidence-guide.1.gz")
    if(NOT EXISTS "${root}/${f}")
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()
file(REMOVE_RECURSE "${root}")
