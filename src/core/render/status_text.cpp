// `pop status`: a teacher's view of one POP as text.
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "pop/base/rounding.h"
#include "pop/base/text.h"
#include "pop/model/facts.h"
#include "pop/model/names.h"
#include "pop/render/render_check.h"
#include "pop/render/status.h"

namespace pop {
namespace {


// A bar of `width` cells for done of total.
std::string progress_bar(int done, int total, int width) {
    int filled = total > 0 ? static_cast<int>(std::lround(static_cast<double>(done) * width / total)) : 0;
    return "[" + std::string(filled, '#') + std::string(width - filled, '-') + "]";
}

std::string message(std::string_view key, Lang lang, std::vector<MessageArg> args = {}) {
    return render_message(key, lang, args);
}

// A level's name in `lang` ("" stays "").
std::string level_name(const CompetenceFramework& f, const std::string& id, Lang lang) {
    const CompetenceLevel* l = f.find_level(id);
    return !l ? id : lang == Lang::En ? l->name_en : l->name_nl;
}

// The self-assessment: its date, then one line per area with its change, what is required and the goals.
std::string assessment_lines(const StatusView& view, Lang lang) {
    if (!view.framework || !view.assessment.date) return {};
    const CompetenceFramework& f = *view.framework;
    const AssessmentSummary& a = view.assessment;
    std::string out = "  " + (a.previous_date ? message("status.assessment.heading-previous", lang,
                                                        {{"date", a.date->to_string()}, {"previous", a.previous_date->to_string()}})
                                              : message("status.assessment.heading", lang, {{"date", a.date->to_string()}})) + "\n";
    for (const AreaStanding& s : a.areas) {
        const CompetenceArea* area = f.find_area(s.area);
        std::string line = printable_text(lang == Lang::En ? area->name_en : area->name_nl) + ": ";
        if (s.level.empty()) {
            line += message("status.assessment.not-assessed", lang);
        } else {
            line += level_name(f, s.level, lang);
            if (!s.previous_level.empty() && s.previous_level != s.level)
                line += " " + message("status.assessment.was", lang, {{"level", level_name(f, s.previous_level, lang)}});
        }
        if (!s.required_level.empty())
            line += ", " + message("status.assessment.required", lang, {{"level", level_name(f, s.required_level, lang)}});
        if (!s.goal_ids.empty()) {
            std::string goals;
            for (const std::string& g : s.goal_ids) goals += (goals.empty() ? "" : ", ") + g;
            line += ", " + message("status.assessment.goals", lang, {{"n", std::to_string(s.goal_ids.size())}, {"goals", goals}});
        }
        out += "    " + line + "\n";
    }
    return out;
}

}  // namespace

std::string render_status_text(const StatusView& view, const std::string& path, Lang lang, bool color) {
    std::string out;
    std::string period = view.start && view.end ? view.start->to_string() + " – " + view.end->to_string() : "?";
    out += message("status.heading", lang, {{"name", view.name}, {"id", view.id}, {"period", period}});
    if (view.days_left)
        out += ", " + message(*view.days_left >= 0 ? "status.days-left" : "status.days-past", lang,
                             {{"days", std::to_string(*view.days_left)}});
    out += "\n";
    // The conversations: the last one held and the next one planned, each with its kind.
    auto conversation = [&](std::string_view key, const ConversationView& c) {
        MessageArg kind{"kind", "conversation." + c.kind, c.kind != "?"};
        if (c.kind == "?") kind.value = "?";
        return "  " + message(key, lang, {kind, {"date", c.date.to_string()}}) + "\n";
    };
    if (view.last_conversation) out += conversation("status.last-conversation", *view.last_conversation);
    else out += "  " + message("status.no-conversation", lang) + "\n";
    if (view.next_conversation) out += conversation("status.next-conversation", *view.next_conversation);
    // Hours and euros planned per year beside the policy's allowance.
    auto allowance = [&](const std::optional<double>& a) {
        return a ? rounded_text(*a) : message("report.allowance.none", lang);
    };
    if (view.hours_per_year)
        out += "  " + message("status.hours-per-year", lang, {{"hours", rounded_text(*view.hours_per_year)},
                                                             {"allowance", allowance(view.hours_allowance)}}) + "\n";
    if (view.budget_per_year)
        out += "  " + message("status.budget-per-year", lang, {{"budget", rounded_text(*view.budget_per_year)},
                                                              {"allowance", allowance(view.budget_allowance)}}) + "\n";
    // Today's school year from the ledger: spent against planned and the allowance (only once
    // something is logged in it).
    const YearAccount& year = view.school_year;
    MessageArg year_name{"year", school_year_name(year.amounts.year)};
    if (year.amounts.spent_hours() > 0) {
        if (year.allowance.hours)
            out += "  " + message("hours.status.hours", lang,
                                  {year_name, {"spent", rounded_text(year.amounts.spent_hours())},
                                   {"available", rounded_text(*year.allowance.hours + year.carried_hours)},
                                   {"planned", rounded_text(year.amounts.planned_hours)},
                                   {"left", rounded_text(*year.left_hours)}}) + "\n";
        else
            out += "  " + message("hours.status.hours-no-allowance", lang,
                                  {year_name, {"spent", rounded_text(year.amounts.spent_hours())},
                                   {"planned", rounded_text(year.amounts.planned_hours)}}) + "\n";
    }
    if (year.amounts.spent_euros() > 0) {
        if (year.allowance.euros)
            out += "  " + message("hours.status.euros", lang,
                                  {year_name, {"spent", rounded_text(year.amounts.spent_euros())},
                                   {"available", rounded_text(*year.allowance.euros + year.carried_euros)},
                                   {"planned", rounded_text(year.amounts.planned_euros)},
                                   {"left", rounded_text(*year.left_euros)}}) + "\n";
        else
            out += "  " + message("hours.status.euros-no-allowance", lang,
                                  {year_name, {"spent", rounded_text(year.amounts.spent_euros())},
                                   {"planned", rounded_text(year.amounts.planned_euros)}}) + "\n";
    }
    out += assessment_lines(view, lang);
    out += "\n";
    for (const GoalView& g : view.goals) {
        // A goal without steps shows no bar: "0/0" of an achieved goal is not a lack of progress.
        std::string progress = g.steps_total > 0 ? fmt::format("{} {}/{}", progress_bar(g.steps_done, g.steps_total, 10),
                                                               g.steps_done, g.steps_total)
                                                 : fmt::format("{:<16}", message("status.no-steps", lang));
        out += fmt::format("  {}  {}  {}", progress, g.id, message(goal_status_key(g.status), lang));
        bool open = goal_is_open(g.status);
        if (open && g.days_left)
            out += ", " + message(*g.days_left >= 0 ? "status.days-left" : "status.days-past", lang,
                                  {{"days", std::to_string(*g.days_left)}});
        out += "\n      " + printable_text(g.title) + "\n";
        if (open && !g.next_step.empty())
            out += "      " + message(g.next_step_due ? "status.next-step" : "status.next-step-undated", lang,
                                      {{"what", g.next_step},
                                       {"date", g.next_step_due ? g.next_step_due->to_string() : ""}}) + "\n";
        if (g.latest_evidence_date)
            out += "      " + message("status.latest-evidence", lang,
                                      {{"what", g.latest_evidence}, {"date", g.latest_evidence_date->to_string()}}) + "\n";
    }
    out += "\n";
    if (view.reminders.empty()) {
        out += message("status.no-reminders", lang) + "\n";
        return out;
    }
    out += message("status.reminders", lang, {{"n", std::to_string(view.reminders.size())}}) + "\n";
    FileReport report{path, FileKind::Pop, false, view.reminders};
    out += render_findings_text(std::span(&report, 1), TextOptions{lang, color});
    return out;
}

}  // namespace pop
