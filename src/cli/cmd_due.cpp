// `pop due [PATH...] [--within 30d]`: everything due or overdue, across POPs, sorted by date.
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "cli_common.h"
#include "inputs.h"
#include "platform/disk_files.h"
#include "pop/render/render_check.h"
#include "pop/render/status.h"
#include "pop/workspace/views.h"

namespace pop::cli {
namespace due {

struct DueOptions {
    std::vector<std::string> paths;
    std::string within = "30";
    std::string format = "text";
    bool partial = false;
    int width = -1;  // -1: fit the terminal (no limit when stdout is not one)
};

std::optional<int> parse_days(std::string text) {
    if (!text.empty() && (text.back() == 'd' || text.back() == 'D')) text.pop_back();
    if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return std::stoi(text);
}

int run_due(const DueOptions& options, const Globals& globals) {
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    std::optional<int> within = parse_days(options.within);
    if (!within) {
        MessageArg arg{"value", options.within};
        usage_error(render_message("ui.within", globals.lang, std::span(&arg, 1)));
        return kExitUsage;
    }
    WorkspaceRequest request;
    request.paths = options.paths;
    DiskFileSource files(false, globals.lang);
    Workspace workspace(request, files);
    LoadedPops loaded = load_pops(workspace);
    // Everything is read; nothing is written yet: what may be written is decided here.
    OutputGate gate = gate_output(workspace, loaded.unreadable, loaded.files, loaded.files - loaded.unreadable.size(),
                                  options.partial, request, globals.lang);
    if (gate.refused) return *gate.refused;
    const std::vector<UnreadableFile>& missing = gate.missing;
    DueList due = list_due(loaded, *today, *within);
    DueOutputOptions output{output_width(options.width), missing_paths(missing)};
    std::string out = options.format == "json"
                          ? render_due_json(due.lines, *today, due.private_left_out, output)
                          : render_due_text(due.lines, *today, globals.lang, due.private_left_out, output);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return missing.empty() ? kExitClean : kExitUnreadable;
}

}  // namespace due

void add_due(CLI::App& app, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto options = std::make_shared<due::DueOptions>();
    auto* cmd = app.add_subcommand("due", render_message("cli.due.help", lang));
    cmd->add_option(render_message("cli.arg.path", lang), options->paths, render_message("cli.help.paths", lang));
    cmd->add_option("--within", options->within, render_message("cli.due.opt.within", lang));
    cmd->add_option("--format", options->format, render_message("cli.help.format-text-json", lang))
        ->check(CLI::IsMember({"text", "json"}));
    add_partial_flag(*cmd, options->partial, lang);
    add_width_option(*cmd, options->width, lang);
    cmd->callback([options, &globals, &exit_code] { exit_code = due::run_due(*options, globals); });
}

}  // namespace pop::cli
