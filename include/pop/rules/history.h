#pragma once
/// The history.* rules (src/core/rules/history.cpp): what the version history says about a POP.
/// Pure functions: the caller asks git (or an in-memory history in tests) for the dates.

#include <optional>

#include "pop/base/date.h"
#include "pop/base/finding.h"
#include "pop/model/model.h"

namespace pop {

/// history.stale: the POP's last change (in git) lies more than the policy's `stale_months` before
/// `today` (strictly: last_change + stale_months < today). `policy` null means the defaults;
/// `last_change` nullopt (not in the history) gives no finding. The finding sits at the file's
/// start (Mark{}) with the message "history.stale" and the arguments `date` (the last change) and
/// `months` (the threshold).
std::optional<Finding> check_history_stale(const std::optional<Date>& last_change, const Policy* policy,
                                           const Date& today);

}  // namespace pop
