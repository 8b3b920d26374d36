#pragma once
/// What `pop sign`, `pop talk add` and `pop evidence add|remove` write into a POP: a signature, a
/// conversation in date order, an evidence item, and the evidence item a user names. Touches no files.

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "pop/base/date.h"
#include "pop/edit/arguments.h"
#include "pop/edit/pop_edit.h"
#include "pop/read/yaml_tree.h"

namespace pop {

/// The edits that sign a POP as one role, in order.
struct SignOffEdits {
    std::vector<ValueAt> sets;  ///< sign_off itself, or sign_off.<role>, or its name and date.
    std::string replaced;       ///< "name, date" of an earlier signature these replace; empty when none.
};

/// Writes sign_off.<role> (employee, manager) = {name, date}: the whole sign_off when it is missing
/// or empty, the role's signature when that is, else its two values.
SignOffEdits sign_off_edits(const YamlDocument& doc, const std::string& role, const std::string& name,
                            const Date& on);

/// A conversation as `pop talk add` is given it (empty: not given).
struct NewConversation {
    std::string kind, date, with, agreements, notes;  ///< One option each, as given.
    bool is_private = false;                          ///< --private.
};

/// The new conversation as a mapping, its kind and date checked, and where it goes in the list:
/// before the first conversation that is later (date order).
struct ConversationInsert {
    NewValue value;          ///< The mapping.
    Date date;               ///< Its date.
    std::size_t index = 0;   ///< Its place in `conversations`.
};

/// The conversation to insert into the POP of `doc`; or the problem with --kind or --date.
std::variant<ConversationInsert, UsageProblem> new_conversation(const YamlDocument& doc,
                                                                const NewConversation& talk);

/// An evidence item as `pop evidence add` writes it: date, what, and a link or a file (a path
/// from the repository root), private when asked.
NewValue new_evidence_value(const Date& date, const std::string& what, const std::string& link,
                            const std::string& file, bool is_private);

/// The 0-based evidence item of goal number `goal` named by its 1-based `number`; else a problem:
/// the goal (named `goal_id`) has no evidence, or the number is not one of its items (listed).
std::variant<std::size_t, UsageProblem> find_evidence(const YamlDocument& doc, std::size_t goal,
                                                      const std::string& goal_id, const std::string& number);

}  // namespace pop
