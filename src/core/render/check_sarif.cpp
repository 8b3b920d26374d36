// `pop check --format sarif`: SARIF 2.1.0, one run with every rule of the registry.
#include <algorithm>
#include <optional>
#include <vector>

#include "check_internal.h"
#include "pop/base/json.h"
#include "pop/base/utf8.h"
#include "pop/base/version.h"
#include "pop/i18n/messages.h"
#include "pop/render/escape.h"
#include "pop/render/render_ci.h"

namespace pop {
namespace {

using check_render::is_error;
using check_render::message_with_hint;
using check_render::without_dot_slash;

// The index of a rule in all_rules(), which SARIF's ruleIndex refers to; -1 for an unknown id.
std::int64_t rule_index(std::string_view id) {
    std::span<const Rule> rules = all_rules();
    for (std::size_t i = 0; i < rules.size(); ++i)
        if (rules[i].id.text() == id) return static_cast<std::int64_t>(i);
    return -1;
}

// The run's language, a full tag with region as SARIF's examples give it: "en-US", "nl-NL", "nl-BE".
std::string_view sarif_language(Lang lang) {
    switch (lang) {
        case Lang::Nl: return "nl-NL";
        case Lang::NlBe: return "nl-BE";
        case Lang::En: break;
    }
    return "en-US";
}

// The characters [first, first + n) of a line (1-based, counted in characters), or nullopt when
// they do not all lie within the line. The line is valid UTF-8 (printable_text).
std::optional<std::string> characters(std::string_view line, std::uint32_t first, std::uint32_t n) {
    std::size_t start = utf8::offset_of(line, first > 0 ? first - 1 : 0);
    if (start >= line.size()) return std::nullopt;
    std::string_view rest = line.substr(start);
    if (utf8::count(rest) < n) return std::nullopt;
    return std::string(utf8::prefix(rest, n));
}

void sarif_artifact_location(JsonWriter& w, std::string_view path) {
    w.key("artifactLocation").begin_object();
    w.key("uri").value(sarif_uri(without_dot_slash(path)));
    w.end_object();
}


// SARIF 2.1.0: the tool notifications of unreadable files (first section) come before the results
// (second section); whether the run succeeded, and the rules, are in the frame.
class SarifRenderer final : public CheckRenderer {
public:
    SarifRenderer(Lang lang, std::string_view tool_version) : lang_(lang), tool_version_(tool_version) {}
    bool comma_lists() const override { return true; }
    void file(const FileReport& file, FilePieces& out) const override {
        if (file.findings.empty()) return;
        if (file.unreadable) {
            // {"runs": [{"invocations": [{"toolExecutionNotifications": [ ... ]}]}]}
            JsonWriter w(true, 6);
            for (const Finding& f : file.findings) {
                w.begin_object();
                w.key("level").value("error");
                w.key("message").begin_object();
                w.key("text").value(message_with_hint(f, lang_));
                w.end_object();
                w.key("locations").begin_array();
                w.begin_object();
                w.key("physicalLocation").begin_object();
                sarif_artifact_location(w, file.path);
                w.end_object();
                w.end_object();
                w.end_array();
                std::int64_t index = rule_index(f.rule.text());
                w.key("associatedRule").begin_object();
                w.key("id").value(f.rule.text());
                if (index >= 0) w.key("index").value(index);
                w.end_object();
                w.end_object();
            }
            out.first += w.str();
            return;
        }
        JsonWriter w(true, 4);  // {"runs": [{"results": [ ... ]}]}
        for (const Finding& f : file.findings) {
            std::uint32_t width = std::max<std::uint32_t>(f.width, 1);
            w.begin_object();
            w.key("ruleId").value(f.rule.text());
            std::int64_t index = rule_index(f.rule.text());
            if (index >= 0) w.key("ruleIndex").value(index);
            w.key("level").value(is_error(f) ? "error" : "warning");
            w.key("message").begin_object();
            w.key("text").value(message_with_hint(f, lang_));
            w.end_object();
            w.key("locations").begin_array();
            w.begin_object();
            w.key("physicalLocation").begin_object();
            sarif_artifact_location(w, file.path);
            // region: the characters the finding is about, with their text when they lie within
            // the line; contextRegion: the whole line, when that is more than the region.
            std::optional<std::string> snippet = characters(f.source_line, f.at.column, width);
            w.key("region").begin_object();
            w.key("startLine").value(static_cast<std::int64_t>(f.at.line));
            w.key("startColumn").value(static_cast<std::int64_t>(f.at.column));
            w.key("endColumn").value(static_cast<std::int64_t>(f.at.column + width));
            if (snippet) {
                w.key("snippet").begin_object();
                w.key("text").value(*snippet);
                w.end_object();
            }
            w.end_object();
            bool whole_line = f.at.column == 1 && width == utf8::count(f.source_line);
            if (!f.source_line.empty() && !whole_line) {
                w.key("contextRegion").begin_object();
                w.key("startLine").value(static_cast<std::int64_t>(f.at.line));
                w.key("snippet").begin_object();
                w.key("text").value(f.source_line);
                w.end_object();
                w.end_object();
            }
            w.end_object();
            w.end_object();
            w.end_array();
            w.end_object();
        }
        out.second += w.str();
    }
    CheckFrame frame(const CheckTotals& t, bool first_empty, bool second_empty) const override {
        JsonWriter w;
        w.begin_object();
        w.key("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
        w.key("version").value("2.1.0");
        w.key("runs").begin_array();
        w.begin_object();

        w.key("tool").begin_object();
        w.key("driver").begin_object();
        w.key("name").value("pop");
        if (!tool_version_.empty()) w.key("version").value(tool_version_);
        w.key("informationUri").value(kPopRepositoryUrl);
        w.key("rules").begin_array();
        for (const Rule& r : all_rules()) {
            // From the registry (the one-line description) and the catalog (rule.<id>, its hint).
            std::string full = rule_full_description(r.id, lang_);
            std::string uri = rule_doc_url(r.id);
            std::vector<MessageArg> help{{"id", std::string(r.id.text())},
                                         {"description", full},
                                         {"hint", rule_hint(r.id, lang_)},
                                         {"uri", uri}};
            w.begin_object();
            w.key("id").value(r.id.text());
            w.key("shortDescription").begin_object();
            w.key("text").value(is_dutch(lang_) ? r.description_nl : r.description_en);
            w.end_object();
            w.key("fullDescription").begin_object();
            w.key("text").value(full);
            w.end_object();
            w.key("help").begin_object();
            w.key("text").value(render_message("sarif.rule.help", lang_, help));
            w.key("markdown").value(render_message("sarif.rule.help.markdown", lang_, help));
            w.end_object();
            w.key("helpUri").value(uri);
            w.key("defaultConfiguration").begin_object();
            w.key("level").value(r.severity == Severity::Error ? "error" : "warning");
            w.end_object();
            w.end_object();
        }
        w.end_array();
        w.end_object();
        w.end_object();

        // Whether pop read every file; an unreadable one is a notification about the run, not a result.
        w.key("invocations").begin_array();
        w.begin_object();
        w.key("executionSuccessful").value(t.unreadable == 0);
        std::size_t cut1 = w.str().size();
        if (t.unreadable > 0) {
            w.key("toolExecutionNotifications").begin_array();
            cut1 = w.str().size();
            if (!first_empty) w.elements_elsewhere();
            w.end_array();
        }
        w.end_object();
        w.end_array();

        w.key("language").value(sarif_language(lang_));
        w.key("columnKind").value("unicodeCodePoints");

        w.key("results").begin_array();
        std::size_t cut2 = w.str().size();
        if (!second_empty) w.elements_elsewhere();
        w.end_array();

        w.end_object();
        w.end_array();
        w.end_object();
        const std::string& all = w.str();
        return CheckFrame{all.substr(0, cut1), all.substr(cut1, cut2 - cut1), all.substr(cut2)};
    }

private:
    Lang lang_;
    std::string tool_version_;
};

}  // namespace

std::unique_ptr<CheckRenderer> check_render::make_sarif_renderer(const CheckRenderOptions& options) {
    return std::make_unique<SarifRenderer>(options.lang, options.tool_version);
}

std::string render_check_sarif(std::span<const FileReport> files, Lang lang, std::string_view tool_version) {
    return render_all(SarifRenderer(lang, tool_version), files);
}

}  // namespace pop
