#pragma once
/// The version of pop, shown by `pop --version` and written into SARIF output.

#include <string_view>

namespace pop {

/// The version of this build of pop.
inline constexpr std::string_view kPopVersion = "0.1.0";

}  // namespace pop
