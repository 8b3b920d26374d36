#include "pop/finding.h"

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

}  // namespace pop
