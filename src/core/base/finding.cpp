#include "pop/base/finding.h"

#include <algorithm>
#include <tuple>

namespace pop {

Finding make_finding(std::string_view rule, Mark at, std::string_view message,
                     std::vector<MessageArg> args) {
    Finding f;
    f.rule.assign(rule);
    f.at = at;
    f.message.assign(message);
    f.args = std::move(args);
    return f;
}

void sort_by_position(std::vector<Finding>& findings) {
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.at.line, a.at.column) < std::tie(b.at.line, b.at.column);
    });
}

}  // namespace pop
