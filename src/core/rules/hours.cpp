// The hours.* family: time spent (the ledger, `log:`) against the plan and the allowance, and the
// reminder of unused allowance near the end of the school year (reminder.hours-unused, run with
// the other reminders from check_pop). The arithmetic is pop/reports/hours.h's, so the rules and
// `pop hours` agree; the roster gives fte, role group and start date.
// Messages: catalog keys hours.over-allowance, hours.plan-exceeded, reminder.hours-unused and rule.<id> (src/core/i18n/catalog_hours.cpp).

#include <algorithm>
#include <tuple>

#include "pop/base/rounding.h"
#include "pop/model/allowance.h"
#include "pop/rules/families.h"
#include "pop/rules/reminder.h"

namespace pop {
namespace {

struct DatedEntry {
    Date date;
    double hours;
    const LogEntry* entry;
};

// Every entry of the POP with a valid date and hours, by date (then position).
std::vector<DatedEntry> dated_entries(const Pop& pop) {
    std::vector<DatedEntry> out;
    auto add = [&](const LogEntry& e) {
        if (e.date && e.hours) out.push_back({e.date->value, e.hours->value, &e});
    };
    for (const Goal& g : pop.goals)
        for (const LogEntry& e : g.log) add(e);
    for (const LogEntry& e : pop.log) add(e);
    std::sort(out.begin(), out.end(), [](const DatedEntry& a, const DatedEntry& b) {
        return std::tie(a.date, a.entry->at.offset) < std::tie(b.date, b.entry->at.offset);
    });
    return out;
}

// The accounts of the POP up to today's school year.
std::vector<YearAccount> accounts(const Pop& pop, const Policy& policy, const StaffTerms& terms, const Date& today) {
    return accounts_until(policy, terms, amounts_by_school_year(pop, policy.school_year_start),
                          school_year_of(today, policy.school_year_start));
}

}  // namespace

void check_hours(PopCheck& check) {
    const Pop& pop = check.pop;
    const Policy& policy = check.policy;
    // hours.plan-exceeded: a goal's logged hours beyond its plan and the policy's margin.
    for (const Goal& g : pop.goals) {
        if (!g.hours || g.log.empty()) continue;
        double spent = 0;
        for (const LogEntry& e : g.log)
            if (e.hours) spent += e.hours->value;
        double limit = g.hours->value * (1.0 + policy.hours_plan_margin / 100.0);
        if (spent > limit + 1e-9)
            check.add_at(rule::hours_plan_exceeded, *g.hours, "hours.plan-exceeded",
                         {{"goal", std::string(goal_label(g))},
                          {"spent", rounded_text(spent)},
                          {"planned", rounded_text(g.hours->value)},
                          {"margin", std::to_string(policy.hours_plan_margin)}});
    }
    // hours.over-allowance: per school year up to today's, at the entry that went beyond it.
    StaffTerms terms = staff_terms_of(pop, check.context.roster);
    std::vector<DatedEntry> entries = dated_entries(pop);
    for (const YearAccount& a : accounts(pop, policy, terms, check.context.today)) {
        if (!a.allowance.hours || !a.left_hours || *a.left_hours >= -1e-9) continue;
        double available = *a.allowance.hours + a.carried_hours;
        double sum = 0;
        for (const DatedEntry& d : entries) {
            if (school_year_of(d.date, policy.school_year_start) != a.amounts.year) continue;
            sum += d.hours;
            if (sum > available + 1e-9) {
                check.add(rule::hours_over_allowance, d.entry->at, 1, "hours.over-allowance",
                          {{"year", school_year_name(a.amounts.year, policy.school_year_start)},
                           {"spent", rounded_text(a.amounts.spent_hours())},
                           {"allowance", rounded_text(available)},
                           {"over", rounded_text(-*a.left_hours)}});
                break;
            }
        }
    }
}

std::vector<Finding> check_hours_reminder(const Pop& pop, const Policy& policy, const Roster* roster, const Date& today) {
    std::vector<Finding> out;
    StaffTerms terms = staff_terms_of(pop, roster);
    std::vector<YearAccount> years = accounts(pop, policy, terms, today);
    const YearAccount& now = years.back();
    Date last = school_year_last_day(now.amounts.year, policy.school_year_start);
    // Only while the POP runs: a POP of earlier years is a record.
    bool running = !(pop.period_end && pop.period_end->value < today) && !(pop.period_start && today < pop.period_start->value);
    if (!running || !now.left_hours || *now.left_hours < 0.05 || last.plus_days(-policy.hours_unused_days) > today)
        return out;
    Mark at = pop.period_end ? pop.period_end->at : pop.goals_at;
    Finding f = make_finding(rule::reminder_hours_unused, at, "reminder.hours-unused",
                             {{"hours", rounded_text(*now.left_hours)},
                              {"year", school_year_name(now.amounts.year, policy.school_year_start)},
                              {"date", last.to_string()},
                              {"days", std::to_string(days_between(today, last))}});
    out.push_back(std::move(f));
    return out;
}

}  // namespace pop
