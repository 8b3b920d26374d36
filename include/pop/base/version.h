#pragma once
/// The version of pop, shown by `pop --version` and written into SARIF output, and where pop is
/// published (SARIF's informationUri and the helpUri of each rule). A fork or a school that hosts
/// pop elsewhere changes the two addresses here; docs/ci.md (SARIF) says so.

#include <string_view>

namespace pop {

#ifndef POP_VERSION
#error "POP_VERSION is not defined: CMake defines it from project(pop VERSION ...) (cmake/install.cmake)"
#endif

/// The version of this build of pop: CMakeLists.txt's project(pop VERSION ...), the one place it is set.
inline constexpr std::string_view kPopVersion = POP_VERSION;

/// The web address of pop's repository (the one docs/ci.md's pre-commit example names).
inline constexpr std::string_view kPopRepositoryUrl = "https://git.example.org/pop/pop";

/// The web address of the folder docs/ on the repository's main branch, ending in '/': a page
/// is this plus its file name, e.g. rules.md#dates.format.
inline constexpr std::string_view kPopDocsUrl = "https://git.example.org/pop/pop/blob/main/docs/";

}  // namespace pop
