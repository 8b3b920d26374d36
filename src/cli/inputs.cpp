#include "inputs.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "cli_common.h"
#include "pop/base/strings.h"
#include "pop/base/text.h"
#include "pop/i18n/messages.h"
#include "platform/disk_files.h"

namespace pop::cli {

std::vector<Input> collect_inputs(const std::vector<std::string>& paths, std::vector<Input>& unreadable_dirs,
                                  const WalkOptions& walk) {
    DiskFileSource files(walk.no_ignore, walk.lang);
    FoundInputs found = find_inputs(paths, files);
    for (std::string& folder : found.unreadable_folders) unreadable_dirs.push_back({std::move(folder), FileKind::Pop});
    return std::move(found.files);
}

OutputGate gate_output(const Workspace& workspace, const std::vector<UnreadableFile>& unreadable_pops,
                       std::size_t pop_files, std::size_t read, bool partial, const WorkspaceRequest& request,
                       Lang lang) {
    OutputGate gate{missing_inputs(workspace, unreadable_pops), std::nullopt};
    OutputDecision decision = decide_output(pop_files, read, gate.missing.size(), partial);
    if (decision == OutputDecision::NoPopFiles) {
        MessageArg arg{"paths", paths_as_given(request)};
        usage_error(render_message("ui.no-files", lang, std::span(&arg, 1)));
        gate.refused = kExitUsage;
        return gate;
    }
    if (decision == OutputDecision::Write) return gate;
    bool refused = decision == OutputDecision::Refuse;
    usage_error(render_message(refused ? "ui.missing-inputs.refused" : "ui.missing-inputs.partial", lang));
    for (const UnreadableFile& file : gate.missing)
        std::fprintf(stderr, "  %s: %s\n", printable_text(file.path).c_str(), render_message(file.error, lang).c_str());
    if (refused) gate.refused = kExitUnreadable;
    return gate;
}

std::vector<std::string> missing_paths(const std::vector<UnreadableFile>& missing) {
    std::vector<std::string> paths;
    for (const UnreadableFile& file : missing) paths.push_back(file.path);
    return paths;
}

int output_width(int requested) {
    if (requested >= 0) return requested;
    if (!isatty(STDOUT_FILENO)) return 0;
    winsize ws{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    if (const char* c = std::getenv("COLUMNS")) {
        int n = std::atoi(c);
        if (n > 0) return n;
    }
    return 100;
}

std::optional<std::string> pop_here(const Date& today, Lang lang, const PopHereMessages& messages) {
    PopOfFolder here = pop_of_folder("", DiskFileSource(), today);
    if (here.path) return here.path;
    if (here.found.empty()) {
        usage_error(render_message(messages.none, lang));
        return std::nullopt;
    }
    std::vector<MessageArg> args{{"n", std::to_string(here.found.size())}, {"files", list_arg(here.found)}};
    usage_error(render_message(messages.several, lang, args));
    return std::nullopt;
}

}  // namespace pop::cli
