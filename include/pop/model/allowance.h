#pragma once
/// The arithmetic of allowances (issue 17): school years, the allowance of a person per school
/// year (pro rata by fte and by a start during the year, starters' extra hours), carry-over of
/// unused allowance, and the hours and euros of a POP per school year (planned from the goals'
/// realistic.hours, spent from the ledgers). In the model layer so that the rules (hours.*) and
/// `pop hours` (pop/reports/hours.h) count alike. Documented in docs/format.md ("Allowances");
/// worked examples in tests/unit/reports/hours_test.cpp.

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pop/base/date.h"
#include "pop/model/model.h"

namespace pop {

/// The kind of learning an entry of the ledger counts as.
enum class LearningKind : unsigned char { Formal, NonFormal, Informal, Unspecified };

/// How many kinds of learning there are (the size of a split).
inline constexpr std::size_t kLearningKinds = 4;

/// The key of a kind: formal, non_formal, informal, unspecified.
std::string_view learning_key(LearningKind kind);

/// The kind written as `learning` (formal, non_formal, informal); Unspecified for anything else.
LearningKind learning_kind(std::string_view written);

/// The school year a date falls in, named by the calendar year it starts in: with start month 8,
/// 2026 runs from 1 August 2026 to 31 July 2027.
int school_year_of(const Date& date, int start_month);

/// The first day of school year `year`.
Date school_year_first_day(int year, int start_month);

/// The last day of school year `year`.
Date school_year_last_day(int year, int start_month);

/// What the allowance of a person depends on, from the roster (defaults when not on it).
struct StaffTerms {
    double fte = 1;                  ///< Part-time factor.
    bool support = false;            ///< Support staff (otherwise a teacher).
    std::optional<Date> start_date;  ///< First working day.
};

/// The terms of a roster entry; the defaults for nobody (nullptr).
StaffTerms staff_terms(const StaffMember* member);

/// The terms of the POP's person on the roster (by person.id); the defaults when not on it or no roster.
StaffTerms staff_terms_of(const Pop& pop, const Roster* roster);

/// The allowance of one school year, before carry-over.
struct YearAllowance {
    std::optional<double> hours;  ///< Hours: base x fte x share, plus the starter's extra; none: no personal hours.
    std::optional<double> euros;  ///< Euros: budget x fte x share; none: no personal budget.
    double starter_hours = 0;     ///< Of `hours`, the starter's extra.
    double share = 1;             ///< Part of the year employed (start_date inside the year), 0 to 1.
    bool starter = false;         ///< A starter this school year.
};

/// The allowance of school year `year` for someone with `terms` under `policy`.
YearAllowance year_allowance(const Policy& policy, const StaffTerms& terms, int year);

/// Planned and spent in one school year.
struct YearAmounts {
    int year = 0;                                ///< The school year.
    double planned_hours = 0;                    ///< Share of the goals' realistic.hours in this year.
    double planned_euros = 0;                    ///< Share of the goals' realistic.budget in this year.
    std::array<double, kLearningKinds> hours{};  ///< Hours spent, per kind of learning.
    std::array<double, kLearningKinds> euros{};  ///< Euros spent, per kind of learning.
    /// Of `euros`, those of private entries (or entries of private goals): multi-person output
    /// leaves them out, as public_view does.
    std::array<double, kLearningKinds> private_euros{};
    /// All hours spent.
    double spent_hours() const;
    /// All euros spent.
    double spent_euros() const;
    /// Adds another's amounts (the year stays).
    void add(const YearAmounts& other);
    /// Leaves out the euros of private entries.
    void drop_private_euros();
};

/// One school year reconciled: the amounts against the allowance and what was carried into it.
struct YearAccount {
    YearAmounts amounts;             ///< Planned and spent.
    YearAllowance allowance;         ///< This year's own allowance.
    double carried_hours = 0;        ///< Unused hours of earlier years still usable in this one.
    double carried_euros = 0;        ///< Unused euros of earlier years still usable in this one.
    std::optional<double> left_hours;  ///< allowance + carried - spent (negative: over); none without allowance.
    std::optional<double> left_euros;  ///< The same in euros.
};

/// The accounts of school years `from` to `to` (inclusive; nothing is carried into `from`). Unused
/// allowance of a year stays usable for `carry_over_years` later years; spending uses the oldest
/// carried allowance first, then the year's own. `spent` may hold any years, in any order.
std::vector<YearAccount> reconcile(const Policy& policy, const StaffTerms& terms, const std::vector<YearAmounts>& spent,
                                   int from, int to);

/// The accounts up to school year `year` of someone whose amounts are `years`: from the first
/// school year with something logged in it (not before the school year of the start date; `year`
/// when nothing was logged before it), so nothing is carried into a year before the ledger began:
/// hours not logged are not known to be unused.
std::vector<YearAccount> accounts_until(const Policy& policy, const StaffTerms& terms, const std::vector<YearAmounts>& years,
                                        int year);

/// Splits `amount` planned from `start` to `end` (inclusive) over the school years by days.
std::map<int, double> spread_over_school_years(double amount, const Date& start, const Date& end, int start_month);

/// The school year's name as people write it: "2026-2027"; a school year that starts in January
/// (`start_month` 1) is one calendar year: "2026".
std::string school_year_name(int year, int start_month);

/// The kind an entry counts as: its own `learning`, else its goal's (`goal` null for the POP's
/// own ledger, whose entries are informal unless they say otherwise).
LearningKind entry_kind(const LogEntry& entry, const Goal* goal);

/// The planned and spent amounts of a POP per school year, sorted by year (only years with
/// something in them): goals not dropped spread by days over their start to end (else the POP's
/// period); entries with a valid date; values that are not usable numbers are left out.
std::vector<YearAmounts> amounts_by_school_year(const Pop& pop, int start_month);

/// The amounts of `year` in `years` (added when missing, keeping the order).
YearAmounts& amounts_of(std::vector<YearAmounts>& years, int year);

}  // namespace pop
