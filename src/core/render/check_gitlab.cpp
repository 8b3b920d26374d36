// `pop check --format gitlab`: a GitLab Code Quality report.
#include <map>
#include <tuple>

#include "check_internal.h"
#include "pop/base/hash.h"
#include "pop/base/json.h"
#include "pop/base/text.h"
#include "pop/render/render_ci.h"

namespace pop {
namespace {

using check_render::is_error;
using check_render::message_with_hint;
using check_render::without_dot_slash;

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

std::unique_ptr<CheckRenderer> check_render::make_gitlab_renderer(const CheckRenderOptions& options) {
    return std::make_unique<GitlabRenderer>(options.lang);
}

std::string render_check_gitlab(std::span<const FileReport> files, Lang lang) {
    return render_all(GitlabRenderer(lang), files);
}

}  // namespace pop
