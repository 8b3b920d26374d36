# Install rules, the version and the build's git description (issue 15).
#
#   cmake --install build [--prefix P]          (default prefix /usr/local)
#   DESTDIR=/some/root cmake --install build --prefix /usr
# install the pop binary, the JSON schemas (share/pop/schemas/), README.md, docs/*.md, the copyright
# file and a changelog (share/doc/pop/). Man pages and completions have their own rules
# (cmake/man.cmake, cmake/completions.cmake). Test programs (pop-faults, pop_unit_tests,
# yamlcpp_compare, the fuzz targets and their replays) have no install rule: never installed.
include(GNUInstallDirs)

# One version: CMakeLists.txt's project(pop VERSION ...) becomes kPopVersion
# (include/pop/base/version.h) for every target that uses the core library.
target_compile_definitions(popcore PUBLIC POP_VERSION="${PROJECT_VERSION}")

# `git describe --always --dirty` for `pop --version`: a small file in the build tree, written on
# every build by cmake/build-info.cmake but only when its text changes (so after a commit only that
# file recompiles). Outside the unity batches, so that it does not drag the others along.
set(POP_BUILD_INFO_FILE ${CMAKE_CURRENT_BINARY_DIR}/generated/build_info.cpp)
add_custom_target(pop_build_info
  COMMAND ${CMAKE_COMMAND} -DPOP_SOURCE_DIR=${CMAKE_CURRENT_SOURCE_DIR}
          -DPOP_BUILD_INFO_FILE=${POP_BUILD_INFO_FILE} -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/build-info.cmake
  BYPRODUCTS ${POP_BUILD_INFO_FILE}
  COMMENT "pop: git describe for pop --version"
  VERBATIM)
target_sources(popcli PRIVATE ${POP_BUILD_INFO_FILE})
set_source_files_properties(${POP_BUILD_INFO_FILE} PROPERTIES GENERATED ON SKIP_UNITY_BUILD_INCLUSION ON)
add_dependencies(popcli pop_build_info)

install(TARGETS pop RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The committed schemas (tests/schema checks that the four file schemas are what `pop schema KIND`
# prints); the output schemas of --format json beside them.
file(GLOB POP_SCHEMA_FILES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/schemas/*.schema.json)
install(FILES ${POP_SCHEMA_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/pop/schemas)

# README.md in share/doc/pop/ and docs/*.md in share/doc/pop/docs/, so that README's links work.
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
file(GLOB POP_DOC_FILES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/docs/*.md)
install(FILES ${POP_DOC_FILES} DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)

# Debian wants copyright and changelog.gz beside them (lintian: no-copyright-file, no-changelog).
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/cmake/package/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
string(TIMESTAMP POP_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)  # honours SOURCE_DATE_EPOCH
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/cmake/package/changelog.in ${CMAKE_CURRENT_BINARY_DIR}/package/changelog @ONLY)
add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/package/changelog.gz
  COMMAND gzip -9nf -k ${CMAKE_CURRENT_BINARY_DIR}/package/changelog
  DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/package/changelog
  VERBATIM)
add_custom_target(pop_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/package/changelog.gz)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/package/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})

# lintian takes libyaml's own error texts in pop (src/core/read/syntax_errors.cpp maps each to a
# catalog key) for a copy of libyaml built in; pop links the shared libyaml-0.so.2 (Depends).
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/cmake/package/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME pop)

if(POP_BUILD_TESTS)
  # DESTDIR install without root: the file list, no test program, the installed pop agrees with
  # the build's. The root part (the .deb, apt-get, man, completions) runs only from
  # `tests/run-all.sh --install` (tests/install/run.sh --root), never from ctest.
  add_test(NAME install_tree
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/tests/install/run.sh ${CMAKE_CURRENT_BINARY_DIR})
endif()
include(${CMAKE_CURRENT_LIST_DIR}/package.cmake)
