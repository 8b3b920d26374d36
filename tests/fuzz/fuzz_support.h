#pragma once
/// Shared by the fuzz targets: a fixed context (today, policy, roster, school goals) and cheap
/// checks of rendered output. A failed check prints what is wrong and calls abort(), so libFuzzer
/// (or the replay driver) reports the input.

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "pop/workspace/check_file.h"
#include "pop/base/date.h"
#include "pop/model/model.h"

namespace pop::fuzz {

/// Prints `what` (and a short excerpt of `text`) to stderr and aborts.
[[noreturn]] inline void fail(std::string_view what, std::string_view text = {}) {
    std::fprintf(stderr, "fuzz check failed: %.*s\n", static_cast<int>(what.size()), what.data());
    if (!text.empty()) {
        std::string_view shown = text.substr(0, 2000);
        std::fprintf(stderr, "--- output (first %zu of %zu bytes) ---\n%.*s\n---\n", shown.size(), text.size(),
                     static_cast<int>(shown.size()), shown.data());
    }
    std::abort();
}

/// The fixed "today" of every target.
inline constexpr Date kToday{2026, 3, 15};

/// A model built from fixed YAML text (aborts when the text does not read: a bug in the target).
template <class T>
T model_from(std::string_view yaml, FileKind kind, T (*build)(const YamlDocument&)) {
    ValidatedFile file = read_and_validate(yaml, kind);
    if (!file.usable || file.doc.empty()) fail("a fixed context file does not read", yaml);
    return build(file.doc);
}

/// The policy of the fixed context: the vo preset with the completeness rules on.
inline const Policy& fixed_policy() {
    static const Policy policy = model_from<Policy>(
        "format_version: 1\npreset: vo\nrequire_sign_off: true\nrequire_current_goal: true\n"
        "require_conversation: true\nvague_words: [beter, meer, goed]\n",
        FileKind::Policy, &build_policy);
    return policy;
}

/// The roster of the fixed context: two active members of staff and one who left.
inline const Roster& fixed_roster() {
    static const Roster roster = model_from<Roster>(
        "format_version: 1\nstaff:\n  - {id: j.devries, name: Jan de Vries, team: onderbouw}\n"
        "  - {id: a.el-amrani, name: Aïcha El Amrani, team: bovenbouw}\n"
        "  - {id: p.old, name: Piet Oud, team: onderbouw, active: false}\n",
        FileKind::Roster, &build_roster);
    return roster;
}

/// The school goals of the fixed context.
inline const SchoolGoals& fixed_school_goals() {
    static const SchoolGoals goals = model_from<SchoolGoals>(
        "format_version: 1\ngoals:\n  - {id: sg-lezen, title: Begrijpend lezen, theme: taal}\n"
        "  - {id: sg-differentiatie, title: Differentiëren, theme: didactiek}\n",
        FileKind::SchoolGoals, &build_school_goals);
    return goals;
}

/// A valid POP, for the targets that need a second one beside the fuzzed file.
inline constexpr std::string_view kFixedPop = R"(format_version: 1
person: {id: j.devries, name: Jan de Vries, role: docent, school: De Brug, team: onderbouw, manager: M. Jansen}
period: {start: 2025-08-01, end: 2027-07-31}
goals:
  - id: lezen
    title: Begrijpend lezen in groep 5
    specific: Ik geef elke week drie lessen begrijpend lezen met de nieuwe methode in groep 5.
    measurable: Tien lessen geobserveerd door de intern begeleider.
    agreed: {name: M. Jansen, date: 2025-09-01}
    realistic: {hours: 20, budget: 300}
    start: 2025-09-01
    end: 2026-06-30
    inspiring: Leerlingen lezen met meer plezier.
    methods: [training, coaching]
    school_goals: [sg-lezen]
    status: active
    steps:
      - {id: s1, what: Cursus volgen, due: 2025-11-01, done: 2025-10-20}
      - {id: s2, what: Lessen geven, due: 2026-03-20}
    evidence:
      - {date: 2025-10-20, what: Certificaat}
conversations:
  - {kind: start, date: 2025-09-01, with: M. Jansen}
  - {kind: progress, date: 2026-04-01, with: M. Jansen}
)";

/// True when text is well-formed UTF-8 (no overlong forms, no surrogates, at most U+10FFFF).
inline bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        std::uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (std::size_t k = 1; k < n; ++k) {
            auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc >> 6) != 2) return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n;
    }
    return true;
}

