#include "pop/render/render_ci.h"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "pop/base/json.h"
#include "pop/rules/rules.h"
#include "pop/base/text.h"

namespace pop {
namespace {

constexpr std::array<std::string_view, 4> kCiFormats{"github", "gitlab", "junit", "sarif"};

// GitHub shows at most this many error, and as many warning, annotations per step.
constexpr std::size_t kGithubAnnotationLimit = 10;

std::string count(std::size_t n, std::string_view one, std::string_view many, Lang lang) {
    MessageArg arg{"n", std::to_string(n)};
    return render_message(n == 1 ? one : many, lang, std::span(&arg, 1));
}

std::string errors_and_warnings(std::size_t errors, std::size_t warnings, Lang lang) {
    return count(errors, "ui.count.error.one", "ui.count.error.many", lang) + ", " +
           count(warnings, "ui.count.warning.one", "ui.count.warning.many", lang);
}

bool is_error(const Finding& f) { return severity_of(f.rule) == Severity::Error; }

// The message with its hint, on one line of prose: "message (hint: hint)".
std::string message_with_hint(const Finding& f, Lang lang) {
    std::string text = finding_message(f, lang);
    std::string hint = finding_hint(f, lang);
    if (!hint.empty()) text += fmt::format(" ({}: {})", render_message("ui.hint-word", lang), hint);
    return text;
}

// The index of a rule in all_rules(), which SARIF's ruleIndex refers to; -1 for an unknown id.
std::int64_t rule_index(std::string_view id) {
    std::span<const Rule> rules = all_rules();
    for (std::size_t i = 0; i < rules.size(); ++i)
        if (rules[i].id.text() == id) return static_cast<std::int64_t>(i);
    return -1;
}

// Byte length of the UTF-8 sequence starting with c (1 for a stray byte).
std::size_t utf8_length(unsigned char c) { return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

// The characters [first, first + n) of a line (1-based, counted in characters), or nullopt when
// they do not all lie within the line.
std::optional<std::string> characters(std::string_view line, std::uint32_t first, std::uint32_t n) {
    std::size_t i = 0;
    std::uint32_t col = 1;
    while (col < first && i < line.size()) {
        i += utf8_length(static_cast<unsigned char>(line[i]));
        ++col;
    }
    if (col < first || i >= line.size()) return std::nullopt;
    std::size_t start = i;
    for (std::uint32_t k = 0; k < n; ++k) {
        if (i >= line.size()) return std::nullopt;
        i += utf8_length(static_cast<unsigned char>(line[i]));
    }
    return std::string(line.substr(start, std::min(i, line.size()) - start));
}

// A path for a consumer that wants it relative to the repository: without a leading "./".
std::string_view without_dot_slash(std::string_view path) {
    while (path.size() > 2 && path.substr(0, 2) == "./") {
        path.remove_prefix(2);
        while (!path.empty() && path.front() == '/') path.remove_prefix(1);
    }
    return path;
}

std::size_t character_count(std::string_view line) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < line.size(); i += utf8_length(static_cast<unsigned char>(line[i]))) ++n;
    return n;
}

// The line that says how many findings GitHub will not show as annotations.
std::string github_hidden_line(std::size_t errors, std::size_t warnings, Lang lang) {
    std::string hidden;
    if (errors > 0) hidden = count(errors, "ui.count.error.one", "ui.count.error.many", lang);
    if (warnings > 0) {
        if (!hidden.empty()) hidden += " " + render_message("ui.and", lang) + " ";
        hidden += count(warnings, "ui.count.warning.one", "ui.count.warning.many", lang);
    }
    std::vector<MessageArg> args{{"hidden", hidden}, {"limit", std::to_string(kGithubAnnotationLimit)}};
    return render_message("ci.github.hidden", lang, args);
}

}  // namespace

std::span<const std::string_view> ci_formats() { return kCiFormats; }

std::optional<std::string> render_check_ci(std::string_view name, std::span<const FileReport> files,
                                           const CiOptions& options) {
    if (name == "github") return render_check_github(files, options.lang);
    if (name == "gitlab") return render_check_gitlab(files, options.lang);
    if (name == "junit") return render_check_junit(files, options.lang, options.strict);
    if (name == "sarif") return render_check_sarif(files, options.lang, options.tool_version);
    return std::nullopt;
}

// --- GitHub Actions ----------------------------------------------------------------------------

std::string github_escape_data(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            default: out.push_back(c);
        }
    }
    return out;
}

std::string github_escape_property(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            case ':': out += "%3A"; break;
            case ',': out += "%2C"; break;
            default: out.push_back(c);
        }
    }
    return out;
}

