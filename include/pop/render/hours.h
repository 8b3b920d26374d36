#pragma once
/// The renderers of `pop hours`, one format per file: text (src/core/render/hours_text.cpp),
/// markdown (hours_markdown.cpp), csv (hours_csv.cpp) and JSON (hours_json.cpp, "pop-hours",
/// schemas/hours-output.schema.json). For one person each is the statement (verantwoording) with
/// goals and ledger entries; for more people only numbers per person, team and school: no text of
/// any entry, and no split by kind of learning of a group smaller than min_group_size.

#include <functional>
#include <string>
#include <string_view>

#include "pop/i18n/messages.h"
#include "pop/reports/hours.h"

namespace pop {

/// How `pop hours` is written besides the report.
struct HoursOutputOptions {
    Lang lang = Lang::En;         ///< Language of labels.
    char csv_separator = ',';     ///< CSV: the separator.
    bool excel = false;           ///< CSV: column names in `lang` after a byte order mark, separator ';'.
};

/// `pop hours` as text.
std::string render_hours_text(const HoursReport& report, const HoursOutputOptions& options);

/// `pop hours` as markdown.
std::string render_hours_markdown(const HoursReport& report, const HoursOutputOptions& options);

/// `pop hours` as CSV: one row per person (RFC 4180 quoting, CRLF).
std::string render_hours_csv(const HoursReport& report, const HoursOutputOptions& options);

/// `pop hours` as JSON ("pop-hours", version 1).
std::string render_hours_json(const HoursReport& report, const HoursOutputOptions& options);

/// `pop hours` as JSON, handed to `write` piece by piece (the frame, then one person at a time),
/// so that a school's document is never held whole in memory; the pieces make render_hours_json's text.
void write_hours_json(const HoursReport& report, const HoursOutputOptions& options,
                      const std::function<void(std::string_view)>& write);


}  // namespace pop
