#pragma once
/// history.stale: a POP nobody changed in the repository for longer than the policy's stale_months.

#include <optional>

#include "pop/base/date.h"
#include "pop/base/finding.h"
#include "pop/model/model.h"

namespace pop {

/// history.stale for a POP that last changed on `last_change` (nullopt: unknown, no finding);
/// `policy` null: the defaults.
std::optional<Finding> check_history_stale(const std::optional<Date>& last_change, const Policy* policy,
                                           const Date& today);

}  // namespace pop
