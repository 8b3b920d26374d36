// `pop check PATH...`: checks POP files (and the policy, roster and school goals beside them).
#include <algorithm>
#include <array>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <tuple>
#include <unistd.h>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <thread>

#include "cli_common.h"
#include "platform/git.h"
#include "inputs.h"
#include "pop/workspace/check_file.h"
#include "pop/rules/checks.h"
#include "pop/model/model.h"
#include "pop/render/render_check.h"
#include "pop/render/render_ci.h"
#include "pop/render/formats.h"
#include "pop/base/version.h"
#include "platform/save.h"

namespace pop::cli {
namespace {

namespace fs = std::filesystem;

struct CheckOptions {
    std::vector<std::string> paths;
    std::string format = "text";
    bool format_given = false;
    bool strict = false;
    bool list = false;
    bool history = false;
    bool reminders = false;
    bool no_ignore = false;
    std::string changed_since;
    std::string policy, roster, school_goals;
    unsigned jobs = 0;
};

/// The models of the repository files, loaded once each.
struct LoadedContext {
    std::map<std::string, std::unique_ptr<Policy>> policies;
    std::map<std::string, std::unique_ptr<Roster>> rosters;
    std::map<std::string, std::unique_ptr<SchoolGoals>> school_goals;
};

// Reads a file for checking; when it cannot be read, the report says so and nullopt is returned.
std::optional<std::string> read_for_report(const Input& input, const ReadLimits& limits, FileReport& report) {
    FileBytes read = read_file(input.path, limits.max_bytes);
    if (!read.error) return std::move(read.bytes);
    report.unreadable = true;
    report.findings.push_back(unreadable_finding(read));
    return std::nullopt;
}

FileReport check_one(const Input& input, const CheckContext& context, const ReadLimits& limits, PopSummary& summary) {
    FileReport report{input.path, input.kind, false, {}};
    if (auto bytes = read_for_report(input, limits, report))
        report.findings = check_file(*bytes, input.kind, context, limits, &summary);
    return report;
}

// Adds findings found after the file's own check (repository-wide rules), in position order,
// with the source lines read again from the file.
void add_late_findings(FileReport& report, std::vector<Finding> findings, const ReadLimits& limits) {
    if (findings.empty()) return;
    FileBytes read = read_file(report.path, limits.max_bytes);
    if (!read.error) attach_source_lines(read.bytes, findings);
    for (Finding& f : findings) report.findings.push_back(std::move(f));
    sort_by_position(report.findings);
}

// Loads a repository file: its findings go into the report, its model (if usable) into `context`.
FileReport load_context_file(const Input& input, const ReadLimits& limits, LoadedContext& loaded) {
    FileReport report{input.path, input.kind, false, {}};
    std::optional<std::string> bytes = read_for_report(input, limits, report);
    if (!bytes) return report;
    ValidatedFile file = read_and_validate(*bytes, input.kind, limits);
    report.findings = std::move(file.findings);
    sort_by_position(report.findings);
    attach_source_lines(*bytes, report.findings);
    std::string key = absolute_key(input.path);
    if (file.usable) {
        switch (input.kind) {
            case FileKind::Policy: loaded.policies[key] = std::make_unique<Policy>(build_policy(file.doc)); break;
            case FileKind::Roster: loaded.rosters[key] = std::make_unique<Roster>(build_roster(file.doc)); break;
            case FileKind::SchoolGoals:
                loaded.school_goals[key] = std::make_unique<SchoolGoals>(build_school_goals(file.doc));
                break;
            case FileKind::Pop: break;
        }
    }
    return report;
}

// Loads the repository files, in parallel (rosters of large schools take a while); the reports
// come back in the order of `inputs`, the models go into `loaded`.
std::vector<FileReport> load_context_files(const std::map<std::string, Input>& inputs, const ReadLimits& limits,
                                           unsigned jobs, LoadedContext& loaded) {
    std::vector<const Input*> order;
    for (const auto& [key, input] : inputs) order.push_back(&input);
    std::vector<FileReport> reports(order.size());
    std::vector<LoadedContext> parts(order.size());
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t k = next++; k < order.size(); k = next++) reports[k] = load_context_file(*order[k], limits, parts[k]);
    };
    jobs = jobs ? jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, order.size()));
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
    worker();
    for (std::thread& t : threads) t.join();
    for (LoadedContext& part : parts) {  // in order: a later file of the same key wins, as in one loop
        for (auto& [key, model] : part.policies) loaded.policies[key] = std::move(model);
        for (auto& [key, model] : part.rosters) loaded.rosters[key] = std::move(model);
        for (auto& [key, model] : part.school_goals) loaded.school_goals[key] = std::move(model);
    }
    return reports;
}

