#pragma once
// Private to src/core/render: the catalog keys of the values that the renderers of `pop status`,
// `pop due` and `pop diff` name (the goal status key is model/names.h's goal_status_key).

#include <string>
#include <string_view>

#include "pop/model/model.h"
#include "pop/reports/pop_diff.h"
#include "pop/rules/reminders.h"

namespace pop::render_keys {

/// The catalog key of a note about small groups: `key` ("... fewer than {min} people ..."), or
/// `key.all-shown` when min_group_size is 1 or less and no group is hidden.
inline std::string small_groups_key(std::string_view key, int min_group_size) {
    return min_group_size > 1 ? std::string(key) : std::string(key) + ".all-shown";
}

/// The catalog key of a kind of due item: "due.<kind>".
inline std::string_view due_kind_key(DueKind k) {
    switch (k) {
        case DueKind::Step: return "due.step";
        case DueKind::GoalEnd: return "due.goal-end";
        case DueKind::Conversation: return "due.conversation";
        case DueKind::PeriodEnd: return "due.period-end";
        case DueKind::Renewal: return "due.renewal";
    }
    return "due.step";
}

/// The kind of due item as JSON names it (the key without "due.").
inline std::string_view due_kind_name(DueKind k) { return due_kind_key(k).substr(4); }

/// The catalog key of a kind of change: "diff.<kind>".
inline std::string_view message_key(ChangeKind kind) {
    switch (kind) {
        case ChangeKind::PeriodChanged: return "diff.period";
        case ChangeKind::SignedOff: return "diff.signed";
        case ChangeKind::GoalAdded: return "diff.goal-added";
        case ChangeKind::GoalRemoved: return "diff.goal-removed";
        case ChangeKind::GoalStatus: return "diff.goal-status";
        case ChangeKind::GoalChanged: return "diff.goal-changed";
        case ChangeKind::StepAdded: return "diff.step-added";
        case ChangeKind::StepDone: return "diff.step-done";
        case ChangeKind::EvidenceAdded: return "diff.evidence-added";
        case ChangeKind::ConversationAdded: return "diff.conversation-added";
        case ChangeKind::SignedAgain: return "diff.signed-again";
        case ChangeKind::SignatureRemoved: return "diff.signature-removed";
    }
    return "diff.goal-changed";
}

}  // namespace pop::render_keys
