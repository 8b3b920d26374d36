#pragma once
// Small helpers shared by the unit tests.

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "pop/base/finding.h"

namespace pop::test {

/// A file of the source tree, read whole.
inline std::string read_source_file(const std::string& relative) {
    std::ifstream in(std::string(POP_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// Findings as "LINE:COL rule, LINE:COL rule", for exact comparisons with readable failures.
inline std::string positions(const std::vector<Finding>& findings) {
    std::string out;
    for (const Finding& f : findings)
        out += (out.empty() ? "" : ", ") + std::to_string(f.at.line) + ":" + std::to_string(f.at.column) + " " + std::string(f.rule.text());
    return out;
}

/// The value of a finding's argument `name`, or "<missing>" when it has none.
inline std::string arg(const Finding& f, std::string_view name) {
    for (const MessageArg& a : f.args)
        if (a.name == name) return a.value;
    return "<missing>";
}

}  // namespace pop::test
