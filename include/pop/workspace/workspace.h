#pragma once
/// The POPs of a repository with their context: which files the paths name or hold, which policy,
/// roster and school goals apply to each POP folder (the nearest in it or above it, up to the
/// repository root: docs/decisions.md 5), those files loaded once each, and for every POP whether a
/// later POP of the same person took it over and whether its person left. Every command that reads
/// more than one POP goes through here, so they all agree.

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "pop/base/date.h"
#include "pop/format/spec.h"
#include "pop/model/model.h"
#include "pop/read/yaml_tree.h"
#include "pop/render/render_check.h"
#include "pop/rules/checks.h"
#include "pop/workspace/check_file.h"
#include "pop/workspace/sources.h"

namespace pop {

/// A file to work on: the path shown to the user and its kind.
struct Input {
    std::string path;              ///< As named, or as found (without a leading "./").
    FileKind kind;                 ///< By file name (a named file of another name counts as a POP).
    bool found_in_folder = false;  ///< Found by searching a folder rather than named.
};

/// The inputs of some paths and the folders that could not be searched.
struct FoundInputs {
    std::vector<Input> files;                     ///< In the order of the paths; each folder's files sorted.
    std::vector<std::string> unreadable_folders;  ///< Folders that could not be read.
};

/// The inputs for some paths: folders searched recursively for *.pop.yaml and the repository files
/// (hidden folders, .git among them, and links to folders are skipped); anything else taken as
/// named, always. No paths: ".".
FoundInputs find_inputs(const std::vector<std::string>& paths, const FileSource& files);

/// The repository files that apply to a folder, as absolute keys; empty when none was found.
struct RepositoryPaths {
    std::string policy, roster, school_goals;  ///< One per kind.
};

/// Finds the repository files of folders (cached per folder): the nearest of each kind in the
/// folder or above it, up to the folder that holds .git.
class RepositoryFinder {
public:
    /// A finder reading through `files`.
    explicit RepositoryFinder(const FileSource& files) : files_(files) {}
    /// The repository files for a folder ("" is the current folder).
    RepositoryPaths for_folder(const std::string& folder);

private:
    const FileSource& files_;
    std::map<std::string, RepositoryPaths> cache_;
};

/// The models of the repository files, loaded once each, by absolute key.
class RepositoryModels {
public:
    /// The policy loaded from the file with this key; nullptr when none (or unusable).
    const Policy* policy(const std::string& key) const;
    /// The roster loaded from the file with this key; nullptr when none (or unusable).
    const Roster* roster(const std::string& key) const;
    /// The school goals loaded from the file with this key; nullptr when none (or unusable).
    const SchoolGoals* school_goals(const std::string& key) const;
    /// Builds and keeps the model of a usable repository file (a later file of the same key wins).
    void add(const std::string& key, FileKind kind, const YamlDocument& doc);
    /// Takes over the models of `other` (its files win).
    void merge(RepositoryModels&& other);
    /// Shares the models of `other` (its files win; the models are not copied).
    void share(const RepositoryModels& other);

private:
    std::map<std::string, std::shared_ptr<const Policy>> policies_;
    std::map<std::string, std::shared_ptr<const Roster>> rosters_;
    std::map<std::string, std::shared_ptr<const SchoolGoals>> school_goals_;
};

/// Repository files loaded by earlier workspaces, for a caller that checks again and again (the
/// language server, on every keystroke): a file whose bytes, shown path, kind and read limits are
/// the same as when it was loaded is not read into a tree and built again; its report and models
/// are shared. One entry per file (the latest). Safe to use from several threads.
class RepositoryFileCache {
public:
    /// A repository file as loaded: its report (own findings) and its model, when usable.
    struct Loaded {
        FileReport report;         ///< As the workspace reports it.
        RepositoryModels models;   ///< Its model (none when unusable).
    };
    /// What was loaded from exactly these bytes at `key` for `input` with `limits`; nullptr when not.
    std::shared_ptr<const Loaded> find(const std::string& key, const Input& input, const std::string& bytes,
                                       const ReadLimits& limits) const;
    /// Keeps what was loaded from `bytes` (replacing what was kept for `key`).
    void keep(const std::string& key, const Input& input, std::string bytes, const ReadLimits& limits,
              std::shared_ptr<const Loaded> loaded);
    /// The files kept.
    std::size_t size() const;

private:
    struct Entry {
        std::string path;
        FileKind kind;
        ReadLimits limits;
        std::string bytes;
        std::shared_ptr<const Loaded> loaded;
    };
    mutable std::mutex mutex_;
    std::map<std::string, Entry> entries_;  // by absolute key
};

/// Calls `work(k)` for every k < n on `jobs` threads (0: every core; the calling thread is one of
/// them), each k exactly once; returns when all are done.
void run_in_parallel(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& work);

/// The repository files that apply to one POP (which need not exist yet), loaded: what an edit
/// checks its result against, as `pop check` would check the POP.
struct PopContext {
    Policy policy = policy_preset("");        ///< The policy of its folder, or the defaults.
    std::optional<Roster> roster;             ///< The roster, when found and usable.
    std::optional<SchoolGoals> school_goals;  ///< The school goals, when found and usable.

