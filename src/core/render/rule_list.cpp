// `pop check --list`: the rule registry as text and as JSON.
#include <algorithm>

#include <fmt/format.h>

#include "check_internal.h"
#include "pop/base/json.h"
#include "pop/base/utf8.h"

namespace pop {

using check_render::severity_token;
using check_render::severity_word;

std::string render_rule_list(Lang lang) {
    // The severity in the language, in a column one wider than the longer of the two words
    // ("warning", "waarschuwing"): 8 in English, as it always was.
    std::string error = severity_word(Severity::Error, lang), warning = severity_word(Severity::Warning, lang);
    std::size_t width = std::max(utf8::count(error), utf8::count(warning)) + 1;
    std::string out;
    for (const Rule& r : all_rules())
        out += fmt::format("{:<28} {:<{}} {}\n", r.id.text(), r.severity == Severity::Error ? error : warning, width,
                           is_dutch(lang) ? r.description_nl : r.description_en);
    return out;
}

std::string render_rule_list_json(Lang lang) {
    JsonWriter w;
    w.begin_object();
    w.key("format").value("pop-rules");
    w.key("version").value(std::int64_t{1});
    w.key("rules").begin_array();
    for (const Rule& r : all_rules()) {
        w.begin_object();
        w.key("id").value(r.id.text());
        w.key("severity").value(severity_token(r.severity));
        w.key("description").value(is_dutch(lang) ? r.description_nl : r.description_en);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.str();
}

}  // namespace pop
