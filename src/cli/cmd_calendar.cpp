// `pop calendar [PATH...] [--output FILE]`: everything due, across POPs, as an iCalendar file of
// all-day events with stable UIDs (docs/calendar.md).
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "cli_common.h"
#include "inputs.h"
#include "platform/disk_files.h"
#include "pop/reports/calendar.h"
#include "pop/workspace/views.h"

namespace pop::cli {
namespace calendar {

struct CalendarOptions {
    std::vector<std::string> paths;
    std::string output;
    bool partial = false;
};

// Writes the whole text to a file; an error message (in the user's language) when that fails.
std::optional<std::string> write_whole_file(const std::string& path, const std::string& text, Lang lang) {
    errno = 0;
    std::FILE* f = std::fopen(path.c_str(), "wb");
    bool ok = f != nullptr;
    int error = errno;
    if (ok && std::fwrite(text.data(), 1, text.size(), f) != text.size()) {
        ok = false;
        error = errno;
    }
    if (f && std::fclose(f) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (ok) return std::nullopt;
    std::vector<MessageArg> args{{"path", path}, {"error", error ? std::strerror(error) : "?"}};
    return render_message("calendar.cannot-write", lang, args);
}

int run_calendar(const CalendarOptions& options, const Globals& globals) {
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    WorkspaceRequest request;
    request.paths = options.paths;
    DiskFileSource files(false, globals.lang);
    Workspace workspace(request, files);
    LoadedPops loaded = load_pops(workspace);
    // Everything is read; nothing is written yet: what may be written is decided here (no calendar
    // over a good one when files are missing or there are none).
    OutputGate gate = gate_output(workspace, loaded.unreadable, loaded.files, loaded.files - loaded.unreadable.size(),
                                  options.partial, request, globals.lang);
    if (gate.refused) return *gate.refused;
    const std::vector<UnreadableFile>& missing = gate.missing;
    int exit_code = missing.empty() ? kExitClean : kExitUnreadable;

    CalendarList calendar = list_calendar(loaded, *today);
    std::string out = render_calendar(calendar.entries, globals.lang, *today, calendar.person, missing_paths(missing));
    std::size_t private_left_out = calendar.private_left_out;
    if (private_left_out > 0) {
        std::vector<MessageArg> args{{"n", std::to_string(private_left_out)}, {"pops", std::to_string(loaded.pops.size())}};
        std::string text = render_message("calendar.private-left-out", globals.lang, args);
        std::fprintf(stderr, "pop: %s\n", text.c_str());
    }
    if (options.output.empty() || options.output == "-") {
        std::fwrite(out.data(), 1, out.size(), stdout);
    } else if (auto error = write_whole_file(options.output, out, globals.lang)) {
        usage_error(*error);
        return kExitUnreadable;
    }
    return exit_code;
}

}  // namespace calendar

void add_calendar(CLI::App& app, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto options = std::make_shared<calendar::CalendarOptions>();
    auto* cmd = app.add_subcommand("calendar", render_message("cli.calendar.help", lang));
    cmd->add_option(render_message("cli.arg.path", lang), options->paths, render_message("cli.help.paths", lang));
    cmd->add_option("--output,-o", options->output, render_message("cli.calendar.opt.output", lang));
    add_partial_flag(*cmd, options->partial, globals.lang, "cli.help.partial-calendar");
    cmd->callback([options, &globals, &exit_code] { exit_code = calendar::run_calendar(*options, globals); });
}

}  // namespace pop::cli
