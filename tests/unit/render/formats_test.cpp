// The tables of output formats: names, lookups, help, and that every row is complete.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "pop/i18n/messages.h"
#include "pop/render/formats.h"
#include "pop/render/render_ci.h"

using namespace pop;

TEST_CASE("the check formats: text first, every name once, every row with a renderer and help in both languages") {
    std::set<std::string_view> names;
    for (const CheckFormatRow& row : check_formats()) {
        CHECK_MESSAGE(names.insert(row.name).second, row.name);
        CHECK_MESSAGE(static_cast<bool>(row.make), row.name);
        CHECK_MESSAGE(message_template(row.help_key, Lang::En).has_value(), row.help_key);
        CHECK_MESSAGE(message_template(row.help_key, Lang::Nl).has_value(), row.help_key);
        CHECK(find_check_format(row.name) == &row);
        CHECK(check_renderer(row.name, CheckRenderOptions{}) != nullptr);
    }
    CHECK(check_formats().front().id == CheckFormat::Text);
    CHECK(find_check_format("xml") == nullptr);
    CHECK(check_renderer("xml", CheckRenderOptions{}) == nullptr);
    CHECK(check_format_names() == std::vector<std::string>{"text", "json", "gnu", "github", "gitlab", "junit", "sarif"});
}

TEST_CASE("the CI formats are the rows marked ci, in table order") {
    std::vector<std::string_view> ci(ci_formats().begin(), ci_formats().end());
    CHECK(ci == std::vector<std::string_view>{"github", "gitlab", "junit", "sarif"});
    CHECK(ci_check_renderer("json", CheckRenderOptions{}) == nullptr);
    CHECK(ci_check_renderer("sarif", CheckRenderOptions{}) != nullptr);
    CHECK_FALSE(render_check_ci("text", {}, CiOptions{}).has_value());
    CHECK(render_check_ci("junit", {}, CiOptions{}).has_value());
}

TEST_CASE("the report formats: text first, every name once, every row with a writer and help in both languages") {
    std::set<std::string_view> names;
    for (const ReportFormatRow& row : report_formats()) {
        CHECK_MESSAGE(names.insert(row.name).second, row.name);
        CHECK_MESSAGE(static_cast<bool>(row.write), row.name);
        CHECK_MESSAGE(message_template(row.help_key, Lang::En).has_value(), row.help_key);
        CHECK_MESSAGE(message_template(row.help_key, Lang::Nl).has_value(), row.help_key);
        CHECK(find_report_format(row.name) == &row);
    }
    CHECK(report_formats().front().id == ReportFormat::Text);
    CHECK(find_report_format("pdf") == nullptr);
    CHECK(report_format_names() == std::vector<std::string>{"text", "markdown", "csv", "json", "html"});
}

TEST_CASE("the --format help lists the names of the table in both languages") {
    CHECK(check_format_help(Lang::En) ==
          "output: text, json, gnu, github, gitlab, junit or sarif (default text; github on GitHub Actions)");
    CHECK(check_format_help(Lang::Nl) ==
          "uitvoer: text, json, gnu, github, gitlab, junit of sarif (standaard text; github op GitHub Actions)");
    CHECK(report_format_help(Lang::En) == "text, markdown, csv, json or html");
    CHECK(report_format_help(Lang::Nl) == "text, markdown, csv, json of html");
}