/// The repository files of the POPs in one folder, by absolute key ("" when there is none).
struct FolderContext {
    std::string policy_key, roster_key, school_goals_key;
};

// The model loaded from the file with this absolute key; nullptr when none.
template <class T>
const T* find_model(const std::map<std::string, std::unique_ptr<T>>& models, const std::string& key) {
    if (key.empty()) return nullptr;
    auto it = models.find(key);
    return it == models.end() ? nullptr : it->second.get();
}

/// What is written at one place of the output.
enum class ItemKind : std::uint8_t { Context, Pop, Dir };

/// One file of the output: its path, and an index into the reports, the inputs or the unreadable folders.
struct Item {
    const std::string* path;  ///< The path it is written and sorted by.
    std::size_t index;        ///< Index into reports (Context), inputs (Pop) or unreadable_dirs (Dir).
    ItemKind kind;            ///< Which of those.
};

/// A POP's result on its way from a worker to the writer.
struct Slot {
    bool ready = false;     ///< Filled in by a worker, not yet taken.
    bool shown = true;      ///< Written (false: left out by --changed-since).
    bool no_git = false;    ///< --history, but the POP is in no git repository.
    FileReport report;      ///< Its findings.
    PopSummary summary;     ///< What the roster rules need.
    FilePieces pieces;      ///< Its output, rendered by the worker (when shown).
};

/// A roster found while searching a folder, and the POPs it covers (by their roster_key).
struct RosterGroup {
    const Roster* roster = nullptr;  ///< Its model.
    std::size_t report = 0;          ///< Index of its file's report.
    std::size_t remaining = 0;       ///< Its POPs not yet taken by the writer.
    bool complete = false;           ///< Its own late findings (roster.missing-pop) are added.
    std::optional<std::size_t> hole; ///< Where its output goes, once the writer passed its place early.
    /// Per person id, the first current POP (in output order): its summary and path.
    std::map<std::string, std::pair<PopSummary, std::string>> first_pop;
};

/// Bytes appended once and read back once at the end: kept in memory up to 1 MiB, beyond that
/// in an unlinked temporary file (in $TMPDIR, else /tmp). When no file can be made or written,
/// the bytes simply stay in memory: the output is the same, only the memory grows.
class Spool {
public:
    Spool() = default;
    Spool(const Spool&) = delete;
    Spool& operator=(const Spool&) = delete;
    ~Spool() {
        if (fd_ >= 0) ::close(fd_);
    }
    /// Appends bytes.
    void append(std::string_view bytes) {
        buffer_ += bytes;
        if (buffer_.size() >= kSpoolBuffer) flush();
    }
    /// Bytes appended so far.
    std::uint64_t size() const { return in_file_ + buffer_.size(); }
    /// Calls `emit` with the bytes [from, to), in pieces.
    template <class Emit>
    void read(std::uint64_t from, std::uint64_t to, Emit&& emit) {
        std::string chunk;
        while (from < to && from < in_file_) {
            chunk.resize(static_cast<std::size_t>(std::min<std::uint64_t>({to - from, in_file_ - from, kSpoolBuffer})));
            ssize_t n = ::pread(fd_, chunk.data(), chunk.size(), static_cast<off_t>(from));
            if (n <= 0) return;  // cannot happen for bytes just written; nothing better to do
            emit(std::string_view(chunk.data(), static_cast<std::size_t>(n)));
            from += static_cast<std::uint64_t>(n);
        }
        if (from < to) emit(std::string_view(buffer_).substr(from - in_file_, to - from));
    }

private:
    static constexpr std::size_t kSpoolBuffer = std::size_t{1} << 20;
    void flush() {
        if (fd_ < 0 && !failed_) {
            const char* tmp = std::getenv("TMPDIR");
            std::string name = std::string(tmp && *tmp ? tmp : "/tmp") + "/pop-check-XXXXXX";
            fd_ = ::mkstemp(name.data());
            if (fd_ >= 0) ::unlink(name.c_str());
            else failed_ = true;
        }
        if (fd_ < 0 || failed_) return;
        std::size_t done = 0;
        while (done < buffer_.size()) {
            ssize_t n = ::pwrite(fd_, buffer_.data() + done, buffer_.size() - done, static_cast<off_t>(in_file_ + done));
            if (n <= 0) {
                failed_ = true;  // a full disk: the rest stays in memory
                break;
            }
            done += static_cast<std::size_t>(n);
        }
        in_file_ += done;
        buffer_.erase(0, done);
    }
    int fd_ = -1;
    bool failed_ = false;
    std::uint64_t in_file_ = 0;
    std::string buffer_;
};

