#include "inputs.h"

#include <algorithm>
#include <set>

#include "cli_common.h"
#include "platform/disk_files.h"
#include "pop/workspace/check_file.h"
#include "pop/format/validate.h"

namespace pop::cli {

namespace fs = std::filesystem;

std::vector<Input> collect_inputs(const std::vector<std::string>& paths, std::vector<Input>& unreadable_dirs,
                                  const WalkOptions& walk) {
    DiskFileSource files(walk.no_ignore, walk.lang);
    FoundInputs found = find_inputs(paths, files);
    for (std::string& folder : found.unreadable_folders) unreadable_dirs.push_back({std::move(folder), FileKind::Pop});
    return std::move(found.files);
}

std::string shown_path(const std::string& absolute) {
    std::error_code ec;
    fs::path rel = fs::proximate(absolute, fs::current_path(ec), ec);
    return ec ? absolute : rel.string();
}

std::string absolute_key(const std::string& path) {
    std::error_code ec;
    fs::path abs = fs::absolute(path, ec);
    return (ec ? fs::path(path) : abs).lexically_normal().string();
}


std::optional<std::string> pop_here(const Date& today, Lang lang, const PopHereMessages& messages) {
    std::vector<std::string> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(".", ec)) {
        std::string name = entry.path().filename().string();
        if (kind_from_filename(name) == FileKind::Pop) found.push_back(name);
    }
    std::sort(found.begin(), found.end());
    if (found.size() == 1) return found.front();
    if (found.empty()) {
        usage_error(render_message(messages.none, lang));
        return std::nullopt;
    }
    std::vector<std::string> current;
    for (const std::string& name : found) {
        FileBytes read = read_file(name, ReadLimits{}.max_bytes);
        if (read.error) continue;
        ValidatedFile file = read_and_validate(read.bytes, FileKind::Pop);
        if (file.usable && !file.doc.empty() && is_current(summarize(build_pop(file.doc)), today))
            current.push_back(name);
    }
    if (current.size() == 1) return current.front();
    std::string list;
    for (const std::string& name : found) list += (list.empty() ? "" : ", ") + name;
    std::vector<MessageArg> args{{"n", std::to_string(found.size())}, {"files", list}};
    usage_error(render_message(messages.several, lang, args));
    return std::nullopt;
}

Policy load_policy(const std::string& path) {
    if (path.empty()) return policy_preset("");
    FileBytes read = read_file(path, ReadLimits{}.max_bytes);
    if (read.error) return policy_preset("");
    ValidatedFile file = read_and_validate(read.bytes, FileKind::Policy);
    return file.usable ? build_policy(file.doc) : policy_preset("");
}

}  // namespace pop::cli
