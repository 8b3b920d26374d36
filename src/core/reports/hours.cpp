#include "pop/reports/hours.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace pop {

namespace {

std::string text_of(const Maybe<std::string>& value) { return value ? value->value : std::string(); }

}  // namespace

PopHours summarize_hours(const Pop& pop, int start_month, const std::string& path, bool details, int year) {
    PopHours out;
    out.path = path;
    out.person_id = text_of(pop.person.id);
    out.name = text_of(pop.person.name);
    out.team = text_of(pop.person.team);
    if (pop.period_start) out.period_start = pop.period_start->value;
    out.years = amounts_by_school_year(pop, start_month);
    if (!details) return out;
    auto add_entry = [&](const LogEntry& e, const Goal* goal, GoalHours* goal_hours) {
        if (!e.date) return;
        double hours = e.hours ? e.hours->value : 0;
        double euros = e.euros ? e.euros->value : 0;
        bool in_year = school_year_of(e.date->value, start_month) == year;
        if (goal_hours) {
            goal_hours->spent_hours += hours;
            if (in_year) {
                goal_hours->spent_in_year += hours;
                goal_hours->euros_in_year += euros;
            }
        }
        if (in_year)
            out.entries.push_back(EntryLine{e.date->value, hours, euros, text_of(e.what), goal ? text_of(goal->id) : "",
                                            text_of(e.method), entry_kind(e, goal),
                                            e.is_private || (goal && goal->is_private)});
    };
    for (const Goal& goal : pop.goals) {
        GoalHours g{text_of(goal.id), text_of(goal.title), goal.is_private, std::nullopt, 0, 0, 0, 0};
        if (goal.hours) g.planned = goal.hours->value;
        const Maybe<Date>& start = goal.start ? goal.start : pop.period_start;
        const Maybe<Date>& end = goal.end ? goal.end : pop.period_end;
        if (goal.status != GoalStatus::Dropped && goal.hours && start && end) {
            auto shares = spread_over_school_years(goal.hours->value, start->value, end->value, start_month);
            if (auto it = shares.find(year); it != shares.end()) g.planned_in_year = it->second;
        }
        for (const LogEntry& e : goal.log) add_entry(e, &goal, &g);
        out.goals.push_back(std::move(g));
    }
    for (const LogEntry& e : pop.log) add_entry(e, nullptr, nullptr);
    return out;
}

void HoursBuilder::add(PopHours pop, const Policy& policy) {
    min_group_size_ = std::max(min_group_size_, policy.min_group_size);
    std::string key = pop.person_id.empty() ? "\x01" + pop.path : pop.person_id;  // no id: a person of its own
    Person& p = people_[key];
    for (const YearAmounts& a : pop.years) amounts_of(p.years, a.year).add(a);
    if (people_.size() == 1) {  // the details of a statement; more people get numbers only
        auto& goals = p.goals[pop.path];
        goals.insert(goals.end(), pop.goals.begin(), pop.goals.end());
        p.entries.insert(p.entries.end(), pop.entries.begin(), pop.entries.end());
    } else if (people_.size() == 2) {
        for (auto& [k, other] : people_) {
            other.goals.clear();
            other.entries.clear();
        }
    }
    // The latest POP (by period start, then path) gives the name, team and policy.
    bool later = !p.policy || (pop.period_start && (!p.latest.period_start || *p.latest.period_start < *pop.period_start)) ||
                 (pop.period_start == p.latest.period_start && p.latest.path < pop.path);
    if (later) {
        pop.years.clear();
        pop.goals.clear();
        pop.entries.clear();
        p.latest = std::move(pop);
        p.policy = &policy;
    }
}

namespace {

void add_to_group(HoursGroup& group, const HoursPerson& person) {
    group.people += 1;
    group.amounts.add(person.account.amounts);
    if (person.account.allowance.hours) {
        group.any_allowance = true;
        group.allowance_hours += *person.account.allowance.hours;
        group.carried_hours += person.account.carried_hours;
        group.left_hours += person.account.left_hours.value_or(0);
    }
    if (person.account.allowance.euros) {
        group.any_budget = true;
        group.allowance_euros += *person.account.allowance.euros;
        group.left_euros += person.account.left_euros.value_or(0);
    }
}

}  // namespace

HoursReport HoursBuilder::finish(const Roster* roster, int year) {
    HoursReport report;
    report.year = year;
    report.min_group_size = min_group_size_;
    report.statement = people_.size() == 1;
    std::map<std::string, HoursGroup> teams;
    std::map<std::string_view, const StaffMember*> staff;
    if (roster)
        for (const StaffMember& s : roster->staff) staff.emplace(s.id.value, &s);
    int start_month = people_.empty() ? Policy{}.school_year_start : people_.begin()->second.policy->school_year_start;
    report.people.reserve(people_.size());
    while (!people_.empty()) {
        auto node = people_.extract(people_.begin());  // freed at the end of this round
        Person& p = node.mapped();
        HoursPerson person;
        person.id = std::move(p.latest.person_id);
        person.name = std::move(p.latest.name);
        person.team = std::move(p.latest.team);
        person.path = std::move(p.latest.path);
        auto found = person.id.empty() ? staff.end() : staff.find(person.id);
        const StaffMember* member = found == staff.end() ? nullptr : found->second;
        person.on_roster = member != nullptr;
        person.terms = staff_terms(member);
        if (member && person.team.empty()) person.team = member->team;
        // Nothing is carried into the first school year with a ledger entry (docs/format.md).
        // More people: the euros of private entries stay out, as in public_view.
        if (!report.statement)
            for (YearAmounts& a : p.years) a.drop_private_euros();
        person.account = accounts_until(*p.policy, person.terms, p.years, year).back();
        if (report.statement) {
            for (const auto& [path, goals] : p.goals) person.goals.insert(person.goals.end(), goals.begin(), goals.end());
            person.entries = p.entries;
            std::sort(person.entries.begin(), person.entries.end(), [](const EntryLine& a, const EntryLine& b) {
                return std::tie(a.date, a.goal, a.what, a.hours, a.euros) < std::tie(b.date, b.goal, b.what, b.hours, b.euros);
            });
        }
        add_to_group(teams[person.team], person);
        add_to_group(report.school, person);
        report.people.push_back(std::move(person));
    }
    report.first_day = school_year_first_day(year, start_month);
    report.last_day = school_year_last_day(year, start_month);
    for (auto& [team, group] : teams) {
        group.team = team;
        group.suppressed = group.people < report.min_group_size;
        report.teams.push_back(group);
    }
    report.school.suppressed = report.school.people < report.min_group_size;
    std::sort(report.people.begin(), report.people.end(), [](const HoursPerson& a, const HoursPerson& b) {
        return std::tie(a.team, a.name, a.id, a.path) < std::tie(b.team, b.name, b.id, b.path);
    });
    return report;
}

}  // namespace pop
