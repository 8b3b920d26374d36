// `pop check --format gnu`: one line per finding, `file:line:col: severity: message [rule]`, the
// shape of the GNU Coding Standards that vim's errorformat, Emacs' compilation mode and VS Code's
// problem matchers read. Nothing else is written: no source line, no summary (the exit code says
// how the check went), so an editor picks up no junk.
#include <fmt/format.h>

#include "check_internal.h"
#include "pop/base/text.h"

namespace pop {
namespace {

using check_render::message_with_hint;
using check_render::severity_token;

// The text on one line: line breaks and tabs become spaces.
std::string one_line(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return text;
}

class GnuRenderer final : public CheckRenderer {
public:
    explicit GnuRenderer(Lang lang) : lang_(lang) {}
    void file(const FileReport& file, FilePieces& out) const override {
        std::string path = printable_text(file.path);
        for (const Finding& f : file.findings)
            out.first += fmt::format("{}:{}:{}: {}: {} [{}]\n", path, f.at.line, f.at.column,
                                     severity_token(severity_of(f.rule)), one_line(message_with_hint(f, lang_)),
                                     f.rule.text());
    }
    CheckFrame frame(const CheckTotals&, bool, bool) const override { return {}; }

private:
    Lang lang_;
};

}  // namespace

std::unique_ptr<CheckRenderer> check_render::make_gnu_renderer(const CheckRenderOptions& options) {
    return std::make_unique<GnuRenderer>(options.lang);
}

}  // namespace pop
