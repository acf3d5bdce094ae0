# What `cmake --install` puts on a system and how CPack makes the Debian package of it
# (issue 17). Included from the top CMakeLists.txt; `cpack -G DEB` in the build tree, or
# scripts/package.sh, writes juesuan_<version>_<arch>.deb.
include(GNUInstallDirs)

set(juesuan_dist ${PROJECT_SOURCE_DIR}/dist)
set(juesuan_gen ${PROJECT_BINARY_DIR}/dist)

# Who answers for the package. The default names the project; a distributor sets their own.
set(JUESUAN_MAINTAINER "The Juesuan developers <juesuan@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package")
# AppStream wants its screenshot at a web address (a file:// one fails appstreamcli validate).
# The project has no published address yet: the reserved .invalid domain marks the place
# until a distributor or the project sets the real one (docs/screenshot.png, published).
set(JUESUAN_SCREENSHOT_URL "https://juesuan.invalid/screenshots/editor.png"
    CACHE STRING "Address of the screenshot (docs/screenshot.png) the AppStream metadata shows")

# --- the program and its data
# Debian's hardening: a read-only GOT after start-up (lintian: hardening-no-bindnow).
target_link_options(juesuan PRIVATE "LINKER:-z,relro,-z,now")
install(TARGETS juesuan RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
file(GLOB juesuan_samples CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/samples/*.juesuan)
install(FILES ${juesuan_samples} DESTINATION ${CMAKE_INSTALL_DATADIR}/juesuan/samples)
# The translations (juesuan_zh_CN, juesuan_en) and the manual are compiled into the binary
# (qt_add_translations, qt_add_resources), so they cannot go missing or get out of step.

# --- desktop integration: menu entry, file type, icons, AppStream
install(FILES ${juesuan_dist}/juesuan.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${juesuan_dist}/juesuan-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME juesuan.xml)
configure_file(${juesuan_dist}/juesuan.metainfo.xml.in ${juesuan_gen}/juesuan.metainfo.xml @ONLY)
install(FILES ${juesuan_gen}/juesuan.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/juesuan.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# The PNG sizes are rendered from the SVG at build time by a small Qt tool.
qt_add_executable(juesuan_rendericon ${juesuan_dist}/rendericon.cpp)
set_target_properties(juesuan_rendericon PROPERTIES WIN32_EXECUTABLE OFF MACOSX_BUNDLE OFF)
target_link_libraries(juesuan_rendericon PRIVATE Qt6::Gui Qt6::Svg)
set(juesuan_icon_sizes 16 22 24 32 48 64 128 256)
set(juesuan_icon_pngs)
foreach(size IN LISTS juesuan_icon_sizes)
    list(APPEND juesuan_icon_pngs ${juesuan_gen}/icons/${size}x${size}/apps/juesuan.png)
endforeach()
add_custom_command(OUTPUT ${juesuan_icon_pngs}
    COMMAND juesuan_rendericon ${PROJECT_SOURCE_DIR}/resources/icons/juesuan.svg ${juesuan_gen}/icons
            ${juesuan_icon_sizes}
    DEPENDS juesuan_rendericon ${PROJECT_SOURCE_DIR}/resources/icons/juesuan.svg
    COMMENT "Rendering the icon sizes" VERBATIM)

# --- Debian documentation: man page, changelog and copyright, compressed as policy asks
add_custom_command(OUTPUT ${juesuan_gen}/juesuan.1.gz ${juesuan_gen}/changelog.gz
    COMMAND ${CMAKE_COMMAND} -E copy ${juesuan_dist}/juesuan.1 ${juesuan_dist}/changelog ${juesuan_gen}
    COMMAND gzip -9nf ${juesuan_gen}/juesuan.1 ${juesuan_gen}/changelog
    DEPENDS ${juesuan_dist}/juesuan.1 ${juesuan_dist}/changelog
    COMMENT "Compressing the man page and the changelog" VERBATIM)
add_custom_target(juesuan_dist ALL DEPENDS ${juesuan_icon_pngs} ${juesuan_gen}/juesuan.1.gz ${juesuan_gen}/changelog.gz)

foreach(size IN LISTS juesuan_icon_sizes)
    install(FILES ${juesuan_gen}/icons/${size}x${size}/apps/juesuan.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${juesuan_gen}/juesuan.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${juesuan_gen}/changelog.gz ${juesuan_dist}/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# --- the Debian package
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME juesuan)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Juesuan developers")
set(CPACK_PACKAGE_CONTACT ${JUESUAN_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON) # RelWithDebInfo builds carry debug info; the package does not
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "editor for departmental final-accounts disclosure reports")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${JUESUAN_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# CPack puts the summary above this as the synopsis line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Juesuan (决算) edits the final-accounts disclosure report (部门决算公开) of a
Chinese government department: the nine standard tables 公开01表 to 公开09表,
the explanations computed from them, the charts 图1 to 图4 and the
performance self-evaluation forms. Subtotals and totals follow every edit,
amounts are exact, and an audit points every inconsistency at its cells.
.
It prints the report and exports it as PDF, HTML and XLSX in the published
layout, imports tables from xlsx, xls and csv workbooks, and offers the
same work as command-line verbs (table, check, export, import) for scripts.")
# Libraries from dpkg-shlibdeps, plus the fonts whose glyphs make Chinese text in the PDFs
# extract correctly (the Noto CJK fonts do not; see DESIGN.md).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-wqy-microhei, fonts-arphic-uming")
# Qt's own dialogs in Chinese; Wayland sessions without XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
