// `pop check --list`: the rule registry as text and as JSON.
#include <fmt/format.h>

#include "check_internal.h"
#include "pop/base/json.h"

namespace pop {

using check_render::severity_token;

std::string render_rule_list(Lang lang) {
    std::string out;
    for (const Rule& r : all_rules())
        out += fmt::format("{:<28} {:<8} {}\n", r.id.text(), severity_token(r.severity),
                           lang == Lang::Nl ? r.description_nl : r.description_en);
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
        w.key("description").value(lang == Lang::Nl ? r.description_nl : r.description_en);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.str();
}

}  // namespace pop
