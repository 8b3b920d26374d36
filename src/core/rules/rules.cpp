#include "pop/rules/rules.h"

#include <array>

#include "pop/base/version.h"

namespace pop {
namespace {

using enum Severity;

constexpr std::array<std::string_view, 12> kGroupNames{"competence", "complete", "dates",  "history", "hours",     "input", "links",
                                                       "reminder", "roster", "smarti",  "structure", "yaml"};

// The place in kGroupNames of an id's prefix (before the dot); kGroupNames.size() when it names no family.
constexpr std::size_t group_index(std::string_view id) {
    std::string_view prefix = id.substr(0, id.find('.'));
    std::size_t i = 0;
    while (i < kGroupNames.size() && kGroupNames[i] != prefix) ++i;
    return i;
}

constexpr bool every_prefix_names_a_family() {
    for (std::string_view id : detail::kRuleTexts)
        if (group_index(id) == kGroupNames.size()) return false;
    return true;
}
static_assert(every_prefix_names_a_family(), "rule_list.h: an id's prefix names no family of RuleGroup");

// The family of an id: its prefix.
constexpr RuleGroup group_of(std::string_view id) { return static_cast<RuleGroup>(group_index(id)); }

constexpr std::array<Rule, kRuleCount> kRules{{
#define POP_RULE(name, id, severity, en, nl) Rule{rule::name, severity, group_of(id), en, nl},
#include "pop/rules/rule_list.h"
#undef POP_RULE
}};

constexpr bool rows_in_index_order() {
    for (std::size_t i = 0; i < kRules.size(); ++i)
        if (kRules[i].id.index() != i) return false;
    return true;
}
static_assert(rows_in_index_order());

}  // namespace

std::string_view group_name(RuleGroup group) { return kGroupNames[static_cast<std::size_t>(group)]; }

std::span<const Rule> all_rules() { return kRules; }

const Rule& rule_info(RuleId id) { return kRules[id.index()]; }

Severity severity_of(RuleId id) { return kRules[id.index()].severity; }

int count_errors(std::span<const Finding> findings) {
    int errors = 0;
    for (const Finding& f : findings) errors += severity_of(f.rule) == Severity::Error;
    return errors;
}

std::string rule_full_description(RuleId id, Lang lang) {
    return render_message("rule." + std::string(id.text()), lang);
}

std::string rule_hint(RuleId id, Lang lang) {
    return render_message("rule." + std::string(id.text()) + ".hint", lang);
}

std::string_view rule_doc_anchor(RuleId id) { return id.text(); }

std::string rule_doc_url(RuleId id) {
    return std::string(kPopDocsUrl) + "rules.md#" + std::string(rule_doc_anchor(id));
}

bool describes_the_cycle(RuleId id) {
    RuleGroup group = kRules[id.index()].group;
    return group == RuleGroup::Complete || group == RuleGroup::Roster || group == RuleGroup::Reminder ||
           group == RuleGroup::History;
}

}  // namespace pop
