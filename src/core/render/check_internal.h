#pragma once
// Private to src/core/render: what the renderers of `pop check` results share, and the factory of
// each format's renderer (the table of formats in formats.cpp points to them).

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "pop/render/render_check.h"
#include "pop/rules/rules.h"

namespace pop::check_render {

/// "1 error" or "3 errors": a catalog message whose plural selector takes the count as {n}.
inline std::string count(std::size_t n, std::string_view key, Lang lang) {
    MessageArg arg{"n", std::to_string(n)};
    return render_message(key, lang, std::span(&arg, 1));
}

/// "error" or "warning", as the machine formats (JSON, the rule list as JSON) write a severity.
inline std::string_view severity_token(Severity s) { return s == Severity::Error ? "error" : "warning"; }

/// The severity in the user's language, as text for people writes it: "error", "fout", "waarschuwing".
inline std::string severity_word(Severity s, Lang lang) {
    return render_message(s == Severity::Error ? "ui.severity.error" : "ui.severity.warning", lang);
}

/// True when the finding's rule is an error.
inline bool is_error(const Finding& f) { return severity_of(f.rule) == Severity::Error; }

/// The message with its hint, on one line of prose: "message (hint: hint)".
inline std::string message_with_hint(const Finding& f, Lang lang) {
    std::string text = finding_message(f, lang);
    std::string hint = finding_hint(f, lang);
    if (!hint.empty()) text += fmt::format(" ({}: {})", render_message("ui.hint-word", lang), hint);
    return text;
}

/// A path for a consumer that wants it relative to the repository: without a leading "./".
inline std::string_view without_dot_slash(std::string_view path) {
    while (path.size() > 2 && path.substr(0, 2) == "./") {
        path.remove_prefix(2);
        while (!path.empty() && path.front() == '/') path.remove_prefix(1);
    }
    return path;
}

// The renderer of each format, one per file check_<format>.cpp; the table in formats.cpp points to them.

/// Text for people (check_text.cpp).
std::unique_ptr<CheckRenderer> make_text_renderer(const CheckRenderOptions& options);
/// JSON "pop-check" version 1 (check_json.cpp).
std::unique_ptr<CheckRenderer> make_json_renderer(const CheckRenderOptions& options);
/// GitHub Actions workflow commands (check_github.cpp).
std::unique_ptr<CheckRenderer> make_github_renderer(const CheckRenderOptions& options);
/// GitLab Code Quality (check_gitlab.cpp).
std::unique_ptr<CheckRenderer> make_gitlab_renderer(const CheckRenderOptions& options);
/// JUnit XML (check_junit.cpp).
std::unique_ptr<CheckRenderer> make_junit_renderer(const CheckRenderOptions& options);
/// One line per finding for editors, `file:line:col: severity: message [rule]` (check_gnu.cpp).
std::unique_ptr<CheckRenderer> make_gnu_renderer(const CheckRenderOptions& options);
/// SARIF 2.1.0 (check_sarif.cpp).
std::unique_ptr<CheckRenderer> make_sarif_renderer(const CheckRenderOptions& options);

}  // namespace pop::check_render
