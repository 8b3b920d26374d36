// `pop due [PATH...] [--within 30d]`: everything due or overdue, across POPs, sorted by date.
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "cli_common.h"
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
    LoadedPops loaded = load_pops(Workspace(request, files));
    for (const UnreadableFile& file : loaded.unreadable)
        usage_error(file.path + ": " + render_message(file.error, globals.lang));
    DueList due = list_due(loaded, *today, *within);
    const std::vector<DueLine>& lines = due.lines;
    std::size_t private_left_out = due.private_left_out;
    int exit_code = loaded.unreadable.empty() ? kExitClean : kExitUnreadable;
    std::string out = options.format == "json" ? render_due_json(lines, *today, private_left_out)
                                               : render_due_text(lines, *today, globals.lang, private_left_out);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return exit_code;
}

}  // namespace due

void add_due(CLI::App& app, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto options = std::make_shared<due::DueOptions>();
    auto* cmd = app.add_subcommand("due", nl ? "alles wat binnenkort moet of te laat is, op datum"
                                             : "everything due soon or overdue, by date");
    cmd->add_option("paths", options->paths, nl ? "POP-bestanden of mappen (standaard .)" : "POP files or folders (default .)");
    cmd->add_option("--within", options->within, nl ? "hoeveel dagen vooruit (standaard 30d)" : "how many days ahead (default 30d)");
    cmd->add_option("--format", options->format, nl ? "uitvoer: text of json" : "output: text or json")
        ->check(CLI::IsMember({"text", "json"}));
    cmd->callback([options, &globals, &exit_code] { exit_code = due::run_due(*options, globals); });
}

}  // namespace pop::cli
