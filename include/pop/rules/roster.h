#pragma once
/// The roster.* rules (src/core/rules/roster.cpp): every active member of staff has exactly one
/// current POP. Repository-wide: they look at all POPs of a roster's folder at once. Also the
/// per-person facts about POPs that other rules need: which POPs a later one took over, and whether
/// a person has left.

#include <cstddef>
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

/// Whether the POP's person is on the roster as no longer active (false without a roster).
bool person_inactive(const Pop& pop, const Roster* roster);

}  // namespace pop
