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
    bool nl = globals.lang == Lang::Nl;
    auto options = std::make_shared<check::CheckOptions>();
    auto* cmd = app.add_subcommand("check", nl ? "POP-bestanden controleren (SMARTI, datums, structuur)"
                                               : "check POP files (SMARTI, dates, structure)");
    cmd->add_option("paths", options->paths,
                    nl ? "bestanden of mappen (mappen worden doorzocht op *.pop.yaml); standaard ."
                       : "files or folders (folders are searched for *.pop.yaml); default .");
    cmd->add_option("--format", options->format, check_format_help(globals.lang))
        ->check(CLI::IsMember(check_format_names()))
        ->each([options](const std::string&) { options->format_given = true; });
    cmd->add_flag("--strict", options->strict,
                  nl ? "ook waarschuwingen geven exitcode 1" : "warnings fail too (exit code 1)");
    cmd->add_flag("--list", options->list, nl ? "alle regels tonen" : "list all rules");
    cmd->add_option("--policy", options->policy, nl ? "beleidsbestand (standaard pop-policy.yaml hierboven)"
                                                    : "policy file (default: pop-policy.yaml found above)");
    cmd->add_option("--roster", options->roster, nl ? "personeelslijst (standaard pop-roster.yaml)"
                                                    : "roster file (default: pop-roster.yaml found above)");
    cmd->add_option("--school-goals", options->school_goals,
                    nl ? "schooldoelen (standaard pop-school-goals.yaml)"
                       : "school goals file (default: pop-school-goals.yaml found above)");
    cmd->add_flag("--reminders", options->reminders,
                  nl ? "ook de herinneringen (reminder.*): wat over de datum is of binnenkort moet"
                     : "also the reminders (reminder.*): what is overdue or due soon");
    cmd->add_flag("--history", options->history,
                  nl ? "ook de git-geschiedenis bekijken: een POP dat lang niet veranderde (history.stale)"
                     : "also look at git history: a POP nobody changed for long (history.stale)");
    cmd->add_option("--changed-since", options->changed_since,
                    nl ? "alleen POP's die sinds deze git-revisie veranderden (plus de volledigheidsregels)"
                       : "only POPs changed since this git revision (plus the completeness rules)");
    cmd->add_flag("--no-ignore", options->no_ignore, render_message("ui.option.no-ignore", globals.lang));
    cmd->add_option("--jobs", options->jobs, nl ? "aantal threads (standaard: alle kernen)"
                                                : "threads to use (default: all cores)");
    cmd->callback([options, &globals, &exit_code] { exit_code = check::run_check(*options, globals); });
}

}  // namespace pop::cli