/// The output of a check while it is made: the two sections of every file in order (see
/// CheckRenderer), with holes where a roster's output goes once all its POPs are checked.
class OutputSpools {
public:
    /// Appends a file's pieces at the end.
    void append(const FilePieces& pieces) {
        main_[0].append(pieces.first);
        main_[1].append(pieces.second);
    }
    /// Keeps a hole at the end for output that comes later; returns its number.
    std::size_t hole() {
        holes_.push_back(Hole{{main_[0].size(), main_[1].size()}, {0, 0}, {0, 0}});
        return holes_.size() - 1;
    }
    /// The output of hole `n`.
    void fill(std::size_t n, const FilePieces& pieces) {
        Hole& h = holes_[n];
        h.from = {inserts_[0].size(), inserts_[1].size()};
        inserts_[0].append(pieces.first);
        inserts_[1].append(pieces.second);
        h.to = {inserts_[0].size(), inserts_[1].size()};
    }
    /// Writes the whole output: the frame and both sections.
    void finish(const CheckRenderer& renderer, const CheckTotals& totals, std::FILE* out) {
        bool empty[2] = {main_[0].size() + inserts_[0].size() == 0, main_[1].size() + inserts_[1].size() == 0};
        CheckFrame frame = renderer.frame(totals, empty[0], empty[1]);
        std::fwrite(frame.before.data(), 1, frame.before.size(), out);
        section(0, renderer.comma_lists(), out);
        std::fwrite(frame.between.data(), 1, frame.between.size(), out);
        section(1, renderer.comma_lists(), out);
        std::fwrite(frame.after.data(), 1, frame.after.size(), out);
        std::fflush(out);
    }

private:
    struct Hole {
        std::array<std::uint64_t, 2> at, from, to;  // per section: place in main_, range in inserts_
    };
    void section(int s, bool comma_lists, std::FILE* out) {
        std::size_t skip = comma_lists ? 1 : 0;  // a list's first element has no ',' before it
        auto emit = [&](std::string_view bytes) {
            std::size_t drop = std::min(skip, bytes.size());
            skip -= drop;
            bytes.remove_prefix(drop);
            std::fwrite(bytes.data(), 1, bytes.size(), out);
        };
        std::uint64_t at = 0;
        for (const Hole& h : holes_) {
            main_[s].read(at, h.at[s], emit);
            inserts_[s].read(h.from[s], h.to[s], emit);
            at = h.at[s];
        }
        main_[s].read(at, main_[s].size(), emit);
    }
    Spool main_[2], inserts_[2];
    std::vector<Hole> holes_;
};

