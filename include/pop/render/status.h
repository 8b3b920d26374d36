#pragma once
/// The renderers of `pop status` and `pop due`: text (src/core/render/status_text.cpp,
/// due_text.cpp) and JSON (status_json.cpp, due_json.cpp).

#include <cstddef>
#include <string>
#include <vector>

#include "pop/base/date.h"
#include "pop/i18n/messages.h"
#include "pop/reports/status.h"

namespace pop {

/// The status as text; reminders in the stable finding layout (with `path`).
std::string render_status_text(const StatusView& view, const std::string& path, Lang lang, bool color);

/// The status as JSON ("pop-status", version 1).
std::string render_status_json(const StatusView& view, const std::string& path, Lang lang, const Date& today);

/// `pop due`: the lines, sorted by date, then person.
std::string render_due_text(const std::vector<DueLine>& lines, const Date& today, Lang lang, std::size_t private_left_out);

/// `pop due` as JSON ("pop-due", version 1).
std::string render_due_json(const std::vector<DueLine>& lines, const Date& today, std::size_t private_left_out);

}  // namespace pop
