#include "pop/workspace/workspace.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "pop/rules/input.h"
#include "pop/workspace/paths.h"

namespace pop {

Finding unreadable_finding(const FileBytes& read) {
    return input_unreadable_finding(read.error.value_or("input.unreadable.other"), read.error_code);
}

namespace {

bool is_hidden(std::string_view name) { return name.size() > 1 && name[0] == '.'; }

// Collects *.pop.yaml and the repository files below a folder, without following links to folders.
void collect(const std::string& folder, const std::string& search_root, const FileSource& files,
             std::vector<Input>& out, std::vector<std::string>& unreadable) {
    std::optional<std::vector<FolderEntry>> entries = files.list(folder, search_root);
    if (!entries) {
        unreadable.push_back(folder);
        return;
    }
    std::vector<std::string> subfolders;
    for (const FolderEntry& entry : *entries) {
        std::optional<FileKind> kind = kind_from_filename(entry.name);
        std::string path = join_path(folder, entry.name);
        if (entry.is_folder && !entry.is_link && !kind) {
            if (!is_hidden(entry.name)) subfolders.push_back(std::move(path));
            continue;
        }
        if (kind) out.push_back({normal_path(path), *kind, true});  // a folder named x.pop.yaml is reported unreadable
    }
    std::sort(subfolders.begin(), subfolders.end());
    for (const std::string& sub : subfolders) collect(sub, search_root, files, out, unreadable);
}

}  // namespace

FoundInputs find_inputs(const std::vector<std::string>& paths, const FileSource& files) {
    FoundInputs found;
    for (const std::string& path : paths.empty() ? std::vector<std::string>{"."} : paths) {
        if (files.is_folder(path) && !kind_from_filename(file_name_of(path))) {
            std::vector<Input> inside;
            collect(path, path, files, inside, found.unreadable_folders);
            std::sort(inside.begin(), inside.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
            found.files.insert(found.files.end(), inside.begin(), inside.end());
        } else {
            // A file, or something that is not there or cannot be read: reading it will say which.
            found.files.push_back({path, kind_from_filename(path).value_or(FileKind::Pop)});
        }
    }
    return found;
}

RepositoryPaths RepositoryFinder::for_folder(const std::string& folder) {
    std::string start = files_.absolute(folder.empty() ? "." : folder);
    auto cached = cache_.find(start);
    if (cached != cache_.end()) return cached->second;
    RepositoryPaths found;
    for (std::string d = start;; d = parent_of(d)) {
        auto look = [&](std::string& slot, FileKind kind) {
            std::string candidate = join_path(d, conventional_filename(kind));
            if (slot.empty() && files_.exists(candidate)) slot = candidate;
        };
        look(found.policy, FileKind::Policy);
        look(found.roster, FileKind::Roster);
        look(found.school_goals, FileKind::SchoolGoals);
        if (files_.exists(join_path(d, ".git")) || d == parent_of(d) ||
            (!found.policy.empty() && !found.roster.empty() && !found.school_goals.empty()))
            break;
    }
    cache_.emplace(start, found);
    return found;
}

namespace {

template <class T>
const T* find_model(const std::map<std::string, std::shared_ptr<const T>>& models, const std::string& key) {
    if (key.empty()) return nullptr;
    auto it = models.find(key);
    return it == models.end() ? nullptr : it->second.get();
}

}  // namespace

const Policy* RepositoryModels::policy(const std::string& key) const { return find_model(policies_, key); }
const Roster* RepositoryModels::roster(const std::string& key) const { return find_model(rosters_, key); }
const SchoolGoals* RepositoryModels::school_goals(const std::string& key) const {
    return find_model(school_goals_, key);
}

void RepositoryModels::add(const std::string& key, FileKind kind, const YamlDocument& doc) {
    switch (kind) {
        case FileKind::Policy: policies_[key] = std::make_shared<const Policy>(build_policy(doc)); break;
        case FileKind::Roster: rosters_[key] = std::make_shared<const Roster>(build_roster(doc)); break;
        case FileKind::SchoolGoals: school_goals_[key] = std::make_shared<const SchoolGoals>(build_school_goals(doc)); break;
        case FileKind::Pop: break;
    }
}

void RepositoryModels::merge(RepositoryModels&& other) {
    for (auto& [key, model] : other.policies_) policies_[key] = std::move(model);
    for (auto& [key, model] : other.rosters_) rosters_[key] = std::move(model);
    for (auto& [key, model] : other.school_goals_) school_goals_[key] = std::move(model);
}

void RepositoryModels::share(const RepositoryModels& other) {
    for (const auto& [key, model] : other.policies_) policies_[key] = model;
    for (const auto& [key, model] : other.rosters_) rosters_[key] = model;
    for (const auto& [key, model] : other.school_goals_) school_goals_[key] = model;
}

namespace {

bool same_limits(const ReadLimits& a, const ReadLimits& b) {
    return a.max_bytes == b.max_bytes && a.max_depth == b.max_depth && a.max_nodes == b.max_nodes &&
           a.max_repairs == b.max_repairs;
}

}  // namespace

std::shared_ptr<const RepositoryFileCache::Loaded> RepositoryFileCache::find(const std::string& key, const Input& input,
                                                                             const std::string& bytes,
                                                                             const ReadLimits& limits) const {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end()) return nullptr;
    const Entry& e = it->second;
    if (e.path != input.path || e.kind != input.kind || !same_limits(e.limits, limits) || e.bytes != bytes) return nullptr;
    return e.loaded;
}

void RepositoryFileCache::keep(const std::string& key, const Input& input, std::string bytes, const ReadLimits& limits,
                               std::shared_ptr<const Loaded> loaded) {
    std::lock_guard<std::mutex> lock(mutex_);
    entries_.insert_or_assign(key, Entry{input.path, input.kind, limits, std::move(bytes), std::move(loaded)});
}

std::size_t RepositoryFileCache::size() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return entries_.size();
}

