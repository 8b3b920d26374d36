// `pop check --format junit`: JUnit XML, one test case per file.
#include <fmt/format.h>

#include "check_internal.h"
#include "pop/base/text.h"
#include "pop/render/escape.h"
#include "pop/render/render_ci.h"

namespace pop {
namespace {

using check_render::is_error;

std::string errors_and_warnings(std::size_t errors, std::size_t warnings, Lang lang) {
    // Digits even for zero ("0 errors"): tools read the counts back from this message.
    std::vector<MessageArg> args{{"errors", std::to_string(errors)}, {"warnings", std::to_string(warnings)}};
    return render_message("ci.junit.failure", lang, args);
}

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
        // The findings of this file in the text layout, without the summary line; "error" and
        // "warning" stay English, as in every machine format.
        TextOptions text{.lang = lang_, .english_severity = true};
        std::string listing = render_findings_text(std::span(&file, 1), text);
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

std::unique_ptr<CheckRenderer> check_render::make_junit_renderer(const CheckRenderOptions& options) {
    return std::make_unique<JunitRenderer>(options.lang, options.strict);
}

std::string render_check_junit(std::span<const FileReport> files, Lang lang, bool strict) {
    return render_all(JunitRenderer(lang, strict), files);
}

}  // namespace pop