/// A strict RFC 8259 JSON checker: one value, nothing after it but white space, strings valid
/// UTF-8 without raw control characters, numbers in JSON's grammar.
class JsonChecker {
public:
    /// Checks the whole text; returns what is wrong, or "" when it is JSON.
    static std::string check(std::string_view text) {
        JsonChecker c(text);
        c.space();
        if (!c.value(0)) return c.error_ + " at byte " + std::to_string(c.at_);
        c.space();
        if (c.at_ != text.size()) return "text after the JSON value at byte " + std::to_string(c.at_);
        if (!valid_utf8(text)) return "invalid UTF-8";
        return "";
    }

private:
    explicit JsonChecker(std::string_view text) : s_(text) {}
    bool fail_with(const char* what) {
        if (error_.empty()) error_ = what;
        return false;
    }
    char peek() const { return at_ < s_.size() ? s_[at_] : '\0'; }
    void space() {
        while (at_ < s_.size() && (s_[at_] == ' ' || s_[at_] == '\t' || s_[at_] == '\n' || s_[at_] == '\r')) ++at_;
    }
    bool literal(std::string_view word) {
        if (s_.substr(at_, word.size()) != word) return fail_with("bad literal");
        at_ += word.size();
        return true;
    }
    bool digits() {
        std::size_t from = at_;
        while (at_ < s_.size() && s_[at_] >= '0' && s_[at_] <= '9') ++at_;
        return at_ > from || fail_with("digits expected");
    }
    bool number() {
        if (peek() == '-') ++at_;
        if (peek() == '0') ++at_;
        else if (!digits()) return false;
        if (peek() == '.') {
            ++at_;
            if (!digits()) return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++at_;
            if (peek() == '+' || peek() == '-') ++at_;
            if (!digits()) return false;
        }
        return true;
    }
    bool string() {
        ++at_;  // the opening quote
        while (at_ < s_.size()) {
            auto c = static_cast<unsigned char>(s_[at_++]);
            if (c == '"') return true;
            if (c < 0x20) return fail_with("raw control character in a string");
            if (c != '\\') continue;
            char e = peek();
            ++at_;
            if (e == 'u') {
                for (int k = 0; k < 4; ++k, ++at_)
                    if (!std::isxdigit(static_cast<unsigned char>(peek()))) return fail_with("bad \\u escape");
            } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos || e == '\0') {
                return fail_with("bad escape");
            }
        }
        return fail_with("unterminated string");
    }
    bool value(int depth) {
        if (depth > 256) return fail_with("nested too deep");
        char c = peek();
        if (c == '{' || c == '[') {
            char close = c == '{' ? '}' : ']';
            ++at_;
            space();
            if (peek() == close) return ++at_, true;
            for (;;) {
                if (c == '{') {
                    if (peek() != '"') return fail_with("key expected");
                    if (!string()) return false;
                    space();
                    if (peek() != ':') return fail_with("':' expected");
                    ++at_;
                    space();
                }
                if (!value(depth + 1)) return false;
                space();
                if (peek() == ',') {
                    ++at_;
                    space();
                    continue;
                }
                if (peek() == close) return ++at_, true;
                return fail_with("',' or a closing bracket expected");
            }
        }
        if (c == '"') return string();
        if (c == 't') return literal("true");
        if (c == 'f') return literal("false");
        if (c == 'n') return literal("null");
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        return fail_with("value expected");
    }

    std::string_view s_;
    std::size_t at_ = 0;
    std::string error_;
};

/// Aborts unless text is JSON.
inline void expect_json(std::string_view what, std::string_view text) {
    std::string wrong = JsonChecker::check(text);
    if (!wrong.empty()) fail(std::string(what) + ": not JSON: " + wrong, text);
}

/// Aborts unless text is valid UTF-8.
inline void expect_utf8(std::string_view what, std::string_view text) {
    if (!valid_utf8(text)) fail(std::string(what) + ": invalid UTF-8", text);
}

/// Aborts unless an iCalendar text is RFC 5545 content lines: every line ends in CRLF (no bare CR
/// or LF), is at most 75 octets, continuation lines start with one space, and the text is UTF-8
/// with no character split across a fold.
inline void expect_icalendar(std::string_view text) {
    if (!valid_utf8(text)) fail("calendar: invalid UTF-8", text);
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t cr = text.find('\r', start);
        if (cr == std::string_view::npos || cr + 1 >= text.size() || text[cr + 1] != '\n')
            fail("calendar: a line does not end in CRLF", text.substr(start));
        std::string_view line = text.substr(start, cr - start);
        if (line.find('\n') != std::string_view::npos) fail("calendar: a bare LF inside a line", line);
        if (line.size() > 75) fail("calendar: a line longer than 75 octets", line);
        if (!valid_utf8(line)) fail("calendar: a fold splits a UTF-8 character", line);
        for (unsigned char c : line)
            if ((c < 0x20 && c != '\t') || c == 0x7f) fail("calendar: a control character in a line", line);
        start = cr + 2;
    }
    if (text.substr(0, 15) != "BEGIN:VCALENDAR") fail("calendar: does not start with BEGIN:VCALENDAR", text);
    if (!text.ends_with("END:VCALENDAR\r\n")) fail("calendar: does not end with END:VCALENDAR", text);
}

}  // namespace pop::fuzz
