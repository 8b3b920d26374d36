// `pop status [FILE]`: a teacher's view of one POP: progress per goal, then reminders, most urgent first.
#include <cstdio>

#include "cli_common.h"
#include "inputs.h"
#include "platform/disk_files.h"
#include "pop/render/render_check.h"
#include "pop/render/status.h"
#include "pop/workspace/views.h"

namespace pop::cli {
namespace status {

struct StatusOptions {
    std::string file;
    std::string format = "text";
};

int run_status(const StatusOptions& options, const Globals& globals) {
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    std::string file = options.file;
    if (file.empty()) {
        auto only = pop_here(*today, globals.lang, {"here.no-pop", "here.which-file"});
        if (!only) return kExitUsage;
        file = *only;
    }
    PopStatus status = pop_status(file, DiskFileSource(false, globals.lang), *today);
    if (status.unreadable) {
        usage_error(file + ": " + render_message(*status.unreadable->error, globals.lang));
        return kExitUnreadable;
    }
    const StatusView& view = status.view;
    std::size_t errors = status.errors;
    const std::string& successor = status.successor;
    std::string out = options.format == "json" ? render_status_json(view, file, globals.lang, *today)
                                               : render_status_text(view, file, globals.lang, use_color(globals));
    if (errors > 0 && options.format != "json") {
        MessageArg arg{"n", std::to_string(errors)};
        out += render_message("status.has-errors", globals.lang, std::span(&arg, 1)) + "\n";
    }
    if (!successor.empty() && options.format != "json") {
        MessageArg arg{"path", successor};
        out += render_message("status.renewed", globals.lang, std::span(&arg, 1)) + "\n";
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return kExitClean;
}

}  // namespace status

void add_status(CLI::App& app, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto options = std::make_shared<status::StatusOptions>();
    auto* cmd = app.add_subcommand("status", render_message("cli.status.help", lang));
    cmd->add_option(render_message("cli.arg.file", lang), options->file, render_message("cli.help.pop-here", lang));
    cmd->add_option("--format", options->format, render_message("cli.help.format-text-json", lang))
        ->check(CLI::IsMember({"text", "json"}));
    cmd->callback([options, &globals, &exit_code] { exit_code = status::run_status(*options, globals); });
}

}  // namespace pop::cli
