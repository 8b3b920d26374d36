#include "pop/reports/status.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "pop/base/json.h"
#include "pop/base/text.h"
#include "pop/model/facts.h"

namespace pop {

StatusView build_status(const Pop& pop, const Policy& policy, const Date& today) {
    StatusView view;
    view.name = pop.person.name ? pop.person.name->value : "";
    view.id = pop.person.id ? pop.person.id->value : "";
    if (pop.period_start) view.start = pop.period_start->value;
    if (pop.period_end) {
        view.end = pop.period_end->value;
        view.days_left = days_between(today, pop.period_end->value);
    }
    for (const Goal& g : pop.goals) {
        GoalView gv;
        gv.id = g.id ? g.id->value : "?";
        gv.title = g.title ? g.title->value : "";
        gv.status = g.status;
        gv.steps_total = static_cast<int>(g.steps.size());
        for (const Step& s : g.steps) {
            if (s.done) {
                ++gv.steps_done;
                continue;
            }
            bool earlier = s.due && (!gv.next_step_due || s.due->value < *gv.next_step_due);
            if (gv.next_step.empty() || earlier) {
                if (gv.next_step.empty() || s.due) {
                    gv.next_step = s.what ? s.what->value : "";
                    gv.next_step_due = s.due ? std::optional<Date>(s.due->value) : std::nullopt;
                }
            }
        }
        if (g.end) gv.days_left = days_between(today, g.end->value);
        for (const Evidence& e : g.evidence)
            if (e.date && (!gv.latest_evidence_date || *gv.latest_evidence_date < e.date->value)) {
                gv.latest_evidence_date = e.date->value;
                gv.latest_evidence = e.what ? e.what->value : "";
            }
        view.goals.push_back(std::move(gv));
    }
    auto conversation = [](const Conversation* c) -> std::optional<ConversationView> {
        if (!c) return std::nullopt;
        return ConversationView{std::string(conversation_word(c->kind)), c->date->value};
    };
    view.last_conversation = conversation(last_conversation(pop, today));
    view.next_conversation = conversation(next_conversation(pop, today));
    view.reminders = check_reminders(pop, policy, today);
    view.hours_per_year = planned_hours_per_year(pop);
    view.budget_per_year = planned_budget_per_year(pop);
    view.hours_allowance = policy.hours_per_year;
    view.budget_allowance = policy.budget_per_year;
    add_school_year(view, pop, policy, nullptr, today);
    return view;
}

void add_school_year(StatusView& view, const Pop& pop, const Policy& policy, const Roster* roster, const Date& today) {
    view.school_year = accounts_until(policy, staff_terms_of(pop, roster), amounts_by_school_year(pop, policy.school_year_start),
                                      school_year_of(today, policy.school_year_start))
                           .back();
    // The self-assessment: what the role requires depends on the roster (role group, start date).
    view.framework = policy.competence_framework;
    if (view.framework)
        view.assessment = summarize_assessments(pop, *view.framework, role_info(policy, staff_terms_of(pop, roster), today), today);
}

}  // namespace pop
