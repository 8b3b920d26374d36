// `pop due`: what falls due across POPs, a line each.
#include <algorithm>

#include "catalog_keys.h"
#include "pop/base/text.h"
#include "pop/base/utf8.h"
#include "pop/render/status.h"

namespace pop {
namespace {

using render_keys::due_kind_key;

std::string message(std::string_view key, Lang lang, std::vector<MessageArg> args = {}) {
    return render_message(key, lang, args);
}

}  // namespace

std::string render_due_text(const std::vector<DueLine>& lines, const Date& today, Lang lang,
                            std::size_t private_left_out, const DueOutputOptions& options) {
    // Three columns before the item: the date, when, the person; aligned by display width
    // (characters, not bytes: "Zoë" is three wide).
    struct Cells {
        std::string when, person, what;
    };
    std::vector<Cells> rows;
    std::size_t when_width = 0, person_width = 0;
    for (const DueLine& l : lines) {
        long days = days_between(today, l.item.date);
        std::string when = days < 0 ? message("due.overdue", lang, {{"days", std::to_string(-days)}})
                                    : day_distance(days, lang);
        std::vector<MessageArg> args{{"goal", l.item.goal}, {"text", l.item.text}};
        if (l.item.kind == DueKind::Conversation && !l.item.text.empty())
            args.push_back({"kind", "conversation." + l.item.text, true});
        std::string what = message(l.item.kind == DueKind::Conversation && !l.item.planned ? "due.conversation-required"
                                                                                          : due_kind_key(l.item.kind),
                                   lang, args);
        rows.push_back({std::move(when), printable_text(l.person), printable_text(what)});
        when_width = std::max(when_width, utf8::count(rows.back().when));
        person_width = std::max(person_width, utf8::count(rows.back().person));
    }
    // A width to fit (a terminal, or --width): when a line is too long, the person column takes at
    // most a quarter of the width (never below 10), and the item the rest (never below 20), cut.
    constexpr std::size_t kDateWidth = 10, kGaps = 6, kMinPerson = 10, kMinWhat = 20;
    std::size_t what_width = 0;  // 0: no limit
    if (options.width > 0) {
        std::size_t width = static_cast<std::size_t>(options.width);
        std::size_t fixed = kDateWidth + kGaps + when_width;
        std::size_t what_max = 0;
        for (const Cells& c : rows) what_max = std::max(what_max, utf8::count(c.what));
        if (fixed + person_width + what_max > width) {
            std::size_t room = width > fixed + kMinWhat ? width - fixed - kMinWhat : 0;  // what the item leaves
            person_width = std::min(person_width, std::max(kMinPerson, std::min(width / 4, room)));
        }
        what_width = std::max(kMinWhat, width > fixed + person_width ? width - fixed - person_width : 0);
    }
    auto pad = [](std::string s, std::size_t width) {
        std::size_t w = utf8::count(s);
        if (w > width) return utf8::shorten(s, width);
        return s + std::string(width - w, ' ');
    };
    std::string out;
    if (!options.missing.empty()) {  // --partial: the first line says what is left out
        out += printable_text(message("ui.partial.notice", lang, {{"files", list_arg(options.missing)}})) + "\n\n";
    }
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const Cells& c = rows[k];
        std::string what = what_width && utf8::count(c.what) > what_width ? utf8::shorten(c.what, what_width) : c.what;
        out += lines[k].item.date.to_string() + "  " + pad(c.when, when_width) + "  " + pad(c.person, person_width) +
               "  " + what + "\n";
    }
    MessageArg n{"n", std::to_string(lines.size())};
    out += message("due.count", lang, {n});
    if (private_left_out > 0)
        out += "; " + message("due.private-left-out", lang, {{"n", std::to_string(private_left_out)}});
    out += "\n";
    return out;
}

}  // namespace pop
