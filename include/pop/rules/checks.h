#pragma once
/// The rules that look at meaning: dates in order, SMARTI, links to the roster and school goals.
/// Pure functions from a model (plus policy and "today") to findings.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "pop/base/date.h"
#include "pop/base/finding.h"
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

/// Runs every date, SMARTI and link rule on a POP.
std::vector<Finding> check_pop(const Pop& pop, const CheckContext& context);

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

/// Words of a text (letters and digits), lower-cased ASCII; used by the Specifiek rule.
std::vector<std::string> words_of(std::string_view text);

}  // namespace pop
