// `pop hours [PATH...]`: hours and money per person and school year against the allowance; one
// person gives their statement (verantwoording), more people an overview with team totals.
#include <cstdio>
#include <cstdlib>

#include "cli_common.h"
#include "inputs.h"
#include "platform/disk_files.h"
#include "pop/render/hours.h"
#include "pop/workspace/hours_view.h"

namespace pop::cli {
namespace hours {

struct HoursCliOptions {
    std::vector<std::string> paths;
    std::string format = "text";
    std::string separator = ",";
    std::string roster, policy;
    std::string school_year;
    unsigned jobs = 0;
    bool partial = false;
    bool excel = false;
};

int run_hours(const HoursCliOptions& options, const Globals& globals) {
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    if (!csv_options_valid(options.separator, options.excel, options.format, globals.lang)) return kExitUsage;
    std::optional<int> year;
    if (!options.school_year.empty()) {
        // 2026, or 2026-2027 as people write it (the second year must follow the first).
        const std::string& y = options.school_year;
        auto digits = [](std::string_view s) { return !s.empty() && s.find_first_not_of("0123456789") == s.npos; };
        int first = digits(y.substr(0, 4)) && y.size() >= 4 ? std::atoi(y.substr(0, 4).c_str()) : 0;
        bool ok = y.size() == 4 ? digits(y)
                                : y.size() == 9 && digits(y.substr(0, 4)) && y[4] == '-' && digits(y.substr(5)) &&
                                      std::atoi(y.substr(5).c_str()) == first + 1;
        if (!ok || first < 1900 || first > 9998) {
            MessageArg arg{"value", y};
            usage_error(render_message("hours.bad-school-year", globals.lang, std::span(&arg, 1)));
            return kExitUsage;
        }
        year = first;
    }
    WorkspaceRequest request;
    request.paths = options.paths;
    request.named = {options.policy, options.roster, ""};
    request.jobs = options.jobs;
    DiskFileSource files(false, globals.lang);
    Workspace workspace(request, files);
    HoursRun run = hours_report(workspace, year ? *year : default_school_year(workspace, *today));
    OutputGate gate = gate_output(workspace, run.unreadable, run.pops, run.readable, options.partial, request, globals.lang);
    if (gate.refused) return *gate.refused;
    HoursOutputOptions ho{globals.lang, options.excel ? ';' : options.separator[0], options.excel};
    if (options.format == "json") {
        write_hours_json(run.report, ho, [](std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); });
        return gate.missing.empty() ? kExitClean : kExitUnreadable;
    }
    std::string out;
    if (options.format == "csv") out = render_hours_csv(run.report, ho);
    else if (options.format == "markdown") out = render_hours_markdown(run.report, ho);
    else out = render_hours_text(run.report, ho);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return gate.missing.empty() ? kExitClean : kExitUnreadable;
}

}  // namespace hours

void add_hours(CLI::App& app, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto options = std::make_shared<hours::HoursCliOptions>();
    auto* cmd = app.add_subcommand("hours", render_message("cli.hours.help", lang));
    cmd->add_option(render_message("cli.arg.path", lang), options->paths, render_message("cli.hours.opt.paths", lang));
    cmd->add_option("--school-year", options->school_year, render_message("cli.hours.opt.school-year", lang));
    cmd->add_option("--format", options->format, render_message("cli.hours.opt.format", lang))
        ->check(CLI::IsMember({"text", "markdown", "csv", "json"}));
    cmd->add_option("--separator", options->separator, render_message("cli.report.opt.separator", lang));
    cmd->add_flag("--excel", options->excel, render_message("cli.help.excel", lang));
    add_partial_flag(*cmd, options->partial, lang);
    cmd->add_option("--roster", options->roster, render_message("cli.report.opt.roster", lang));
    cmd->add_option("--policy", options->policy, render_message("cli.report.opt.policy", lang));
    cmd->add_option("--jobs", options->jobs, render_message("cli.report.opt.jobs", lang));
    cmd->callback([options, &globals, &exit_code] { exit_code = hours::run_hours(*options, globals); });
}

}  // namespace pop::cli
