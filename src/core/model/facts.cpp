#include "pop/model/facts.h"

#include <algorithm>
#include <cmath>

namespace pop {

bool period_includes(const std::optional<Date>& start, const std::optional<Date>& end, const Date& day) {
    return start && end && *start <= day && day <= *end;
}

bool is_current(const Pop& pop, const Date& today) {
    return pop.period_start && pop.period_end && period_includes(pop.period_start->value, pop.period_end->value, today);
}

bool goal_is_open(GoalStatus status) { return status != GoalStatus::Achieved && status != GoalStatus::Dropped; }

const Conversation* last_conversation(const Pop& pop, const Date& today) {
    const Conversation* last = nullptr;
    for (const Conversation& c : pop.conversations)
        if (c.date && c.date->value <= today && (!last || last->date->value < c.date->value)) last = &c;
    return last;
}

const Conversation* next_conversation(const Pop& pop, const Date& today) {
    const Conversation* next = nullptr;
    for (const Conversation& c : pop.conversations)
        if (c.date && today < c.date->value && (!next || c.date->value < next->date->value)) next = &c;
    return next;
}

double period_years(const Date& start, const Date& end) {
    long days = days_between(start, end) + 1;
    double months = std::round(static_cast<double>(days) / 365.25 * 12.0);
    return std::max(1.0, months / 12.0);
}

double planned_hours(const Pop& pop) {
    double total = 0;
    for (const Goal& g : pop.goals)
        if (g.hours && g.status != GoalStatus::Dropped) total += g.hours->value;
    return total;
}

double planned_budget(const Pop& pop) {
    double total = 0;
    for (const Goal& g : pop.goals)
        if (g.budget && g.status != GoalStatus::Dropped) total += g.budget->value;
    return total;
}

namespace {

// An amount planned for the whole period, per year of it; nullopt without a valid period.
std::optional<double> per_year(const Pop& pop, double amount) {
    if (!pop.period_start || !pop.period_end) return std::nullopt;
    if (pop.period_end->value < pop.period_start->value) return std::nullopt;
    return amount / period_years(pop.period_start->value, pop.period_end->value);
}

}  // namespace

std::optional<double> planned_hours_per_year(const Pop& pop) { return per_year(pop, planned_hours(pop)); }

std::optional<double> planned_budget_per_year(const Pop& pop) { return per_year(pop, planned_budget(pop)); }

}  // namespace pop
