#include "pop/edit/added_findings.h"

#include <map>

#include "pop/rules/rules.h"

namespace pop {

std::string finding_identity(const Finding& f) {
    std::string key = std::string(f.rule.text()) + '\x1f' + f.message;
    for (const MessageArg& a : f.args)
        if (a.name.find("line") == std::string::npos) key += '\x1f' + a.name + '=' + a.value;
    return key;
}

std::vector<Finding> added_findings(const std::vector<Finding>& before, const std::vector<Finding>& after,
                                    Severity severity) {
    std::map<std::string, int> seen;
    for (const Finding& f : before)
        if (severity_of(f.rule) == severity) ++seen[finding_identity(f)];
    std::vector<Finding> added;
    for (const Finding& f : after) {
        if (severity_of(f.rule) != severity) continue;
        int& n = seen[finding_identity(f)];
        if (n > 0)
            --n;
        else
            added.push_back(f);
    }
    return added;
}

std::vector<Finding> blocking_errors(const std::vector<Finding>& before, const std::vector<Finding>& after) {
    std::vector<Finding> errors = added_findings(before, after, Severity::Error);
    std::erase_if(errors, [](const Finding& f) { return describes_the_cycle(f.rule); });
    return errors;
}

}  // namespace pop
