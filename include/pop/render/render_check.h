#pragma once
/// The results of `pop check` as values, and their renderers (text for people, JSON for scripts).

#include <memory>
#include <span>
#include <string_view>
#include <string>
#include <vector>

#include "pop/base/date.h"
#include "pop/base/finding.h"
#include "pop/i18n/messages.h"
#include "pop/format/spec.h"

namespace pop {

/// The findings of one file.
struct FileReport {
    std::string path;               ///< The path as the user gave or found it.
    FileKind kind = FileKind::Pop;  ///< What kind of file it was read as.
    bool unreadable = false;        ///< True when the file could not be read at all.
    std::vector<Finding> findings;  ///< Sorted by position.
    std::string person_id{};        ///< A POP's person.id, when it has one (empty otherwise).
};

/// Counts over a whole run.
struct CheckTotals {
    std::size_t files = 0;                ///< Files checked (readable or not).
    std::size_t errors = 0;               ///< Findings of severity error.
    std::size_t warnings = 0;             ///< Findings of severity warning.
    std::size_t unreadable = 0;           ///< Files that could not be read.
    std::size_t files_with_findings = 0;  ///< Files with at least one finding.
    std::size_t readable_with_errors = 0;    ///< Readable files with at least one error (JUnit failures).
    std::size_t readable_with_findings = 0;  ///< Readable files with at least one finding (JUnit failures, strict).
};

/// Exit codes of `pop check`, as documented in README.md.
enum ExitCode : int { kExitClean = 0, kExitFindings = 1, kExitUsage = 2, kExitUnreadable = 3 };

/// Adds up a run.
CheckTotals totals_of(std::span<const FileReport> files);

/// Adds one file to the totals of a run.
void add_to_totals(CheckTotals& totals, const FileReport& file);

/// 3 when a file was unreadable, else 1 on errors (or on warnings when strict), else 0.
int check_exit_code(const CheckTotals& totals, bool strict);

/// Options of the text renderer.
struct TextOptions {
    Lang lang = Lang::En;  ///< Language of messages.
    bool color = false;    ///< ANSI colours (only on a terminal; the CLI decides).
    bool command_hints = false;  ///< Hints name the pop command that fixes the finding where there is one
                                 ///< (command_hint in pop/checklist.h): after an edit, not in `pop check`.
    bool english_severity = false;  ///< "error"/"warning" in every language (the JUnit listing, a machine
                                    ///< format); otherwise the severity in the language ("fout", "waarschuwing").
};

/// Findings as text: `file:line:col: severity[rule]: message` (the severity in the language: "error",
/// "fout"), the source line with a caret, a hint; then one summary line.
std::string render_check_text(std::span<const FileReport> files, const TextOptions& options);

/// The findings alone in the text layout, without the summary line.
std::string render_findings_text(std::span<const FileReport> files, const TextOptions& options);

/// The summary line alone (also used by other formats).
std::string render_summary(const CheckTotals& totals, Lang lang);

/// Findings as JSON, shape "pop-check" version 1 (docs/json.md, schemas/check-output.schema.json).
std::string render_check_json(std::span<const FileReport> files, Lang lang, const Date& today, bool strict);

/// What every renderer of `pop check` results may need.
struct CheckRenderOptions {
    Lang lang = Lang::En;                ///< Language of messages, hints and the summary.
    bool color = false;                  ///< text: ANSI colours.
    Date today;                          ///< json: the date checked against.
    bool strict = false;                 ///< json: the exit code; junit: a file with only warnings fails.
    std::string_view tool_version = "";  ///< sarif: tool.driver.version.
};

/// One file's part of the output: a piece of each of the two sections.
struct FilePieces {
    std::string first;   ///< Its piece of the first section.
    std::string second;  ///< Its piece of the second section (json: findings; sarif: results).
};

/// The output around the two sections.
struct CheckFrame {
    std::string before;   ///< Before the first section.
    std::string between;  ///< Between the sections.
    std::string after;    ///< After the second section.
};

/// Renders `pop check` results one file at a time, so that a run can be written without holding
/// every finding (issue 21). The output is frame.before, the first pieces of all files in order,
/// frame.between, the second pieces in order, frame.after. When comma_lists() is true the sections
/// are JSON array elements: every non-empty piece starts with the separator `,`, and the first
/// byte of a section that is not empty is left out. The frame depends on counts alone. Paths are
/// unique within a run.
class CheckRenderer {
public:
    virtual ~CheckRenderer() = default;
    /// Renders one file's pieces (appended to `out`); safe to call from several threads at once.
    virtual void file(const FileReport& file, FilePieces& out) const = 0;
    /// The frame, from the totals of the run and whether each section has any piece.
    virtual CheckFrame frame(const CheckTotals& totals, bool first_empty, bool second_empty) const = 0;
    /// True when the sections are comma-separated JSON array elements.
    virtual bool comma_lists() const { return false; }
};

/// The renderer of a --format of `pop check` (text, json, github, gitlab, junit, sarif); nullptr
/// for any other name.
std::unique_ptr<CheckRenderer> check_renderer(std::string_view format, const CheckRenderOptions& options);

/// The whole output of a renderer for the files, in memory (for tests and small runs).
std::string render_all(const CheckRenderer& renderer, std::span<const FileReport> files);

/// The rule registry as text: one rule a line.
std::string render_rule_list(Lang lang);

/// The rule registry as JSON.
std::string render_rule_list_json(Lang lang);

}  // namespace pop