namespace {

// GitHub Actions workflow commands: a line per finding, then the summary.
class GithubRenderer final : public CheckRenderer {
public:
    explicit GithubRenderer(Lang lang) : lang_(lang) {}
    void file(const FileReport& file, FilePieces& out) const override {
        std::string path = github_escape_property(printable_text(file.path));
        for (const Finding& f : file.findings) {
            std::string_view command = is_error(f) ? "error" : "warning";
            std::string where = file.unreadable
                                    ? fmt::format("file={}", path)
                                    : fmt::format("file={},line={},col={},endColumn={}", path, f.at.line,
                                                  f.at.column, f.at.column + std::max<std::uint32_t>(f.width, 1));
            out.first += fmt::format("::{} {},title={}::{}\n", command, where, github_escape_property(f.rule.text()),
                                     github_escape_data(message_with_hint(f, lang_)));
        }
    }
    CheckFrame frame(const CheckTotals& t, bool, bool) const override {
        std::string out = render_summary(t, lang_);
        out += '\n';
        std::size_t hidden_errors = t.errors > kGithubAnnotationLimit ? t.errors - kGithubAnnotationLimit : 0;
        std::size_t hidden_warnings = t.warnings > kGithubAnnotationLimit ? t.warnings - kGithubAnnotationLimit : 0;
        if (hidden_errors + hidden_warnings > 0) {
            out += github_hidden_line(hidden_errors, hidden_warnings, lang_);
            out += '\n';
        }
        return CheckFrame{"", "", std::move(out)};
    }

private:
    Lang lang_;
};

}  // namespace

std::string render_check_github(std::span<const FileReport> files, Lang lang) {
    return render_all(GithubRenderer(lang), files);
}

// --- GitLab Code Quality -----------------------------------------------------------------------

std::string fnv1a_128_hex(std::string_view bytes) {
    __extension__ using u128 = unsigned __int128;
    const u128 prime = (u128{1} << 88) | 0x13B;
    u128 hash = (u128{0x6c62272e07bb0142ULL} << 64) | 0x62b821756295c58dULL;
    for (unsigned char c : bytes) {
        hash ^= c;
        hash *= prime;
    }
    return fmt::format("{:016x}{:016x}", static_cast<std::uint64_t>(hash >> 64), static_cast<std::uint64_t>(hash));
}

namespace {

// A GitLab Code Quality report: one JSON array of findings.
class GitlabRenderer final : public CheckRenderer {
public:
    explicit GitlabRenderer(Lang lang) : lang_(lang) {}
    bool comma_lists() const override { return true; }
    void file(const FileReport& file, FilePieces& out) const override {
        if (file.findings.empty()) return;
        JsonWriter w(true, 1);
        // Identical findings (same path, rule, message and line text) are numbered so that each
        // fingerprint stays unique, and the numbering does not depend on line numbers. Paths are
        // unique within a run, so the numbering is per file.
        std::map<std::tuple<std::string, std::string, std::string>, std::size_t> seen;
        std::string path = printable_text(without_dot_slash(file.path));
        for (const Finding& f : file.findings) {
            std::size_t n = seen[{std::string(f.rule.text()), f.message, f.source_line}]++;
            std::string key = file.path;
            for (std::string_view part : {f.rule.text(), std::string_view(f.message),
                                          std::string_view(f.source_line)}) {
                key.push_back('\0');
                key += part;
            }
            key.push_back('\0');
            key += std::to_string(n);
            w.begin_object();
            w.key("description").value(message_with_hint(f, lang_));
            w.key("check_name").value(f.rule.text());
            w.key("fingerprint").value(fnv1a_128_hex(key));
            w.key("severity").value(is_error(f) ? "major" : "minor");
            w.key("location").begin_object();
            w.key("path").value(path);
            w.key("lines").begin_object();
            w.key("begin").value(static_cast<std::int64_t>(f.at.line));
            w.end_object();
            w.end_object();
            w.end_object();
        }
        out.first += w.str();
    }
    CheckFrame frame(const CheckTotals&, bool first_empty, bool) const override {
        JsonWriter w;
        w.begin_array();
        std::size_t cut = w.str().size();
        if (!first_empty) w.elements_elsewhere();
        w.end_array();
        return CheckFrame{w.str().substr(0, cut), "", w.str().substr(cut)};
    }

private:
    Lang lang_;
};

}  // namespace

std::string render_check_gitlab(std::span<const FileReport> files, Lang lang) {
    return render_all(GitlabRenderer(lang), files);
}

// --- JUnit XML -----------------------------------------------------------------------------------

std::string xml_escape(std::string_view text, bool attribute) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
                case '&': out += "&amp;"; break;
                case '<': out += "&lt;"; break;
                case '>': out += "&gt;"; break;
                case '"': out += attribute ? "&quot;" : "\""; break;
                case '\'': out += attribute ? "&apos;" : "'"; break;
                // Allowed in XML 1.0, but a parser would turn them into spaces in an attribute,
                // and CR into LF anywhere: character references keep them.
                case '\t': out += attribute ? "&#9;" : "\t"; break;
                case '\n': out += attribute ? "&#10;" : "\n"; break;
                case '\r': out += "&#13;"; break;
                default: out.push_back(c < 0x20 ? '?' : static_cast<char>(c));  // other C0 controls: not XML
            }
            ++i;
            continue;
        }
        // Keep a valid UTF-8 sequence unless it encodes U+FFFE or U+FFFF; anything else is one '?'.
        std::size_t len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
        bool ok = len > 0 && i + len <= text.size();
        for (std::size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        if (ok && len == 3) {
            auto c1 = static_cast<unsigned char>(text[i + 1]);
            auto c2 = static_cast<unsigned char>(text[i + 2]);
            ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);  // overlong, surrogates
            if (ok && c == 0xEF && c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF)) {  // U+FFFE, U+FFFF: not XML
                out.push_back('?');
                i += 3;
                continue;
            }
        }
        if (ok && len == 4) {
            auto c1 = static_cast<unsigned char>(text[i + 1]);
            ok = !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
        }
        if (ok) {
            out.append(text.substr(i, len));
            i += len;
        } else {
            out.push_back('?');
            ++i;
        }
    }
    return out;
}

