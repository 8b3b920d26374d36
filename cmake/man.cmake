# Man pages (issue 15): made at build time by the freshly built pop itself (`pop __man`), from the
# same command definitions and catalog texts as `--help`, in English (build/man/man1) and Dutch
# (build/man/nl/man1), and gzipped for installing (build/man/gz/...). Nothing generated is committed.
# cmake/man-generate.cmake does the work.
include(GNUInstallDirs)

set(POP_MAN_DIR ${CMAKE_CURRENT_BINARY_DIR}/man)
set(POP_MAN_STAMP ${POP_MAN_DIR}/pages.stamp)
add_custom_command(
  OUTPUT ${POP_MAN_STAMP}
  COMMAND ${CMAKE_COMMAND} -DPOP=$<TARGET_FILE:pop> -DOUT=${POP_MAN_DIR} -DSOURCE_DIR=${CMAKE_CURRENT_SOURCE_DIR}
          -DSTAMP=${POP_MAN_STAMP} -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/man-generate.cmake
  DEPENDS pop ${CMAKE_CURRENT_SOURCE_DIR}/cmake/man-generate.cmake
  COMMENT "Writing the man pages (en, nl) with pop __man"
  VERBATIM)
add_custom_target(man ALL DEPENDS ${POP_MAN_STAMP})

# Installed compressed (man reads them as they are; Debian policy asks for it).
install(DIRECTORY ${POP_MAN_DIR}/gz/man1/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 FILES_MATCHING PATTERN "*.1.gz")
install(DIRECTORY ${POP_MAN_DIR}/gz/nl/man1/ DESTINATION ${CMAKE_INSTALL_MANDIR}/nl/man1 FILES_MATCHING PATTERN "*.1.gz")

if(POP_BUILD_TESTS)
  # Every page in both languages: no groff warning, every option and argument of --help, every
  # command, no internal command, the sections (tests/man/run.sh).
  add_test(NAME man_pages
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/tests/man/run.sh $<TARGET_FILE:pop> ${POP_MAN_DIR})
endif()
