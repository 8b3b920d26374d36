#pragma once
/// The rules that look at meaning: dates in order, SMARTI, links to the roster and school goals.
/// Pure functions from a model (plus policy and "today") to findings.

#include <vector>

#include "pop/date.h"
#include "pop/finding.h"
#include "pop/model.h"

namespace pop {

/// What the checks need besides the POP itself. Pointers may be null when a file is absent.
struct CheckContext {
    Date today;                                ///< "Today", always given explicitly.
    const Policy* policy = nullptr;            ///< Thresholds; defaults when null.
    const Roster* roster = nullptr;            ///< The roster, when found.
    const SchoolGoals* school_goals = nullptr; ///< The school goals, when found.
};

/// Runs every date, SMARTI and link rule on a POP.
std::vector<Finding> check_pop(const Pop& pop, const CheckContext& context);

/// Words of a text (letters and digits), lower-cased ASCII; used by the Specifiek rule.
std::vector<std::string> words_of(std::string_view text);

}  // namespace pop
