// The tables of output formats (pop/render/formats.h), and what is looked up in them: the
// renderer of a format name, the names the CLI accepts, the help that lists them.
#include "pop/render/formats.h"

#include <array>

#include "check_internal.h"
#include "pop/render/render_ci.h"
#include "report_internal.h"

namespace pop {
namespace {

constexpr std::array kCheckFormats{
    CheckFormatRow{"text", CheckFormat::Text, "format.check.text", false, check_render::make_text_renderer},
    CheckFormatRow{"json", CheckFormat::Json, "format.check.json", false, check_render::make_json_renderer},
    CheckFormatRow{"gnu", CheckFormat::Gnu, "format.check.gnu", false, check_render::make_gnu_renderer},
    CheckFormatRow{"github", CheckFormat::Github, "format.check.github", true, check_render::make_github_renderer},
    CheckFormatRow{"gitlab", CheckFormat::Gitlab, "format.check.gitlab", true, check_render::make_gitlab_renderer},
    CheckFormatRow{"junit", CheckFormat::Junit, "format.check.junit", true, check_render::make_junit_renderer},
    CheckFormatRow{"sarif", CheckFormat::Sarif, "format.check.sarif", true, check_render::make_sarif_renderer},
};

constexpr std::array kReportFormats{
    ReportFormatRow{"text", ReportFormat::Text, "format.report.text", report_render::write_report_text},
    ReportFormatRow{"markdown", ReportFormat::Markdown, "format.report.markdown", report_render::write_report_markdown},
    ReportFormatRow{"csv", ReportFormat::Csv, "format.report.csv", report_render::write_report_csv},
    ReportFormatRow{"json", ReportFormat::Json, "format.report.json", report_render::write_report_json},
    ReportFormatRow{"html", ReportFormat::Html, "format.report.html", report_render::write_report_html},
};

// The CI formats' names, in table order.
constexpr auto kCiFormatNames = [] {
    constexpr std::size_t n = [] {
        std::size_t k = 0;
        for (const CheckFormatRow& row : kCheckFormats) k += row.ci;
        return k;
    }();
    std::array<std::string_view, n> names{};
    std::size_t i = 0;
    for (const CheckFormatRow& row : kCheckFormats)
        if (row.ci) names[i++] = row.name;
    return names;
}();

template <class Row>
const Row* find_row(std::span<const Row> rows, std::string_view name) {
    for (const Row& row : rows)
        if (row.name == name) return &row;
    return nullptr;
}

template <class Row>
std::vector<std::string> names_of(std::span<const Row> rows) {
    std::vector<std::string> names;
    for (const Row& row : rows) names.emplace_back(row.name);
    return names;
}

// "text, json or html" ("text, json of html"): the names in table order.
template <class Row>
std::string name_list(std::span<const Row> rows, Lang lang) {
    std::vector<std::string> names;
    for (const Row& row : rows) names.emplace_back(row.name);
    return join_words(names, lang, Conjunction::Or);
}

}  // namespace

std::span<const CheckFormatRow> check_formats() { return kCheckFormats; }

std::span<const ReportFormatRow> report_formats() { return kReportFormats; }

const CheckFormatRow* find_check_format(std::string_view name) { return find_row(check_formats(), name); }

const ReportFormatRow* find_report_format(std::string_view name) { return find_row(report_formats(), name); }

std::vector<std::string> check_format_names() { return names_of(check_formats()); }

std::vector<std::string> report_format_names() { return names_of(report_formats()); }

std::string check_format_help(Lang lang) {
    MessageArg formats{"formats", name_list(check_formats(), lang)};
    return render_message("format.check.option", lang, std::span(&formats, 1));
}

std::string report_format_help(Lang lang) {
    MessageArg formats{"formats", name_list(report_formats(), lang)};
    return render_message("format.report.option", lang, std::span(&formats, 1));
}

std::unique_ptr<CheckRenderer> check_renderer(std::string_view format, const CheckRenderOptions& options) {
    const CheckFormatRow* row = find_check_format(format);
    return row ? row->make(options) : nullptr;
}

std::span<const std::string_view> ci_formats() { return kCiFormatNames; }

std::unique_ptr<CheckRenderer> ci_check_renderer(std::string_view name, const CheckRenderOptions& options) {
    const CheckFormatRow* row = find_check_format(name);
    return row && row->ci ? row->make(options) : nullptr;
}

std::optional<std::string> render_check_ci(std::string_view name, std::span<const FileReport> files,
                                           const CiOptions& options) {
    CheckRenderOptions render_options;
    render_options.lang = options.lang;
    render_options.strict = options.strict;
    render_options.tool_version = options.tool_version;
    std::unique_ptr<CheckRenderer> renderer = ci_check_renderer(name, render_options);
    if (!renderer) return std::nullopt;
    return render_all(*renderer, files);
}

}  // namespace pop
