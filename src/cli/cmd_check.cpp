// `pop check PATH...`: checks POP files (and the policy, roster and school goals beside them).
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <variant>

#include "cli_common.h"
#include "platform/disk_files.h"
#include "platform/spooled_output.h"
#include "pop/base/version.h"
#include "pop/render/render_check.h"
#include "pop/render/render_ci.h"
#include "pop/render/formats.h"
#include "pop/workspace/check_repository.h"
#include "pop/workspace/overlay.h"

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
    std::string stdin_filename;  // the file the text on stdin (path "-") stands for
    unsigned jobs = 0;
};

// Standard input, at most `limit` + 1 bytes (enough for the reader to say it is too large);
// nullopt, with the reason in `error`, when it cannot be read.
std::optional<std::string> read_stdin(std::size_t limit, int& error) {
    std::string bytes;
    char buffer[1 << 16];
    while (bytes.size() <= limit) {
        std::size_t n = std::fread(buffer, 1, sizeof buffer, stdin);
        bytes.append(buffer, std::min(n, limit + 1 - bytes.size()));
        if (n < sizeof buffer) break;
    }
    if (std::ferror(stdin)) {
        error = errno;
        return std::nullopt;
    }
    return bytes;
}

// Where the text on stdin goes: nullopt when the paths do not ask for it; otherwise the path it
// stands for (taking the place of "-" in `paths`), or an exit code after a message on stderr.
std::optional<std::variant<std::string, int>> stdin_path(std::vector<std::string>& paths, const CheckOptions& options,
                                                         Lang lang) {
    auto dashes = std::count(paths.begin(), paths.end(), "-");
    if (dashes == 0) {
        if (options.stdin_filename.empty()) return std::nullopt;
        std::vector<MessageArg> args{{"path", options.stdin_filename}};
        usage_error(render_message("cli.check.stdin.no-dash", lang, args));
        return kExitUsage;
    }
    if (dashes > 1) {
        usage_error(render_message("cli.check.stdin.twice", lang));
        return kExitUsage;
    }
    if (options.stdin_filename.empty() || options.stdin_filename == "-") {
        usage_error(render_message("cli.check.stdin.no-filename", lang));
        return kExitUsage;
    }
    std::replace(paths.begin(), paths.end(), std::string("-"), options.stdin_filename);
    return options.stdin_filename;
}

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
    auto from_stdin = stdin_path(request.workspace.paths, options, globals.lang);
    if (from_stdin && std::holds_alternative<int>(*from_stdin)) return std::get<int>(*from_stdin);
    request.workspace.named = {options.policy, options.roster, options.school_goals};
    request.workspace.jobs = options.jobs;
    request.today = *today;
    request.reminders = options.reminders;
    request.history = options.history;
    request.changed_since = options.changed_since;
    DiskFileSource disk(options.no_ignore, globals.lang);
    OverlayFileSource files(disk);  // the text on stdin over the disk (pop check --stdin-filename PATH -)
    if (from_stdin) {
        int error = 0;
        std::optional<std::string> bytes = read_stdin(request.workspace.limits.max_bytes, error);
        if (!bytes) {
            std::vector<MessageArg> args{{"reason", std::strerror(error)}};
            usage_error(render_message("cli.check.stdin.unreadable", globals.lang, args));
            return kExitUnreadable;
        }
        files.set(std::get<std::string>(*from_stdin), std::move(*bytes));
    }
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
    cmd->add_option("--stdin-filename", options->stdin_filename, render_message("cli.check.opt.stdin-filename", lang))
        ->type_name(render_message("cli.help.type.file", lang));
    cmd->add_option("--jobs", options->jobs, render_message("cli.check.opt.jobs", lang));
    cmd->callback([options, &globals, &exit_code] { exit_code = check::run_check(*options, globals); });
}

}  // namespace pop::cli
