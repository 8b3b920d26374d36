#pragma once
/// YAML syntax errors in the user's language: libyaml's problem and context strings become catalog
/// keys, and the common mistakes get a targeted hint that shows the offending line rewritten
/// (see docs/decisions.md #12). Pure functions of the bytes and libyaml's report.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "pop/base/finding.h"

namespace pop {

/// What libyaml reported when it stopped: its English problem and context and their positions.
struct SyntaxProblem {
    std::string problem;      ///< libyaml's problem text; empty when it gave none.
    std::string context;      ///< libyaml's context text; empty when it gave none.
    Mark at;                  ///< Where the problem is (problem_mark).
    Mark context_at;          ///< Where the context starts (context_mark); only meaningful with a context.
};

/// One line of the file written as the user probably meant it; the line count never changes.
struct LineRepair {
    std::uint32_t line = 1;        ///< 1-based line number.
    std::uint64_t offset = 0;      ///< Byte offset of the line's first byte.
    std::string before;            ///< The line as written, without its line break.
    std::string after;             ///< The line rewritten, without a line break.
};

/// A syntax error as a finding, with the repair that its hint shows, when there is one.
struct ExplainedSyntaxError {
    Finding finding;                  ///< yaml.syntax, yaml.tab or yaml.unclosed-quote, in catalog keys.
    std::optional<LineRepair> repair; ///< The rewritten line shown in the hint (arg `rewrite`).
};

/// Turns libyaml's report on `bytes` into a finding with a targeted hint where one fits.
ExplainedSyntaxError explain_syntax_error(std::string_view bytes, const SyntaxProblem& problem);

/// The catalog key of one of libyaml 0.2.5's problem strings; "yaml.problem.other" for any other.
std::string_view problem_key(std::string_view problem);

/// The catalog key of one of libyaml 0.2.5's context strings; empty for none or an unknown one.
std::string_view context_key(std::string_view context);

/// `text` as a one-line YAML string in quotes: double quotes when it has no `"` or `\`, else single
/// quotes (a `'` doubled), else double quotes with `\"` and `\\`.
std::string quote_yaml_text(std::string_view text);

}  // namespace pop
