#pragma once
/// The roster.* rules (src/core/rules/roster.cpp): every active member of staff has exactly one
/// current POP, and the POPs of someone who left are gone after the retention period. Repository-wide: they look at all POPs of a roster's folder at once. Also the
/// per-person facts about POPs that other rules need: which POPs a later one took over, and whether
/// a person has left.

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pop/base/date.h"
#include "pop/base/finding.h"
#include "pop/model/model.h"

namespace pop {

/// A finding of the repository-wide check and the file it belongs to.
struct PlacedFinding {
    std::optional<std::size_t> pop;  ///< Index of the POP it belongs to; nullopt: the roster file.
    Finding finding;                 ///< The finding.
};

/// Completeness against the roster: every active member of staff has exactly one current POP.
/// `pops` and `paths` run in parallel (paths are only used in messages).
std::vector<PlacedFinding> check_roster(const Roster& roster, std::span<const PopSummary> pops,
                                        std::span<const std::string> paths, const Date& today);

/// roster.duplicate-pop: `pop` is a second current POP of its person; `other` is the first one's path.
Finding duplicate_pop_finding(const PopSummary& pop, std::string_view other);

/// For each POP, whether the same person (by id) has another POP whose period starts later: the
/// earlier one is then a record of its period, which reminders leave alone.
std::vector<bool> superseded_pops(std::span<const PopSummary> pops);

/// Whether the retention period of someone who left (`left` on the roster) has passed on `today`:
/// `today` is after `left` plus the policy's retention_months. False for someone without `left`.
bool retention_passed(const StaffMember& member, const Policy& policy, const Date& today);

/// roster.retention: for each member of the roster (in roster order) with POP files past their
/// retention period, one finding at their entry naming those files. `files` holds, per person id,
/// the paths of their POPs whose policy's retention_months has passed (retention_passed).
std::vector<Finding> check_retention(const Roster& roster,
                                     const std::map<std::string, std::vector<std::string>, std::less<>>& files);

/// Whether the POP's person is on the roster as no longer active (false without a roster).
bool person_inactive(const Pop& pop, const Roster* roster);

}  // namespace pop
