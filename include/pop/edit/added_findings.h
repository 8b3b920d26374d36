#pragma once
/// "An edit may not add an error": the findings a changed file has that it did not have before,
/// compared without positions (lines move when lines are added above).

#include <string>
#include <vector>

#include "pop/base/finding.h"

namespace pop {

/// What identifies a finding apart from where it is: its rule, message and arguments, leaving out
/// the arguments that are line numbers.
std::string finding_identity(const Finding& finding);

/// The findings of `after` that `before` does not have, of one severity; compared by
/// finding_identity and counted (two equal findings before and three after: one is added).
std::vector<Finding> added_findings(const std::vector<Finding>& before, const std::vector<Finding>& after,
                                    Severity severity);

/// The errors `after` adds to `before` that refuse an edit: all but those that describe where the
/// cycle stands (completeness, reminders, history), which the checklist shows instead.
std::vector<Finding> blocking_errors(const std::vector<Finding>& before, const std::vector<Finding>& after);

}  // namespace pop
