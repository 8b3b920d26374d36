// The dates.* family: dates in order, not in the future, goals inside their POP and steps inside
// their goal.
//
// Where each rule is:
//   dates.order, dates.future, dates.goal-in-period, dates.step-in-goal, dates.log-in-period
//                                 here: check_dates (dates.future also for the entries of a log).
//   dates.format, dates.invalid   src/core/format/validate.cpp (the validator, where a date value is
//                                 read: "1-8-2025", "2025-02-30"), before a model exists.
// Messages: the catalog keys dates.* in src/core/i18n/messages.cpp.

#include <string>

#include "pop/rules/families.h"

namespace pop {
namespace {

// dates.future: a date of something done, signed or shown lies after today. `what` is the catalog
// key naming it.
void future(PopCheck& check, const Maybe<Date>& date, std::string_view what) {
    if (date && check.context.today < date->value)
        check.add_at(rule::dates_future, *date, "dates.future",
                     {{"date", date->value.to_string()}, {"what", std::string(what), true},
                      {"today", check.context.today.to_string()}});
}

// dates.goal-in-period: the goal starts before the POP's period, or ends after it while it runs.
void in_period(PopCheck& check, const Goal& g, std::string_view name) {
    const Pop& pop = check.pop;
    if (!pop.period_start || !pop.period_end || pop.period_end->value < pop.period_start->value) return;
    std::vector<MessageArg> args{{"goal", std::string(name)},
                                 {"period_start", pop.period_start->value.to_string()},
                                 {"period_end", pop.period_end->value.to_string()}};
    if (g.start && g.start->value < pop.period_start->value)
        check.add_at(rule::dates_goal_in_period, *g.start, "dates.goal-in-period.start", args);
    // A goal that runs on past its POP is taken into the next one (`pop renew`); once the
    // period is over, the POP is a record and the goal lives on in its successor.
    if (g.end && pop.period_end->value < g.end->value && !(pop.period_end->value < check.context.today))
        check.add_at(rule::dates_goal_in_period, *g.end, "dates.goal-in-period.end", args);
}

// dates.future for steps done; dates.step-in-goal: a step due or done outside its goal's dates.
void steps(PopCheck& check, const Goal& g, std::string_view name, bool dates_ordered) {
    for (const Step& s : g.steps) {
        future(check, s.done, "what.step_done");
        if (!dates_ordered) continue;
        std::vector<MessageArg> args{{"goal", std::string(name)}};
        if (g.start) args.push_back({"goal_start", g.start->value.to_string()});
        if (g.end) args.push_back({"goal_end", g.end->value.to_string()});
        if (s.due && ((g.start && s.due->value < g.start->value) || (g.end && g.end->value < s.due->value))) {
            args.push_back({"date", s.due->value.to_string()});
            // The goal date to move so that the step falls inside (the command hint names it).
            args.push_back({"goal_field", g.start && s.due->value < g.start->value ? "start" : "end"});
            check.add_at(rule::dates_step_in_goal, *s.due,
                         g.start && g.end ? "dates.step-in-goal.due" : "dates.step-in-goal.due-open", args);
        } else if (s.done && g.start && s.done->value < g.start->value) {
            args.push_back({"date", s.done->value.to_string()});
            check.add_at(rule::dates_step_in_goal, *s.done, "dates.step-in-goal.done", args);
        } else if (s.done && g.end && g.end->value < s.done->value) {
            args.push_back({"date", s.done->value.to_string()});
            check.add_at(rule::dates_step_in_goal, *s.done, "dates.step-in-goal.done-late", args);
        }
    }
}

// dates.future and dates.log-in-period for the entries of a log (a goal's or the POP's).
void log_entries(PopCheck& check, const std::vector<LogEntry>& log) {
    const Pop& pop = check.pop;
    for (const LogEntry& e : log) {
        future(check, e.date, "what.log");
        if (e.date && pop.period_start && e.date->value < pop.period_start->value)
            check.add_at(rule::dates_log_in_period, *e.date, "dates.log-in-period",
                         {{"date", e.date->value.to_string()}, {"period_start", pop.period_start->value.to_string()}});
    }
}

}  // namespace

bool goal_dates_in_order(const Goal& goal) { return !(goal.start && goal.end && goal.end->value < goal.start->value); }

void check_dates(PopCheck& check) {
    const Pop& pop = check.pop;
    if (pop.period_start && pop.period_end && pop.period_end->value < pop.period_start->value)
        check.add_at(rule::dates_order, *pop.period_end, "dates.order.period",
                     {{"end", pop.period_end->value.to_string()}, {"start", pop.period_start->value.to_string()}});
    for (const Goal& g : pop.goals) {
        std::string_view name = goal_label(g);
        bool dates_ordered = goal_dates_in_order(g);
        if (!dates_ordered)
            check.add_at(rule::dates_order, *g.end, "dates.order.goal",
                         {{"goal", std::string(name)}, {"end", g.end->value.to_string()},
                          {"start", g.start->value.to_string()}});
        else
            in_period(check, g, name);
        if (g.agreed) future(check, g.agreed->date, "what.agreed");
        steps(check, g, name, dates_ordered);
        for (const Evidence& e : g.evidence) future(check, e.date, "what.evidence");
        log_entries(check, g.log);
    }
    log_entries(check, pop.log);
    if (pop.employee_sign) future(check, pop.employee_sign->date, "what.sign_off");
    if (pop.manager_sign) future(check, pop.manager_sign->date, "what.sign_off");
    for (const SelfAssessment& a : pop.self_assessments) future(check, a.date, "what.self_assessment");
}

}  // namespace pop