int run_check(const CheckOptions& options, const Globals& globals) {
    if (options.list) {
        std::string out = options.format == "json" ? render_rule_list_json(globals.lang) : render_rule_list(globals.lang);
        std::fputs(out.c_str(), stdout);
        return kExitClean;
    }
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    ReadLimits limits;
    // On GitHub Actions, annotations are the default; --format always wins.
    std::string format = options.format;
    if (!options.format_given && github_actions()) format = "github";

    // 1. What to check.
    std::vector<Input> unreadable_dirs;
    std::vector<std::string> paths = options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
    std::vector<Input> inputs = collect_inputs(paths, unreadable_dirs, {options.no_ignore, globals.lang});

    // 2. The repository files each POP uses: named by flags, or found beside or above it. Worked
    //    out once per folder: discover and absolute_key cost a getcwd and path parsing each.
    std::map<std::string, ContextPaths> cache;
    std::map<std::string, Input> context_inputs;  // absolute path -> input
    auto want = [&](const std::string& path, FileKind kind) {
        if (path.empty()) return std::string();
        std::string key = absolute_key(path);
        if (!context_inputs.count(key)) context_inputs.emplace(key, Input{shown_path(key), kind});
        return key;
    };
    std::vector<FolderContext> folders;
    std::map<std::string, std::size_t> folder_index;  // a POP's folder as written -> index into folders
    std::vector<std::size_t> folder_of(inputs.size(), 0);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (inputs[i].kind != FileKind::Pop) continue;
        std::string folder = fs::path(inputs[i].path).parent_path().string();
        auto [at, fresh] = folder_index.try_emplace(folder, folders.size());
        folder_of[i] = at->second;
        if (!fresh) continue;
        ContextPaths c = discover(folder, cache);
        if (!options.policy.empty()) c.policy = options.policy;
        if (!options.roster.empty()) c.roster = options.roster;
        if (!options.school_goals.empty()) c.school_goals = options.school_goals;
        folders.push_back(FolderContext{want(c.policy, FileKind::Policy), want(c.roster, FileKind::Roster),
                                        want(c.school_goals, FileKind::SchoolGoals)});
    }
    // Repository files named on the command line are shown as written.
    for (const Input& in : inputs)
        if (in.kind != FileKind::Pop) context_inputs.insert_or_assign(absolute_key(in.path), in);

    LoadedContext loaded;
    std::vector<FileReport> reports = load_context_files(context_inputs, limits, options.jobs, loaded);

    // 3. What is written, in order: the repository files, the POPs and the unreadable folders,
    //    sorted by path; a file named twice on the command line is checked once.
    std::vector<Item> items;
    for (std::size_t i = 0; i < reports.size(); ++i) items.push_back(Item{&reports[i].path, i, ItemKind::Context});
    for (std::size_t i = 0; i < inputs.size(); ++i)
        if (inputs[i].kind == FileKind::Pop) items.push_back(Item{&inputs[i].path, i, ItemKind::Pop});
    for (std::size_t i = 0; i < unreadable_dirs.size(); ++i)
        items.push_back(Item{&unreadable_dirs[i].path, i, ItemKind::Dir});
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return *a.path < *b.path; });
    items.erase(std::unique(items.begin(), items.end(), [](const Item& a, const Item& b) { return *a.path == *b.path; }),
                items.end());
    if (items.empty() && options.changed_since.empty()) {
        std::string joined;
        for (const std::string& p : paths) joined += (joined.empty() ? "" : ", ") + p;
        MessageArg arg{"paths", joined};
        usage_error(render_message("ui.no-files", globals.lang, std::span(&arg, 1)));
        return kExitUsage;
    }

    // 4. With --changed-since, only the POPs changed since that revision are written (the
    //    repository files and the completeness rules always are).
    std::optional<ChangedFiles> changed;
    if (!options.changed_since.empty()) {
        std::string start = paths.front();
        std::string dir = fs::is_directory(start) ? start : fs::path(start).parent_path().string();
        std::optional<std::string> top = git_toplevel(dir.empty() ? "." : dir);
        if (!top) {
            MessageArg arg{"path", start};
            usage_error(render_message("ui.changed-since.no-git", globals.lang, std::span(&arg, 1)));
            return kExitUsage;
        }
        changed = git_changed_since(*top, options.changed_since);
        if (changed->error) {
            std::vector<MessageArg> args{{"rev", options.changed_since}, {"error", *changed->error}};
            usage_error(render_message("ui.changed-since.bad-rev", globals.lang, args));
            return kExitUsage;
        }
    }

    // 5. With --history, the date each POP last changed in git, per repository (one walk each).
    std::map<std::string, std::optional<std::string>> toplevel_of_dir;
    std::map<std::string, std::map<std::string, Date>> last_changes;  // per repository
    if (options.history) {
        bool warned_shallow = false;
        for (const Item& item : items) {
            if (item.kind != ItemKind::Pop) continue;
            std::string dir = fs::path(absolute_key(*item.path)).parent_path().string();
            auto [it, fresh] = toplevel_of_dir.try_emplace(dir);
            if (!fresh) continue;
            it->second = git_toplevel(dir);
            if (!it->second || last_changes.count(*it->second)) continue;
            const std::string& top = *it->second;
            if (git_is_shallow(top)) {
                if (!warned_shallow) usage_error(render_message("ui.history.shallow", globals.lang));
                warned_shallow = true;
                last_changes[top] = {};
            } else {
                last_changes[top] = git_last_changes(top, *today);
            }
        }
    }

    // 5b. Temporary files a killed edit left beside a POP (input.leftover-temp): one look per folder,
    //     and only the folders that hold such files are kept.
    std::map<std::string, std::map<std::string, std::vector<std::string>>> temp_files_of_folder;
    {
        std::set<std::string> looked;
        for (const Item& item : items) {
            if (item.kind != ItemKind::Pop) continue;
            std::string folder = fs::path(*item.path).parent_path().string();
            if (!looked.insert(folder).second) continue;
            auto temps = temp_files_in(folder);
            if (!temps.empty()) temp_files_of_folder.emplace(folder, std::move(temps));
        }
    }

    // 6. Completeness against each roster found while searching a folder: the folder is then the
    //    repository (or a part with its own roster). A POP or a roster checked on its own says
    //    nothing about who else has a POP. Per roster only a small record per person is kept.
    std::vector<CheckContext> folder_contexts;
    for (const FolderContext& f : folders)
        folder_contexts.push_back(CheckContext{*today, find_model(loaded.policies, f.policy_key),
                                               find_model(loaded.rosters, f.roster_key),
                                               find_model(loaded.school_goals, f.school_goals_key), options.reminders});
    // With --reminders, a POP that a later POP of the same person took over is a record and gets
    // none: which ones they are takes a first, quick read of every POP.
    std::vector<bool> superseded;
    if (options.reminders) {
        std::vector<PopSummary> summaries(inputs.size());
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            if (inputs[i].kind != FileKind::Pop) continue;
            FileBytes read = read_file(inputs[i].path, limits.max_bytes);
            if (read.error || read.bytes.size() > limits.max_bytes) continue;
            ReadResult tree = read_yaml(read.bytes, limits);
            if (!tree.fatal && !tree.doc.empty()) summaries[i] = summarize(build_pop(tree.doc));
        }
        superseded = superseded_pops(summaries);
    }
    std::vector<RosterGroup> groups;
    std::map<std::string, std::size_t> group_of_key;
    std::map<std::string, std::size_t> report_of;  // absolute path -> index into reports (the first)
    for (const Input& in : inputs) {
        if (in.kind != FileKind::Roster || !in.found_in_folder) continue;
        if (report_of.empty())
            for (std::size_t i = 0; i < reports.size(); ++i) report_of.emplace(absolute_key(reports[i].path), i);
        std::string key = absolute_key(in.path);
        const Roster* roster = find_model(loaded.rosters, key);
        auto report = report_of.find(key);
        if (!roster || report == report_of.end() || group_of_key.count(key)) continue;
        group_of_key.emplace(key, groups.size());
        RosterGroup group;
        group.roster = roster;
        group.report = report->second;
        groups.push_back(std::move(group));
    }
    std::vector<std::ptrdiff_t> group_of_folder(folders.size(), -1);
    for (std::size_t f = 0; f < folders.size(); ++f)
        if (auto at = group_of_key.find(folders[f].roster_key); at != group_of_key.end())
            group_of_folder[f] = static_cast<std::ptrdiff_t>(at->second);
    std::vector<std::ptrdiff_t> group_of_report(reports.size(), -1);
    for (std::size_t g = 0; g < groups.size(); ++g) group_of_report[groups[g].report] = static_cast<std::ptrdiff_t>(g);
    for (const Item& item : items)
        if (item.kind == ItemKind::Pop)
            if (std::ptrdiff_t g = group_of_folder[folder_of[item.index]]; g >= 0) ++groups[g].remaining;

    // 7. The POPs are checked in parallel, in the order they are written, each rendered as it is
    //    checked; the results pass through a small reorder buffer to this thread, which writes
    //    them in order. A worker waits when it is kReorderWindow items ahead of the writer, so a
    //    slow file cannot make memory grow. Output never depends on timing: each result has its slot.
    CheckRenderOptions render_options{globals.lang, use_color(globals), *today, options.strict, kPopVersion};
    std::unique_ptr<CheckRenderer> renderer = check_renderer(format, render_options);
    if (!renderer) renderer = check_renderer("text", render_options);
    OutputSpools out;
    auto shown = [&](const Item& item) {
        return item.kind != ItemKind::Pop || !changed || changed->paths.count(absolute_key(*item.path)) > 0;
    };
    unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    std::size_t window = std::max<std::size_t>(64, std::size_t{32} * jobs);
    std::vector<Slot> slots(window);
    std::mutex lock;
    std::condition_variable slot_filled, slot_freed;
    std::size_t written = 0;  // items the writer has taken
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t p = next++; p < items.size(); p = next++) {
            const Item& item = items[p];
            if (item.kind != ItemKind::Pop) continue;
            {
                std::unique_lock<std::mutex> hold(lock);
                slot_freed.wait(hold, [&] { return p < written + window; });
            }
            const Input& input = inputs[item.index];
            CheckContext context = folder_contexts[folder_of[item.index]];
            if (!superseded.empty() && superseded[item.index]) context.superseded = true;
            Slot result;
            result.report = check_one(input, context, limits, result.summary);
            if (options.history && !result.report.unreadable) {
                std::string key = absolute_key(input.path);
                const std::optional<std::string>& top = toplevel_of_dir.at(fs::path(key).parent_path().string());
                if (!top) {
                    result.no_git = true;
                } else {
                    const auto& changes = last_changes.at(*top);
                    auto change = changes.find(key);
                    int months = context.policy ? context.policy->stale_months : policy_preset("").stale_months;
                    if (change != changes.end() && change->second.plus_months(months) < *today) {
                        Finding f = make_finding("history.stale", Mark{}, "history.stale",
                                                 {{"date", change->second.to_string()}, {"months", std::to_string(months)}});
                        add_late_findings(result.report, {f}, limits);
                    }
                }
            }
            if (!temp_files_of_folder.empty()) {
                fs::path pop_path(input.path);
                auto folder = temp_files_of_folder.find(pop_path.parent_path().string());
                if (folder != temp_files_of_folder.end()) {
                    auto temps = folder->second.find(pop_path.filename().string());
                    if (temps != folder->second.end() && !is_being_edited(input.path)) {  // in use: not left over
                        std::vector<Finding> leftovers;
                        for (const std::string& temp : temps->second)
                            leftovers.push_back(make_finding("input.leftover-temp", Mark{}, "input.leftover-temp", {{"temp", temp}}));
                        add_late_findings(result.report, std::move(leftovers), limits);
                    }
                }
            }
            result.shown = shown(item);
            if (result.shown) renderer->file(result.report, result.pieces);
            std::lock_guard<std::mutex> hold(lock);
            slots[p % window] = std::move(result);
            slots[p % window].ready = true;
            slot_filled.notify_all();
        }
    };
    jobs = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(jobs, items.size())));
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);

    CheckTotals totals;
    std::optional<std::size_t> no_git;  // the first POP outside any git repository (--history)
    auto write = [&](const FileReport& report, FilePieces pieces) {
        add_to_totals(totals, report);
        out.append(std::move(pieces));
    };
    auto render = [&](const FileReport& report) {
        FilePieces pieces;
        renderer->file(report, pieces);
        return pieces;
    };
    auto complete = [&](RosterGroup& group) {  // every member is in: the roster's own late findings
        group.complete = true;
        std::vector<PopSummary> subset;
        std::vector<std::string> subset_paths;
        for (auto& [id, first] : group.first_pop) {
            subset.push_back(std::move(first.first));
            subset_paths.push_back(std::move(first.second));
        }
        group.first_pop.clear();
        std::vector<Finding> on_roster;
        for (PlacedFinding& placed : check_roster(*group.roster, subset, subset_paths, *today))
            if (!placed.pop) on_roster.push_back(std::move(placed.finding));
        FileReport& report = reports[group.report];
        add_late_findings(report, std::move(on_roster), limits);
        if (group.hole) {  // the roster's place has been passed: its output fills the hole kept there
            add_to_totals(totals, report);
            out.fill(*group.hole, render(report));
            report.findings.clear();
        }
    };
    for (std::size_t p = 0; p < items.size(); ++p) {
        const Item& item = items[p];
        if (item.kind == ItemKind::Context) {
            {
                std::lock_guard<std::mutex> hold(lock);
                written = p + 1;
            }
            slot_freed.notify_all();
            std::ptrdiff_t g = group_of_report[item.index];
            if (g >= 0 && !groups[g].complete && groups[g].remaining == 0) complete(groups[g]);
            if (g >= 0 && !groups[g].complete) {
                groups[g].hole = out.hole();
            } else {
                write(reports[item.index], render(reports[item.index]));
                reports[item.index].findings.clear();
            }
            continue;
        }
        if (item.kind == ItemKind::Dir) {
            {
                std::lock_guard<std::mutex> hold(lock);
                written = p + 1;
            }
            slot_freed.notify_all();
            FileBytes fake;
            fake.error = "input.unreadable.permission";
            FileReport report{unreadable_dirs[item.index].path, FileKind::Pop, true, {unreadable_finding(fake)}};
            write(report, render(report));
            continue;
        }
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
        if (result.no_git && !no_git) no_git = item.index;
        std::ptrdiff_t g = group_of_folder[folder_of[item.index]];
        if (g >= 0) {
            RosterGroup& group = groups[g];
            const PopSummary& summary = result.summary;
            if (!summary.person_id.value.empty() && is_current(summary, *today)) {
                auto [at, fresh] = group.first_pop.try_emplace(summary.person_id.value, summary, result.report.path);
                if (!fresh) {
                    add_late_findings(result.report, {duplicate_pop_finding(summary, at->second.second)}, limits);
                    if (result.shown) result.pieces = render(result.report);
                }
            }
            if (--group.remaining == 0 && group.hole) complete(group);
        }
        if (result.shown) write(result.report, std::move(result.pieces));
    }
    for (std::thread& t : threads) t.join();

    if (no_git) {
        MessageArg arg{"path", inputs[*no_git].path};
        usage_error(render_message("ui.history.no-git", globals.lang, std::span(&arg, 1)));
        return kExitUsage;
    }
    out.finish(*renderer, totals, stdout);
    return check_exit_code(totals, options.strict);
}

}  // namespace

