// `pop due`: what falls due across POPs, a line each.
#include <fmt/format.h>

#include "catalog_keys.h"
#include "pop/base/text.h"
#include "pop/render/status.h"

namespace pop {
namespace {

using render_keys::due_kind_key;

std::string message(std::string_view key, Lang lang, std::vector<MessageArg> args = {}) {
    return render_message(key, lang, args);
}

}  // namespace

std::string render_due_text(const std::vector<DueLine>& lines, const Date& today, Lang lang,
                            std::size_t private_left_out) {
    std::string out;
    for (const DueLine& l : lines) {
        long days = days_between(today, l.item.date);
        std::string when = days < 0 ? message("due.overdue", lang, {{"days", std::to_string(-days)}})
                                    : days == 0 ? message("due.today", lang)
                                                : message("due.in", lang, {{"days", std::to_string(days)}});
        std::vector<MessageArg> args{{"goal", l.item.goal}, {"text", l.item.text}};
        if (l.item.kind == DueKind::Conversation && !l.item.text.empty())
            args.push_back({"kind", "conversation." + l.item.text, true});
        std::string what = message(l.item.kind == DueKind::Conversation && !l.item.planned ? "due.conversation-required"
                                                                                          : due_kind_key(l.item.kind),
                                   lang, args);
        out += fmt::format("{}  {:<22} {}  {}\n", l.item.date.to_string(), when, printable_text(l.person), what);
    }
    MessageArg n{"n", std::to_string(lines.size())};
    out += message(lines.size() == 1 ? "due.count.one" : "due.count.many", lang, {n});
    if (private_left_out > 0)
        out += "; " + message("due.private-left-out", lang, {{"n", std::to_string(private_left_out)}});
    out += "\n";
    return out;
}

}  // namespace pop
