#pragma once
/// The results of `pop check` as values, and their renderers (text for people, JSON for scripts).

#include <span>
#include <string>
#include <vector>

#include "pop/date.h"
#include "pop/finding.h"
#include "pop/messages.h"
#include "pop/spec.h"

namespace pop {

/// The findings of one file.
struct FileReport {
    std::string path;               ///< The path as the user gave or found it.
    FileKind kind = FileKind::Pop;  ///< What kind of file it was read as.
    bool unreadable = false;        ///< True when the file could not be read at all.
    std::vector<Finding> findings;  ///< Sorted by position.
};

/// Counts over a whole run.
struct CheckTotals {
    std::size_t files = 0;                ///< Files checked (readable or not).
    std::size_t errors = 0;               ///< Findings of severity error.
    std::size_t warnings = 0;             ///< Findings of severity warning.
    std::size_t unreadable = 0;           ///< Files that could not be read.
    std::size_t files_with_findings = 0;  ///< Files with at least one finding.
};

/// Exit codes of `pop check`, as documented in README.md.
enum ExitCode : int { kExitClean = 0, kExitFindings = 1, kExitUsage = 2, kExitUnreadable = 3 };

/// Adds up a run.
CheckTotals totals_of(std::span<const FileReport> files);

/// 3 when a file was unreadable, else 1 on errors (or on warnings when strict), else 0.
int check_exit_code(const CheckTotals& totals, bool strict);

/// Options of the text renderer.
struct TextOptions {
    Lang lang = Lang::En;  ///< Language of messages.
    bool color = false;    ///< ANSI colours (only on a terminal; the CLI decides).
};

/// Findings as text: `file:line:col: severity[rule]: message`, the source line with a caret, a
/// hint; then one summary line.
std::string render_check_text(std::span<const FileReport> files, const TextOptions& options);

/// The findings alone in the text layout, without the summary line.
std::string render_findings_text(std::span<const FileReport> files, const TextOptions& options);

/// The summary line alone (also used by other formats).
std::string render_summary(const CheckTotals& totals, Lang lang);

/// Findings as JSON, shape "pop-check" version 1 (docs/json.md, schemas/check-output.schema.json).
std::string render_check_json(std::span<const FileReport> files, Lang lang, const Date& today, bool strict);

/// The rule registry as text: one rule a line.
std::string render_rule_list(Lang lang);

/// The rule registry as JSON.
std::string render_rule_list_json(Lang lang);

}  // namespace pop
