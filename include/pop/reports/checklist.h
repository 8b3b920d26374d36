#pragma once
/// What is still to do for a POP (signatures, a first or running goal, a conversation), as a short
/// checklist that names the pop command for each item. Printed after every edit, `pop init` and
/// `pop renew`: completeness describes where the cycle stands and never blocks an edit. Also the
/// hints that name a pop command, for the warnings an edit adds.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pop/base/date.h"
#include "pop/base/finding.h"
#include "pop/i18n/messages.h"

namespace pop {

/// One thing the policy still asks, as a catalog message that names the command doing it.
struct ChecklistItem {
    RuleId rule;                    ///< The completeness rule behind it, e.g. rule::complete_sign_off.
    std::string message_key;        ///< Catalog key of the line.
    std::vector<MessageArg> args;   ///< Its arguments (the command among them).
};

/// The checklist of a POP from its findings: one item per completeness finding (a missing
/// signature each for employee and manager) and one for a POP without goals, in the order sign,
/// goal, conversation. `bytes` is
/// the POP (for the names to sign with), `path` the file as the user named it, `today` the date
/// a conversation would be recorded on.
std::vector<ChecklistItem> policy_checklist(std::string_view bytes, std::span<const Finding> findings,
                                            std::string_view path, const Date& today);

/// Whether findings of this rule become checklist items (so a new file need not show them twice).
bool on_checklist(RuleId id);

/// The findings that the checklist does not show (those of rules on_checklist leaves out).
std::vector<Finding> off_checklist(std::vector<Finding> findings);

/// The checklist as text: a title line and one indented line per item; "" when it is empty.
std::string render_checklist(std::span<const ChecklistItem> items, Lang lang);

/// A word as a POSIX shell reads it back: unchanged when it is safe, else in single quotes.
std::string shell_word(std::string_view word);

/// The hint of a finding as the pop command that fixes it, for the warnings printed after an
/// edit: the catalog's `<message key>.hint.command` with the finding's arguments and {path} (the
/// POP as the user named it, for `--pop`) filled in. The usual hint (finding_hint) when the
/// catalog has no command for the message, or when the command names the goal and the goal has
/// no id to name it by.
std::string command_hint(const Finding& finding, std::string_view path, Lang lang);

}  // namespace pop
