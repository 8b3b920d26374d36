// The input.* family: what is wrong with a file before it can be read as YAML.
//
// Where each rule is:
//   input.encoding, input.size   src/core/read/yaml_tree.cpp: the reader finds them in the bytes
//                                (validate_encoding; the limits of ReadLimits), before a tree exists.
//   input.unreadable             here: input_unreadable_finding, from the reason the caller could not
//                                read the file (today built in src/cli/cli_common.cpp, unreadable_finding).
//   input.leftover-temp          here: leftover_temp_findings, from the temporary files the caller
//                                found beside the POP (today built in src/cli/cmd_check.cpp).
// Messages: the catalog keys input.* in src/core/i18n/messages.cpp.

#include "pop/rules/input.h"

namespace pop {

Finding input_unreadable_finding(std::string_view message_key, int error_code) {
    return make_finding(rule::input_unreadable, Mark{}, message_key, {{"code", std::to_string(error_code)}});
}

std::vector<Finding> leftover_temp_findings(std::span<const std::string> temp_files) {
    std::vector<Finding> out;
    for (const std::string& temp : temp_files)
        out.push_back(make_finding(rule::input_leftover_temp, Mark{}, "input.leftover-temp", {{"temp", temp}}));
    return out;
}

}  // namespace pop
