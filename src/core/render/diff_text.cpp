// `pop diff`: what changed in a POP, as text for people.
#include "catalog_keys.h"
#include "pop/reports/pop_diff.h"

namespace pop {
namespace {

using render_keys::message_key;

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& i : items) out += (out.empty() ? "" : ", ") + i;
    return out;
}

}  // namespace

std::string render_diff_text(const std::vector<PopChange>& changes, Lang lang, const std::string& path,
                             const std::string& since) {
    std::vector<MessageArg> head{{"path", path}, {"since", since}};
    std::string out = render_message("diff.heading", lang, head) + "\n";
    for (const PopChange& c : changes) {
        std::vector<MessageArg> args{{"goal", c.goal}, {"text", c.text}, {"date", c.date},
                                     {"fields", join(c.fields)}};
        if (c.kind == ChangeKind::GoalStatus) {
            args.push_back({"from", "status." + c.from, true});
            args.push_back({"to", "status." + c.to, true});
        } else if (c.kind == ChangeKind::ConversationAdded) {
            args.push_back({"kind", "conversation." + c.text, true});
        } else {
            args.push_back({"from", c.from});
            args.push_back({"to", c.to});
        }
        out += "  " + render_message(message_key(c.kind), lang, args) + "\n";
    }
    MessageArg n{"n", std::to_string(changes.size())};
    out += render_message("diff.count",
                          lang, std::span(&n, 1));
    out += "\n";
    return out;
}

}  // namespace pop
