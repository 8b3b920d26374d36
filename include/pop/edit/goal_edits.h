#pragma once
/// What `pop goal add`, `pop goal set` and `pop goal status` write into a goal: the fields a user
/// may name, the values checked against the format, and the goal a new one becomes. Touches no files.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "pop/base/date.h"
#include "pop/edit/arguments.h"
#include "pop/edit/edit.h"
#include "pop/edit/pop_edit.h"
#include "pop/format/spec.h"

namespace pop {

/// The format of a goal of a POP.
const ObjectSpec& goal_spec();

/// A field of a goal as `pop goal set` names it: where it lives under the goal, and its spec.
struct GoalField {
    std::string name;               ///< As shown: "title", "realistic.hours", "agreed.name".
    std::vector<std::string> path;  ///< Under the goal: {"title"}, {"realistic", "hours"}.
    const FieldSpec* spec = nullptr; ///< Its type, from the format.
};

/// Every field `pop goal set` can change, in the format's order (steps and evidence have commands of their own).
std::vector<GoalField> goal_fields();

/// A field name as the user may write it, as goal_fields names it: "hours" is "realistic.hours",
/// "agreed-by" is "agreed.name", "school-goals" is "school_goals"; upper case is lowered.
std::string canonical_goal_field(std::string field);

/// The goal field `field` (as the user wrote it, see canonical_goal_field); else a problem that
/// lists the fields and suggests the one meant, by spelling or by its Dutch word (`uren`: realistic.hours).
std::variant<GoalField, UsageProblem> find_goal_field(const std::string& field);

/// Setting `field` of goal number `goal` (0-based) to `value`: the field itself, or, when its
/// group (realistic, agreed) is not in the goal yet (`group_exists` false), the group with this one
/// field; an agreement made that way gets `today` as its date.
ValueAt goal_field_edit(const GoalField& field, std::size_t goal, const NewValue& value, bool group_exists,
                              const Date& today);

/// A goal as `pop goal add` is given it (text as on the command line; empty: not given).
struct NewGoal {
    std::string id, title, specific, measurable, hours, budget, note, start, end, inspiring, learning, competence,
        status, agreed_by, agreed_on;              ///< One option each.
    std::vector<std::string> methods, school_goals;  ///< Repeatable options.
    bool is_private = false;                         ///< --private.
};

/// What refuses a new goal before its values are looked at: --id or --title missing, an id that is
/// not valid or that a goal of the POP (`existing_ids`, at `path`) already has, --agreed-on without --agreed-by.
std::optional<UsageProblem> new_goal_problem(const NewGoal& goal, const std::vector<std::string>& existing_ids,
                                             const std::string& path);

/// The new goal as a mapping with the fields in the order docs/format.md lists them, each checked
/// against its type (an agreement without a date is made `today`); or the first value's problem.
std::variant<NewValue, UsageProblem> new_goal_value(const NewGoal& goal, const Date& today);

/// When the goal lacks a success criterion or a date (`pop check` would report smarti.measurable
/// or smarti.time-bound): the problem that names the missing options; else nullopt.
std::optional<UsageProblem> incomplete_goal_problem(const NewGoal& goal);

}  // namespace pop
