// `pop hours --format json`: the "pop-hours" document, version 1 (schemas/hours-output.schema.json).
// Numbers in full (not rounded); an absent allowance is null. Goals and entries only for one person.
#include <functional>
#include <string_view>

#include "pop/base/json.h"
#include "pop/render/hours.h"

namespace pop {
namespace {

void optional_number(JsonWriter& w, std::string_view key, const std::optional<double>& v) {
    w.key(key);
    if (v) w.number(*v);
    else w.null();
}

void split(JsonWriter& w, std::string_view key, const std::array<double, kLearningKinds>& values) {
    w.key(key).begin_object();
    for (std::size_t k = 0; k < kLearningKinds; ++k) w.key(learning_key(static_cast<LearningKind>(k))).number(values[k]);
    w.end_object();
}

void group(JsonWriter& w, const HoursGroup& g, bool with_team) {
    w.begin_object();
    if (with_team) w.key("team").value(g.team);
    w.key("people").value(std::int64_t{g.people});
    w.key("suppressed").value(g.suppressed);
    w.key("planned_hours").number(g.amounts.planned_hours);
    w.key("planned_euros").number(g.amounts.planned_euros);
    w.key("spent_hours").number(g.amounts.spent_hours());
    w.key("spent_euros").number(g.amounts.spent_euros());
    if (!g.suppressed) {
        split(w, "spent_hours_by_learning", g.amounts.hours);
        split(w, "spent_euros_by_learning", g.amounts.euros);
    }
    optional_number(w, "allowance_hours", g.any_allowance ? std::optional<double>(g.allowance_hours) : std::nullopt);
    optional_number(w, "left_hours", g.any_allowance ? std::optional<double>(g.left_hours) : std::nullopt);
    optional_number(w, "allowance_euros", g.any_budget ? std::optional<double>(g.allowance_euros) : std::nullopt);
    optional_number(w, "left_euros", g.any_budget ? std::optional<double>(g.left_euros) : std::nullopt);
    w.end_object();
}

// One person of "people".
void person(JsonWriter& w, const HoursPerson& p, const HoursReport& report) {
    bool statement = report.statement;
    const YearAccount& a = p.account;
    w.begin_object();
    w.key("id").value(p.id);
    w.key("name").value(p.name);
    w.key("team").value(p.team);
    w.key("path").value(p.path);
    w.key("on_roster").value(p.on_roster);
    w.key("role_group").value(p.terms.support ? "support" : "teacher");
    w.key("fte").number(p.terms.fte);
    w.key("start_date");
    if (p.terms.start_date) w.value(p.terms.start_date->to_string());
    else w.null();
    w.key("starter").value(a.allowance.starter);
    w.key("planned_hours").number(a.amounts.planned_hours);
    w.key("planned_euros").number(a.amounts.planned_euros);
    w.key("spent_hours").number(a.amounts.spent_hours());
    w.key("spent_euros").number(a.amounts.spent_euros());
    if (statement) {
        split(w, "spent_hours_by_learning", a.amounts.hours);
        split(w, "spent_euros_by_learning", a.amounts.euros);
    }
    optional_number(w, "allowance_hours", a.allowance.hours);
    w.key("starter_hours").number(a.allowance.starter_hours);
    optional_number(w, "allowance_euros", a.allowance.euros);
    optional_number(w, "carried_hours", a.allowance.hours ? std::optional<double>(a.carried_hours) : std::nullopt);
    optional_number(w, "carried_euros", a.allowance.euros ? std::optional<double>(a.carried_euros) : std::nullopt);
    optional_number(w, "left_hours", a.left_hours);
    optional_number(w, "left_euros", a.left_euros);
    if (statement) {
        w.key("goals").begin_array();
        for (const GoalHours& g : report.goals) {
            w.begin_object();
            w.key("id").value(g.id);
            w.key("title").value(g.title);
            w.key("private").value(g.is_private);
            optional_number(w, "planned_hours", g.planned);
            w.key("planned_hours_in_year").number(g.planned_in_year);
            w.key("spent_hours_in_year").number(g.spent_in_year);
            w.key("spent_euros_in_year").number(g.euros_in_year);
            w.key("spent_hours").number(g.spent_hours);
            w.end_object();
        }
        w.end_array();
        w.key("entries").begin_array();
        for (const EntryLine& e : report.entries) {
            w.begin_object();
            w.key("date").value(e.date.to_string());
            w.key("hours").number(e.hours);
            w.key("euros").number(e.euros);
            w.key("what").value(e.what);
            w.key("goal").value(e.goal);
            w.key("learning").value(learning_key(e.kind));
            w.key("method").value(e.method);
            w.key("private").value(e.is_private);
            w.end_object();
        }
        w.end_array();
    }
    w.end_object();
}

}  // namespace

void write_hours_json(const HoursReport& report, const HoursOutputOptions& options,
                      const std::function<void(std::string_view)>& write) {
    // The frame around the people, written once; each person by a writer of their own and handed
    // to `write` at once, so that memory holds one person's JSON, not the whole document.
    JsonWriter w;
    w.begin_object();
    w.key("format").value("pop-hours");
    w.key("version").value(std::int64_t{1});
    w.key("lang").value(lang_tag(options.lang));
    w.key("school_year").value(school_year_name(report.year, report.start_month));
    w.key("first_day").value(report.first_day.to_string());
    w.key("last_day").value(report.last_day.to_string());
    w.key("statement").value(report.statement);
    w.key("min_group_size").value(std::int64_t{report.min_group_size});
    w.key("people").begin_array();
    std::size_t cut = w.str().size();
    if (!report.people.empty()) w.elements_elsewhere();
    w.end_array();
    w.key("teams").begin_array();
    for (const HoursGroup& g : report.teams) group(w, g, true);
    w.end_array();
    w.key("school");
    group(w, report.school, false);
    w.end_object();
    std::string_view frame = w.str();
    write(frame.substr(0, cut));
    bool first = true;
    for (const HoursPerson& p : report.people) {
        JsonWriter pw(true, 2);  // {"people": [ ... ]}: every person starts with ","
        person(pw, p, report);
        std::string_view text = pw.str();
        if (first) text.remove_prefix(1);  // the first one without it
        first = false;
        write(text);
    }
    write(frame.substr(cut));
    write("\n");
}

std::string render_hours_json(const HoursReport& report, const HoursOutputOptions& options) {
    std::string out;
    write_hours_json(report, options, [&out](std::string_view text) { out += text; });
    return out;
}

}  // namespace pop
