// `pop diff REV [FILE]`: what changed in a POP since a git revision or a date, in domain terms.
#include <cstdio>
#include <filesystem>

#include "cli_common.h"
#include "platform/git.h"
#include "inputs.h"
#include "pop/workspace/check_file.h"
#include "pop/reports/pop_diff.h"
#include "pop/format/spec.h"

namespace pop::cli {
namespace diff {

namespace fs = std::filesystem;

struct DiffOptions {
    std::string rev;
    std::string file;
    std::string format = "text";
};

Pop model_of(const std::string& bytes) {
    ValidatedFile file = read_and_validate(bytes, FileKind::Pop);
    return file.usable ? build_pop(file.doc) : Pop{};
}

int run_diff(const DiffOptions& options, const Globals& globals) {
    std::string file = options.file;
    if (file.empty()) {
        std::optional<Date> today = resolve_today(globals);
        if (!today) return kExitUsage;
        auto only = pop_here(*today, globals.lang, {"here.no-pop", "here.which-file"});
        if (!only) return kExitUsage;
        file = *only;
    }
    FileBytes now = read_file(file, ReadLimits{}.max_bytes);
    if (now.error) {
        std::string text = render_message(*now.error, globals.lang, {});
        usage_error(file + ": " + text);
        return kExitUnreadable;
    }
    std::error_code ec;
    fs::path absolute = fs::absolute(file, ec).lexically_normal();
    std::optional<std::string> top = git_toplevel(absolute.parent_path().string());
    if (!top) {
        MessageArg arg{"path", file};
        usage_error(render_message("diff.no-git", globals.lang, std::span(&arg, 1)));
        return kExitUsage;
    }
    // REV is a revision, or a date: then the last commit on or before it.
    // A date before the first commit means since the beginning: everything in the POP is new.
    std::string rev = options.rev, since = options.rev;
    bool from_the_beginning = false;
    if (DateParse d = parse_date(rev); d.date) {
        auto commit = git_commit_before(*top, *d.date);
        if (commit) rev = *commit;
        else {
            from_the_beginning = true;
            MessageArg arg{"date", options.rev};
            since = render_message("diff.since-beginning", globals.lang, std::span(&arg, 1));
        }
    } else if (run_process({"git", "rev-parse", "--verify", "--quiet", rev + "^{commit}"}, *top).exit_code != 0) {
        MessageArg arg{"rev", rev};
        usage_error(render_message("diff.bad-rev", globals.lang, std::span(&arg, 1)));
        return kExitUsage;
    }
    std::string relative = fs::relative(absolute, *top, ec).string();
    std::optional<std::string> before;  // absent: everything is new
    if (!from_the_beginning) before = git_show(*top, rev, relative);
    Pop current = model_of(now.bytes);
    std::vector<PopChange> changes = diff_pops(before ? model_of(*before) : Pop{}, current);
    std::string out = options.format == "json" ? render_diff_json(changes, file, options.rev, current.person)
                                               : render_diff_text(changes, globals.lang, file, since);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return kExitClean;
}

}  // namespace diff

void add_diff(CLI::App& app, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto options = std::make_shared<diff::DiffOptions>();
    auto* cmd = app.add_subcommand("diff", render_message("cli.diff.help", lang));
    cmd->add_option(render_message("cli.arg.rev", lang), options->rev, render_message("cli.diff.opt.rev", lang))
        ->required();
    cmd->add_option(render_message("cli.arg.file", lang), options->file, render_message("cli.help.pop-here", lang));
    cmd->add_option("--format", options->format, render_message("cli.help.format-text-json", lang))
        ->check(CLI::IsMember({"text", "json"}));
    cmd->callback([options, &globals, &exit_code] { exit_code = diff::run_diff(*options, globals); });
}

}  // namespace pop::cli
