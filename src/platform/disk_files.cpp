#include "platform/disk_files.h"

#include <filesystem>

#include "cli_common.h"
#include "platform/git.h"
#include "platform/save.h"

namespace pop::cli {
namespace {

namespace fs = std::filesystem;

// The top folder of the git work tree that holds `dir` (canonical), found by looking for .git in it
// and above: a .git file (a worktree or submodule) or a .git folder with a HEAD (an empty .git
// folder is no repository, as for git itself). Empty outside git.
std::string git_work_tree_of(const fs::path& dir) {
    std::error_code ec;
    fs::path d = fs::weakly_canonical(fs::absolute(dir, ec), ec);
    if (ec) return {};
    for (;; d = d.parent_path()) {
        fs::file_status st = fs::symlink_status(d / ".git", ec);
        if (fs::is_regular_file(st) || (fs::is_directory(st) && fs::exists(d / ".git" / "HEAD", ec))) return d.string();
        if (d == d.parent_path()) return {};
    }
}

}  // namespace

FileBytes DiskFileSource::read(const std::string& path, std::size_t max_bytes) const { return read_file(path, max_bytes); }

bool DiskFileSource::exists(const std::string& path) const {
    std::error_code ec;
    return fs::exists(path, ec);
}

bool DiskFileSource::is_folder(const std::string& path) const {
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    return !ec && fs::is_directory(st);
}

// What git ignores below a search root, as absolute canonical paths (folders without their final
// '/'), asked once per work tree; a warning when git cannot say, and then nothing is left out.
const std::set<std::string>* DiskFileSource::ignored_below(const std::string& search_root) const {
    if (no_ignore_) return nullptr;
    auto known = ignored_of_root_.find(search_root);
    if (known != ignored_of_root_.end()) return known->second;
    const std::set<std::string>*& slot = ignored_of_root_[search_root];
    std::error_code ec;
    fs::path abs = fs::weakly_canonical(fs::absolute(search_root, ec), ec);
    std::string toplevel = ec ? std::string() : git_work_tree_of(abs);
    if (toplevel.empty()) return slot = nullptr;
    auto [it, fresh] = ignored_of_work_tree_.try_emplace(toplevel);
    if (fresh) {
        IgnoredPaths ignored = git_ignored(toplevel);
        if (ignored.error) {
            std::vector<MessageArg> args{{"path", search_root}, {"error", *ignored.error}};
            usage_error(render_message("ui.ignore.git-failed", lang_, args));
        }
        for (std::string rel : ignored.paths) {
            while (!rel.empty() && rel.back() == '/') rel.pop_back();
            if (!rel.empty()) it->second.insert((fs::path(toplevel) / rel).lexically_normal().string());
        }
    }
    return slot = &it->second;
}

std::optional<std::vector<FolderEntry>> DiskFileSource::list(const std::string& folder,
                                                            const std::string& search_root) const {
    std::error_code ec;
    fs::directory_iterator it(folder, fs::directory_options::none, ec);
    if (ec) return std::nullopt;
    const std::set<std::string>* ignored = ignored_below(search_root);
    fs::path abs_folder;
    if (ignored && !ignored->empty()) abs_folder = fs::weakly_canonical(fs::absolute(folder, ec), ec);
    std::vector<FolderEntry> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const fs::directory_entry& entry = *it;
        std::string name = entry.path().filename().string();
        if (ignored && !ignored->empty() && ignored->count((abs_folder / name).string())) continue;
        std::error_code type_ec;
        bool is_link = entry.is_symlink(type_ec);
        bool is_dir = !is_link && entry.is_directory(type_ec);
        entries.push_back(FolderEntry{std::move(name), is_dir, is_link});
    }
    return entries;
}

std::string DiskFileSource::absolute(const std::string& path) const {
    std::error_code ec;
    fs::path abs = fs::absolute(path, ec);
    std::string out = (ec ? fs::path(path) : abs).lexically_normal().string();
    while (out.size() > 1 && out.back() == '/') out.pop_back();  // "a/b/" -> "a/b"
    return out;
}

std::string DiskFileSource::shown(const std::string& absolute) const {
    std::error_code ec;
    fs::path rel = fs::proximate(absolute, fs::current_path(ec), ec);
    return ec ? absolute : rel.string();
}

std::map<std::string, std::vector<std::string>> DiskFileSource::leftover_temp_files(const std::string& folder) const {
    return temp_files_in(folder);
}

bool DiskFileSource::being_edited(const std::string& path) const { return is_being_edited(path); }

std::optional<std::string> GitHistory::root_of(const std::string& folder) const { return git_toplevel(folder); }

bool GitHistory::is_shallow(const std::string& root) const { return git_is_shallow(root); }

std::map<std::string, Date> GitHistory::last_changes(const std::string& root, const Date& today) const {
    return git_last_changes(root, today);
}

ChangedFiles GitHistory::changed_since(const std::string& root, const std::string& revision) const {
    return git_changed_since(root, revision);
}

}  // namespace pop::cli