void run_in_parallel(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& work) {
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t k = next++; k < n; k = next++) work(k);
    };
    jobs = jobs ? jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(jobs, n)));
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
    worker();
    for (std::thread& t : threads) t.join();
}

namespace {

// Loads a repository file: its findings go into the report, its model (if usable) into `models`.
// With a cache, a file with the same bytes as when it was loaded before is taken from there.
FileReport load_repository_file(const Input& input, const std::string& key, const FileSource& files,
                                const ReadLimits& limits, RepositoryModels& models, RepositoryFileCache* cache) {
    FileReport report{input.path, input.kind, false, {}};
    FileBytes read = files.read(input.path, limits.max_bytes);
    if (read.error) {
        report.unreadable = true;
        report.findings.push_back(unreadable_finding(read));
        return report;
    }
    if (cache) {
        if (std::shared_ptr<const RepositoryFileCache::Loaded> loaded = cache->find(key, input, read.bytes, limits)) {
            models.share(loaded->models);
            return loaded->report;
        }
    }
    ValidatedFile file = read_and_validate(read.bytes, input.kind, limits);
    report.findings = std::move(file.findings);
    sort_by_position(report.findings);
    attach_source_lines(read.bytes, report.findings);
    if (file.usable) models.add(key, input.kind, file.doc);
    if (cache) cache->keep(key, input, std::move(read.bytes), limits,
                           std::make_shared<const RepositoryFileCache::Loaded>(RepositoryFileCache::Loaded{report, models}));
    return report;
}

}  // namespace

Workspace::Workspace(const WorkspaceRequest& request, const FileSource& files)
    : request_(request), files_(files), default_policy_(policy_preset("")) {
    FoundInputs found = find_inputs(request.paths, files);
    inputs_ = std::move(found.files);
    unreadable_folders_ = std::move(found.unreadable_folders);

    // The repository files each POP uses: named, or found beside or above it; worked out once per
    // folder (finding them costs an absolute path and a few stats each).
    RepositoryFinder finder(files);
    std::map<std::string, Input> repository_inputs;  // absolute path -> input
    auto want = [&](const std::string& path, FileKind kind) {
        if (path.empty()) return std::string();
        std::string key = files.absolute(path);
        if (!repository_inputs.count(key)) repository_inputs.emplace(key, Input{files.shown(key), kind});
        return key;
    };
    std::map<std::string, std::size_t> folder_index;  // a POP's folder as written -> index into folders_
    folder_of_.assign(inputs_.size(), 0);
    for (std::size_t i = 0; i < inputs_.size(); ++i) {
        if (inputs_[i].kind != FileKind::Pop) continue;
        pops_.push_back(i);
        std::string folder = folder_of_path(inputs_[i].path);
        auto [at, fresh] = folder_index.try_emplace(folder, folders_.size());
        folder_of_[i] = at->second;
        if (!fresh) continue;
        RepositoryPaths c = finder.for_folder(folder);
        if (!request.named.policy.empty()) c.policy = request.named.policy;
        if (!request.named.roster.empty()) c.roster = request.named.roster;
        if (!request.named.school_goals.empty()) c.school_goals = request.named.school_goals;
        folders_.push_back(RepositoryPaths{want(c.policy, FileKind::Policy), want(c.roster, FileKind::Roster),
                                           want(c.school_goals, FileKind::SchoolGoals)});
    }
    // Repository files named among the paths are shown as written.
    for (const Input& in : inputs_)
        if (in.kind != FileKind::Pop) repository_inputs.insert_or_assign(files.absolute(in.path), in);

    // Loaded in parallel (rosters of large schools take a while); the reports in key order.
    std::vector<std::pair<const std::string*, const Input*>> order;
    for (const auto& [key, input] : repository_inputs) order.emplace_back(&key, &input);
    repository_reports_.resize(order.size());
    std::vector<RepositoryModels> parts(order.size());
    run_in_parallel(order.size(), request.jobs, [&](std::size_t k) {
        repository_reports_[k] = load_repository_file(*order[k].second, *order[k].first, files, request.limits, parts[k],
                                                      request.cache);
    });
    for (RepositoryModels& part : parts) models_.merge(std::move(part));  // in order: a later file of a key wins
}

