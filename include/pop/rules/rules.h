#pragma once
/// The registry of rules: every finding `pop` can report, with a stable id, a severity and a
/// one-line description. It drives `pop check --list`, docs/rules.md and the tests.

#include <span>
#include <string_view>

#include "pop/base/finding.h"

namespace pop {

/// Which group a rule belongs to (what part of the work finds it).
enum class RuleGroup : unsigned char { Input, Yaml, Structure, Dates, Smarti, Links, Completeness, History, Reminder };

/// One rule of the registry.
struct Rule {
    std::string_view id;              ///< Stable id, e.g. "dates.order"; never renamed once released.
    Severity severity;                ///< Error or warning.
    RuleGroup group;                  ///< What part of `pop` reports it.
    std::string_view description_en;  ///< One line, English.
    std::string_view description_nl;  ///< One line, Dutch.
};

/// All rules, sorted by id.
std::span<const Rule> all_rules();

/// The rule with this id, or nullptr.
const Rule* find_rule(std::string_view id);

/// The severity of the rule with this id (Error for an unknown id, so mistakes show).
Severity severity_of(std::string_view rule_id);

/// True for a rule that describes where the cycle stands (what the policy still asks, reminders,
/// history), not a mistake in the file: such a finding never blocks an edit.
bool describes_the_cycle(std::string_view rule_id);

}  // namespace pop
