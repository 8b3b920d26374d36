#pragma once
/// The reminder.* rules (src/core/rules/reminder.cpp): what falls due soon or is overdue, against an
/// explicit "today" and the policy's windows. They run with `pop check --reminders`, in `pop status`
/// and in `pop report`. The dates themselves (due_items and its helpers) are in reminders.h.

#include <vector>

#include "pop/base/date.h"
#include "pop/base/finding.h"
#include "pop/model/model.h"

namespace pop {

/// The reminder rules (reminder.*): overdue and soon-due steps, goals past their end, goals without
/// activity, the period ending or ended, renewal, and a conversation due. Most urgent first: an
/// ended period (nothing else can be done in it), then overdue before soon, earlier dates first.
std::vector<Finding> check_reminders(const Pop& pop, const Policy& policy, const Date& today);

}  // namespace pop
