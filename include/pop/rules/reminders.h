#pragma once
/// What is due: steps, goal ends, conversations, the end of the period and renewal, computed
/// against an explicit "today" and the policy's windows. The reminder rules built on them
/// (check_reminders) are in reminder.h, which this header includes.

#include <optional>
#include <string>
#include <vector>

#include "pop/base/date.h"
#include "pop/base/finding.h"
#include "pop/model/model.h"
#include "pop/rules/reminder.h"

namespace pop {

/// The kinds of things that fall due.
enum class DueKind : unsigned char { Step, GoalEnd, Conversation, PeriodEnd, Renewal };

/// One thing with a date that is not done yet.
struct DueItem {
    Date date;                  ///< When it is due.
    DueKind kind;               ///< What it is.
    std::string goal;           ///< The goal's id, for steps and goal ends.
    std::string text;           ///< The step, the goal's title, or the conversation kind ("progress").
    Mark at;                    ///< Where it is written (for a conversation that is only required: the conversations key).
    bool overdue = false;       ///< Its date lies before today.
    bool planned = true;        ///< False for a conversation that is required by the policy but not yet planned.
    bool is_private = false;    ///< It belongs to something marked private.
};

/// Everything not done that has a date, sorted by date (then kind, then goal, then text).
std::vector<DueItem> due_items(const Pop& pop, const Policy& policy, const Date& today);

/// When the next conversation of the cycle is required: the last one held (or else the start of the
/// period) plus the policy's conversation_months; nullopt when neither date is known.
std::optional<Date> conversation_required_by(const Pop& pop, const Policy& policy, const Date& today);

/// The date of the last activity on a goal: the latest step done, evidence or log entry, else its start.
std::optional<Date> last_activity(const Goal& goal);

}  // namespace pop
