#include "pop/workspace/hours_view.h"
#include "pop/workspace/views.h"

#include <mutex>
#include <set>

namespace pop {
namespace {

// Up to this many POP files the details of a statement are kept while reading (a statement is
// for one person, whose POPs are few); beyond it only the numbers, so memory follows people.
constexpr std::size_t kDetailsUpTo = 20;

}  // namespace

int default_school_year(const Workspace& workspace, const Date& today) {
    std::vector<std::size_t> pops = workspace.pops();
    int start_month = pops.empty() ? Policy{}.school_year_start : workspace.policy_of(pops.front()).school_year_start;
    return school_year_of(today, start_month);
}

HoursRun hours_report(const Workspace& workspace, int year) {
    std::vector<std::size_t> pops = distinct_pops(workspace);
    HoursRun run;
    run.pops = pops.size();
    bool details = pops.size() <= kDetailsUpTo;
    std::vector<std::optional<std::string>> errors(pops.size());
    HoursBuilder builder(year);
    builder.reserve(pops.size());
    std::mutex lock;
    run_in_parallel(pops.size(), workspace.request().jobs, [&](std::size_t k) {
        std::size_t i = pops[k];
        WorkspacePop loaded = workspace.load_pop(i);
        if (loaded.read.error) {
            errors[k] = loaded.read.error;  // each slot written by one thread only
            return;
        }
        if (!loaded.pop) return;
        const Policy& policy = workspace.policy_of(i);
        PopHours summary =
            summarize_hours(*loaded.pop, policy.school_year_start, workspace.inputs()[i].path, details, year);
        std::lock_guard<std::mutex> hold(lock);
        builder.add(std::move(summary), policy);
    });
    for (std::size_t k = 0; k < pops.size(); ++k)
        if (errors[k]) run.unreadable.push_back({workspace.inputs()[pops[k]].path, *errors[k]});
    run.readable = pops.size() - run.unreadable.size();
    PopContext team = team_context(workspace);
    run.report = builder.finish(team.roster ? &*team.roster : nullptr, year);
    return run;
}

}  // namespace pop
