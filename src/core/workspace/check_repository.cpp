#include "pop/workspace/check_repository.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "pop/rules/history.h"
#include "pop/rules/input.h"
#include "pop/workspace/paths.h"

namespace pop {
namespace {

/// What is written at one place of the output.
enum class ItemKind : std::uint8_t { Repository, Pop, Folder };

/// One file of the output: its path, and an index into the repository reports, the inputs or the
/// unreadable folders.
struct Item {
    const std::string* path;  ///< The path it is written and sorted by.
    std::size_t index;        ///< Index into repository_reports (Repository), inputs (Pop) or unreadable_folders (Folder).
    ItemKind kind;            ///< Which of those.
};

/// A POP's result on its way from a worker to the writer.
struct Slot {
    bool ready = false;   ///< Filled in by a worker, not yet taken.
    bool shown = true;    ///< Written (false: left out by --changed-since).
    bool no_git = false;  ///< --history, but the POP is in no repository.
    FileReport report;    ///< Its findings.
    PopSummary summary;   ///< What the roster rules need.
    FilePieces pieces;    ///< Its output, rendered by the worker (when shown).
};

/// A roster found while searching a folder, and the POPs it covers.
struct RosterGroup {
    const Roster* roster = nullptr;   ///< Its model.
    std::size_t report = 0;           ///< Index of its file's report.
    std::size_t remaining = 0;        ///< Its POPs not yet taken by the writer.
    bool complete = false;            ///< Its own late findings (roster.missing-pop) are added.
    std::optional<std::size_t> hole;  ///< Where its output goes, once the writer passed its place early.
    /// Per person id, the first current POP (in output order): its summary and path.
    std::map<std::string, std::pair<PopSummary, std::string>> first_pop;
    /// The members who left (`left` on the roster), by id.
    std::map<std::string, const StaffMember*, std::less<>> leavers;
    /// Per person id, their POPs past the retention period, in output order (roster.retention).
    std::map<std::string, std::vector<std::string>, std::less<>> past_retention;
};

/// The date each POP last changed, per repository, and the repository of each folder (--history).
struct HistoryFacts {
    std::map<std::string, std::optional<std::string>> root_of_folder;  ///< Absolute folder -> repository.
    std::map<std::string, std::map<std::string, Date>> last_changes;   ///< Per repository.
};

class RepositoryCheck {
public:
    RepositoryCheck(const RepositoryCheckRequest& request, const FileSource& files, const HistorySource& history,
                    const CheckRenderer& renderer, CheckOutput& output)
        : request_(request), files_(files), history_(history), renderer_(renderer), output_(output),
          workspace_(request.workspace, files) {}

    RepositoryCheckResult run();

private:
    void list_items();
    bool find_changed();
    void find_history();
    void find_leftover_temps();
    void group_by_roster();
    Slot check_pop(std::size_t p) const;
    void add_history(const Input& input, const CheckContext& context, Slot& result) const;
    void add_leftover_temps(const Input& input, Slot& result) const;
    void add_late_findings(FileReport& report, std::vector<Finding> findings) const;
    FilePieces render(const FileReport& report) const;
    void write(const FileReport& report, const FilePieces& pieces);
    void complete(RosterGroup& group);
    void take_pop(std::size_t p, Slot result);
    void write_all();

