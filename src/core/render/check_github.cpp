// `pop check --format github`: GitHub Actions workflow commands (annotations).
#include <algorithm>

#include <fmt/format.h>

#include "check_internal.h"
#include "pop/base/text.h"
#include "pop/render/render_ci.h"

namespace pop {
namespace {

using check_render::count;
using check_render::is_error;
using check_render::message_with_hint;

// GitHub shows at most this many error, and as many warning, annotations per step.
constexpr std::size_t kGithubAnnotationLimit = 10;

// The line that says how many findings GitHub will not show as annotations.
std::string github_hidden_line(std::size_t errors, std::size_t warnings, Lang lang) {
    std::string hidden;
    if (errors > 0) hidden = count(errors, "ui.count.errors", lang);
    if (warnings > 0) {
        if (!hidden.empty()) hidden += " " + render_message("ui.and", lang) + " ";
        hidden += count(warnings, "ui.count.warnings", lang);
    }
    std::vector<MessageArg> args{{"hidden", hidden}, {"limit", std::to_string(kGithubAnnotationLimit)}};
    return render_message("ci.github.hidden", lang, args);
}

}  // namespace

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

std::unique_ptr<CheckRenderer> check_render::make_github_renderer(const CheckRenderOptions& options) {
    return std::make_unique<GithubRenderer>(options.lang);
}

std::string render_check_github(std::span<const FileReport> files, Lang lang) {
    return render_all(GithubRenderer(lang), files);
}

}  // namespace pop