const RepositoryPaths& Workspace::repository_paths_of(std::size_t index) const { return folders_[folder_of_[index]]; }

CheckContext Workspace::context_of(std::size_t index, const Date& today, bool reminders) const {
    const RepositoryPaths& f = repository_paths_of(index);
    return CheckContext{today, models_.policy(f.policy), models_.roster(f.roster), models_.school_goals(f.school_goals),
                        reminders};
}

const Roster* Workspace::roster_of(std::size_t index) const {
    return models_.roster(repository_paths_of(index).roster);
}

const Policy& Workspace::policy_of(std::size_t index) const {
    const Policy* policy = models_.policy(repository_paths_of(index).policy);
    return policy ? *policy : default_policy_;
}

PopContext load_pop_context(const std::string& pop_path, const FileSource& files, const ReadLimits& limits) {
    return load_pop_context_of(RepositoryFinder(files).for_folder(folder_of_path(pop_path)), files, limits);
}

PopContext load_pop_context_of(const RepositoryPaths& paths, const FileSource& files, const ReadLimits& limits) {
    RepositoryModels models;
    for (auto [path, kind] : {std::pair{&paths.policy, FileKind::Policy}, std::pair{&paths.roster, FileKind::Roster},
                              std::pair{&paths.school_goals, FileKind::SchoolGoals}}) {
        if (path->empty()) continue;
        FileBytes read = files.read(*path, limits.max_bytes);
        if (read.error) continue;
        ValidatedFile file = read_and_validate(read.bytes, kind, limits);
        if (file.usable) models.add(*path, kind, file.doc);
    }
    PopContext context;
    if (const Policy* policy = models.policy(paths.policy)) context.policy = *policy;
    if (const Roster* roster = models.roster(paths.roster)) context.roster = *roster;
    if (const SchoolGoals* goals = models.school_goals(paths.school_goals)) context.school_goals = *goals;
    return context;
}

PopOfFolder pop_of_folder(const std::string& folder, const FileSource& files, const Date& today) {
    PopOfFolder out;
    std::string listed = folder.empty() ? "." : folder;
    for (const FolderEntry& entry : files.list(listed, listed).value_or(std::vector<FolderEntry>{}))
        if (kind_from_filename(entry.name) == FileKind::Pop) out.found.push_back(join_path(folder, entry.name));
    std::sort(out.found.begin(), out.found.end());
    if (out.found.size() == 1) out.path = out.found.front();
    if (out.found.size() <= 1) return out;
    std::vector<std::string> current;
    for (const std::string& path : out.found) {
        FileBytes read = files.read(path, ReadLimits{}.max_bytes);
        if (read.error) continue;
        ValidatedFile file = read_and_validate(read.bytes, FileKind::Pop);
        if (file.usable && !file.doc.empty() && is_current(summarize(build_pop(file.doc)), today)) current.push_back(path);
    }
    if (current.size() == 1) out.path = current.front();
    return out;
}

std::string paths_as_given(const WorkspaceRequest& request) {
    std::string joined;
    for (const std::string& p : request.paths.empty() ? std::vector<std::string>{"."} : request.paths)
        joined += (joined.empty() ? "" : ", ") + p;
    return joined;
}

WorkspacePop Workspace::load_pop(std::size_t index) const {
    WorkspacePop out;
    out.read = files_.read(inputs_[index].path, request_.limits.max_bytes);
    if (out.read.error) return out;
    out.file = read_and_validate(out.read.bytes, FileKind::Pop, request_.limits);
    if (out.file.usable) out.pop = build_pop(out.file.doc);
    return out;
}

std::vector<bool> Workspace::superseded() const {
    std::vector<PopSummary> summaries(pops_.size());
    run_in_parallel(pops_.size(), request_.jobs, [&](std::size_t k) {
        FileBytes read = files_.read(inputs_[pops_[k]].path, request_.limits.max_bytes);
        if (read.error || read.bytes.size() > request_.limits.max_bytes) return;
        ReadResult tree = read_yaml(read.bytes, request_.limits);
        if (!tree.fatal && !tree.doc.empty()) summaries[k] = summarize(build_pop(tree.doc));
    });
    return superseded_pops(summaries);
}

}  // namespace pop
