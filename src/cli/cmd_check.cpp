// `pop check PATH...`: checks POP files (and the policy, roster and school goals beside them).
#include <cstdio>
#include <memory>

#include "cli_common.h"
#include "platform/disk_files.h"
#include "platform/spooled_output.h"
#include "pop/base/version.h"
#include "pop/render/render_check.h"
#include "pop/render/render_ci.h"
#include "pop/render/formats.h"
#include "pop/workspace/check_repository.h"

namespace pop::cli {
namespace check {

struct CheckOptions {
    std::vector<std::string> paths;
    std::string format = "text";
    bool format_given = false;
    bool strict = false;
    bool list = false;
    bool history = false;
    bool reminders = false;
    bool no_ignore = false;
    std::string changed_since;
    std::string policy, roster, school_goals;
    unsigned jobs = 0;
};

int run_check(const CheckOptions& options, const Globals& globals) {
    if (options.list) {
        std::string out = options.format == "json" ? render_rule_list_json(globals.lang) : render_rule_list(globals.lang);
        std::fputs(out.c_str(), stdout);
        return kExitClean;
    }
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    // On GitHub Actions, annotations are the default; --format always wins.
    std::string format = options.format;
    if (!options.format_given && github_actions()) format = "github";
    CheckRenderOptions render_options{globals.lang, use_color(globals), *today, options.strict, kPopVersion};
    std::unique_ptr<CheckRenderer> renderer = check_renderer(format, render_options);
    if (!renderer) renderer = check_renderer("text", render_options);

    RepositoryCheckRequest request;
    request.workspace.paths = options.paths;
    request.workspace.named = {options.policy, options.roster, options.school_goals};
    request.workspace.jobs = options.jobs;
    request.today = *today;
    request.reminders = options.reminders;
    request.history = options.history;
    request.changed_since = options.changed_since;
    DiskFileSource files(options.no_ignore, globals.lang);
    GitHistory history;
    OutputSpools out;
    RepositoryCheckResult result = check_repository(request, files, history, *renderer, out);
    for (const std::string& notice : result.notices) usage_error(render_message(notice, globals.lang));
    if (result.problem) {
        usage_error(render_message(*result.problem, globals.lang, result.problem_args));
        return kExitUsage;
    }
    out.finish(*renderer, result.totals, stdout);
    return check_exit_code(result.totals, options.strict);
}

}  // namespace check

void add_check(CLI::App& app, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto options = std::make_shared<check::CheckOptions>();
    auto* cmd = app.add_subcommand("check", render_message("cli.check.help", lang));
    cmd->add_option(render_message("cli.arg.path", lang), options->paths, render_message("cli.check.opt.paths", lang));
    cmd->add_option("--format", options->format, check_format_help(lang))
        ->check(CLI::IsMember(check_format_names()))
        ->each([options](const std::string&) { options->format_given = true; });
    cmd->add_flag("--strict", options->strict, render_message("cli.check.opt.strict", lang));
    cmd->add_flag("--list", options->list, render_message("cli.check.opt.list", lang));
    cmd->add_option("--policy", options->policy, render_message("cli.check.opt.policy", lang));
    cmd->add_option("--roster", options->roster, render_message("cli.check.opt.roster", lang));
    cmd->add_option("--school-goals", options->school_goals, render_message("cli.check.opt.school-goals", lang));
    cmd->add_flag("--reminders", options->reminders, render_message("cli.check.opt.reminders", lang));
    cmd->add_flag("--history", options->history, render_message("cli.check.opt.history", lang));
    cmd->add_option("--changed-since", options->changed_since, render_message("cli.check.opt.changed-since", lang));
    cmd->add_flag("--no-ignore", options->no_ignore, render_message("ui.option.no-ignore", lang));
    cmd->add_option("--jobs", options->jobs, render_message("cli.check.opt.jobs", lang));
    cmd->callback([options, &globals, &exit_code] { exit_code = check::run_check(*options, globals); });
}

}  // namespace pop::cli
