#include "pop/workspace/views.h"

#include <algorithm>
#include <mutex>
#include <set>
#include <tuple>

#include "pop/reports/hours.h"
#include "pop/rules/checks.h"
#include "pop/rules/rules.h"
#include "pop/workspace/paths.h"

namespace pop {

std::vector<std::size_t> distinct_pops(const Workspace& workspace) {
    std::set<std::string> seen;
    std::vector<std::size_t> out;
    for (std::size_t i : workspace.pops())
        if (seen.insert(workspace.files().absolute(workspace.inputs()[i].path)).second) out.push_back(i);
    return out;
}

LoadedPops load_pops(const Workspace& workspace) {
    std::vector<std::size_t> pops = distinct_pops(workspace);
    std::vector<WorkspacePop> read(pops.size());
    run_in_parallel(pops.size(), workspace.request().jobs, [&](std::size_t k) { read[k] = workspace.load_pop(pops[k]); });
    LoadedPops loaded;
    loaded.files = pops.size();
    for (std::size_t k = 0; k < pops.size(); ++k) {
        const std::string& path = workspace.inputs()[pops[k]].path;
        if (read[k].read.error) {
            loaded.unreadable.push_back({path, *read[k].read.error});
            continue;
        }
        if (!read[k].pop) continue;
        PopInContext pop{path, std::move(*read[k].pop), workspace.policy_of(pops[k])};
        pop.inactive = person_inactive(pop.pop, workspace.roster_of(pops[k]));
        loaded.pops.push_back(std::move(pop));
    }
    std::vector<PopSummary> summaries;
    for (const PopInContext& p : loaded.pops) summaries.push_back(summarize(p.pop));
    std::vector<bool> superseded = superseded_pops(summaries);
    for (std::size_t k = 0; k < loaded.pops.size(); ++k) loaded.pops[k].superseded = superseded[k];
    return loaded;
}

std::vector<UnreadableFile> missing_inputs(const Workspace& workspace, const std::vector<UnreadableFile>& pops) {
    std::vector<UnreadableFile> out;
    for (const std::string& folder : workspace.unreadable_folders()) out.push_back({folder, "input.unreadable.permission"});
    for (const FileReport& report : workspace.repository_reports())
        if (report.unreadable)
            out.push_back({report.path, report.findings.empty() ? "input.unreadable.other" : report.findings.front().message});
    out.insert(out.end(), pops.begin(), pops.end());
    return out;
}

OutputDecision decide_output(std::size_t pop_files, std::size_t read, std::size_t missing, bool partial) {
    if (missing > 0) return partial && read > 0 ? OutputDecision::WritePartial : OutputDecision::Refuse;
    return pop_files == 0 ? OutputDecision::NoPopFiles : OutputDecision::Write;
}

namespace {

// How many days ahead the policy's reminders look for an item of this kind (0: only when overdue).
int reminder_days(DueKind kind, const Policy& policy) {
    switch (kind) {
        case DueKind::Step:
        case DueKind::Conversation: return policy.step_due_days;
        case DueKind::PeriodEnd: return policy.period_end_days;
        case DueKind::GoalEnd:
        case DueKind::Renewal: return 0;
    }
    return 0;
}

}  // namespace

DueList list_due(const LoadedPops& loaded, const Date& today, int within_days) {
    DueList out;
    // More than one person in the output: private items stay out of it.
    bool multi = loaded.pops.size() > 1;
    for (const PopInContext& p : loaded.pops) {
        if (!p.has_reminders()) continue;
        // Up to `within_days` ahead, and further when the POP's policy reminds of an item earlier.
        auto beyond = [&](const DueItem& item) {
            return today.plus_days(std::max(within_days, reminder_days(item.kind, p.policy))) < item.date;
        };
        const Pop& pop = p.pop;
        std::string person = pop.person.name ? pop.person.name->value : (pop.person.id ? pop.person.id->value : p.path);
        std::string person_id = pop.person.id ? pop.person.id->value : std::string{};
        // Several people: work from what may be shown, so that no date reveals a private item.
        std::vector<DueItem> items = due_items(multi ? public_view(pop) : pop, p.policy, today);
        if (multi)
            for (const DueItem& item : due_items(pop, p.policy, today))
                if (item.is_private && !beyond(item)) ++out.private_left_out;
        for (DueItem& item : items) {
            if (beyond(item)) continue;
            out.lines.push_back({std::move(item), p.path, person, person_id});
        }
    }
    std::stable_sort(out.lines.begin(), out.lines.end(), [](const DueLine& a, const DueLine& b) {
        return std::tie(a.item.date, a.person) < std::tie(b.item.date, b.person);
    });
    return out;
}

CalendarList list_calendar(const LoadedPops& loaded, const Date& today) {
    CalendarList out;
    // All entries first, so UIDs are the same whichever of them end up in the output. More than one
    // POP: work from what may be shown (as `pop due` does), so that no private item appears and no
    // date (e.g. of a required conversation) reveals one.
    bool multi = loaded.pops.size() > 1;
    for (const PopInContext& p : loaded.pops) {
        if (!p.has_reminders()) continue;
        if (multi)
            for (const CalendarEntry& e : calendar_entries(p.pop, p.policy, today, p.path))
                if (e.item.is_private) ++out.private_left_out;
        for (CalendarEntry& e : calendar_entries(multi ? public_view(p.pop) : p.pop, p.policy, today, p.path))
            out.entries.push_back(std::move(e));
    }
    assign_calendar_uids(out.entries);
    std::stable_sort(out.entries.begin(), out.entries.end(), [](const CalendarEntry& a, const CalendarEntry& b) {
        return std::tie(a.item.date, a.person) < std::tie(b.item.date, b.person);
    });
    if (loaded.pops.size() == 1) {  // the calendar is named after its person when it has one
        const PopInContext& p = loaded.pops.front();
        out.person = p.pop.person.id && !p.pop.person.id->value.empty()       ? p.pop.person.id->value
                     : p.pop.person.name && !p.pop.person.name->value.empty() ? p.pop.person.name->value
                                                                              : p.path;
    }
    return out;
}

namespace {

// The POP in the same folder as `path` of the same person whose period starts later (the first by
// name): the one `pop renew` made.
std::string successor_of(const std::string& path, const Pop& pop, const FileSource& files) {
    PopSummary mine = summarize(pop);
    if (mine.person_id.value.empty() || !mine.start) return {};
    std::string folder = folder_of_path(path);
    std::string listed = folder.empty() ? "." : folder;
    std::optional<std::vector<FolderEntry>> entries = files.list(listed, listed);
    if (!entries) return {};
    std::string own = files.absolute(path), successor;
    for (const FolderEntry& entry : *entries) {
        if (kind_from_filename(entry.name) != FileKind::Pop) continue;
        std::string other_path = join_path(folder, entry.name);
        if (files.absolute(other_path) == own) continue;
        FileBytes other = files.read(other_path, ReadLimits{}.max_bytes);
        ReadResult tree = other.error ? ReadResult{} : read_yaml(other.bytes);
        if (other.error || tree.fatal || tree.doc.empty()) continue;
        PopSummary theirs = summarize(build_pop(tree.doc));
        if (theirs.person_id.value == mine.person_id.value && theirs.start && *mine.start < *theirs.start &&
            (successor.empty() || entry.name < std::string(file_name_of(successor))))
            successor = other_path;
    }
    return successor;
}

}  // namespace

PopStatus pop_status(const std::string& path, const FileSource& files, const Date& today) {
    PopStatus out;
    FileBytes read = files.read(path, ReadLimits{}.max_bytes);
    if (read.error) {
        out.unreadable = std::move(read);
        return out;
    }
    ValidatedFile validated = read_and_validate(read.bytes, FileKind::Pop);
    PopContext context = load_pop_context(path, files);
    Pop pop = validated.usable ? build_pop(validated.doc) : Pop{};
    out.view = build_status(pop, context.policy, today);
    add_school_year(out.view, pop, context.policy, context.roster ? &*context.roster : nullptr, today);
    out.successor = successor_of(path, pop, files);
    if (!out.successor.empty() || person_inactive(pop, context.roster ? &*context.roster : nullptr))
        out.view.reminders.clear();
    attach_source_lines(read.bytes, out.view.reminders);
    out.errors = count_errors(validated.findings);
    out.bytes = std::move(read.bytes);
    return out;
}

PopContext team_context(const Workspace& workspace) {
    const WorkspaceRequest& request = workspace.request();
    const FileSource& files = workspace.files();
    std::string first = request.paths.empty() ? "." : request.paths.front();
    RepositoryPaths team = RepositoryFinder(files).for_folder(files.is_folder(first) ? first : folder_of_path(first));
    if (!request.named.roster.empty()) team.roster = request.named.roster;
    if (!request.named.school_goals.empty()) team.school_goals = request.named.school_goals;
    team.policy.clear();
    return load_pop_context_of(team, files, request.limits);
}

TeamReportRun add_to_team_report(const Workspace& workspace, const Date& today, TeamReportBuilder& builder,
                                 HoursBuilder* hours) {
    std::vector<std::size_t> pops = distinct_pops(workspace);
    TeamReportRun run;
    run.pops = pops.size();
    std::vector<std::optional<std::string>> errors(pops.size());  // per POP: why it could not be read
    // Each POP becomes a small summary that is added up at once: only a compact row per person with
    // a current POP is kept, so memory follows people, not files or bytes.
    std::mutex lock;
    if (hours) hours->reserve(pops.size());
    run_in_parallel(pops.size(), workspace.request().jobs, [&](std::size_t k) {
        std::size_t i = pops[k];
        WorkspacePop loaded = workspace.load_pop(i);
        if (loaded.read.error) {
            errors[k] = loaded.read.error;  // each slot written by one thread only
            return;
        }
        if (!loaded.pop) return;
        const std::string& path = workspace.inputs()[i].path;
        PersonSummary summary =
            summarize_for_team(*loaded.pop, workspace.policy_of(i), today, path, workspace.roster_of(i));
        // Someone who left has no reminders; a POP that a later POP of the same person took over
        // gets none either, which the builder works out once it has seen every POP.
        if (person_inactive(*loaded.pop, workspace.roster_of(i))) summary.reminder_rules.clear();
        // A current POP is checked as `pop check` checks it (errors only), on the tree already read:
        // the reader's and the structure check's findings, then the rules.
        if (summary.current) {
            summary.errors = count_errors(loaded.file.findings) +
                             count_errors(check_pop(*loaded.pop, workspace.context_of(i, today, false)));
        }
        std::optional<PopHours> hours_summary;
        if (hours) {
            const Policy& policy = workspace.policy_of(i);
            hours_summary = summarize_hours(*loaded.pop, policy.school_year_start, path, false, 0);
        }
        std::lock_guard<std::mutex> hold(lock);
        builder.add(summary);
        if (hours) hours->add(std::move(*hours_summary), workspace.policy_of(i));
    });
    for (std::size_t k = 0; k < pops.size(); ++k)
        if (errors[k]) run.unreadable.push_back({workspace.inputs()[pops[k]].path, *errors[k]});
    run.readable = pops.size() - run.unreadable.size();
    return run;
}

}  // namespace pop
