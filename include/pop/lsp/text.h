#pragma once
/// Positions in a text as the Language Server Protocol counts them (0-based line, 0-based
/// character in UTF-16 code units) against the UTF-8 bytes pop holds, and the edits of an
/// incremental `textDocument/didChange`.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "pop/base/finding.h"

namespace pop::lsp {

/// An LSP position: 0-based line, 0-based offset in UTF-16 code units within the line.
struct Position {
    std::uint32_t line = 0;       ///< 0-based line.
    std::uint32_t character = 0;  ///< 0-based UTF-16 code units from the start of the line.
};

/// An LSP range; end is exclusive.
struct Range {
    Position start;  ///< Where it starts.
    Position end;    ///< One past where it ends.
};

/// The byte offset of `at` in `text`. A line past the end is the end of the text; a character past
/// the end of its line is the end of the line (the protocol's rule); a character inside a code
/// point (between the halves of a surrogate pair) is the start of that code point.
std::size_t byte_offset(std::string_view text, Position at);

/// The LSP position of byte `offset` of `text` (clamped to the text's size).
Position position_of(std::string_view text, std::size_t offset);

/// The range a finding underlines: from its 1-based line and column (in Unicode characters) for
/// `width` characters, kept within the line (at least one character when the line has one there).
Range range_of(std::string_view text, const Finding& finding);

/// Replaces `range` of `text` by `replacement` (an incremental change).
void apply_change(std::string& text, const Range& range, std::string_view replacement);

}  // namespace pop::lsp
