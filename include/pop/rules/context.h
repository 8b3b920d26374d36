#pragma once
/// What the rules that look at one POP need besides the POP itself.

#include "pop/base/date.h"
#include "pop/model/model.h"

namespace pop {

/// What the checks need besides the POP itself. Pointers may be null when a file is absent.
struct CheckContext {
    Date today;                                ///< "Today", always given explicitly.
    const Policy* policy = nullptr;            ///< Thresholds; defaults when null.
    const Roster* roster = nullptr;            ///< The roster, when found.
    const SchoolGoals* school_goals = nullptr; ///< The school goals, when found.
    bool reminders = false;                    ///< Also run the reminder rules (reminder.*).
    bool superseded = false;                   ///< A later POP of the same person exists: this one is a record (no reminders).
};

}  // namespace pop
