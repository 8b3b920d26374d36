#include "pop/base/finding.h"

#include <algorithm>
#include <tuple>

namespace pop {

Finding make_finding(RuleId rule, Mark at, std::string_view message, std::vector<MessageArg> args) {
    return Finding{rule, at, std::string(message), std::move(args), 1, {}};
}

void sort_by_position(std::vector<Finding>& findings) {
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.at.line, a.at.column) < std::tie(b.at.line, b.at.column);
    });
}

}  // namespace pop