namespace {

// JUnit XML: a test case per file inside one test suite whose counts come first.
class JunitRenderer final : public CheckRenderer {
public:
    JunitRenderer(Lang lang, bool strict) : lang_(lang), strict_(strict) {}
    void file(const FileReport& file, FilePieces& out) const override {
        std::string name = xml_escape(printable_text(file.path), true);
        if (file.findings.empty()) {
            out.first += fmt::format("    <testcase classname=\"pop.check\" name=\"{}\"/>\n", name);
            return;
        }
        std::size_t errors = 0, warnings = 0;
        for (const Finding& f : file.findings) (is_error(f) ? errors : warnings)++;
        // The findings of this file in the text layout, without the summary line.
        std::string listing = render_findings_text(std::span(&file, 1), TextOptions{lang_, false});
        out.first += fmt::format("    <testcase classname=\"pop.check\" name=\"{}\">\n", name);
        if (file.unreadable) {
            std::string message = finding_message(file.findings.front(), lang_);
            out.first += fmt::format("      <error message=\"{}\" type=\"input.unreadable\">{}</error>\n",
                                     xml_escape(message, true), xml_escape(listing, false));
        } else if (errors > 0 || strict_) {
            out.first += fmt::format("      <failure message=\"{}\" type=\"pop.findings\">{}</failure>\n",
                                     xml_escape(errors_and_warnings(errors, warnings, lang_), true),
                                     xml_escape(listing, false));
        } else {
            out.first += fmt::format("      <system-out>{}</system-out>\n", xml_escape(listing, false));
        }
        out.first += "    </testcase>\n";
    }
    CheckFrame frame(const CheckTotals& t, bool, bool) const override {
        std::size_t failures = strict_ ? t.readable_with_findings : t.readable_with_errors;
        std::string counts = fmt::format(R"(tests="{}" failures="{}" errors="{}")", t.files, failures, t.unreadable);
        std::string before = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        before += fmt::format("<testsuites name=\"pop check\" {}>\n", counts);
        before += fmt::format("  <testsuite name=\"pop check\" {} skipped=\"0\">\n", counts);
        std::string after = fmt::format("    <system-out>{}</system-out>\n", xml_escape(render_summary(t, lang_) + "\n", false));
        after += "  </testsuite>\n";
        after += "</testsuites>\n";
        return CheckFrame{std::move(before), "", std::move(after)};
    }

private:
    Lang lang_;
    bool strict_;
};

}  // namespace

std::string render_check_junit(std::span<const FileReport> files, Lang lang, bool strict) {
    return render_all(JunitRenderer(lang, strict), files);
}

// --- SARIF 2.1.0 ---------------------------------------------------------------------------------

std::string sarif_uri(std::string_view path) {
    std::string out;
    if (!path.empty() && path.front() == '/') out = "file://";
    for (unsigned char c : path) {
        bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                          c == '.' || c == '_' || c == '~' || c == '/';
        if (unreserved) out.push_back(static_cast<char>(c));
        else out += fmt::format("%{:02X}", c);
    }
    return out;
}

namespace {

void sarif_artifact_location(JsonWriter& w, std::string_view path) {
    w.key("artifactLocation").begin_object();
    w.key("uri").value(sarif_uri(without_dot_slash(path)));
    w.end_object();
}

}  // namespace

namespace {

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
            bool whole_line = f.at.column == 1 && width == character_count(f.source_line);
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
        w.key("rules").begin_array();
        for (const Rule& r : all_rules()) {
            w.begin_object();
            w.key("id").value(r.id.text());
            w.key("shortDescription").begin_object();
            w.key("text").value(lang_ == Lang::Nl ? r.description_nl : r.description_en);
            w.end_object();
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

        w.key("language").value(lang_ == Lang::Nl ? "nl-NL" : "en-US");
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

std::string render_check_sarif(std::span<const FileReport> files, Lang lang, std::string_view tool_version) {
    return render_all(SarifRenderer(lang, tool_version), files);
}

std::unique_ptr<CheckRenderer> ci_check_renderer(std::string_view name, const CheckRenderOptions& options) {
    if (name == "github") return std::make_unique<GithubRenderer>(options.lang);
    if (name == "gitlab") return std::make_unique<GitlabRenderer>(options.lang);
    if (name == "junit") return std::make_unique<JunitRenderer>(options.lang, options.strict);
    if (name == "sarif") return std::make_unique<SarifRenderer>(options.lang, options.tool_version);
    return nullptr;
}

}  // namespace pop
