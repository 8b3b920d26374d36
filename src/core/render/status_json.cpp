// `pop status --format json`: the "pop-status" document, version 1.
#include <cmath>

#include "pop/base/json.h"
#include "pop/base/text.h"
#include "pop/model/names.h"
#include "pop/render/status.h"

namespace pop {
namespace {


}  // namespace

std::string render_status_json(const StatusView& view, const std::string& path, Lang lang, const Date& today) {
    JsonWriter w;
    w.begin_object();
    w.key("format").value("pop-status");
    w.key("version").value(std::int64_t{1});
    w.key("today").value(today.to_string());
    w.key("path").value(printable_text(path));
    w.key("person").begin_object().key("id").value(view.id).key("name").value(view.name).end_object();
    w.key("period").begin_object();
    if (view.start) w.key("start").value(view.start->to_string());
    if (view.end) w.key("end").value(view.end->to_string());
    w.end_object();
    auto conversation = [&](std::string_view key, const std::optional<ConversationView>& c) {
        if (!c) return;
        w.key(key).begin_object().key("kind").value(c->kind).key("date").value(c->date.to_string()).end_object();
    };
    // Planned per year and the policy's allowance: full numbers, null when unknown or unlimited.
    auto number = [&](std::string_view key, const std::optional<double>& v) {
        if (v && std::isfinite(*v)) w.key(key).number(*v);
        else w.key(key).null();
    };
    w.key("per_year").begin_object();
    number("hours", view.hours_per_year);
    number("budget", view.budget_per_year);
    number("hours_allowance", view.hours_allowance);
    number("budget_allowance", view.budget_allowance);
    w.end_object();
    // Today's school year: planned and spent (the ledger) against the allowance; null: no allowance.
    const YearAccount& year = view.school_year;
    w.key("school_year").begin_object();
    w.key("name").value(school_year_name(year.amounts.year));
    w.key("planned_hours").number(year.amounts.planned_hours);
    w.key("spent_hours").number(year.amounts.spent_hours());
    number("allowance_hours", year.allowance.hours);
    number("carried_hours", year.allowance.hours ? std::optional<double>(year.carried_hours) : std::nullopt);
    number("left_hours", year.left_hours);
    w.key("planned_euros").number(year.amounts.planned_euros);
    w.key("spent_euros").number(year.amounts.spent_euros());
    number("allowance_euros", year.allowance.euros);
    number("carried_euros", year.allowance.euros ? std::optional<double>(year.carried_euros) : std::nullopt);
    number("left_euros", year.left_euros);
    w.end_object();
    conversation("last_conversation", view.last_conversation);
    conversation("next_conversation", view.next_conversation);
    // The latest self-assessment (only with a framework and an assessment dated up to today).
    if (view.framework && view.assessment.date) {
        const AssessmentSummary& a = view.assessment;
        w.key("self_assessment").begin_object();
        w.key("framework").value(view.framework->id);
        w.key("date").value(a.date->to_string());
        if (a.previous_date) w.key("previous_date").value(a.previous_date->to_string());
        w.key("areas").begin_array();
        for (const AreaStanding& s : a.areas) {
            w.begin_object().key("area").value(s.area);
            auto optional = [&](std::string_view key, const std::string& v) {
                if (v.empty()) w.key(key).null();
                else w.key(key).value(v);
            };
            optional("level", s.level);
            optional("previous_level", s.previous_level);
            optional("manager_level", s.manager_level);
            optional("required_level", s.required_level);
            w.key("below_required").value(s.below_required);
            w.key("goals").begin_array();
            for (const std::string& g : s.goal_ids) w.value(g);
            w.end_array().end_object();
        }
        w.end_array().end_object();
    }
    w.key("goals").begin_array();
    for (const GoalView& g : view.goals) {
        w.begin_object();
        w.key("id").value(g.id);
        w.key("title").value(g.title);
        w.key("status").value(goal_status_word(g.status));
        w.key("steps_done").value(std::int64_t{g.steps_done});
        w.key("steps_total").value(std::int64_t{g.steps_total});
        if (g.days_left) w.key("days_left").value(std::int64_t{*g.days_left});
        if (!g.next_step.empty()) {
            w.key("next_step").begin_object().key("what").value(g.next_step);
            if (g.next_step_due) w.key("due").value(g.next_step_due->to_string());
            w.end_object();
        }
        if (g.latest_evidence_date)
            w.key("latest_evidence").begin_object().key("what").value(g.latest_evidence).key("date").value(
                g.latest_evidence_date->to_string()).end_object();
        w.end_object();
    }
    w.end_array();
    w.key("reminders").begin_array();
    for (const Finding& f : view.reminders) {
        w.begin_object();
        w.key("rule").value(f.rule.text());
        w.key("line").value(static_cast<std::int64_t>(f.at.line));
        w.key("column").value(static_cast<std::int64_t>(f.at.column));
        w.key("message").value(finding_message(f, lang));
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.str();
}

}  // namespace pop
