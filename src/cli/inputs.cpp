#include "inputs.h"

#include <algorithm>
#include <set>

#include "cli_common.h"
#include "platform/git.h"
#include "pop/workspace/check_file.h"
#include "pop/format/validate.h"

namespace pop::cli {
namespace {

namespace fs = std::filesystem;

bool is_hidden(const fs::path& p) {
    std::string name = p.filename().string();
    return name.size() > 1 && name[0] == '.';
}

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

// What git ignores, as absolute canonical paths (folders without their final '/'), asked once per
// work tree; a warning when git cannot say, and then nothing is left out.
const std::set<std::string>& ignored_in(const std::string& toplevel, const std::string& shown,
                                        std::map<std::string, std::set<std::string>>& cache, Lang lang) {
    auto it = cache.find(toplevel);
    if (it != cache.end()) return it->second;
    std::set<std::string>& set = cache[toplevel];
    IgnoredPaths ignored = git_ignored(toplevel);
    if (ignored.error) {
        std::vector<MessageArg> args{{"path", shown}, {"error", *ignored.error}};
        usage_error(render_message("ui.ignore.git-failed", lang, args));
        return set;
    }
    for (std::string rel : ignored.paths) {
        while (!rel.empty() && rel.back() == '/') rel.pop_back();
        if (!rel.empty()) set.insert((fs::path(toplevel) / rel).lexically_normal().string());
    }
    return set;
}

// Collects *.pop.yaml and the repository files below a folder, without following links to folders.
// `abs_dir` is the folder's canonical absolute path, for looking entries up in `ignored` (what git
// ignores; nullptr or empty when nothing is left out).
void collect(const fs::path& dir, const fs::path& abs_dir, const std::set<std::string>* ignored,
             std::vector<Input>& out, std::vector<Input>& unreadable_dirs) {
    std::error_code ec;
    fs::directory_iterator it(dir, fs::directory_options::none, ec);
    if (ec) {
        unreadable_dirs.push_back({dir.string(), FileKind::Pop});
        return;
    }
    std::vector<fs::path> subdirs;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const fs::directory_entry& entry = *it;
        std::error_code type_ec;
        bool is_link = entry.is_symlink(type_ec);
        bool is_dir = !is_link && entry.is_directory(type_ec);
        auto kind = kind_from_filename(entry.path().filename().string());
        if (ignored && !ignored->empty() && ignored->count((abs_dir / entry.path().filename()).string())) continue;
        if (is_dir && !kind) {
            if (!is_hidden(entry.path())) subdirs.push_back(entry.path());
            continue;
        }
        if (kind) out.push_back({entry.path().lexically_normal().string(), *kind, true});  // "./a" -> "a"  // a folder named x.pop.yaml is reported unreadable
    }
    std::sort(subdirs.begin(), subdirs.end());
    for (const fs::path& sub : subdirs) collect(sub, abs_dir / sub.filename(), ignored, out, unreadable_dirs);
}

}  // namespace

std::vector<Input> collect_inputs(const std::vector<std::string>& paths, std::vector<Input>& unreadable_dirs,
                                  const WalkOptions& walk) {
    std::vector<Input> inputs;
    std::map<std::string, std::set<std::string>> ignored_by_work_tree;  // one git process per work tree
    for (const std::string& path : paths.empty() ? std::vector<std::string>{"."} : paths) {
        std::error_code ec;
        fs::file_status st = fs::status(path, ec);
        if (!ec && fs::is_directory(st) && !kind_from_filename(fs::path(path).filename().string())) {
            std::vector<Input> found;
            const std::set<std::string>* ignored = nullptr;
            fs::path abs_dir = fs::weakly_canonical(fs::absolute(path, ec), ec);
            if (!walk.no_ignore && !ec) {
                std::string toplevel = git_work_tree_of(abs_dir);
                if (!toplevel.empty()) ignored = &ignored_in(toplevel, path, ignored_by_work_tree, walk.lang);
            }
            // A folder named on the command line is searched even when git ignores it.
            collect(path, abs_dir, ignored, found, unreadable_dirs);
            std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
            inputs.insert(inputs.end(), found.begin(), found.end());
        } else {
            // A file, or something that is not there or cannot be read: reading it will say which.
            inputs.push_back({path, kind_from_filename(path).value_or(FileKind::Pop)});
        }
    }
    return inputs;
}

ContextPaths discover(const fs::path& start_dir, std::map<std::string, ContextPaths>& cache) {
    std::error_code ec;
    fs::path dir = fs::absolute(start_dir.empty() ? fs::path(".") : start_dir, ec).lexically_normal();
    if (dir.has_filename() == false && dir.has_parent_path()) dir = dir.parent_path();  // "a/b/" -> "a/b"
    auto cached = cache.find(dir.string());
    if (cached != cache.end()) return cached->second;
    ContextPaths found;
    for (fs::path d = dir;; d = d.parent_path()) {
        auto look = [&](std::string& slot, FileKind kind) {
            fs::path candidate = d / std::string(conventional_filename(kind));
            if (slot.empty() && fs::exists(candidate, ec)) slot = candidate.string();
        };
        look(found.policy, FileKind::Policy);
        look(found.roster, FileKind::Roster);
        look(found.school_goals, FileKind::SchoolGoals);
        if (fs::exists(d / ".git", ec) || d == d.parent_path() || (!found.policy.empty() && !found.roster.empty() &&
                                                                   !found.school_goals.empty()))
            break;
    }
    cache[dir.string()] = found;
    return found;
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
