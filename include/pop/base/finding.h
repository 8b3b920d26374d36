#pragma once
/// Findings: what a check or the reader says about one spot in one file.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pop/rules/rule_id.h"

namespace pop {

/// A position in a file: 1-based line, 1-based column (in characters), 0-based byte offset.
struct Mark {
    std::uint32_t line = 1;    ///< 1-based line number.
    std::uint32_t column = 1;  ///< 1-based column, counted in Unicode characters.
    std::uint64_t offset = 0;  ///< 0-based byte offset from the start of the file.
};

/// The start and end of a piece of a file; end is exclusive.
struct Span {
    Mark start;  ///< Where it starts.
    Mark end;    ///< One past where it ends.
};

/// How bad a finding is.
enum class Severity : std::uint8_t { Error, Warning };

/// One named value substituted into a message template ("{field}" -> value).
struct MessageArg {
    std::string name;   ///< Placeholder name, without braces.
    std::string value;  ///< Text substituted: the user's own words, or a catalog key when `translate`.
    bool translate = false;  ///< When true, `value` is a catalog key whose text (in the output language) is substituted.
};

/// One thing wrong (or worth a warning) at one spot in one file.
struct Finding {
    RuleId rule;                     ///< The rule of the registry, e.g. rule::dates_order.
    Mark at;                         ///< Where the problem is.
    std::string message;             ///< Catalog key of the message; its hint is key + ".hint".
    std::vector<MessageArg> args;    ///< Values for the message and hint placeholders.
    std::uint32_t width = 1;         ///< How many characters from `at` to underline (at least 1).
    std::string source_line;         ///< The file's line at `at`, filled in by the runner for display.
};

/// Builds a finding; a small helper so checks read as one line.
Finding make_finding(RuleId rule, Mark at, std::string_view message,
                     std::vector<MessageArg> args = {});

/// Sorts findings by line, then column, keeping the order of findings at the same spot.
void sort_by_position(std::vector<Finding>& findings);

}  // namespace pop
