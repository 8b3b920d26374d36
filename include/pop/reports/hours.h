#pragma once
/// `pop hours`: planned and spent hours and euros per person and school year, against the
/// allowance of the collective agreement (the policy) with carry-over and starters' extra hours.
/// The arithmetic is documented in docs/reports.md ("Hours and money") and fixed by worked
/// examples in tests/unit/reports/hours_test.cpp.

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "pop/base/date.h"
#include "pop/model/allowance.h"
#include "pop/model/model.h"

namespace pop {

/// One goal in a statement.
struct GoalHours {
    std::string id;                     ///< Goal id.
    std::string title;                  ///< Title.
    bool is_private = false;            ///< A private goal (no title in multi-person output).
    std::optional<double> planned;      ///< realistic.hours of the whole goal.
    double planned_in_year = 0;         ///< Its share in the school year shown.
    double spent_hours = 0;             ///< All hours logged on it (every year).
    double spent_in_year = 0;           ///< Hours logged in the school year shown.
    double euros_in_year = 0;           ///< Euros logged in the school year shown.
};

/// One ledger entry in a statement.
struct EntryLine {
    Date date;                          ///< When.
    double hours = 0;                   ///< Hours.
    double euros = 0;                   ///< Euros.
    std::string what;                   ///< What was done.
    std::string goal;                   ///< Goal id; empty for the POP's own ledger.
    std::string method;                 ///< Method, as written.
    LearningKind kind = LearningKind::Informal;  ///< As counted.
    bool is_private = false;            ///< Private (itself or its goal).
};

/// What one POP contributes: amounts per school year, and the details for a statement.
struct PopHours {
    std::string path;                   ///< The POP file.
    std::string person_id, name, team;  ///< From `person`.
    std::optional<Date> period_start;   ///< Period start, when valid.
    std::vector<YearAmounts> years;     ///< Sorted by year; only years with something planned or spent.
    std::vector<GoalHours> goals;       ///< Goals (with details only), amounts of the year asked for.
    std::vector<EntryLine> entries;     ///< Entries of the year asked for (with details only), by date.
};

/// Reduces a POP to what `pop hours` needs: per school year the planned share of each goal (goals
/// not dropped, spread by days over the goal's start to end, else the POP's period) and what was
/// spent (entries with a valid date; hours and euros that are not usable numbers are left out).
/// With `details`, the goals and entries of school year `year` are kept.
PopHours summarize_hours(const Pop& pop, int start_month, const std::string& path, bool details, int year);

/// One person in `pop hours`.
struct HoursPerson {
    std::string id, name, team, path;   ///< Whose, and their latest POP.
    StaffTerms terms;                   ///< From the roster.
    bool on_roster = false;             ///< Found on the roster.
    YearAccount account;                ///< The school year asked for.
};

/// Totals of a team or of the school.
struct HoursGroup {
    std::string team;                   ///< Team name (empty: no team; the school's totals: empty too).
    int people = 0;                     ///< People counted.
    bool suppressed = false;            ///< Fewer people than min_group_size: no split by kind of learning.
    YearAmounts amounts;                ///< Planned and spent.
    double allowance_hours = 0;         ///< Sum of the allowances of those who have one.
    double carried_hours = 0;           ///< Sum carried into the year.
    double left_hours = 0;              ///< Sum of what is left (those with an allowance).
    double allowance_euros = 0;         ///< Sum of the euro allowances.
    double left_euros = 0;              ///< Sum of the euros left.
    bool any_allowance = false;         ///< Someone in the group has an hours allowance.
    bool any_budget = false;            ///< Someone in the group has a budget.
};

/// The outcome of `pop hours`.
struct HoursReport {
    int year = 0;                       ///< School year shown.
    int start_month = 8;                ///< The policy's first month of a school year (names the year).
    Date first_day, last_day;           ///< Its first and last day.
    bool statement = false;             ///< One person: the statement (verantwoording) with goals and entries.
    int min_group_size = 5;             ///< Largest of the policies seen.
    std::vector<HoursPerson> people;    ///< By team, then name, then id.
    std::vector<GoalHours> goals;       ///< A statement: the person's goals (POP by POP, in file order).
    std::vector<EntryLine> entries;     ///< A statement: the entries of the school year, by date.
    std::vector<HoursGroup> teams;      ///< By team name.
    HoursGroup school;                  ///< Everyone.
};

/// Collects the POPs of `pop hours` (one person may have several) and reconciles them. Memory
/// follows people: per person only their row of the report and their amounts per school year up
/// to the one asked for are kept. Not thread-safe: callers that add from several threads serialise
/// the calls.
class HoursBuilder {
public:
    /// A builder for the report of school `year` or an earlier one (later years are not kept: they
    /// cannot change the accounts up to `year`).
    explicit HoursBuilder(int year = std::numeric_limits<int>::max()) : year_(year) {}
    /// Not copyable (its index points at itself).
    HoursBuilder(const HoursBuilder&) = delete;
    /// Not copyable.
    HoursBuilder& operator=(const HoursBuilder&) = delete;
    /// Room for the people of `pops` POPs (at most one person each), so that the rows are never moved.
    void reserve(std::size_t pops);
    /// Adds a POP's summary, seen with its folder's policy (which must outlive the builder).
    void add(PopHours pop, const Policy& policy);
    /// The report of school `year` (at most the builder's): one account per person id, allowances
    /// from `roster` (may be null); a statement when exactly one person was added, unless
    /// `overview` (then the rules of multi-person output hold even for one person). Hands its rows
    /// to the report: call once.
    HoursReport finish(const Roster* roster, int year, bool overview = false);

private:
    // Besides a person's row: what the latest of their POPs is and their amounts per year.
    struct Extra {
        std::vector<YearAmounts> years;    // merged over their POPs, up to year_
        std::optional<Date> period_start;  // of the latest POP
        const Policy* policy = nullptr;    // of the latest POP
        bool no_id = false;                // the latest POP has no person.id (keyed by its path)
    };
    int year_;
    std::vector<HoursPerson> people_;      // the rows, in the order people came
    std::vector<Extra> extra_;             // beside them
    // The rows by key (person id, or "\x01" + path without one): a set of row numbers hashed by
    // the key of their row, so that no key is stored twice.
    struct RowHash {
        using is_transparent = void;
        const HoursBuilder* builder;
        std::size_t operator()(std::uint32_t row) const;
        std::size_t operator()(std::string_view key) const;
    };
    struct RowEqual {
        using is_transparent = void;
        const HoursBuilder* builder;
        bool operator()(std::uint32_t a, std::uint32_t b) const;
        bool operator()(std::string_view key, std::uint32_t row) const;
        bool operator()(std::uint32_t row, std::string_view key) const;
    };
    struct KeyView {
        bool no_id;             // the key is "\x01" + text (a path), else text (an id)
        std::string_view text;
    };
    KeyView key_of(std::uint32_t row) const;
    bool key_less(std::uint32_t a, std::uint32_t b) const;
    std::unordered_set<std::uint32_t, RowHash, RowEqual> index_{0, RowHash{this}, RowEqual{this}};
    std::map<std::string, std::vector<GoalHours>> goals_;  // a statement's goals, per POP path
    std::vector<EntryLine> entries_;                        // a statement's entries
    int min_group_size_ = 0;  // the largest of the policies added (0: none yet, then Policy{}'s)
};

}  // namespace pop
