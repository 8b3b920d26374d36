#pragma once
/// The enumerations of the model and their names, in one place: the word a file writes for each
/// value (as the spec lists it among the allowed values), reading that word back, and the catalog
/// key of the value's name in messages.

#include <optional>
#include <string_view>

namespace pop {

/// The status of a goal.
enum class GoalStatus : unsigned char { Planned, Active, Achieved, Dropped, Paused };

/// The kinds of conversation in the cycle.
enum class ConversationKind : unsigned char { Start, Progress, Performance, Appraisal };

/// Every goal status, in the order the spec lists them.
inline constexpr GoalStatus kGoalStatuses[] = {GoalStatus::Planned, GoalStatus::Active, GoalStatus::Achieved,
                                               GoalStatus::Dropped, GoalStatus::Paused};

/// Every conversation kind, in the order the spec lists them.
inline constexpr ConversationKind kConversationKinds[] = {ConversationKind::Start, ConversationKind::Progress,
                                                          ConversationKind::Performance, ConversationKind::Appraisal};

/// The word a file writes for a status: "planned", "active", "achieved", "dropped" or "paused".
std::string_view goal_status_word(GoalStatus status);

/// The status a file's word names; nullopt for any other word (the model then reads "planned").
std::optional<GoalStatus> parse_goal_status(std::string_view word);

/// The catalog key of a status's name in messages: "status.<word>".
std::string_view goal_status_key(GoalStatus status);

/// The word a file writes for a conversation kind: "start", "progress", "performance" or "appraisal".
std::string_view conversation_kind_word(ConversationKind kind);

/// The word of a conversation kind, or "?" when the kind is missing (not written or not one of the words).
std::string_view conversation_word(std::optional<ConversationKind> kind);

/// The conversation kind a file's word names; nullopt for any other word.
std::optional<ConversationKind> parse_conversation_kind(std::string_view word);

/// The catalog key of a conversation kind's name in messages: "conversation.<word>".
std::string_view conversation_kind_key(ConversationKind kind);

}  // namespace pop
