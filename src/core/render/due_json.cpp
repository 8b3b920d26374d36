// `pop due --format json`: the "pop-due" document, version 1.
#include "catalog_keys.h"
#include "pop/base/json.h"
#include "pop/base/text.h"
#include "pop/render/status.h"

namespace pop {
namespace {

using render_keys::due_kind_name;

}  // namespace

std::string render_due_json(const std::vector<DueLine>& lines, const Date& today, std::size_t private_left_out,
                            const DueOutputOptions& options) {
    JsonWriter w;
    w.begin_object();
    w.key("format").value("pop-due");
    w.key("version").value(std::int64_t{1});
    w.key("today").value(today.to_string());
    if (!options.missing.empty()) {  // --partial: the files left out
        w.key("missing").begin_array();
        for (const std::string& m : options.missing) w.value(printable_text(m));
        w.end_array();
    }
    w.key("items").begin_array();
    for (const DueLine& l : lines) {
        w.begin_object();
        w.key("date").value(l.item.date.to_string());
        w.key("kind").value(due_kind_name(l.item.kind));
        w.key("overdue").value(l.item.overdue);
        w.key("planned").value(l.item.planned);
        w.key("path").value(printable_text(l.path));
        w.key("person").value(l.person);
        if (!l.person_id.empty()) w.key("person_id").value(l.person_id);
        if (!l.item.goal.empty()) w.key("goal").value(l.item.goal);
        if (!l.item.text.empty()) w.key("text").value(l.item.text);
        w.key("line").value(static_cast<std::int64_t>(l.item.at.line));
        w.end_object();
    }
    w.end_array();
    w.key("private_left_out").value(static_cast<std::int64_t>(private_left_out));
    w.end_object();
    return w.str();
}

}  // namespace pop
