#pragma once
/// What `pop step add|done|set|remove` need to know of a goal's steps: the steps as the tree has
/// them, the step a user names (by id, number or a part of its text), the step fields and a new
/// step. Touches no files.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "pop/edit/arguments.h"
#include "pop/edit/edit.h"
#include "pop/format/spec.h"
#include "pop/read/yaml_tree.h"

namespace pop {

/// One step as the tree has it (empty texts for what it does not say).
struct StepInfo {
    std::string id;    ///< Its id.
    std::string what;  ///< What the step is.
    std::string done;  ///< The date it was done on, as written.
};

/// The steps of goal number `goal` (0-based) of a POP, in order.
std::vector<StepInfo> steps_of(const YamlDocument& doc, std::size_t goal);

/// "1 (video): Eerste les op video ...; 2: ...": the steps numbered `which` (0-based) for a
/// message, each text cut at 40 bytes (never inside a character).
std::string step_list(const std::vector<StepInfo>& steps, const std::vector<std::size_t>& which);

/// The step named by `arg`: its id, its 1-based number (a plain number is never matched against
/// the texts), or a unique part of its text (case-insensitive); else a problem that names the goal
/// `goal_id`, lists the steps and suggests the closest id.
std::variant<std::size_t, UsageProblem> find_step(const std::vector<StepInfo>& steps, const std::string& goal_id,
                                                  const std::string& arg);

/// A step field as the user may write it, as the format names it (upper case lowered).
std::string canonical_step_field(std::string field);

/// A field of a step as the format has it; nullptr when steps have no such field.
const FieldSpec* step_field(std::string_view name);

/// The step field `field` as the user wrote it (see canonical_step_field); else a problem that lists
/// the fields and suggests the one meant, by spelling or by its Dutch word (`deadline`: due).
std::variant<const FieldSpec*, UsageProblem> find_step_field(const std::string& field);

/// A problem when a step of the goal already has `id` (edit.step-exists); else nullopt.
std::optional<UsageProblem> step_id_taken(const std::vector<StepInfo>& steps, const std::string& goal_id,
                                          const std::string& id);

/// A step as `pop step add` is given it (empty: not given).
struct NewStep {
    std::string what;         ///< --what.
    std::string due;          ///< --due, as given.
    std::string id;           ///< --id.
    bool is_private = false;  ///< --private.
};

/// The new step as a mapping (id, what, due, private), its id and date checked, its id unique
/// among `steps` of the goal `goal_id`; or the problem.
std::variant<NewValue, UsageProblem> new_step_value(const NewStep& step, const std::vector<StepInfo>& steps,
                                                    const std::string& goal_id);

}  // namespace pop
