#pragma once
/// The renderers of `pop sheet` (values: pop/reports/sheet.h): a self-contained printable HTML
/// page (inline CSS with print rules for A4, no scripts, no external assets) and markdown.

#include <string>

#include "pop/i18n/messages.h"
#include "pop/reports/sheet.h"

namespace pop {

/// The sheet as one self-contained HTML5 page in `lang`.
std::string render_sheet_html(const Sheet& sheet, Lang lang);

/// The sheet as markdown in `lang`.
std::string render_sheet_markdown(const Sheet& sheet, Lang lang);

}  // namespace pop
