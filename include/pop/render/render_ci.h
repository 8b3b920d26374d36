#pragma once
/// Renderers of `pop check` results for CI systems: GitHub Actions workflow commands, a GitLab
/// Code Quality report, JUnit XML and SARIF 2.1.0. Like render_check.h: values in, text out, no I/O.
/// tests/ci-formats/run.sh checks their output with the consumers' own validators. One file per
/// format: src/core/render/check_<format>.cpp; the table of formats: pop/render/formats.h.

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "pop/base/hash.h"
#include "pop/i18n/messages.h"
#include "pop/render/escape.h"
#include "pop/render/render_check.h"

namespace pop {

/// The CI formats, as named by `pop check --format`: github, gitlab, junit, sarif (the rows of
/// check_formats() that are not text or json).
std::span<const std::string_view> ci_formats();

/// What the CI renderers need besides the reports.
struct CiOptions {
    Lang lang = Lang::En;               ///< Language of messages, hints and the summary.
    bool strict = false;                ///< junit: a file with only warnings fails too.
    std::string_view tool_version = "";  ///< sarif: tool.driver.version (the CLI passes its version).
};

/// Renders in the CI format `name` (one of ci_formats()); nullopt for any other name.
std::optional<std::string> render_check_ci(std::string_view name, std::span<const FileReport> files,
                                           const CiOptions& options);

/// The renderer of the CI format `name` (one of ci_formats()), writing a file at a time (see
/// CheckRenderer); nullptr for any other name.
std::unique_ptr<CheckRenderer> ci_check_renderer(std::string_view name, const CheckRenderOptions& options);

/// GitHub Actions workflow commands, one line per finding:
/// `::error file=PATH,line=L,col=C,endColumn=E,title=RULE::MESSAGE (hint: HINT)` (`::warning` for
/// warnings; an unreadable file has no line or column). Then the summary line, and, when GitHub
/// would drop some (it shows at most 10 error and 10 warning annotations per step), a line saying
/// how many are not shown as annotations.
std::string render_check_github(std::span<const FileReport> files, Lang lang);

/// A GitLab Code Quality report: a JSON array of {description, check_name, fingerprint, severity,
/// location: {path, lines: {begin}}}. Errors are `major`, warnings `minor`. The fingerprint is a
/// 128-bit FNV-1a hash (32 hex digits) of path, rule, message id, the text of the source line and
/// how many identical findings came before: moving a finding to another line keeps it, and it
/// does not depend on the language. Paths lose a leading "./" (GitLab wants repository paths).
std::string render_check_gitlab(std::span<const FileReport> files, Lang lang);

/// JUnit XML: one test suite "pop check" with one test case per file. A file with errors (or,
/// when strict, warnings) has a <failure> listing its findings in the text layout; one with only
/// warnings passes and lists them in <system-out>; an unreadable file has an <error>.
std::string render_check_junit(std::span<const FileReport> files, Lang lang, bool strict);

/// SARIF 2.1.0: one run, every rule of the registry, one result per finding (columns in Unicode
/// code points). A result's region has the characters it is about as its snippet, and its
/// contextRegion the whole source line. An unreadable file is a tool execution notification of
/// the invocation (which then did not succeed), not a result. Paths lose a leading "./".
std::string render_check_sarif(std::span<const FileReport> files, Lang lang, std::string_view tool_version);

// Building blocks, public for the tests.

/// A workflow command's message: `%`, CR and LF percent-encoded.
std::string github_escape_data(std::string_view text);

/// A workflow command's property value: as github_escape_data, and `:` and `,` too.
std::string github_escape_property(std::string_view text);

// xml_escape and sarif_uri: pop/render/escape.h; fnv1a_128_hex: pop/base/hash.h (both included here).

}  // namespace pop
