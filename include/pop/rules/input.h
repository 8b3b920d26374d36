#pragma once
/// The input.* rules (src/core/rules/input.cpp): what is wrong with a file before it is YAML. The
/// reader finds input.encoding and input.size (src/core/read/yaml_tree.cpp); the two that need the
/// file system are built here from what the caller found.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pop/base/finding.h"

namespace pop {

/// input.unreadable: the file could not be read. `message_key` is the catalog key of the reason
/// ("input.unreadable.missing", ".permission", ...), `error_code` the system's error number.
Finding input_unreadable_finding(std::string_view message_key, int error_code);

/// input.leftover-temp: one finding per temporary file (its name) that an interrupted pop edit left
/// beside the POP; the caller leaves out the files of an edit still running.
std::vector<Finding> leftover_temp_findings(std::span<const std::string> temp_files);

}  // namespace pop
