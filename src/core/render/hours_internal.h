#pragma once
// What the renderers of `pop hours` share: labels from the catalog and the rows of the account.
#include <functional>
#include <string>
#include <vector>

#include "pop/base/rounding.h"
#include "pop/render/hours.h"

namespace pop::hours_render {

/// A catalog text.
std::string msg(std::string_view key, Lang lang, std::vector<MessageArg> args = {});

/// A number for people ("-" when absent).
std::string amount(const std::optional<double>& value);

/// The heading of the report: statement or overview, with the school year and its days.
std::string heading(const HoursReport& report, Lang lang);

/// "teacher, 0.8 fte, starter" of a person.
std::string terms_text(const HoursPerson& person, Lang lang);

/// The label of a kind of learning.
std::string kind_label(LearningKind kind, Lang lang);

/// One row of the account: label, hours, euros.
struct AccountRow {
    std::string label;   ///< In the language.
    std::string hours;   ///< Rounded, or "-".
    std::string euros;   ///< Rounded, or "-".
    bool indented = false;  ///< A part of the row above (a kind of learning).
};

/// The rows of one account: allowance, carried, planned, spent (with the split when `split`), left.
std::vector<AccountRow> account_rows(const YearAccount& account, bool split, Lang lang);

/// The rows of a group's totals (the split only when the group is not suppressed).
std::vector<AccountRow> group_rows(const HoursGroup& group, Lang lang);

/// The name of a team for people ("(no team)" when empty).
std::string team_label(const std::string& team, Lang lang);

/// The hours section of `pop report --format html` (src/core/render/hours_html.cpp), appended to
/// `out`; `spill` is called after each person's row (it may hand `out` on and empty it).
void write_hours_html(const HoursReport& report, Lang lang, std::string& out, const std::function<void()>& spill);

/// A short line under an account: no personal hours, or spent beyond the allowance; empty otherwise.
std::string account_note(const YearAccount& account, Lang lang);

}  // namespace pop::hours_render
