// `pop due [PATH...] [--within 30d]`: everything due or overdue, across POPs, sorted by date.
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "cli_common.h"
#include "edit_session.h"
#include "inputs.h"
#include "pop/rules/checks.h"
#include "pop/workspace/check_file.h"
#include "pop/reports/status.h"

namespace pop::cli {
namespace {

struct DueOptions {
    std::vector<std::string> paths;
    std::string within = "30";
    std::string format = "text";
};

std::optional<int> parse_days(std::string text) {
    if (!text.empty() && (text.back() == 'd' || text.back() == 'D')) text.pop_back();
    if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return std::stoi(text);
}

int run_due(const DueOptions& options, const Globals& globals) {
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    std::optional<int> within = parse_days(options.within);
    if (!within) {
        MessageArg arg{"value", options.within};
        usage_error(render_message("ui.within", globals.lang, std::span(&arg, 1)));
        return kExitUsage;
    }
    std::vector<Input> unreadable_dirs;
    std::vector<Input> inputs = collect_inputs(options.paths, unreadable_dirs, {.lang = globals.lang});
    std::map<std::string, ContextPaths> cache;
    std::map<std::string, Policy> policies;
    std::vector<DueLine> lines;
    std::size_t pops = 0, private_left_out = 0;
    int exit_code = kExitClean;
    struct Loaded {
        std::string path;
        Pop pop;
        Policy policy;
        bool inactive = false;  // on the roster as no longer active
    };
    std::map<std::string, std::optional<Roster>> rosters;
    std::vector<Loaded> loaded;
    for (const Input& in : inputs) {
        if (in.kind != FileKind::Pop) continue;
        FileBytes read = read_file(in.path, ReadLimits{}.max_bytes);
        if (read.error) {
            usage_error(in.path + ": " + render_message(*read.error, globals.lang));
            exit_code = kExitUnreadable;
            continue;
        }
        ValidatedFile file = read_and_validate(read.bytes, FileKind::Pop);
        if (!file.usable) continue;
        ContextPaths context = discover(std::filesystem::path(in.path).parent_path(), cache);
        auto [it, fresh] = policies.try_emplace(context.policy);
        if (fresh) it->second = load_policy(context.policy);
        auto [roster, new_roster] = rosters.try_emplace(context.roster);
        if (new_roster && !context.roster.empty()) roster->second = load_repo_files(in.path).roster;
        Pop pop = build_pop(file.doc);
        bool inactive = person_inactive(pop, roster->second ? &*roster->second : nullptr);
        loaded.push_back({in.path, std::move(pop), it->second, inactive});
        ++pops;
    }
    // A POP that a later POP of the same person took over, and the POP of someone who left, have
    // nothing due (as in `pop check --reminders`).
    std::vector<PopSummary> summaries;
    for (const Loaded& l : loaded) summaries.push_back(summarize(l.pop));
    std::vector<bool> superseded = superseded_pops(summaries);
    for (std::size_t i = loaded.size(); i-- > 0;)
        if (superseded[i] || loaded[i].inactive) loaded.erase(loaded.begin() + static_cast<std::ptrdiff_t>(i));
    // More than one person in the output: private items stay out of it.
    bool multi = pops > 1;
    Date horizon = today->plus_days(*within);
    for (const Loaded& l : loaded) {
        std::string person = l.pop.person.name ? l.pop.person.name->value : (l.pop.person.id ? l.pop.person.id->value : l.path);
        // Several people: work from what may be shown, so that no date reveals a private item.
        std::vector<DueItem> items = due_items(multi ? public_view(l.pop) : l.pop, l.policy, *today);
        if (multi)
            for (const DueItem& item : due_items(l.pop, l.policy, *today))
                if (item.is_private && !(horizon < item.date)) ++private_left_out;
        for (DueItem& item : items) {
            if (horizon < item.date) continue;
            lines.push_back({std::move(item), l.path, person});
        }
    }
    std::stable_sort(lines.begin(), lines.end(), [](const DueLine& a, const DueLine& b) {
        return std::tie(a.item.date, a.person) < std::tie(b.item.date, b.person);
    });
    std::string out = options.format == "json" ? render_due_json(lines, *today, private_left_out)
                                               : render_due_text(lines, *today, globals.lang, private_left_out);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return exit_code;
}

}  // namespace

void add_due(CLI::App& app, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto options = std::make_shared<DueOptions>();
    auto* cmd = app.add_subcommand("due", nl ? "alles wat binnenkort moet of te laat is, op datum"
                                             : "everything due soon or overdue, by date");
    cmd->add_option("paths", options->paths, nl ? "POP-bestanden of mappen (standaard .)" : "POP files or folders (default .)");
    cmd->add_option("--within", options->within, nl ? "hoeveel dagen vooruit (standaard 30d)" : "how many days ahead (default 30d)");
    cmd->add_option("--format", options->format, nl ? "uitvoer: text of json" : "output: text or json")
        ->check(CLI::IsMember({"text", "json"}));
    cmd->callback([options, &globals, &exit_code] { exit_code = run_due(*options, globals); });
}

}  // namespace pop::cli
