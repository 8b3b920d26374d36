// Building the team report: each POP reduced to a summary without private content, then added up.
#include "pop/report.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "pop/reminders.h"

namespace pop {
namespace {

std::string text_of(const Maybe<std::string>& v) { return v ? v->value : std::string(); }

// Adds a goal's facts to a counter keyed by value.
struct Counter {
    std::map<std::string, CountRow> rows;
    std::map<std::string, std::set<std::string>> people;

    void add(const std::string& key, const std::string& person, const std::string& example) {
        if (key.empty()) return;
        CountRow& row = rows[key];
        row.key = key;
        ++row.goals;
        people[key].insert(person);
        if (row.examples.size() < 5 && !example.empty() &&
            std::find(row.examples.begin(), row.examples.end(), example) == row.examples.end())
            row.examples.push_back(example);
    }

    // Most used first, then by key.
    std::vector<CountRow> sorted() {
        std::vector<CountRow> out;
        for (auto& [key, row] : rows) {
            row.people = static_cast<int>(people[key].size());
            out.push_back(row);
        }
        std::stable_sort(out.begin(), out.end(), [](const CountRow& a, const CountRow& b) {
            return std::tie(b.goals, a.key) < std::tie(a.goals, b.key);
        });
        return out;
    }
};

}  // namespace

PersonSummary summarize_for_team(const Pop& full, const Policy& policy, const Date& today, const std::string& path) {
    PersonSummary s;
    // What was left out is counted on the whole POP; everything else is computed on what may be
    // shown, so that reminders and dates cannot reveal a private goal, step or conversation.
    for (const Goal& g : full.goals) {
        if (g.is_private) {
            ++s.private_goals;
            s.private_steps += static_cast<int>(g.steps.size());
            s.private_evidence += static_cast<int>(g.evidence.size());
        } else {
            s.private_steps += static_cast<int>(std::count_if(g.steps.begin(), g.steps.end(), [](const Step& x) { return x.is_private; }));
            s.private_evidence += static_cast<int>(std::count_if(g.evidence.begin(), g.evidence.end(), [](const Evidence& x) { return x.is_private; }));
        }
        if (g.reflection) ++s.reflections;
    }
    for (const Conversation& c : full.conversations) {
        if (c.is_private) ++s.private_conversations;
        else if (c.notes) ++s.notes;
    }
    const Pop pop = public_view(full);
    s.path = path;
    s.id = text_of(pop.person.id);
    s.name = text_of(pop.person.name);
    s.team = text_of(pop.person.team);
    if (pop.period_start) s.period_start = pop.period_start->value;
    if (pop.period_end) s.period_end = pop.period_end->value;
    s.current = s.period_start && s.period_end && *s.period_start <= today && today <= *s.period_end;
    double hours = 0;
    for (const Goal& g : pop.goals) {
        ++s.goals;
        if (g.hours && g.status != GoalStatus::Dropped) hours += g.hours->value;
        if (g.status == GoalStatus::Achieved) ++s.goals_achieved;
        for (const Step& step : g.steps) {
            ++s.steps_total;
            if (step.done) ++s.steps_done;
        }
        PersonSummary::GoalFacts facts;
        facts.title = text_of(g.title);
        facts.learning = text_of(g.learning);
        facts.competence = text_of(g.competence);
        for (const auto& m : g.methods) facts.methods.push_back(m.value);
        for (const auto& sg : g.school_goals) facts.school_goals.push_back(sg.value);
        s.goal_facts.push_back(std::move(facts));
    }
    if (s.period_start && s.period_end) {
        long days = days_between(*s.period_start, *s.period_end) + 1;
        double months = std::round(static_cast<double>(days) / 365.25 * 12.0);
        s.hours_per_year = hours / std::max(1.0, months / 12.0);
    }
    for (const Conversation& c : pop.conversations) {
        if (c.date && c.date->value <= today && (!s.last_conversation || *s.last_conversation < c.date->value))
            s.last_conversation = c.date->value;
    }
    for (const DueItem& item : due_items(pop, policy, today))
        if (item.kind == DueKind::Conversation) {
            s.next_conversation = item.date;  // the first one: items are sorted by date
            break;
        }
    for (const Finding& f : check_reminders(pop, policy, today)) s.reminder_rules.push_back(f.rule);
    return s;
}

TeamReport build_team_report(const std::vector<PersonSummary>& summaries, const Roster* roster,
                             const SchoolGoals* school_goals, const Date& today) {
    TeamReport report;
    report.today = today;
    report.pops = static_cast<int>(summaries.size());
    // The current POP of each person (the latest ending one when there are several).
    std::map<std::string, const PersonSummary*> current;
    for (const PersonSummary& s : summaries) {
        report.left_out.private_goals += s.private_goals;
        report.left_out.private_steps += s.private_steps;
        report.left_out.private_evidence += s.private_evidence;
        report.left_out.private_conversations += s.private_conversations;
        report.left_out.notes += s.notes;
        report.left_out.reflections += s.reflections;
        if (!s.current || s.id.empty()) continue;
        auto& slot = current[s.id];
        if (!slot || std::tie(slot->period_end, slot->path) < std::tie(s.period_end, s.path)) slot = &s;
    }
    std::map<std::string, PersonRow> rows;  // by id
    auto fill = [](PersonRow& row, const PersonSummary& s) {
        row.path = s.path;
        row.has_current_pop = true;
        row.period_end = s.period_end;
        row.goals = s.goals;
        row.goals_achieved = s.goals_achieved;
        row.steps_done = s.steps_done;
        row.steps_total = s.steps_total;
        row.last_conversation = s.last_conversation;
        row.next_conversation = s.next_conversation;
        row.hours_per_year = s.hours_per_year;
        row.warnings = s.reminder_rules;
    };
    if (roster)
        for (const StaffMember& m : roster->staff) {
            if (!m.active) continue;
            PersonRow& row = rows[m.id.value];
            row.id = m.id.value;
            row.name = m.name;
            row.team = m.team;
            row.on_roster = true;
        }
    for (const auto& [id, s] : current) {
        PersonRow& row = rows[id];
        if (row.id.empty()) {
            row.id = id;
            row.name = s->name;
            row.team = s->team;
        }
        fill(row, *s);
    }
    for (auto& [id, row] : rows) report.people.push_back(std::move(row));
    std::stable_sort(report.people.begin(), report.people.end(), [](const PersonRow& a, const PersonRow& b) {
        return std::tie(a.team, a.name, a.id) < std::tie(b.team, b.name, b.id);
    });
    std::map<std::string, TeamRow> teams;
    for (const PersonRow& p : report.people) {
        TeamRow& t = teams[p.team];
        t.team = p.team;
        ++t.people;
        if (p.has_current_pop) ++t.with_current_pop;
        t.goals += p.goals;
        t.steps_done += p.steps_done;
        t.steps_total += p.steps_total;
        t.hours_per_year += p.hours_per_year;
        t.warnings += static_cast<int>(p.warnings.size());
    }
    for (auto& [name, t] : teams) report.teams.push_back(t);

    // Groupings over the goals of current POPs (not private: summaries hold no private goals).
    Counter methods, learning, competences, themes, linked;
    std::map<std::string, const SchoolGoal*> school_goal_by_id;
    if (school_goals)
        for (const SchoolGoal& g : school_goals->goals) school_goal_by_id[g.id.value] = &g;
    for (const auto& [id, s] : current)
        for (const auto& g : s->goal_facts) {
            for (const std::string& m : g.methods) methods.add(m, id, g.title);
            learning.add(g.learning, id, g.title);
            competences.add(g.competence, id, g.title);
            std::set<std::string> goal_themes;
            for (const std::string& sg : g.school_goals) {
                linked.add(sg, id, g.title);
                auto it = school_goal_by_id.find(sg);
                if (it != school_goal_by_id.end() && !it->second->theme.empty()) goal_themes.insert(it->second->theme);
            }
            if (goal_themes.empty() && !g.competence.empty()) goal_themes.insert(g.competence);
            for (const std::string& theme : goal_themes) themes.add(theme, id, g.title);
        }
    report.methods = methods.sorted();
    report.learning = learning.sorted();
    report.competences = competences.sorted();
    report.themes = themes.sorted();
    std::vector<CountRow> used = linked.sorted();
    if (school_goals)
        for (const SchoolGoal& g : school_goals->goals) {
            CountRow row{g.id.value, g.title, 0, 0, {}};
            for (const CountRow& u : used)
                if (u.key == g.id.value) row = CountRow{u.key, g.title, u.goals, u.people, u.examples};
            report.school_goals.push_back(std::move(row));
        }
    return report;
}

}  // namespace pop
