// `pop report PATH...`: a coordinator's overview of a repository, in text, markdown, csv, json or html.
#include <cstdio>
#include <optional>

#include "cli_common.h"
#include "inputs.h"
#include "platform/disk_files.h"
#include "pop/render/formats.h"
#include "pop/reports/report.h"
#include "pop/workspace/hours_view.h"
#include "pop/workspace/views.h"

namespace pop::cli {
namespace report {

struct ReportCliOptions {
    std::vector<std::string> paths;
    std::string format = "text";
    std::string separator = ",";
    std::string roster, school_goals, policy;
    unsigned jobs = 0;
    bool partial = false;
    bool excel = false;
    int width = -1;  // -1: fit the terminal (no limit when stdout is not one)
};

int run_report(const ReportCliOptions& options, const Globals& globals) {
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    if (!csv_options_valid(options.separator, options.excel, options.format, globals.lang)) return kExitUsage;
    WorkspaceRequest request;
    request.paths = options.paths;
    request.named = {options.policy, options.roster, options.school_goals};
    request.jobs = options.jobs;
    DiskFileSource files(false, globals.lang);
    Workspace workspace(request, files);
    TeamReportBuilder builder;
    // The HTML report has a section of `pop hours`' overview, added up in the same pass.
    const ReportFormatRow* row = find_report_format(options.format);  // --format is checked against the table
    ReportFormat format = row ? row->id : ReportFormat::Text;
    std::optional<HoursBuilder> hours;
    int school_year = default_school_year(workspace, *today);
    if (format == ReportFormat::Html) hours.emplace(school_year);
    TeamReportRun run = add_to_team_report(workspace, *today, builder, hours ? &*hours : nullptr);
    // Everything is read; nothing is written yet: what may be written is decided here.
    OutputGate gate = gate_output(workspace, run.unreadable, run.pops, run.readable, options.partial, request, globals.lang);
    if (gate.refused) return *gate.refused;
    const std::vector<UnreadableFile>& missing = gate.missing;
    PopContext team = team_context(workspace);
    TeamReport report = builder.finish(team.roster ? &*team.roster : nullptr,
                                       team.school_goals ? &*team.school_goals : nullptr, *today);
    ReportOptions ro{globals.lang, use_color(globals), output_width(options.width),
                     options.excel ? ';' : options.separator[0], options.excel, missing_paths(missing)};
    std::optional<HoursReport> hours_report;
    if (hours) {
        hours_report = hours->finish(team.roster ? &*team.roster : nullptr, school_year, true);
        ro.hours = &*hours_report;
    }
    write_report(format, report, builder, ro,
                 [](std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(), stdout); });
    return missing.empty() ? kExitClean : kExitUnreadable;
}

}  // namespace report

void add_report(CLI::App& app, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto options = std::make_shared<report::ReportCliOptions>();
    auto* cmd = app.add_subcommand("report", render_message("cli.report.help", lang));
    cmd->add_option(render_message("cli.arg.path", lang), options->paths, render_message("cli.report.opt.paths", lang));
    cmd->add_option("--format", options->format, report_format_help(lang))->check(CLI::IsMember(report_format_names()));
    cmd->add_option("--separator", options->separator, render_message("cli.report.opt.separator", lang));
    cmd->add_flag("--excel", options->excel, render_message("cli.help.excel", lang));
    add_partial_flag(*cmd, options->partial, lang);
    add_width_option(*cmd, options->width, lang);
    cmd->add_option("--roster", options->roster, render_message("cli.report.opt.roster", lang));
    cmd->add_option("--school-goals", options->school_goals, render_message("cli.report.opt.school-goals", lang));
    cmd->add_option("--policy", options->policy, render_message("cli.report.opt.policy", lang));
    cmd->add_option("--jobs", options->jobs, render_message("cli.report.opt.jobs", lang));
    cmd->callback([options, &globals, &exit_code] { exit_code = report::run_report(*options, globals); });
}

}  // namespace pop::cli
