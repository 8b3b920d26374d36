#include "pop/model/names.h"

#include <cstddef>

namespace pop {
namespace {

/// The word and the catalog key of one enum value; the tables below are indexed by the value.
struct Names {
    std::string_view word;
    std::string_view key;
};

constexpr Names kStatusNames[] = {
    {"planned", "status.planned"},   {"active", "status.active"}, {"achieved", "status.achieved"},
    {"dropped", "status.dropped"},   {"paused", "status.paused"},
};

constexpr Names kKindNames[] = {
    {"start", "conversation.start"},
    {"progress", "conversation.progress"},
    {"performance", "conversation.performance"},
    {"appraisal", "conversation.appraisal"},
};

constexpr bool lists_in_enum_order() {
    for (std::size_t i = 0; i < std::size(kGoalStatuses); ++i)
        if (static_cast<std::size_t>(kGoalStatuses[i]) != i) return false;
    for (std::size_t i = 0; i < std::size(kConversationKinds); ++i)
        if (static_cast<std::size_t>(kConversationKinds[i]) != i) return false;
    return true;
}
static_assert(lists_in_enum_order(), "kGoalStatuses and kConversationKinds list every value in enum order");
static_assert(std::size(kStatusNames) == std::size(kGoalStatuses));
static_assert(std::size(kKindNames) == std::size(kConversationKinds));

constexpr bool keys_end_in_words() {
    for (const Names& n : kStatusNames)
        if (!n.key.ends_with(n.word) || n.key.size() != n.word.size() + 7) return false;  // "status."
    for (const Names& n : kKindNames)
        if (!n.key.ends_with(n.word) || n.key.size() != n.word.size() + 13) return false;  // "conversation."
    return true;
}
static_assert(keys_end_in_words(), "a catalog key is \"status.<word>\" or \"conversation.<word>\"");

const Names& names_of(GoalStatus s) { return kStatusNames[static_cast<std::size_t>(s)]; }
const Names& names_of(ConversationKind k) { return kKindNames[static_cast<std::size_t>(k)]; }

}  // namespace

std::string_view goal_status_word(GoalStatus status) { return names_of(status).word; }

std::optional<GoalStatus> parse_goal_status(std::string_view word) {
    for (GoalStatus s : kGoalStatuses)
        if (names_of(s).word == word) return s;
    return std::nullopt;
}

std::string_view goal_status_key(GoalStatus status) { return names_of(status).key; }

std::string_view conversation_kind_word(ConversationKind kind) { return names_of(kind).word; }

std::string_view conversation_word(std::optional<ConversationKind> kind) {
    return kind ? conversation_kind_word(*kind) : std::string_view("?");
}

std::optional<ConversationKind> parse_conversation_kind(std::string_view word) {
    for (ConversationKind k : kConversationKinds)
        if (names_of(k).word == word) return k;
    return std::nullopt;
}

std::string_view conversation_kind_key(ConversationKind kind) { return names_of(kind).key; }

}  // namespace pop
