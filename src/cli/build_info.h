#pragma once
// Where this build of pop comes from, beyond its version (include/pop/base/version.h).

#include <string_view>

namespace pop::cli {

/// `git describe --always --dirty` of the sources this pop was built from (e.g. "v0.1.0-3-gbc952ec"),
/// or empty when they were not a git checkout. Defined in a file the build writes (cmake/build-info.cmake).
std::string_view build_describe();

}  // namespace pop::cli
