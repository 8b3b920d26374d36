// `pop report --format json`: the "pop-report" document, version 1 (schemas/report.schema.json).
#include <cmath>

#include "pop/base/json.h"
#include "pop/base/text.h"
#include "report_internal.h"

namespace pop::report_render {
namespace {

// A number in full, or null when it is not finite (JSON has no inf or nan) or left out.
void number_or_null(JsonWriter& w, const char* key, double value, bool left_out = false) {
    if (left_out || !std::isfinite(value)) w.key(key).null();
    else w.key(key).number(value);
}

// An allowance of the policy: a number, or null for no limit.
void allowance_or_null(JsonWriter& w, const char* key, const std::optional<double>& value) {
    if (value) number_or_null(w, key, *value);
    else w.key(key).null();
}

// JSON, written in three parts so that the people need not be held: the head up to the people
// array, each person as an object of its own (indented as it sits in the array), and the rest as
// an object whose opening brace becomes the comma after the array. The bytes are those of one
// JsonWriter over the whole report.
void write_json(const TeamReport& r, const PeopleRows& people, const ReportOptions& o, Out& out) {
    JsonWriter head;
    head.begin_object();
    head.key("format").value("pop-report");
    head.key("version").value(std::int64_t{1});
    head.key("today").value(r.today.to_string());
    head.key("pops").value(std::int64_t{r.pops});
    if (!o.missing.empty()) {  // --partial: the files left out, before the people
        head.key("missing").begin_array();
        for (const std::string& m : o.missing) head.value(printable_text(m));
        head.end_array();
    }
    head.key("allowance").begin_object();
    allowance_or_null(head, "hours_per_year", r.allowance.hours);
    allowance_or_null(head, "budget_per_year", r.allowance.budget);
    head.key("varies").value(r.allowance.varies);
    head.end_object();
    head.key("people").begin_array();
    out += head.str();
    bool first = true;
    std::string indented;
    people.each([&](const PersonRow& p) {
        JsonWriter w;
        auto opt_date = [&](const char* key, const std::optional<Date>& d) {
            if (d) w.key(key).value(d->to_string());
            else w.key(key).null();
        };
        w.begin_object();
        w.key("id").value(p.id);
        w.key("name").value(p.name);
        w.key("team").value(p.team);
        w.key("on_roster").value(p.on_roster);
        w.key("has_current_pop").value(p.has_current_pop);
        w.key("state").value(std::string(pop_state_word(p.state)));
        opt_date("expired_on", p.expired_on);
        w.key("errors").value(std::int64_t{p.errors});
        if (p.path.empty()) w.key("path").null();
        else w.key("path").value(printable_text(p.path));
        opt_date("period_end", p.period_end);
        w.key("goals").value(std::int64_t{p.goals});
        w.key("goals_achieved").value(std::int64_t{p.goals_achieved});
        w.key("steps_done").value(std::int64_t{p.steps_done});
        w.key("steps_total").value(std::int64_t{p.steps_total});
        opt_date("last_conversation", p.last_conversation);
        opt_date("next_conversation", p.next_conversation);
        number_or_null(w, "hours_per_year", p.hours_per_year, p.has_current_pop && p.invalid.hours);
        number_or_null(w, "budget_per_year", p.budget_per_year, p.has_current_pop && p.invalid.budget);
        w.key("warnings").begin_array();
        for (const std::string& x : p.warnings) w.value(x);
        w.end_array();
        w.end_object();
        // The object at depth 2 of the whole document: 4 more spaces after each line break (line
        // breaks inside strings are escaped, so every '\n' is JsonWriter's), no final line break.
        std::string_view object = w.str();
        object.remove_suffix(1);
        indented = first ? "\n    " : ",\n    ";
        for (char c : object) {
            indented += c;
            if (c == '\n') indented += "    ";
        }
        out += indented;
        first = false;
    });
    out += first ? "]" : "\n  ]";
    JsonWriter w;
    w.begin_object();
    w.key("teams").begin_array();
    for (const TeamRow& t : r.teams) {
        w.begin_object();
        w.key("team").value(t.team);
        w.key("people").value(std::int64_t{t.people});
        w.key("with_current_pop").value(std::int64_t{t.with_current_pop});
        w.key("goals").value(std::int64_t{t.goals});
        w.key("steps_done").value(std::int64_t{t.steps_done});
        w.key("steps_total").value(std::int64_t{t.steps_total});
        number_or_null(w, "hours_per_year", t.hours_per_year);
        number_or_null(w, "budget_per_year", t.budget_per_year);
        w.key("warnings").value(std::int64_t{t.warnings});
        w.end_object();
    }
    w.end_array();
    auto counts = [&](const char* key, const std::vector<CountRow>& rows) {
        w.key(key).begin_array();
        for (const CountRow& row : rows) {
            w.begin_object();
            w.key("key").value(row.key);
            if (!row.label.empty()) w.key("label").value(row.label);
            if (row.suppressed != Suppressed::No) {  // no numbers, no examples
                w.key("suppressed").value(true);
                w.key("reason").value(row.suppressed == Suppressed::SmallGroup ? "small_group" : "complementary");
                w.end_object();
                continue;
            }
            w.key("goals").value(std::int64_t{row.goals});
            w.key("people").value(std::int64_t{row.people});
            w.key("examples").begin_array();
            for (const std::string& e : row.examples) w.value(e);
            w.end_array();
            w.end_object();
        }
        w.end_array();
    };
    w.key("min_group_size").value(std::int64_t{r.min_group_size});
    counts("school_goals", r.school_goals);
    counts("themes", r.themes);
    counts("methods", r.methods);
    counts("learning", r.learning);
    counts("competences", r.competences);
    // Self-assessments below the required level: per framework, per area in framework order.
    w.key("assessments").begin_array();
    for (const AssessmentGroup& group : r.assessments) {
        w.begin_object();
        w.key("framework").value(group.framework);
        w.key("name").value(assessment_name(group.name_nl, group.name_en, o.lang));
        w.key("areas").begin_array();
        for (const AssessmentAreaRow& row : group.areas) {
            w.begin_object();
            w.key("area").value(row.area);
            w.key("name").value(assessment_name(row.name_nl, row.name_en, o.lang));
            if (row.assessed_suppressed) w.key("assessed").null();
            else w.key("assessed").value(std::int64_t{row.assessed});
            if (row.suppressed != Suppressed::No) {  // no count
                w.key("below").null();
                w.key("suppressed").value(true);
                w.key("reason").value(row.suppressed == Suppressed::SmallGroup ? "small_group" : "complementary");
            } else {
                w.key("below").value(std::int64_t{row.below});
            }
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.key("left_out").begin_object();
    w.key("private_goals").value(std::int64_t{r.left_out.private_goals});
    w.key("private_steps").value(std::int64_t{r.left_out.private_steps});
    w.key("private_evidence").value(std::int64_t{r.left_out.private_evidence});
    w.key("private_conversations").value(std::int64_t{r.left_out.private_conversations});
    w.key("conversation_notes").value(std::int64_t{r.left_out.notes});
    w.key("reflections").value(std::int64_t{r.left_out.reflections});
    w.end_object();
    const LeftOutForErrors& e = r.left_out_for_errors;
    w.key("left_out_for_errors").begin_object();
    w.key("hours").value(std::int64_t{e.hours});
    w.key("budget").value(std::int64_t{e.budget});
    w.key("methods").value(std::int64_t{e.methods});
    w.key("learning").value(std::int64_t{e.learning});
    w.key("competences").value(std::int64_t{e.competences});
    w.end_object();
    w.end_object();
    out += ",";
    out += std::string_view(w.str()).substr(1);
}

}  // namespace

void write_report_json(const TeamReport& report, const PeopleRows& people, const ReportOptions& options,
                       const ReportSink& sink) {
    Out out(sink);
    write_json(report, people, options, out);
    out.flush();
}

}  // namespace pop::report_render
