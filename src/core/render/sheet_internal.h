#pragma once
// Private to src/core/render: what the HTML and markdown sheets share: the lines of the agenda as
// text (catalog texts with `code` in backticks; the renderer escapes), dates in the document's
// language, and numbers.

#include <string>
#include <vector>

#include "pop/i18n/messages.h"
#include "pop/reports/sheet.h"

namespace pop::sheet_text {

/// One line of a list with whether it is private.
struct Line {
    std::string text;        ///< Catalog text filled in; `code` in backticks.
    bool is_private = false; ///< Show the confidential tag.
};

/// A date as people write it in `lang`: "5 December 2026", "5 december 2026".
std::string long_date(const Date& date, Lang lang);

/// An optional date, or the catalog's "not filled in".
std::string long_date(const std::optional<Date>& date, Lang lang);

/// The changes since the last conversation (history: as pop diff; file: the activities).
std::vector<Line> change_lines(const Sheet& sheet, Lang lang);

/// The activities dated after the last conversation.
std::vector<Line> activity_lines(const Sheet& sheet, Lang lang);

/// The items due soon or overdue.
std::vector<Line> due_lines(const Sheet& sheet, Lang lang);

/// The reminders.
std::vector<Line> reminder_lines(const Sheet& sheet, Lang lang);

/// The header's period line ("1 August 2026 to 31 July 2028, 600 days left").
std::string period_text(const Sheet& sheet, Lang lang);

/// The explanation under the changes heading (history, file), empty when there is none.
std::string changes_note(const Sheet& sheet, Lang lang);

/// The name of a framework's area in `lang` (its id when it has no name or is not in the framework).
std::string area_name(const CompetenceFramework& framework, const std::string& id, Lang lang);

/// The name of a framework's level in `lang` (its id when it has no name; "" for "").
std::string level_name(const CompetenceFramework& framework, const std::string& id, Lang lang);

/// The framework's name in `lang`.
std::string framework_name(const CompetenceFramework& framework, Lang lang);

/// A goal's hours: spent of planned, or spent with none planned.
std::string hours_text(const SheetGoal& goal, Lang lang);

/// A goal's `agreed`: who, on which date.
std::string agreed_text(const SheetGoal& goal, Lang lang);

/// Text of a key.
std::string t(std::string_view key, Lang lang, std::vector<MessageArg> args = {});

/// Hours or euros as the other reports show them.
std::string amount(double value);

}  // namespace pop::sheet_text