void add_check(CLI::App& app, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto options = std::make_shared<CheckOptions>();
    auto* cmd = app.add_subcommand("check", nl ? "POP-bestanden controleren (SMARTI, datums, structuur)"
                                               : "check POP files (SMARTI, dates, structure)");
    cmd->add_option("paths", options->paths,
                    nl ? "bestanden of mappen (mappen worden doorzocht op *.pop.yaml); standaard ."
                       : "files or folders (folders are searched for *.pop.yaml); default .");
    cmd->add_option("--format", options->format, check_format_help(globals.lang))
        ->check(CLI::IsMember(check_format_names()))
        ->each([options](const std::string&) { options->format_given = true; });
    cmd->add_flag("--strict", options->strict,
                  nl ? "ook waarschuwingen geven exitcode 1" : "warnings fail too (exit code 1)");
    cmd->add_flag("--list", options->list, nl ? "alle regels tonen" : "list all rules");
    cmd->add_option("--policy", options->policy, nl ? "beleidsbestand (standaard pop-policy.yaml hierboven)"
                                                    : "policy file (default: pop-policy.yaml found above)");
    cmd->add_option("--roster", options->roster, nl ? "personeelslijst (standaard pop-roster.yaml)"
                                                    : "roster file (default: pop-roster.yaml found above)");
    cmd->add_option("--school-goals", options->school_goals,
                    nl ? "schooldoelen (standaard pop-school-goals.yaml)"
                       : "school goals file (default: pop-school-goals.yaml found above)");
    cmd->add_flag("--reminders", options->reminders,
                  nl ? "ook de herinneringen (reminder.*): wat over de datum is of binnenkort moet"
                     : "also the reminders (reminder.*): what is overdue or due soon");
    cmd->add_flag("--history", options->history,
                  nl ? "ook de git-geschiedenis bekijken: een POP dat lang niet veranderde (history.stale)"
                     : "also look at git history: a POP nobody changed for long (history.stale)");
    cmd->add_option("--changed-since", options->changed_since,
                    nl ? "alleen POP's die sinds deze git-revisie veranderden (plus de volledigheidsregels)"
                       : "only POPs changed since this git revision (plus the completeness rules)");
    cmd->add_flag("--no-ignore", options->no_ignore, render_message("ui.option.no-ignore", globals.lang));
    cmd->add_option("--jobs", options->jobs, nl ? "aantal threads (standaard: alle kernen)"
                                                : "threads to use (default: all cores)");
    cmd->callback([options, &globals, &exit_code] { exit_code = run_check(*options, globals); });
}

}  // namespace pop::cli
