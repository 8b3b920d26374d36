// `pop check --format text`: findings for people, with the source line, a caret and a hint.
#include <algorithm>

#include <fmt/format.h>

#include "check_internal.h"
#include "pop/base/text.h"
#include "pop/reports/checklist.h"

namespace pop {
namespace {

using check_render::severity_token;
using check_render::severity_word;

// The caret under a finding: one space per character before its column (each character one
// column wide, also past the end of the line), then one caret per character it is about (at most 200).
std::string caret_line(const Finding& f) {
    std::string out(f.at.column > 1 ? f.at.column - 1 : 0, ' ');
    out.append(std::min<std::uint32_t>(std::max<std::uint32_t>(f.width, 1), 200), '^');
    return out;
}

// Text for people: the findings of each file, then the summary line.
class TextRenderer final : public CheckRenderer {
public:
    explicit TextRenderer(const TextOptions& options) : options_(options) {}
    void file(const FileReport& file, FilePieces& out) const override {
        out.first += render_findings_text(std::span(&file, 1), options_);
    }
    CheckFrame frame(const CheckTotals& totals, bool, bool) const override {
        return CheckFrame{"", "", render_summary(totals, options_.lang) + "\n"};
    }

private:
    TextOptions options_;
};

}  // namespace

std::unique_ptr<CheckRenderer> check_render::make_text_renderer(const CheckRenderOptions& options) {
    return std::make_unique<TextRenderer>(TextOptions{options.lang, options.color});
}

std::string render_check_text(std::span<const FileReport> files, const TextOptions& options) {
    return render_all(TextRenderer(options), files);
}

std::string render_findings_text(std::span<const FileReport> files, const TextOptions& options) {
    const char* bold = options.color ? "\x1b[1m" : "";
    const char* red = options.color ? "\x1b[1;31m" : "";
    const char* yellow = options.color ? "\x1b[1;33m" : "";
    const char* blue = options.color ? "\x1b[1;34m" : "";
    const char* reset = options.color ? "\x1b[0m" : "";
    std::string out;
    std::string hint_word = render_message("ui.hint-word", options.lang);
    auto word = [&](Severity s) {
        return options.english_severity ? std::string(severity_token(s)) : severity_word(s, options.lang);
    };
    const std::string error_word = word(Severity::Error), warning_word = word(Severity::Warning);
    for (const FileReport& file : files) {
        for (const Finding& f : file.findings) {
            Severity sev = severity_of(f.rule);
            out += fmt::format("{}{}:{}:{}:{} {}{}[{}]{}: {}\n", bold, printable_text(file.path), f.at.line, f.at.column, reset,
                               sev == Severity::Error ? red : yellow, sev == Severity::Error ? error_word : warning_word,
                               f.rule.text(), reset,
                               finding_message(f, options.lang));
            if (!file.unreadable) {  // an unreadable file has no line to show
                std::string number = std::to_string(f.at.line);
                std::string pad(number.size(), ' ');
                out += fmt::format("{}{} |{} {}\n", blue, number, reset, f.source_line);
                out += fmt::format("{}{} |{} {}{}{}\n", blue, pad, reset, sev == Severity::Error ? red : yellow,
                                   caret_line(f), reset);
            }
            std::string hint = options.command_hints ? command_hint(f, file.path, options.lang)
                                                     : finding_hint(f, options.lang);
            if (!hint.empty()) out += fmt::format("  {}{}{}: {}\n", bold, hint_word, reset, hint);
        }
    }
    return out;
}

}  // namespace pop
