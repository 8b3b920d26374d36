// `pop sheet` as values: one person's POP prepared for the next conversation.
#include "pop/reports/sheet.h"

#include <algorithm>

#include "pop/model/facts.h"
#include "pop/reports/status.h"
#include "pop/rules/rule_id.h"

namespace pop {
namespace {

std::string text_of(const Maybe<std::string>& value) { return value ? value->value : std::string(); }

template <class T>
std::optional<T> value_of(const Maybe<T>& value) {
    return value ? std::optional<T>(value->value) : std::nullopt;
}

SheetConversation conversation_of(const Conversation& c) {
    return {std::string(conversation_word(c.kind)), c.date->value, text_of(c.with), text_of(c.agreements), c.is_private};
}

/// Steps done, evidence and log entries dated after `since`, by date (file order within a day).
std::vector<SheetActivity> activities_after(const Pop& pop, const Date& since) {
    std::vector<SheetActivity> out;
    auto log_entries = [&](const std::vector<LogEntry>& log, const std::string& goal, bool goal_private) {
        for (const LogEntry& e : log)
            if (e.date && e.date->value > since)
                out.push_back({SheetActivity::Kind::Log, e.date->value, goal, text_of(e.what), value_of(e.hours),
                               e.is_private || goal_private});
    };
    for (const Goal& g : pop.goals) {
        std::string goal = text_of(g.id);
        for (const Step& s : g.steps)
            if (s.done && s.done->value > since)
                out.push_back({SheetActivity::Kind::StepDone, s.done->value, goal, text_of(s.what), std::nullopt,
                               s.is_private || g.is_private});
        for (const Evidence& e : g.evidence)
            if (e.date && e.date->value > since)
                out.push_back({SheetActivity::Kind::Evidence, e.date->value, goal, text_of(e.what), std::nullopt,
                               e.is_private || g.is_private});
        log_entries(g.log, goal, g.is_private);
    }
    log_entries(pop.log, "", false);
    std::stable_sort(out.begin(), out.end(), [](const SheetActivity& a, const SheetActivity& b) { return a.date < b.date; });
    return out;
}

SheetGoal goal_of(const Goal& g, const Date& today) {
    SheetGoal out;
    out.id = text_of(g.id);
    out.title = text_of(g.title);
    out.status = g.status;
    out.specific = text_of(g.specific);
    out.measurable = text_of(g.measurable);
    out.inspiring = text_of(g.inspiring);
    if (g.agreed) {
        out.agreed_by = text_of(g.agreed->name);
        out.agreed_on = value_of(g.agreed->date);
    }
    out.realistic_note = text_of(g.realistic_note);
    out.start = value_of(g.start);
    out.end = value_of(g.end);
    out.competence = text_of(g.competence);
    out.hours_planned = value_of(g.hours);
    out.budget = value_of(g.budget);
    for (const LogEntry& e : g.log) {
        if (e.hours) out.hours_spent += e.hours->value;
        if (e.euros) out.euros_spent += e.euros->value;
    }
    for (const Step& s : g.steps) {
        SheetStep step{text_of(s.what), value_of(s.due), value_of(s.done), false, s.is_private};
        step.overdue = !step.done && step.due && *step.due < today;
        out.steps_done += step.done ? 1 : 0;
        out.steps.push_back(std::move(step));
    }
    out.steps_total = static_cast<int>(g.steps.size());
    for (const Evidence& e : g.evidence)
        out.evidence.push_back({value_of(e.date), text_of(e.what), text_of(e.link), text_of(e.file), e.is_private});
    out.is_private = g.is_private;
    return out;
}

}  // namespace

std::optional<Date> last_conversation_date(const Pop& pop, const Date& today) {
    const Conversation* c = last_conversation(pop, today);
    return c && c->date ? std::optional<Date>(c->date->value) : std::nullopt;
}

Sheet build_sheet(const SheetInput& input, const Date& today) {
    // --public works on the public view, so nothing private can reach any part of the sheet.
    Pop pop = input.public_only ? public_view(*input.pop) : *input.pop;
    if (input.public_only)  // public_view keeps their levels; the sheet leaves them out whole
        std::erase_if(pop.self_assessments, [](const SelfAssessment& a) { return a.is_private; });
    const Policy& policy = *input.policy;
    Sheet sheet;
    sheet.today = today;
    sheet.public_only = input.public_only;
    sheet.name = text_of(pop.person.name);
    sheet.id = text_of(pop.person.id);
    sheet.role = text_of(pop.person.role);
    sheet.school = text_of(pop.person.school);
    sheet.team = text_of(pop.person.team);
    sheet.manager = text_of(pop.person.manager);
    sheet.start = value_of(pop.period_start);
    sheet.end = value_of(pop.period_end);
    if (sheet.end) sheet.days_left = days_between(today, *sheet.end);

    StatusView status = build_status(pop, policy, today);
    add_school_year(status, pop, policy, input.roster, today);
    // Steps due or overdue are listed under `due` already (the same window): the other reminders only.
    for (const Finding& f : status.reminders)
        if (f.rule != rule::reminder_step_due && f.rule != rule::reminder_step_overdue) sheet.reminders.push_back(f);
    sheet.school_year = status.school_year;
    sheet.school_year_start = status.school_year_start;

    if (const Conversation* last = last_conversation(pop, today); last && last->date) {
        sheet.last_conversation = conversation_of(*last);
        Date since = last->date->value;
        sheet.activities = activities_after(pop, since);
        if (input.baseline) {
            sheet.change_source = ChangeSource::History;
            sheet.changes = diff_pops(input.public_only ? public_view(*input.baseline) : *input.baseline, pop);
        } else {
            sheet.change_source = ChangeSource::File;
        }
    }
    if (const Conversation* next = next_conversation(pop, today); next && next->date)
        sheet.next_conversation = conversation_of(*next);

    for (const DueItem& item : due_items(pop, policy, today))
        if (item.overdue || item.date <= today.plus_days(policy.step_due_days)) sheet.due.push_back(item);
    for (const Goal& g : pop.goals) sheet.goals.push_back(goal_of(g, today));
    if (policy.competence_framework) {
        sheet.framework = policy.competence_framework;
        RoleInfo role = role_info(policy, staff_terms_of(pop, input.roster), today);
        sheet.assessment = summarize_assessments(pop, *sheet.framework, role, today);
    }

    if (!input.public_only) {
        auto any = [](const auto& items) {
            return std::any_of(items.begin(), items.end(), [](const auto& i) { return i.is_private; });
        };
        sheet.has_private = any(sheet.goals) || any(sheet.activities) || any(sheet.due) ||
                            (sheet.last_conversation && sheet.last_conversation->is_private) ||
                            (sheet.next_conversation && sheet.next_conversation->is_private) ||
                            (sheet.assessment.date && sheet.assessment.is_private);
        for (const SheetGoal& g : sheet.goals) sheet.has_private = sheet.has_private || any(g.steps) || any(g.evidence);
    }
    return sheet;
}

}  // namespace pop
