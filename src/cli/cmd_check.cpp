// `pop check PATH...`: checks POP files (and the policy, roster and school goals beside them).
#include <algorithm>
#include <tuple>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <thread>

#include "cli_common.h"
#include "git.h"
#include "inputs.h"
#include "pop/check_file.h"
#include "pop/model.h"
#include "pop/render_check.h"
#include "pop/render_ci.h"
#include "pop/version.h"
#include "save.h"

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
    std::vector<Input> inputs = collect_inputs(paths, unreadable_dirs);

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

    // 3. The POPs, in parallel; each result lands in its own slot, so order does not depend on timing.
    std::vector<std::size_t> pops;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        if (inputs[i].kind == FileKind::Pop) pops.push_back(i);
    std::vector<FileReport> pop_reports(pops.size());
    std::vector<PopSummary> summaries(pops.size());
    std::vector<CheckContext> contexts(pops.size());
    std::vector<CheckContext> folder_contexts;
    for (const FolderContext& f : folders)
        folder_contexts.push_back(CheckContext{*today, find_model(loaded.policies, f.policy_key),
                                               find_model(loaded.rosters, f.roster_key),
                                               find_model(loaded.school_goals, f.school_goals_key), options.reminders});
    for (std::size_t k = 0; k < pops.size(); ++k) contexts[k] = folder_contexts[folder_of[pops[k]]];
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t k = next++; k < pops.size(); k = next++)
            pop_reports[k] = check_one(inputs[pops[k]], contexts[k], limits, summaries[k]);
    };
    unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, pops.size()));
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
    worker();
    for (std::thread& t : threads) t.join();

    // 4. Completeness against each roster found while searching a folder: the folder is then the
    //    repository (or a part with its own roster). A POP or a roster checked on its own says
    //    nothing about who else has a POP.
    std::set<std::string> rosters_checked;
    for (const Input& in : inputs)
        if (in.kind == FileKind::Roster && in.found_in_folder) rosters_checked.insert(absolute_key(in.path));
    std::map<std::string, std::size_t> report_of;  // absolute path -> index into reports
    if (!rosters_checked.empty())
        for (std::size_t i = 0; i < reports.size(); ++i) report_of.emplace(absolute_key(reports[i].path), i);
    std::map<std::string, std::vector<std::size_t>> members_of;  // roster key -> indexes into pops
    if (!rosters_checked.empty())
        for (std::size_t k = 0; k < pops.size(); ++k)
            if (const std::string& key = folders[folder_of[pops[k]]].roster_key; !key.empty()) members_of[key].push_back(k);
    for (const std::string& roster_key : rosters_checked) {
        const Roster* roster = find_model(loaded.rosters, roster_key);
        if (!roster) continue;
        const std::vector<std::size_t>& members = members_of[roster_key];
        std::vector<PopSummary> subset;
        std::vector<std::string> subset_paths;
        for (std::size_t k : members) {
            subset.push_back(summaries[k]);
            subset_paths.push_back(pop_reports[k].path);
        }
        std::map<std::size_t, std::vector<Finding>> per_pop;
        std::vector<Finding> on_roster;
        for (PlacedFinding& placed : check_roster(*roster, subset, subset_paths, *today)) {
            if (placed.pop) per_pop[members[*placed.pop]].push_back(std::move(placed.finding));
            else on_roster.push_back(std::move(placed.finding));
        }
        for (auto& [k, findings] : per_pop) add_late_findings(pop_reports[k], std::move(findings), limits);
        auto at = report_of.find(roster_key);
        if (at != report_of.end()) add_late_findings(reports[at->second], std::move(on_roster), limits);
    }

    // 5. History: POPs nobody has changed in git for longer than the policy allows.
    if (options.history) {
        std::map<std::string, std::optional<std::string>> toplevel_of_dir;
        std::map<std::string, std::map<std::string, Date>> last_changes;  // per repository
        bool warned_shallow = false;
        for (std::size_t k = 0; k < pops.size(); ++k) {
            if (pop_reports[k].unreadable) continue;
            std::string dir = fs::path(absolute_key(pop_reports[k].path)).parent_path().string();
            auto [it, fresh] = toplevel_of_dir.try_emplace(dir);
            if (fresh) it->second = git_toplevel(dir);
            if (!it->second) {
                MessageArg arg{"path", pop_reports[k].path};
                usage_error(render_message("ui.history.no-git", globals.lang, std::span(&arg, 1)));
                return kExitUsage;
            }
            const std::string& top = *it->second;
            if (!last_changes.count(top)) {
                if (git_is_shallow(top)) {
                    if (!warned_shallow) usage_error(render_message("ui.history.shallow", globals.lang));
                    warned_shallow = true;
                    last_changes[top] = {};
                } else {
                    last_changes[top] = git_last_changes(top, *today);
                }
            }
            const auto& changes = last_changes[top];
            auto change = changes.find(absolute_key(pop_reports[k].path));
            if (change == changes.end()) continue;  // not in git's history (shallow clone, or ignored)
            const Policy* policy = contexts[k].policy;
            int months = policy ? policy->stale_months : policy_preset("").stale_months;
            if (change->second.plus_months(months) < *today) {
                Finding f = make_finding("history.stale", Mark{}, "history.stale",
                                         {{"date", change->second.to_string()}, {"months", std::to_string(months)}});
                add_late_findings(pop_reports[k], {f}, limits);
            }
        }
    }

    // 5b. Temporary files a killed edit left beside a POP (input.leftover-temp); one look per folder.
    std::map<std::string, std::map<std::string, std::vector<std::string>>> temp_files_of_folder;
    for (FileReport& report : pop_reports) {
        fs::path pop_path(report.path);
        auto [folder, fresh] = temp_files_of_folder.try_emplace(pop_path.parent_path().string());
        if (fresh) folder->second = temp_files_in(folder->first);
        auto temps = folder->second.find(pop_path.filename().string());
        if (temps == folder->second.end() || is_being_edited(report.path)) continue;  // in use: not left over
        std::vector<Finding> leftovers;
        for (const std::string& temp : temps->second)
            leftovers.push_back(make_finding("input.leftover-temp", Mark{}, "input.leftover-temp", {{"temp", temp}}));
        add_late_findings(report, std::move(leftovers), limits);
    }

    // 6. With --changed-since, only the POPs changed since that revision are reported (the
    //    repository files and the completeness rules always are).
    if (!options.changed_since.empty()) {
        std::string start = paths.front();
        std::string dir = fs::is_directory(start) ? start : fs::path(start).parent_path().string();
        std::optional<std::string> top = git_toplevel(dir.empty() ? "." : dir);
        if (!top) {
            MessageArg arg{"path", start};
            usage_error(render_message("ui.changed-since.no-git", globals.lang, std::span(&arg, 1)));
            return kExitUsage;
        }
        ChangedFiles changed = git_changed_since(*top, options.changed_since);
        if (changed.error) {
            std::vector<MessageArg> args{{"rev", options.changed_since}, {"error", *changed.error}};
            usage_error(render_message("ui.changed-since.bad-rev", globals.lang, args));
            return kExitUsage;
        }
        std::vector<FileReport> kept;
        for (FileReport& r : pop_reports)
            if (changed.paths.count(absolute_key(r.path))) kept.push_back(std::move(r));
        pop_reports = std::move(kept);
    }

    for (FileReport& r : pop_reports) reports.push_back(std::move(r));
    for (const Input& dir : unreadable_dirs) {
        FileBytes fake;
        fake.error = "input.unreadable.permission";
        reports.push_back(FileReport{dir.path, FileKind::Pop, true, {unreadable_finding(fake)}});
    }
    std::stable_sort(reports.begin(), reports.end(),
                     [](const FileReport& a, const FileReport& b) { return a.path < b.path; });
    // A file named twice on the command line is checked once.
    reports.erase(std::unique(reports.begin(), reports.end(),
                              [](const FileReport& a, const FileReport& b) { return a.path == b.path; }),
                  reports.end());

    if (reports.empty() && options.changed_since.empty()) {
        std::string joined;
        for (const std::string& p : paths) joined += (joined.empty() ? "" : ", ") + p;
        MessageArg arg{"paths", joined};
        usage_error(render_message("ui.no-files", globals.lang, std::span(&arg, 1)));
        return kExitUsage;
    }
    std::string out;
    if (auto ci = render_check_ci(format, reports, CiOptions{globals.lang, options.strict, std::string(kPopVersion)}))
        out = std::move(*ci);
    else if (format == "json")
        out = render_check_json(reports, globals.lang, *today, options.strict);
    else
        out = render_check_text(reports, TextOptions{globals.lang, use_color(globals)});
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
    return check_exit_code(totals_of(reports), options.strict);
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
    cmd->add_option("--format", options->format,
                    nl ? "uitvoer: text, json, github, gitlab, junit of sarif (standaard text; github op GitHub Actions)"
                       : "output: text, json, github, gitlab, junit or sarif (default text; github on GitHub Actions)")
        ->check(CLI::IsMember({"text", "json", "github", "gitlab", "junit", "sarif"}))
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
    cmd->add_option("--jobs", options->jobs, nl ? "aantal threads (standaard: alle kernen)"
                                                : "threads to use (default: all cores)");
    cmd->callback([options, &globals, &exit_code] { exit_code = run_check(*options, globals); });
}

}  // namespace pop::cli
