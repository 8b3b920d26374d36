#pragma once
/// `pop calendar` as values: the due items of POPs as all-day events with stable UIDs, and their
/// RFC 5545 iCalendar renderer.

#include <string>
#include <string_view>
#include <vector>

#include "pop/base/date.h"
#include "pop/i18n/messages.h"
#include "pop/model/model.h"
#include "pop/rules/reminders.h"

namespace pop {

/// One event of the calendar: a due item, whose it is, and what identifies it.
struct CalendarEntry {
    DueItem item;            ///< What falls due (its date, kind, goal, text, line, privacy).
    std::string path;        ///< The POP file, for the description.
    std::string person;      ///< The person's id (else name, else the path), shown in the summary.
    std::string goal_title;  ///< For steps: the title of their goal (empty otherwise).
    std::string key;         ///< What the UID is made from: person, kind, goal and step; never a date or a line.
    std::string uid;         ///< Filled in by assign_calendar_uids.
};

/// The entries of one POP: every due item of due_items (also the overdue ones and the private
/// ones: the caller leaves those out of multi-person output), in due_items' order, each with its
/// key. Keys: person id + kind, and for steps the goal id and the step's id (its text when it has
/// none), for goal ends the goal id, for planned conversations their kind and the how-manieth
/// conversation of that kind in the file it is, counting held ones too. UIDs are not assigned yet.
std::vector<CalendarEntry> calendar_entries(const Pop& pop, const Policy& policy, const Date& today,
                                            const std::string& path);

/// Sets each entry's uid: the 128-bit FNV-1a hash of its key (32 hex digits) + "@pop.invalid".
/// Entries with equal keys (two steps with the same text and no id, two POPs of one person) get a
/// counter in file order (path, then position), so every UID is unique.
void assign_calendar_uids(std::vector<CalendarEntry>& entries);

/// The calendar: VCALENDAR (VERSION 2.0, PRODID, CALSCALE GREGORIAN, METHOD PUBLISH, X-WR-CALNAME)
/// with one all-day VEVENT per entry, in the order given: DTSTART;VALUE=DATE, DTEND the next day
/// (exclusive), DTSTAMP `today`T000000Z (deterministic), a localized SUMMARY ("[overdue] " in front
/// when the date has passed), DESCRIPTION (the goal for steps; file and line), TRANSP:TRANSPARENT,
/// CLASS:PRIVATE for private items. `person` names the calendar when it is one person's (empty:
/// several). TEXT escaped, lines folded at 75 octets without splitting a UTF-8 character, CRLF.
/// `missing` (--partial): the files left out, in X-POP-MISSING (one TEXT list) and in the calendar's
/// description X-WR-CALDESC, the notice that calendar apps show with the calendar.
std::string render_calendar(const std::vector<CalendarEntry>& entries, Lang lang, const Date& today,
                            std::string_view person, const std::vector<std::string>& missing = {});

// Building blocks, public for the tests.

/// An iCalendar TEXT value: backslash, semicolon and comma escaped, a line break (LF, CRLF or CR)
/// written as `\n`; invalid UTF-8 and other control characters become '?', a tab one space.
std::string ical_escape_text(std::string_view text);

/// One content line folded as RFC 5545 says: at most 75 octets per line, continued on the next
/// line after CRLF and one space, never inside a UTF-8 character; ends with CRLF.
std::string ical_fold(std::string_view line);

}  // namespace pop
