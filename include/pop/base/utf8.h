#pragma once
/// UTF-8, in one place: decoding one character, validating, counting characters, and cutting text
/// at a character boundary. Decoding is strict (RFC 3629): no overlong forms, no UTF-16
/// surrogates, nothing above U+10FFFF, no cut-off sequences. Counting and cutting assume text that
/// is already valid (the reader checks every file first); on other bytes they never read past the
/// end and never cut inside a sequence that they counted as one character.
///
/// The small functions are inline: the reader counts and decodes on its hot path.

#include <cstddef>
#include <string>
#include <string_view>

namespace pop::utf8 {

/// True for a byte that continues a character (10xxxxxx), never the first byte of one.
constexpr bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

/// One decoded character: its code point and its length in bytes; length 0 when the bytes are not valid UTF-8.
struct Decoded {
    char32_t code_point = 0;  ///< The character, when length > 0.
    std::size_t length = 0;   ///< Bytes it takes (1 to 4), or 0 for invalid bytes.
};

/// Decodes the character that starts at byte `at` (which must be < text.size()), strictly.
inline Decoded decode(std::string_view text, std::size_t at) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned c = p[at];
    if (c < 0x80) return {c, 1};
    std::size_t length = 0;
    char32_t cp = 0;
    unsigned lo = 0x80, hi = 0xBF;  // the range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2, cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3, cp = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;       // no overlongs
        else if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4, cp = c & 0x07;
        if (c == 0xF0) lo = 0x90;       // no overlongs
        else if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
    } else {
        return {};
    }
    if (text.size() - at < length || p[at + 1] < lo || p[at + 1] > hi) return {};
    cp = (cp << 6) | (p[at + 1] & 0x3F);
    for (std::size_t k = 2; k < length; ++k) {
        if (!is_continuation(p[at + k])) return {};
        cp = (cp << 6) | (p[at + k] & 0x3F);
    }
    return {cp, length};
}

/// True when all of `text` is valid UTF-8 (as decode sees it).
bool is_valid(std::string_view text);

/// The number of characters (code points) of valid UTF-8 text: the bytes that start a character.
inline std::size_t count(std::string_view text) {
    std::size_t n = 0;
    for (unsigned char c : text) n += !is_continuation(c);
    return n;
}

/// The byte offset at which character number `chars` (0-based) starts; text.size() when the text
/// has no more than `chars` characters.
inline std::size_t offset_of(std::string_view text, std::size_t chars) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!is_continuation(static_cast<unsigned char>(text[i])) && seen++ == chars) return i;
    return text.size();
}

/// The first `chars` characters of `text` (all of it when it is shorter).
inline std::string_view prefix(std::string_view text, std::size_t chars) { return text.substr(0, offset_of(text, chars)); }

/// The start of the character that byte `at` belongs to (`at` itself when a character starts
/// there, or when at >= text.size()): where to cut text near a byte limit.
inline std::size_t character_start(std::string_view text, std::size_t at) {
    if (at >= text.size()) return at;
    while (at > 0 && is_continuation(static_cast<unsigned char>(text[at]))) --at;
    return at;
}

/// At most `max_chars` characters of `text`: when it is longer, its first max_chars - 1
/// characters and "…" (so the result is max_chars characters long). `max_chars` is at least 1.
std::string shorten(std::string_view text, std::size_t max_chars);

}  // namespace pop::utf8
