#pragma once
/// What changed in a POP between two versions, in the terms of the domain (goals, steps,
/// evidence, conversations), as the input for the next conversation.

#include <string>
#include <vector>

#include "pop/i18n/messages.h"
#include "pop/model/model.h"

namespace pop {

/// The kinds of change `pop diff` reports.
enum class ChangeKind : unsigned char {
    PeriodChanged, SignedOff, GoalAdded, GoalRemoved, GoalStatus, GoalChanged,
    StepAdded, StepDone, EvidenceAdded, ConversationAdded, SignedAgain, SignatureRemoved
};

/// One change.
struct PopChange {
    ChangeKind kind;                  ///< What happened.
    std::string goal;                 ///< The goal's id (empty for POP-wide changes).
    std::string text;                 ///< Title, step, evidence or conversation kind, as written.
    std::string from;                 ///< Old value (status, period), when it applies.
    std::string to;                   ///< New value, when it applies.
    std::string date;                 ///< Date of a step done, evidence or conversation.
    std::vector<std::string> fields;  ///< For GoalChanged: the keys whose values changed.
};

/// The changes from `before` to `after`, in the order of the POP (goals by their order in `after`).
std::vector<PopChange> diff_pops(const Pop& before, const Pop& after);

/// The changes as text for people, with a heading naming the file and the revision.
std::string render_diff_text(const std::vector<PopChange>& changes, Lang lang, const std::string& path,
                             const std::string& since);

/// The changes as JSON ("pop-diff", version 1).
std::string render_diff_json(const std::vector<PopChange>& changes, const std::string& path, const std::string& since,
                             const Person& person);

}  // namespace pop
