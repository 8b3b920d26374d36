#pragma once
/// The registry of rules: every finding `pop` can report, with a stable id, a severity, its family and
/// a one-line description. Generated from the rows of rule_list.h; it drives `pop check --list`,
/// docs/rules.md, SARIF's rule table and the tests.

#include <span>
#include <string>
#include <string_view>

#include "pop/base/finding.h"
#include "pop/i18n/messages.h"
#include "pop/rules/rule_id.h"

namespace pop {

/// The family of a rule: the prefix of its id, and the file src/core/rules/<family>.cpp that
/// implements (or, for rules the reader and validator find, describes) it.
enum class RuleGroup : unsigned char { Competence, Complete, Dates, History, Hours, Input, Links, Reminder, Roster, Smarti, Structure, Yaml };

/// The family's name as ids and file names spell it ("dates" for RuleGroup::Dates).
std::string_view group_name(RuleGroup group);

/// One rule of the registry.
struct Rule {
    RuleId id;                        ///< Stable id, e.g. rule::dates_order; never renamed once released.
    Severity severity;                ///< Error or warning.
    RuleGroup group;                  ///< Its family (the id's prefix).
    std::string_view description_en;  ///< One line, English.
    std::string_view description_nl;  ///< One line, Dutch.
};

/// All rules, sorted by id; all_rules()[id.index()] is the row of `id`.
std::span<const Rule> all_rules();

/// The registry row of a rule.
const Rule& rule_info(RuleId id);

/// The severity of a rule.
Severity severity_of(RuleId id);

/// How many of `findings` are errors.
int count_errors(std::span<const Finding> findings);

/// A rule's longer description: a few sentences on what it finds and why (catalog key `rule.<id>`).
std::string rule_full_description(RuleId id, Lang lang);

/// What to do about a finding of the rule, in general (catalog key `rule.<id>.hint`); a finding's
/// own hint says it for the case at hand.
std::string rule_hint(RuleId id, Lang lang);

/// The rule's anchor in docs/rules.md: its id ("dates.format"), written as `<a id="...">` in its row.
std::string_view rule_doc_anchor(RuleId id);

/// The web address of the rule's row in docs/rules.md (kPopDocsUrl + "rules.md#" + its anchor).
std::string rule_doc_url(RuleId id);

/// True for a rule that describes where the cycle stands (the complete.*, roster.*, reminder.* and
/// history.* families: what the policy still asks, reminders, history), not a mistake in the file:
/// such a finding never blocks an edit.
bool describes_the_cycle(RuleId id);

}  // namespace pop
