#pragma once
/// The tables of output formats: one per output that has several (`pop check`, `pop report`).
/// Each row names a format as --format spells it, its enum value, the catalog key of its line of
/// help, and its renderer. The CLI takes the names it accepts and its help from these tables, so
/// adding a format is a renderer file and a row here (see CONTRIBUTING.md).

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pop/i18n/messages.h"
#include "pop/render/render_check.h"
#include "pop/reports/report.h"

namespace pop {

/// The output formats of `pop check`.
enum class CheckFormat { Text, Json, Gnu, Github, Gitlab, Junit, Sarif };

/// One output format of `pop check`.
struct CheckFormatRow {
    std::string_view name;      ///< As `--format` names it.
    CheckFormat id;             ///< Its enum value.
    std::string_view help_key;  ///< Catalog key of its line of help (what the format is for).
    bool ci = false;            ///< For a CI system (render_ci.h's ci_formats()).
    /// Makes its renderer (src/core/render/check_<name>.cpp).
    std::unique_ptr<CheckRenderer> (*make)(const CheckRenderOptions& options) = nullptr;
};

/// One output format of `pop report`.
struct ReportFormatRow {
    std::string_view name;      ///< As `--format` names it.
    ReportFormat id;            ///< Its enum value.
    std::string_view help_key;  ///< Catalog key of its line of help (what the format is for).
    /// Writes the report in pieces (src/core/render/report_<name>.cpp); see write_report.
    void (*write)(const TeamReport& report, const PeopleRows& people, const ReportOptions& options,
                  const ReportSink& out) = nullptr;
};

/// The formats of `pop check`, in the order the help lists them (text first: the default).
std::span<const CheckFormatRow> check_formats();

/// The formats of `pop report`, in the order the help lists them (text first: the default).
std::span<const ReportFormatRow> report_formats();

/// The row of the `pop check` format `name`; nullptr for any other name.
const CheckFormatRow* find_check_format(std::string_view name);

/// The row of the `pop report` format `name`; nullptr for any other name.
const ReportFormatRow* find_report_format(std::string_view name);

/// The names of the `pop check` formats, in table order (for the CLI's check of --format).
std::vector<std::string> check_format_names();

/// The names of the `pop report` formats, in table order (for the CLI's check of --format).
std::vector<std::string> report_format_names();

/// The help of `pop check --format`: the names in table order ("text, json, … or sarif") in the
/// catalog's sentence format.check.option.
std::string check_format_help(Lang lang);

/// The help of `pop report --format`: the names in table order in the sentence format.report.option.
std::string report_format_help(Lang lang);

}  // namespace pop