    /// The context of the rules for this POP.
    CheckContext context(const Date& today) const {
        return CheckContext{today, &policy, roster ? &*roster : nullptr, school_goals ? &*school_goals : nullptr, false};
    }
};

/// Finds and loads the repository files for a POP at `pop_path` (as RepositoryFinder does).
PopContext load_pop_context(const std::string& pop_path, const FileSource& files, const ReadLimits& limits = {});

/// Loads the repository files at `paths` (absolute or as written; empty ones are left out).
PopContext load_pop_context_of(const RepositoryPaths& paths, const FileSource& files, const ReadLimits& limits = {});

/// The POP of a folder, as the commands that take one POP find it when none is named.
struct PopOfFolder {
    std::optional<std::string> path;  ///< The only *.pop.yaml, or the only one whose period includes today.
    std::vector<std::string> found;   ///< Every *.pop.yaml of the folder (sorted); none or several when `path` is empty.
};

/// The POP of `folder` (after `pop renew` there are two: the one that runs today is meant).
PopOfFolder pop_of_folder(const std::string& folder, const FileSource& files, const Date& today);

/// What a command asks of the workspace.
struct WorkspaceRequest {
    std::vector<std::string> paths;  ///< Files or folders; empty: ".".
    RepositoryPaths named;           ///< --policy, --roster, --school-goals: used for every POP when given.
    unsigned jobs = 0;               ///< Threads (0: every core).
    ReadLimits limits;               ///< Size and depth limits of the reader.
    RepositoryFileCache* cache = nullptr;  ///< Repository files loaded before, used again when unchanged (nullptr: none).
};

/// The paths of a request as a message names them: comma-separated as given, "." when none (an
/// empty path stays empty and gets no separator before the next).
std::string paths_as_given(const WorkspaceRequest& request);

/// A POP read and built, with the repository files that apply to it.
struct WorkspacePop {
    FileBytes read;            ///< Its bytes, or why they could not be read.
    ValidatedFile file;        ///< The tree and the reader's and structure findings (when readable).
    std::optional<Pop> pop;    ///< The model, when the tree is usable.
};

/// The files of some paths with their repository context, loaded. Movable, not copyable.
class Workspace {
public:
    /// Finds the inputs of `request`, the repository files of each POP folder, and loads those (in
    /// parallel); nothing of the POPs themselves is read yet.
    Workspace(const WorkspaceRequest& request, const FileSource& files);

    /// Every file found, in path order of the request.
    const std::vector<Input>& inputs() const { return inputs_; }
    /// The folders that could not be searched.
    const std::vector<std::string>& unreadable_folders() const { return unreadable_folders_; }
    /// The indices into inputs() of the POPs.
    const std::vector<std::size_t>& pops() const { return pops_; }
    /// The reports of the repository files loaded (their own findings), sorted by absolute path.
    std::vector<FileReport>& repository_reports() { return repository_reports_; }
    /// The reports of the repository files loaded, read-only.
    const std::vector<FileReport>& repository_reports() const { return repository_reports_; }
    /// The absolute keys of the repository files of the POP input `index`.
    const RepositoryPaths& repository_paths_of(std::size_t index) const;
    /// The context `pop check` uses for the POP input `index`: the policy (nullptr: the defaults),
    /// roster and school goals of its folder.
    CheckContext context_of(std::size_t index, const Date& today, bool reminders) const;
    /// The policy of the POP input `index`, the defaults when its folder has none.
    const Policy& policy_of(std::size_t index) const;
    /// The roster of the POP input `index`'s folder; nullptr when none.
    const Roster* roster_of(std::size_t index) const;
    /// The models of the repository files.
    const RepositoryModels& models() const { return models_; }
    /// Reads, checks the structure of and builds the POP input `index`.
    WorkspacePop load_pop(std::size_t index) const;
    /// For each POP input (same order as pops()): whether a later POP of the same person took it
    /// over (a record of its period: no reminders). One quick read of every POP.
    std::vector<bool> superseded() const;
    /// The file source.
    const FileSource& files() const { return files_; }
    /// The request.
    const WorkspaceRequest& request() const { return request_; }

private:
    WorkspaceRequest request_;
    const FileSource& files_;
    std::vector<Input> inputs_;
    std::vector<std::string> unreadable_folders_;
    std::vector<std::size_t> pops_;
    std::vector<std::size_t> folder_of_;            // per input: index into folders_
    std::vector<RepositoryPaths> folders_;          // per POP folder
    RepositoryModels models_;
    std::vector<FileReport> repository_reports_;
    Policy default_policy_;
};

}  // namespace pop
