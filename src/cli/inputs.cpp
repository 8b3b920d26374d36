#include "inputs.h"

#include "cli_common.h"
#include "pop/base/strings.h"
#include "platform/disk_files.h"

namespace pop::cli {

std::vector<Input> collect_inputs(const std::vector<std::string>& paths, std::vector<Input>& unreadable_dirs,
                                  const WalkOptions& walk) {
    DiskFileSource files(walk.no_ignore, walk.lang);
    FoundInputs found = find_inputs(paths, files);
    for (std::string& folder : found.unreadable_folders) unreadable_dirs.push_back({std::move(folder), FileKind::Pop});
    return std::move(found.files);
}

std::optional<std::string> pop_here(const Date& today, Lang lang, const PopHereMessages& messages) {
    PopOfFolder here = pop_of_folder("", DiskFileSource(), today);
    if (here.path) return here.path;
    if (here.found.empty()) {
        usage_error(render_message(messages.none, lang));
        return std::nullopt;
    }
    std::vector<MessageArg> args{{"n", std::to_string(here.found.size())}, {"files", join(here.found)}};
    usage_error(render_message(messages.several, lang, args));
    return std::nullopt;
}

}  // namespace pop::cli
