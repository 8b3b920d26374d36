#pragma once
/// The rules that look at the meaning of one POP: check_pop runs every family of families.h (dates,
/// SMARTI, links, completeness, structure.no-goals) and, when asked, the reminders. Pure functions
/// from a model (plus policy and "today") to findings. Includes the roster rules (roster.h), which
/// look at all POPs of a folder.

#include <vector>

#include "pop/base/finding.h"
#include "pop/model/model.h"
#include "pop/rules/context.h"
#include "pop/rules/families.h"
#include "pop/rules/roster.h"

namespace pop {

/// Runs every date, SMARTI, link and completeness rule (and structure.no-goals) on a POP, and the
/// reminder rules when the context asks for them; sorted by position.
std::vector<Finding> check_pop(const Pop& pop, const CheckContext& context);

}  // namespace pop
