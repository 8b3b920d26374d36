// `pop check --format json`: the "pop-check" document, version 1 (docs/json.md).
#include "check_internal.h"
#include "pop/base/json.h"
#include "pop/base/text.h"

namespace pop {
namespace {

using check_render::severity_token;

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
        if (!file.person_id.empty()) w.key("person_id").value(file.person_id);
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
        w.key("lang").value(lang_tag(lang_));
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

std::unique_ptr<CheckRenderer> check_render::make_json_renderer(const CheckRenderOptions& options) {
    return std::make_unique<JsonRenderer>(options.lang, options.today, options.strict);
}

std::string render_check_json(std::span<const FileReport> files, Lang lang, const Date& today, bool strict) {
    return render_all(JsonRenderer(lang, today, strict), files);
}

}  // namespace pop
