// `pop diff --format json`: the "pop-diff" document, version 1.
#include "catalog_keys.h"
#include "pop/base/json.h"
#include "pop/base/text.h"
#include "pop/reports/pop_diff.h"

namespace pop {
namespace {

using render_keys::message_key;

}  // namespace

std::string render_diff_json(const std::vector<PopChange>& changes, const std::string& path, const std::string& since,
                             const Person& person) {
    JsonWriter w;
    w.begin_object();
    w.key("format").value("pop-diff");
    w.key("version").value(std::int64_t{1});
    w.key("path").value(printable_text(path));
    w.key("since").value(since);
    w.key("person").begin_object();
    if (person.id) w.key("id").value(person.id->value);
    if (person.name) w.key("name").value(person.name->value);
    w.end_object();
    w.key("changes").begin_array();
    for (const PopChange& c : changes) {
        w.begin_object();
        std::string_view key = message_key(c.kind);
        w.key("kind").value(key.substr(5));  // without "diff."
        if (!c.goal.empty()) w.key("goal").value(c.goal);
        if (!c.text.empty()) w.key("text").value(c.text);
        if (!c.from.empty()) w.key("from").value(c.from);
        if (!c.to.empty()) w.key("to").value(c.to);
        if (!c.date.empty()) w.key("date").value(c.date);
        if (!c.fields.empty()) {
            w.key("fields").begin_array();
            for (const std::string& f : c.fields) w.value(f);
            w.end_array();
        }
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.str();
}

}  // namespace pop
