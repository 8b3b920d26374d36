#pragma once
/// Typed rule ids: `pop::rule::dates_order` and its kin, one constant per row of the registry
/// (rule_list.h), so that a misspelt id does not compile. A RuleId is one byte; its text is the
/// dotted id ("dates.order") that outputs print. Ids that users type (`--list`, filters, the fixture
/// runner) go through find_rule_id.
///
/// base/finding.h includes this header: the list of ids is vocabulary that every layer may name
/// (the reader reports yaml.* and input.*, the validator structure.*); nothing else of the rules
/// layer is visible below it.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace pop {

/// The rules in registry order (sorted by id), as small numbers; use the pop::rule constants.
enum class RuleIndex : std::uint8_t {
#define POP_RULE(name, id, ...) name,
#include "pop/rules/rule_list.h"
#undef POP_RULE
};

namespace detail {

/// The dotted id of every rule, in registry order.
inline constexpr std::string_view kRuleTexts[] = {
#define POP_RULE(name, id, ...) id,
#include "pop/rules/rule_list.h"
#undef POP_RULE
};

// Whether `name` is `id` with '.' and '-' turned into '_'.
constexpr bool constant_matches_id(std::string_view name, std::string_view id) {
    if (name.size() != id.size()) return false;
    for (std::size_t i = 0; i < id.size(); ++i)
        if (name[i] != (id[i] == '.' || id[i] == '-' ? '_' : id[i])) return false;
    return true;
}

constexpr bool rule_texts_sorted_and_unique() {
    for (std::size_t i = 1; i < std::size(kRuleTexts); ++i)
        if (!(kRuleTexts[i - 1] < kRuleTexts[i])) return false;
    return true;
}

}  // namespace detail

static_assert(std::size(detail::kRuleTexts) < 256, "RuleIndex is one byte");
static_assert(detail::rule_texts_sorted_and_unique(), "rule_list.h: rows must be sorted by id, without duplicates");
#define POP_RULE(name, id, ...) \
    static_assert(detail::constant_matches_id(#name, id), "rule_list.h: the constant must be the id with _ for . and -");
#include "pop/rules/rule_list.h"
#undef POP_RULE

/// How many rules the registry has.
inline constexpr std::size_t kRuleCount = std::size(detail::kRuleTexts);

/// The id of a rule of the registry. Only the pop::rule constants (and find_rule_id) make one, so
/// every RuleId names a real rule. Ordered like the dotted ids (the registry is sorted by id).
class RuleId {
public:
    /// The rule at this place of the registry.
    constexpr explicit RuleId(RuleIndex index) : index_(index) {}

    /// The dotted id, e.g. "dates.order".
    constexpr std::string_view text() const { return detail::kRuleTexts[index()]; }

    /// The rule's place in the registry (all_rules()[index()] is its row).
    constexpr std::size_t index() const { return static_cast<std::size_t>(index_); }

    /// Same rule.
    friend constexpr bool operator==(RuleId, RuleId) = default;
    /// Registry order, which is the order of the dotted ids.
    friend constexpr auto operator<=>(RuleId, RuleId) = default;

private:
    RuleIndex index_;
};

/// One constant per rule: the id with '.' and '-' turned into '_' (rule::dates_order is "dates.order").
namespace rule {
#define POP_RULE(name, id, ...) inline constexpr RuleId name{RuleIndex::name};
#include "pop/rules/rule_list.h"
#undef POP_RULE
}  // namespace rule

/// The rule with this dotted id (as a user typed it), or nullopt when the registry has none.
constexpr std::optional<RuleId> find_rule_id(std::string_view text) {
    const std::string_view* begin = std::begin(detail::kRuleTexts);
    const std::string_view* end = std::end(detail::kRuleTexts);
    const std::string_view* it = std::lower_bound(begin, end, text);
    if (it == end || *it != text) return std::nullopt;
    return RuleId(static_cast<RuleIndex>(it - begin));
}

}  // namespace pop
