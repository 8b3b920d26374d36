#pragma once
/// Facts about a POP that several checks and reports need, each worked out in one place: whether
/// a POP is current, whether a goal is open, the last conversation held, hours planned per year.

#include <optional>

#include "pop/base/date.h"
#include "pop/model/model.h"

namespace pop {

/// True when the period from `start` to `end` (both known) includes `day`, both ends included.
bool period_includes(const std::optional<Date>& start, const std::optional<Date>& end, const Date& day);

/// True when the POP is current: its period (both dates written and valid) includes `today`.
bool is_current(const Pop& pop, const Date& today);

/// True when a goal with this status is still open: neither achieved nor dropped.
bool goal_is_open(GoalStatus status);

/// The last conversation held: dated `today` or earlier, the latest such (the first of several on
/// that date); nullptr when none is.
const Conversation* last_conversation(const Pop& pop, const Date& today);

/// The next conversation planned: dated after `today`, the earliest such (the first of several on
/// that date); nullptr when none is.
const Conversation* next_conversation(const Pop& pop, const Date& today);

/// The length of a period in years, for yearly allowances: its days (both ends included) in whole
/// months, rounded so that leap days do not tip the balance, and at least one year.
double period_years(const Date& start, const Date& end);

/// The hours planned in the POP's goals that are not dropped (private goals too, when given).
double planned_hours(const Pop& pop);

/// planned_hours per year of the POP's period (period_years); nullopt when the period has no valid
/// start or end, or ends before it starts.
std::optional<double> planned_hours_per_year(const Pop& pop);

/// The euros planned in the POP's goals that are not dropped (private goals too, when given).
double planned_budget(const Pop& pop);

/// planned_budget per year of the POP's period, like planned_hours_per_year.
std::optional<double> planned_budget_per_year(const Pop& pop);

}  // namespace pop
