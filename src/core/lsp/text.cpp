// LSP positions (UTF-16 code units) against UTF-8 text (pop/lsp/text.h).
#include "pop/lsp/text.h"

#include <algorithm>

namespace pop::lsp {
namespace {

// The length in bytes of the code point that starts with `lead` (1 for a stray byte).
std::size_t sequence_length(unsigned char lead) {
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
}

// The UTF-16 code units of the code point that starts with `lead`: 2 beyond the Basic
// Multilingual Plane (4 bytes in UTF-8), else 1.
std::uint32_t utf16_units(unsigned char lead) { return lead >= 0xF0 ? 2 : 1; }

// The bytes of one code point at `i` (never past the end, never past a line break).
std::size_t step(std::string_view text, std::size_t i) {
    std::size_t n = std::min(sequence_length(static_cast<unsigned char>(text[i])), text.size() - i);
    for (std::size_t k = 1; k < n; ++k)  // a short sequence: stop at the first byte that is no continuation
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return k;
    return n;
}

// The byte offset where 0-based line `line` starts (the text's size when there are fewer lines).
std::size_t line_start(std::string_view text, std::uint32_t line) {
    std::size_t i = 0;
    for (std::uint32_t l = 0; l < line; ++l) {
        std::size_t nl = text.find('\n', i);
        if (nl == std::string_view::npos) return text.size();
        i = nl + 1;
    }
    return i;
}

// Where the line that starts at `start` ends (before "\n" or "\r\n").
std::size_t line_end(std::string_view text, std::size_t start) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return text.size();
    return nl > start && text[nl - 1] == '\r' ? nl - 1 : nl;
}

}  // namespace

std::size_t byte_offset(std::string_view text, Position at) {
    std::size_t i = line_start(text, at.line);
    std::size_t end = line_end(text, i);
    std::uint32_t units = 0;
    while (i < end) {
        std::uint32_t u = utf16_units(static_cast<unsigned char>(text[i]));
        if (units + u > at.character) break;
        units += u;
        i += step(text, i);
    }
    return std::min(i, end);
}

Position position_of(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    Position out;
    std::size_t start = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string_view::npos && nl < offset; nl = text.find('\n', nl + 1)) {
        ++out.line;
        start = nl + 1;
    }
    for (std::size_t i = start; i < offset; i += step(text, i)) out.character += utf16_units(static_cast<unsigned char>(text[i]));
    return out;
}

Range range_of(std::string_view text, const Finding& finding) {
    std::uint32_t line = finding.at.line > 0 ? finding.at.line - 1 : 0;
    std::size_t i = line_start(text, line);
    std::size_t end = line_end(text, i);
    for (std::uint32_t c = 1; c < finding.at.column && i < end; ++c) i += step(text, i);
    std::size_t from = std::min(i, end);
    std::uint32_t width = std::max<std::uint32_t>(finding.width, 1);
    for (std::uint32_t c = 0; c < width && i < end; ++c) i += step(text, i);
    std::size_t to = std::min(i, end);
    return {position_of(text, from), position_of(text, to)};
}

void apply_change(std::string& text, const Range& range, std::string_view replacement) {
    std::size_t from = byte_offset(text, range.start);
    std::size_t to = std::max(from, byte_offset(text, range.end));
    text.replace(from, to - from, replacement);
}

}  // namespace pop::lsp
