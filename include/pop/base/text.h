#pragma once
/// Small text utilities shared by the reader's users and the renderers.

#include <string>
#include <string_view>

namespace pop {

/// Text made safe to print on a terminal or in JSON: invalid UTF-8, control characters (line
/// breaks too) and a stray byte order mark become '?', a tab one space, so one character stays one column.
std::string printable_text(std::string_view text);

/// True when text has no character but white space, as JSON Schema's \s sees it (Unicode spaces too).
bool is_blank_text(std::string_view text);

}  // namespace pop
