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

/// How `pop due` is written besides its lines.
struct DueOutputOptions {
    int width = 0;                     ///< Text: width to fit (the person and the item give way); 0: no limit.
    std::vector<std::string> missing;  ///< Files missing or unreadable (--partial): said at the top.
};

/// `pop due`: the lines, sorted by date, then person, in aligned columns (display width).
std::string render_due_text(const std::vector<DueLine>& lines, const Date& today, Lang lang, std::size_t private_left_out,
                            const DueOutputOptions& options = {});

/// `pop due` as JSON ("pop-due", version 1); "missing" lists the files left out (--partial).
std::string render_due_json(const std::vector<DueLine>& lines, const Date& today, std::size_t private_left_out,
                            const DueOutputOptions& options = {});

}  // namespace pop
