// Facts about a POP: current, open goals, last and next conversation, hours planned per year.
#include <doctest/doctest.h>

#include <string>

#include "pop/model/facts.h"

using namespace pop;

namespace {

Pop parse(const std::string& yaml) {
    ReadResult r = read_yaml(yaml);
    REQUIRE_FALSE(r.fatal);
    return build_pop(r.doc);
}

const std::string kPop =
    "format_version: 1\n"
    "person: {id: jan, name: Jan}\n"
    "period: {start: 2025-08-01, end: 2027-07-31}\n"
    "goals:\n"
    "  - {id: a, realistic: {hours: 40}}\n"
    "  - {id: b, status: dropped, realistic: {hours: 100}}\n"
    "  - {id: c, status: achieved, realistic: {hours: 20}}\n"
    "conversations:\n"
    "  - {kind: start, date: 2025-09-01}\n"
    "  - {kind: progress, date: 2026-02-01}\n"
    "  - {kind: progress, date: 2026-02-01, with: tweede}\n"
    "  - {kind: performance, date: 2026-06-01}\n"
    "  - {kind: appraisal, date: 2026-05-01}\n";

}  // namespace

TEST_CASE("period_includes and is_current: both ends known and included") {
    Date start{2025, 8, 1}, end{2027, 7, 31};
    CHECK(period_includes(start, end, start));
    CHECK(period_includes(start, end, end));
    CHECK_FALSE(period_includes(start, end, Date{2027, 8, 1}));
    CHECK_FALSE(period_includes(std::nullopt, end, Date{2026, 1, 1}));
    CHECK_FALSE(period_includes(start, std::nullopt, Date{2026, 1, 1}));
    Pop pop = parse(kPop);
    CHECK(is_current(pop, Date{2026, 1, 1}));
    CHECK_FALSE(is_current(pop, Date{2025, 7, 31}));
    CHECK(is_current(summarize(pop), Date{2026, 1, 1}) == is_current(pop, Date{2026, 1, 1}));
}

TEST_CASE("goal_is_open: every status but achieved and dropped") {
    CHECK(goal_is_open(GoalStatus::Planned));
    CHECK(goal_is_open(GoalStatus::Active));
    CHECK(goal_is_open(GoalStatus::Paused));
    CHECK_FALSE(goal_is_open(GoalStatus::Achieved));
    CHECK_FALSE(goal_is_open(GoalStatus::Dropped));
}

TEST_CASE("last_conversation and next_conversation look at dates, not at the order in the file") {
    Pop pop = parse(kPop);
    CHECK(last_conversation(pop, Date{2025, 8, 31}) == nullptr);
    CHECK(last_conversation(pop, Date{2025, 9, 1}) == &pop.conversations[0]);
    CHECK(last_conversation(pop, Date{2026, 3, 1}) == &pop.conversations[1]);  // the first of one date
    CHECK(last_conversation(pop, Date{2026, 5, 15}) == &pop.conversations[4]);
    CHECK(last_conversation(pop, Date{2030, 1, 1}) == &pop.conversations[3]);
    CHECK(next_conversation(pop, Date{2025, 9, 1}) == &pop.conversations[1]);
    CHECK(next_conversation(pop, Date{2026, 2, 1}) == &pop.conversations[4]);
    CHECK(next_conversation(pop, Date{2026, 6, 1}) == nullptr);
}

TEST_CASE("hours planned per year: goals not dropped, over the period in whole months, at least a year") {
    Pop pop = parse(kPop);
    CHECK(planned_hours(pop) == 60);
    CHECK(period_years(Date{2025, 8, 1}, Date{2027, 7, 31}) == 2);
    CHECK(period_years(Date{2024, 8, 1}, Date{2025, 7, 31}) == 1);  // a leap year is one year too
    CHECK(period_years(Date{2025, 8, 1}, Date{2025, 12, 31}) == 1);  // at least a year
    CHECK(period_years(Date{2025, 8, 1}, Date{2027, 1, 31}) == 1.5);
    CHECK(planned_hours_per_year(pop) == 30);
    Pop reversed = parse("format_version: 1\nperiod: {start: 2027-08-01, end: 2025-07-31}\n"
                         "goals: [{id: a, realistic: {hours: 40}}]\n");
    CHECK_FALSE(planned_hours_per_year(reversed));
    CHECK_FALSE(planned_hours_per_year(parse("format_version: 1\ngoals: [{id: a, realistic: {hours: 40}}]\n")));
}

TEST_CASE("budget planned per year: the same per-year rule as hours") {
    Pop pop = parse("format_version: 1\nperiod: {start: 2025-08-01, end: 2027-07-31}\ngoals:\n"
                    "  - {id: a, realistic: {hours: 40, budget: 1300}}\n"
                    "  - {id: b, status: dropped, realistic: {budget: 9000}}\n"
                    "  - {id: c, realistic: {hours: 20}}\n");
    CHECK(planned_budget(pop) == 1300);
    CHECK(planned_budget_per_year(pop) == 650);
    CHECK(per_year_of_period(pop, 90) == 45);
    CHECK(planned_hours_per_year(pop) == per_year_of_period(pop, planned_hours(pop)));
    CHECK_FALSE(planned_budget_per_year(parse("format_version: 1\ngoals: [{id: a, realistic: {budget: 40}}]\n")));
}
