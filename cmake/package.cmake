# The Debian package, built with CPack from the install rules (docs/decisions.md says why CPack and
# not debian/ with dpkg-buildpackage):
#   cd build && cpack -G DEB        (or: cmake --build build --target package)
# makes build/pop_<version>_amd64.deb with everything `cmake --install` installs (cmake/install.cmake,
# cmake/man.cmake, cmake/completions.cmake) under /usr, the binary stripped, and Depends computed
# from the shared libraries pop links (dpkg-shlibdeps). tests/install/run.sh --root checks it with
# lintian and installs it with apt-get.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pop)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "pop maintainers <pop@git.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "check and edit personal development plans (POP) in YAML")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # pop_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "pop maintainers <pop@git.example.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://git.example.org/pop/pop")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the first line and indents these lines itself.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "pop is a command-line tool for teachers in the Netherlands and Flanders who
keep their personal development plan (persoonlijk ontwikkelingsplan, POP) as a
YAML file in a git repository, for coordinators who report over a team, and
for CI pipelines. pop check reads POP files strictly and checks their
structure, dates and SMARTI goals against the school's policy, in Dutch or
English; other commands show progress, make reports and calendars, and edit a
POP without disturbing what they do not change.")
include(CPack)
