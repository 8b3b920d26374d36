#include "pop/render/render_check.h"

#include <fmt/format.h>

#include "pop/reports/checklist.h"
#include "pop/base/json.h"
#include "pop/render/render_ci.h"
#include "pop/rules/rules.h"
#include "pop/base/text.h"

namespace pop {
namespace {

std::string count(std::size_t n, std::string_view one, std::string_view many, Lang lang) {
    MessageArg arg{"n", std::to_string(n)};
    return render_message(n == 1 ? one : many, lang, std::span(&arg, 1));
}

std::string_view severity_token(Severity s) { return s == Severity::Error ? "error" : "warning"; }

// Display width of the first `chars` characters of a line (each character one column).
std::string caret_line(const Finding& f) {
    std::string out;
    std::uint32_t col = 1;
    std::size_t i = 0;
    const std::string& line = f.source_line;
    while (col < f.at.column && i < line.size()) {
        unsigned char c = static_cast<unsigned char>(line[i]);
        std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        i += len;
        ++col;
        out.push_back(' ');
    }
    while (col < f.at.column) {  // the spot lies past the end of the line (a missing key at a line end)
        out.push_back(' ');
        ++col;
    }
    out.append(std::min<std::uint32_t>(std::max<std::uint32_t>(f.width, 1), 200), '^');
    return out;
}

}  // namespace

void add_to_totals(CheckTotals& t, const FileReport& f) {
    ++t.files;
    if (f.unreadable) ++t.unreadable;
    if (!f.findings.empty()) ++t.files_with_findings;
    std::size_t errors = 0;
    for (const Finding& finding : f.findings) {
        bool error = severity_of(finding.rule) == Severity::Error;
        errors += error;
        (error ? t.errors : t.warnings)++;
    }
    if (!f.unreadable && errors > 0) ++t.readable_with_errors;
    if (!f.unreadable && !f.findings.empty()) ++t.readable_with_findings;
}

CheckTotals totals_of(std::span<const FileReport> files) {
    CheckTotals t;
    for (const FileReport& f : files) add_to_totals(t, f);
    return t;
}

int check_exit_code(const CheckTotals& totals, bool strict) {
    if (totals.unreadable > 0) return kExitUnreadable;
    if (totals.errors > 0 || (strict && totals.warnings > 0)) return kExitFindings;
    return kExitClean;
}

std::string render_summary(const CheckTotals& t, Lang lang) {
    std::vector<MessageArg> args{
        {"files", count(t.files, "ui.count.file.one", "ui.count.file.many", lang)},
        {"errors", count(t.errors, "ui.count.error.one", "ui.count.error.many", lang)},
        {"warnings", count(t.warnings, "ui.count.warning.one", "ui.count.warning.many", lang)},
        {"affected", count(t.files_with_findings, "ui.count.file.one", "ui.count.file.many", lang)}};
    std::string line = render_message(t.errors + t.warnings == 0 ? "ui.summary.clean" : "ui.summary", lang, args);
    if (t.unreadable > 0) {
        MessageArg n{"n", count(t.unreadable, "ui.count.file.one", "ui.count.file.many", lang)};
        line += "; " + render_message(t.unreadable == 1 ? "ui.summary.unreadable.one" : "ui.summary.unreadable.many",
                                      lang, std::span(&n, 1));
    }
    return line;
}

namespace {

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

// JSON "pop-check" version 1: the files (first section), the findings (second), the summary.
class JsonRenderer final : public CheckRenderer {
public:
    JsonRenderer(Lang lang, const Date& today, bool strict) : lang_(lang), today_(today), strict_(strict) {}
    bool comma_lists() const override { return true; }
    void file(const FileReport& file, FilePieces& out) const override {
        std::size_t errors = 0, warnings = 0;
        for (const Finding& f : file.findings) (severity_of(f.rule) == Severity::Error ? errors : warnings)++;
        std::string path = printable_text(file.path);
        JsonWriter w(true, 2);  // {"files": [ ... ]}
        w.begin_object();
        w.key("path").value(path);
        w.key("kind").value(kind_name(file.kind));
        w.key("readable").value(!file.unreadable);
        w.key("errors").value(static_cast<std::int64_t>(errors));
        w.key("warnings").value(static_cast<std::int64_t>(warnings));
        w.end_object();
        out.first += w.str();
        if (file.findings.empty()) return;
        JsonWriter f(true, 2);  // {"findings": [ ... ]}
        for (const Finding& finding : file.findings) {
            f.begin_object();
            f.key("path").value(path);
            f.key("line").value(static_cast<std::int64_t>(finding.at.line));
            f.key("column").value(static_cast<std::int64_t>(finding.at.column));
            f.key("width").value(static_cast<std::int64_t>(finding.width));
            f.key("severity").value(severity_token(severity_of(finding.rule)));
            f.key("rule").value(finding.rule.text());
            f.key("message_id").value(finding.message);
            f.key("message").value(finding_message(finding, lang_));
            std::string hint = finding_hint(finding, lang_);
            if (hint.empty()) f.key("hint").null();
            else f.key("hint").value(hint);
            f.key("source_line").value(finding.source_line);
            f.end_object();
        }
        out.second += f.str();
    }
    CheckFrame frame(const CheckTotals& t, bool first_empty, bool second_empty) const override {
        JsonWriter w;
        w.begin_object();
        w.key("format").value("pop-check");
        w.key("version").value(std::int64_t{1});
        w.key("today").value(today_.to_string());
        w.key("lang").value(lang_ == Lang::Nl ? "nl" : "en");
        w.key("strict").value(strict_);
        w.key("files").begin_array();
        std::size_t cut1 = w.str().size();
        if (!first_empty) w.elements_elsewhere();
        w.end_array();
        w.key("findings").begin_array();
        std::size_t cut2 = w.str().size();
        if (!second_empty) w.elements_elsewhere();
        w.end_array();
        w.key("summary").begin_object();
        w.key("files").value(static_cast<std::int64_t>(t.files));
        w.key("files_with_findings").value(static_cast<std::int64_t>(t.files_with_findings));
        w.key("errors").value(static_cast<std::int64_t>(t.errors));
        w.key("warnings").value(static_cast<std::int64_t>(t.warnings));
        w.key("unreadable").value(static_cast<std::int64_t>(t.unreadable));
        w.key("exit_code").value(static_cast<std::int64_t>(check_exit_code(t, strict_)));
        w.key("text").value(render_summary(t, lang_));
        w.end_object();
        w.end_object();
        const std::string& all = w.str();
        return CheckFrame{all.substr(0, cut1), all.substr(cut1, cut2 - cut1), all.substr(cut2)};
    }

private:
    Lang lang_;
    Date today_;
    bool strict_;
};

}  // namespace

std::unique_ptr<CheckRenderer> check_renderer(std::string_view format, const CheckRenderOptions& options) {
    if (format == "text") return std::make_unique<TextRenderer>(TextOptions{options.lang, options.color});
    if (format == "json") return std::make_unique<JsonRenderer>(options.lang, options.today, options.strict);
    return ci_check_renderer(format, options);
}

std::string render_all(const CheckRenderer& renderer, std::span<const FileReport> files) {
    FilePieces pieces;
    for (const FileReport& file : files) renderer.file(file, pieces);
    bool first_empty = pieces.first.empty(), second_empty = pieces.second.empty();
    if (renderer.comma_lists()) {  // every piece starts with ',': the first one does not
        if (!first_empty) pieces.first.erase(0, 1);
        if (!second_empty) pieces.second.erase(0, 1);
    }
    CheckFrame frame = renderer.frame(totals_of(files), first_empty, second_empty);
    return frame.before + pieces.first + frame.between + pieces.second + frame.after;
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
    for (const FileReport& file : files) {
        for (const Finding& f : file.findings) {
            Severity sev = severity_of(f.rule);
            out += fmt::format("{}{}:{}:{}:{} {}{}[{}]{}: {}\n", bold, printable_text(file.path), f.at.line, f.at.column, reset,
                               sev == Severity::Error ? red : yellow, severity_token(sev), f.rule.text(), reset,
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

std::string render_check_json(std::span<const FileReport> files, Lang lang, const Date& today, bool strict) {
    return render_all(JsonRenderer(lang, today, strict), files);
}

std::string render_rule_list(Lang lang) {
    std::string out;
    for (const Rule& r : all_rules())
        out += fmt::format("{:<28} {:<8} {}\n", r.id.text(), severity_token(r.severity),
                           lang == Lang::Nl ? r.description_nl : r.description_en);
    return out;
}

std::string render_rule_list_json(Lang lang) {
    JsonWriter w;
    w.begin_object();
    w.key("format").value("pop-rules");
    w.key("version").value(std::int64_t{1});
    w.key("rules").begin_array();
    for (const Rule& r : all_rules()) {
        w.begin_object();
        w.key("id").value(r.id.text());
        w.key("severity").value(severity_token(r.severity));
        w.key("description").value(lang == Lang::Nl ? r.description_nl : r.description_en);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.str();
}

}  // namespace pop