    const RepositoryCheckRequest& request_;
    const FileSource& files_;
    const HistorySource& history_;
    const CheckRenderer& renderer_;
    CheckOutput& output_;
    Workspace workspace_;
    RepositoryCheckResult result_;
    std::vector<Item> items_;
    std::optional<ChangedFiles> changed_;
    HistoryFacts history_facts_;
    std::map<std::string, std::map<std::string, std::vector<std::string>>> temps_of_folder_;
    std::vector<bool> superseded_;   // per POP of the workspace (with --reminders)
    std::vector<std::size_t> pop_number_;  // per input: its index among the workspace's POPs
    std::vector<RosterGroup> groups_;
    std::vector<std::ptrdiff_t> group_of_input_;   // per input (POP): its roster group, or -1
    std::vector<std::ptrdiff_t> group_of_report_;  // per repository report: its roster group, or -1
    std::optional<std::size_t> no_git_;            // the first POP outside any repository (--history)
};

// What is written, in order: the repository files, the POPs and the unreadable folders, sorted by
// path; a file named twice is checked once.
void RepositoryCheck::list_items() {
    const std::vector<FileReport>& reports = workspace_.repository_reports();
    for (std::size_t i = 0; i < reports.size(); ++i) items_.push_back(Item{&reports[i].path, i, ItemKind::Repository});
    for (std::size_t i : workspace_.pops()) items_.push_back(Item{&workspace_.inputs()[i].path, i, ItemKind::Pop});
    for (std::size_t i = 0; i < workspace_.unreadable_folders().size(); ++i)
        items_.push_back(Item{&workspace_.unreadable_folders()[i], i, ItemKind::Folder});
    std::stable_sort(items_.begin(), items_.end(), [](const Item& a, const Item& b) { return *a.path < *b.path; });
    items_.erase(std::unique(items_.begin(), items_.end(), [](const Item& a, const Item& b) { return *a.path == *b.path; }),
                 items_.end());
}

// With --changed-since, the files changed since that revision in the repository of the first path.
bool RepositoryCheck::find_changed() {
    if (request_.changed_since.empty()) return true;
    const std::vector<std::string>& paths = request_.workspace.paths;
    std::string start = paths.empty() ? "." : paths.front();
    std::string folder = files_.is_folder(start) ? start : folder_of_path(start);
    std::optional<std::string> root = history_.root_of(files_.absolute(folder.empty() ? "." : folder));
    if (!root) {
        result_.problem = "ui.changed-since.no-git";
        result_.problem_args = {{"path", start}};
        return false;
    }
    changed_ = history_.changed_since(*root, request_.changed_since);
    if (changed_->error) {
        result_.problem = "ui.changed-since.bad-rev";
        result_.problem_args = {{"rev", request_.changed_since}, {"error", *changed_->error}};
        return false;
    }
    return true;
}

// With --history, the date each POP last changed, per repository (one walk each).
void RepositoryCheck::find_history() {
    if (!request_.history) return;
    bool warned_shallow = false;
    for (const Item& item : items_) {
        if (item.kind != ItemKind::Pop) continue;
        std::string folder = folder_of_path(files_.absolute(*item.path));
        auto [it, fresh] = history_facts_.root_of_folder.try_emplace(folder);
        if (!fresh) continue;
        it->second = history_.root_of(folder);
        if (!it->second || history_facts_.last_changes.count(*it->second)) continue;
        const std::string& root = *it->second;
        if (history_.is_shallow(root)) {
            if (!warned_shallow) result_.notices.push_back("ui.history.shallow");
            warned_shallow = true;
            history_facts_.last_changes[root] = {};
        } else {
            history_facts_.last_changes[root] = history_.last_changes(root, request_.today);
        }
    }
}

// Temporary files a killed edit left beside a POP (input.leftover-temp): one look per folder; only
// the folders that hold such files are kept.
void RepositoryCheck::find_leftover_temps() {
    std::set<std::string> looked;
    for (const Item& item : items_) {
        if (item.kind != ItemKind::Pop) continue;
        std::string folder = folder_of_path(*item.path);
        if (!looked.insert(folder).second) continue;
        auto temps = files_.leftover_temp_files(folder.empty() ? "." : folder);
        if (!temps.empty()) temps_of_folder_.emplace(folder, std::move(temps));
    }
}

// Completeness against each roster found while searching a folder: the folder is then the
// repository (or a part with its own roster). A POP or a roster checked on its own says nothing
// about who else has a POP. Per roster only a small record per person is kept.
void RepositoryCheck::group_by_roster() {
    const std::vector<FileReport>& reports = workspace_.repository_reports();
    std::map<std::string, std::size_t> group_of_key;
    std::map<std::string, std::size_t> report_of;  // absolute path -> index into reports (the first)
    for (const Input& in : workspace_.inputs()) {
        if (in.kind != FileKind::Roster || !in.found_in_folder) continue;
        if (report_of.empty())
            for (std::size_t i = 0; i < reports.size(); ++i) report_of.emplace(files_.absolute(reports[i].path), i);
        std::string key = files_.absolute(in.path);
        const Roster* roster = workspace_.models().roster(key);
        auto report = report_of.find(key);
        if (!roster || report == report_of.end() || group_of_key.count(key)) continue;
        group_of_key.emplace(key, groups_.size());
        RosterGroup group;
        group.roster = roster;
        group.report = report->second;
        for (const StaffMember& member : roster->staff)
            if (member.left) group.leavers.try_emplace(member.id.value, &member);
        groups_.push_back(std::move(group));
    }
    group_of_input_.assign(workspace_.inputs().size(), -1);
    for (std::size_t i : workspace_.pops())
        if (auto at = group_of_key.find(workspace_.repository_paths_of(i).roster); at != group_of_key.end())
            group_of_input_[i] = static_cast<std::ptrdiff_t>(at->second);
    group_of_report_.assign(reports.size(), -1);
    for (std::size_t g = 0; g < groups_.size(); ++g) group_of_report_[groups_[g].report] = static_cast<std::ptrdiff_t>(g);
    for (const Item& item : items_)
        if (item.kind == ItemKind::Pop)
            if (std::ptrdiff_t g = group_of_input_[item.index]; g >= 0) ++groups_[g].remaining;
}

// Adds findings found after the file's own check (repository-wide rules), in position order, with
// the source lines read again from the file.
void RepositoryCheck::add_late_findings(FileReport& report, std::vector<Finding> findings) const {
    if (findings.empty()) return;
    FileBytes read = files_.read(report.path, request_.workspace.limits.max_bytes);
    if (!read.error) attach_source_lines(read.bytes, findings);
    for (Finding& f : findings) report.findings.push_back(std::move(f));
    sort_by_position(report.findings);
}

void RepositoryCheck::add_history(const Input& input, const CheckContext& context, Slot& result) const {
    std::string key = files_.absolute(input.path);
    const std::optional<std::string>& root = history_facts_.root_of_folder.at(folder_of_path(key));
    if (!root) {
        result.no_git = true;
        return;
    }
    const auto& changes = history_facts_.last_changes.at(*root);
    auto change = changes.find(key);
    std::optional<Date> last_change;
    if (change != changes.end()) last_change = change->second;
    if (std::optional<Finding> stale = check_history_stale(last_change, context.policy, request_.today))
        add_late_findings(result.report, {std::move(*stale)});
}

void RepositoryCheck::add_leftover_temps(const Input& input, Slot& result) const {
    auto folder = temps_of_folder_.find(folder_of_path(input.path));
    if (folder == temps_of_folder_.end()) return;
    auto temps = folder->second.find(std::string(file_name_of(input.path)));
    if (temps == folder->second.end() || files_.being_edited(input.path)) return;  // in use: not left over
    add_late_findings(result.report, leftover_temp_findings(temps->second));
}

// Reads and checks the POP of item `p`, with its late findings, rendered when it is shown.
Slot RepositoryCheck::check_pop(std::size_t p) const {
    const Item& item = items_[p];
    const Input& input = workspace_.inputs()[item.index];
    CheckContext context = workspace_.context_of(item.index, request_.today, request_.reminders);
    if (!superseded_.empty() && superseded_[pop_number_[item.index]]) context.superseded = true;
    Slot result;
    result.report = FileReport{input.path, input.kind, false, {}};
    FileBytes read = files_.read(input.path, request_.workspace.limits.max_bytes);
    if (read.error) {
        result.report.unreadable = true;
        result.report.findings.push_back(unreadable_finding(read));
    } else {
        result.report.findings = check_file(read.bytes, input.kind, context, request_.workspace.limits, &result.summary);
        result.report.person_id = result.summary.person_id.value;
    }
    if (request_.history && !result.report.unreadable) add_history(input, context, result);
    if (!temps_of_folder_.empty()) add_leftover_temps(input, result);
    result.shown = !changed_ || changed_->paths.count(files_.absolute(input.path)) > 0;
    if (result.shown) renderer_.file(result.report, result.pieces);
    return result;
}

FilePieces RepositoryCheck::render(const FileReport& report) const {
    FilePieces pieces;
    renderer_.file(report, pieces);
    return pieces;
}

void RepositoryCheck::write(const FileReport& report, const FilePieces& pieces) {
    add_to_totals(result_.totals, report);
    output_.append(pieces);
}

// Every member of the roster is in: the roster's own late findings (roster.missing-pop...).
void RepositoryCheck::complete(RosterGroup& group) {
    group.complete = true;
    std::vector<PopSummary> subset;
    std::vector<std::string> subset_paths;
    for (auto& [id, first] : group.first_pop) {
        subset.push_back(std::move(first.first));
        subset_paths.push_back(std::move(first.second));
    }
    group.first_pop.clear();
    std::vector<Finding> on_roster;
    for (PlacedFinding& placed : check_roster(*group.roster, subset, subset_paths, request_.today))
        if (!placed.pop) on_roster.push_back(std::move(placed.finding));
    for (Finding& f : check_retention(*group.roster, group.past_retention)) on_roster.push_back(std::move(f));
    group.past_retention.clear();
    FileReport& report = workspace_.repository_reports()[group.report];
    add_late_findings(report, std::move(on_roster));
    if (group.hole) {  // the roster's place has been passed: its output fills the hole kept there
        add_to_totals(result_.totals, report);
        output_.fill(*group.hole, render(report));
        report.findings.clear();
    }
}

// The writer's part for a checked POP: the roster rules that need all POPs in order, then output.
void RepositoryCheck::take_pop(std::size_t p, Slot result) {
    const Item& item = items_[p];
    if (result.no_git && !no_git_) no_git_ = item.index;
    if (std::ptrdiff_t g = group_of_input_[item.index]; g >= 0) {
        RosterGroup& group = groups_[g];
        const PopSummary& summary = result.summary;
        if (!summary.person_id.value.empty() && is_current(summary, request_.today)) {
            auto [at, fresh] = group.first_pop.try_emplace(summary.person_id.value, summary, result.report.path);
            if (!fresh) {
                add_late_findings(result.report, {duplicate_pop_finding(summary, at->second.second)});
                if (result.shown) result.pieces = render(result.report);
            }
        }
        if (auto leaver = group.leavers.find(summary.person_id.value);
            leaver != group.leavers.end() && retention_passed(*leaver->second, workspace_.policy_of(item.index), request_.today))
            group.past_retention[leaver->first].push_back(result.report.path);
        if (--group.remaining == 0 && group.hole) complete(group);
    }
    if (result.shown) write(result.report, result.pieces);
}

// The POPs are checked in parallel, in the order they are written, each rendered as it is checked;
// the results pass through a small reorder buffer to this thread, which writes them in order. A
// worker waits when it is `window` items ahead of the writer, so a slow file cannot make memory
// grow. Output never depends on timing: each result has its slot.
void RepositoryCheck::write_all() {
    unsigned jobs = request_.workspace.jobs ? request_.workspace.jobs : std::max(1u, std::thread::hardware_concurrency());
    std::size_t window = std::max<std::size_t>(64, std::size_t{32} * jobs);
    std::vector<Slot> slots(window);
    std::mutex lock;
    std::condition_variable slot_filled, slot_freed;
    std::size_t written = 0;  // items the writer has taken
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t p = next++; p < items_.size(); p = next++) {
            if (items_[p].kind != ItemKind::Pop) continue;
            {
                std::unique_lock<std::mutex> hold(lock);
                slot_freed.wait(hold, [&] { return p < written + window; });
            }
            Slot result = check_pop(p);
            std::lock_guard<std::mutex> hold(lock);
            slots[p % window] = std::move(result);
            slots[p % window].ready = true;
            slot_filled.notify_all();
        }
    };
    jobs = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(jobs, items_.size())));
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);
    auto passed = [&](std::size_t p) {
        {
            std::lock_guard<std::mutex> hold(lock);
            written = p + 1;
        }
        slot_freed.notify_all();
    };
    std::vector<FileReport>& reports = workspace_.repository_reports();
    for (std::size_t p = 0; p < items_.size(); ++p) {
        const Item& item = items_[p];
        if (item.kind == ItemKind::Repository) {
            passed(p);
            std::ptrdiff_t g = group_of_report_[item.index];
            if (g >= 0 && !groups_[g].complete && groups_[g].remaining == 0) complete(groups_[g]);
            if (g >= 0 && !groups_[g].complete) {
                groups_[g].hole = output_.hole();
            } else {
                write(reports[item.index], render(reports[item.index]));
                reports[item.index].findings.clear();
            }
        } else if (item.kind == ItemKind::Folder) {
            passed(p);
            FileBytes folder;
            folder.error = "input.unreadable.permission";
            FileReport report{workspace_.unreadable_folders()[item.index], FileKind::Pop, true, {unreadable_finding(folder)}};
            write(report, render(report));
        } else {
            Slot result;
            {
                std::unique_lock<std::mutex> hold(lock);
                Slot& slot = slots[p % window];
                slot_filled.wait(hold, [&] { return slot.ready; });
                result = std::move(slot);
                slot = Slot{};
                written = p + 1;
            }
            slot_freed.notify_all();
            take_pop(p, std::move(result));
        }
    }
    for (std::thread& t : threads) t.join();
}

RepositoryCheckResult RepositoryCheck::run() {
    list_items();
    if (items_.empty() && request_.changed_since.empty()) {
        result_.problem = "ui.no-files";
        result_.problem_args = {{"paths", paths_as_given(request_.workspace)}};
        return result_;
    }
    if (!find_changed()) return result_;
    find_history();
    find_leftover_temps();
    pop_number_.assign(workspace_.inputs().size(), 0);
    for (std::size_t k = 0; k < workspace_.pops().size(); ++k) pop_number_[workspace_.pops()[k]] = k;
    // With --reminders, a POP that a later POP of the same person took over is a record and gets
    // none: which ones they are takes a first, quick read of every POP.
    if (request_.reminders) superseded_ = workspace_.superseded();
    group_by_roster();
    write_all();
    if (no_git_) {
        result_.problem = "ui.history.no-git";
        result_.problem_args = {{"path", workspace_.inputs()[*no_git_].path}};
    }
    return result_;
}

}  // namespace

RepositoryCheckResult check_repository(const RepositoryCheckRequest& request, const FileSource& files,
                                       const HistorySource& history, const CheckRenderer& renderer,
                                       CheckOutput& output) {
    return RepositoryCheck(request, files, history, renderer, output).run();
}

}  // namespace pop
